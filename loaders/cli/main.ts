import { HelpShown, UserError } from "./args.ts";
import { check } from "./check.ts";
import { analyzeCommand } from "./analyze.ts";
import { add } from "./add.ts";
import { exportCommand } from "./export.ts";

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; help: string }> = {
  check: { run: check, help: "check the corpus: one line per problem, exit 1 if any" },
  add: { run: add, help: "add an article (text or saved HTML page) to the corpus, with front matter" },
  analyze: { run: analyzeCommand, help: "extract, align and score; write sources/claims/clusters/entities/issues JSON" },
  export: { run: exportCommand, help: "export claims and facts as CSV or JSON, reviewed facts as ClaimReview JSON-LD" },
};

const HELP = `triangulate <command> [options]

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.help}`)
  .join("\n")}

Run \`triangulate <command> --help\` for a command's options.`;

/** Run the CLI; returns the exit code. User mistakes print one line and give 1. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(HELP);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UserError(`unknown command: ${name} (commands: ${Object.keys(COMMANDS).join(", ")})`);
    return await command.run(rest);
  } catch (e) {
    if (e instanceof HelpShown) {
      console.log(e.message);
      return 0;
    }
    if (e instanceof UserError) {
      console.error(`triangulate ${name}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
