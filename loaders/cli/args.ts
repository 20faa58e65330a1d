import { parseArgs, type ParseArgsConfig } from "node:util";
import stringSimilarity from "string-similarity";

import { UserError } from "../errors.ts";

export { UserError };

/** A command's `--help`: its text goes to stdout and the command exits 0. */
export class HelpShown extends Error {}

/** What a command does and what each of its options means, shown by `--help`. */
export interface CommandHelp {
  about: string;
  options: Record<string, string>;
}

/** The closest of `known` to `given` (string similarity), when it is close enough to be a likely typo. */
export function nearest(given: string, known: readonly string[], threshold = 0.4): string | null {
  if (!known.length) return null;
  const { bestMatch } = stringSimilarity.findBestMatch(given, [...known]);
  return bestMatch.rating >= threshold ? bestMatch.target : null;
}

/**
 * Parse a command's options; every mistake is a one-line user error that names the bad option or
 * value and what to write instead (the nearest known option for a typo). `--help` (or `-h`) anywhere
 * shows the usage, what the command does and each option's meaning. At most `positionals` arguments
 * that are not options are accepted.
 */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, usage: string, help?: CommandHelp, positionals = 0) {
  if (argv.includes("--help") || argv.includes("-h")) throw new HelpShown(helpText(usage, help));
  const command = usage.split(" ").slice(0, 2).join(" ");
  const names = Object.keys(options).map((k) => `--${k}`);
  /** `--corpus DIR` as the help writes it, for "write --corpus DIR". */
  const form = (opt: string) => Object.keys(help?.options ?? {}).find((k) => k.split(/[ ,]/)[0] === opt) ?? `${opt} VALUE`;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message;
    const opt = /'(-[^' ]*)/.exec(message)?.[1] ?? "";
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const near = nearest(opt.replace(/=.*$/, ""), names);
      throw new UserError(`unknown option ${opt}: ${near ? `did you mean ${near}? ` : ""}the options are ${names.join(", ")} (${command} --help says what each does)`);
    }
    if (/does not take an argument/.test(message)) throw new UserError(`option ${opt} takes no value: write ${opt} alone`);
    if (/argument missing|argument is ambiguous/.test(message)) throw new UserError(`option ${opt} needs a value: write ${form(opt)}`);
    throw new UserError(`${message.split("\n")[0]}; usage: ${usage}`);
  }
  for (const [k, v] of Object.entries(parsed.values)) if (typeof v === "string" && !v.trim()) throw new UserError(`option --${k} is empty: write ${form(`--${k}`)}`);
  if (parsed.positionals.length > positionals) {
    const extra = parsed.positionals[positionals];
    throw new UserError(`unexpected argument ${JSON.stringify(extra)}: ${positionals ? `${command} takes ${positionals === 1 ? "one" : positionals} (usage: ${usage})` : `${command} takes only options (usage: ${usage})`}`);
  }
  return parsed;
}

/** The text `--help` prints. */
export function helpText(usage: string, help?: CommandHelp): string {
  if (!help) return `usage: ${usage}`;
  const width = Math.max(...Object.keys(help.options).map((k) => k.length));
  const lines = Object.entries(help.options).map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
  return `usage: ${usage}\n\n${help.about}\n${lines.length ? `\noptions:\n${lines.join("\n")}\n` : ""}`;
}
