import { HelpShown, UserError, nearest } from "./args.ts";
import { checkFolder, systemErrorLine } from "./fail.ts";
import { forTerminal } from "./terminal.ts";
import { cacheDir } from "../disk.ts";

// (each command's module is loaded when it runs: a mistyped command or option is told in a fraction of the time)
const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; help: string }> = {
  check: { run: async (argv) => (await import("./check.ts")).check(argv), help: "check the corpus: one line per problem, exit 1 if any" },
  add: { run: async (argv) => (await import("./add.ts")).add(argv), help: "add an article (text or saved HTML page) to the corpus, with front matter" },
  analyze: { run: async (argv) => (await import("./analyze.ts")).analyzeCommand(argv), help: "extract, align and score; write sources/claims/clusters/entities/issues JSON" },
  export: { run: async (argv) => (await import("./export.ts")).exportCommand(argv), help: "export claims and facts as CSV or JSON, reviewed facts as ClaimReview JSON-LD" },
};

const HELP = `triangulate <command> [options]

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.help}`)
  .join("\n")}

Run \`triangulate <command> --help\` for a command's options.`;

/**
 * Run the CLI; returns the exit code. A user mistake (a bad file, folder, option or variable, a full
 * or read-only disk) prints one line to stderr per problem, naming the path, the bad value and what
 * to do instead, and gives 1: no stack trace.
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(HELP);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) {
      const near = nearest(name, Object.keys(COMMANDS));
      throw new UserError(`unknown command ${JSON.stringify(name)}: ${near ? `did you mean ${near}? ` : ""}the commands are ${Object.keys(COMMANDS).join(", ")} (triangulate --help)`);
    }
    if (process.env.TRIANGULATE_CACHE) checkFolder(cacheDir(), "TRIANGULATE_CACHE");
    return await command.run(rest);
  } catch (e) {
    if (e instanceof HelpShown) {
      console.log(e.message);
      return 0;
    }
    const line = e instanceof UserError ? e.message : systemErrorLine(e);
    if (line === null) throw e;
    console.error(
      forTerminal(`triangulate ${name}: ${line}`)
        .split("\n")
        .filter((l) => l.trim())
        .join("\n"),
    );
    return 1;
  }
}
