import { parseArgs, type ParseArgsConfig } from "node:util";

import { UserError } from "../errors.ts";

export { UserError };

/** A command's `--help`: its text goes to stdout and the command exits 0. */
export class HelpShown extends Error {}

/** What a command does and what each of its options means, shown by `--help`. */
export interface CommandHelp {
  about: string;
  options: Record<string, string>;
}

/**
 * Parse a command's options; unknown options are user errors that name the known ones. `--help`
 * (or `-h`) anywhere shows the usage, what the command does and each option's meaning.
 */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, usage: string, help?: CommandHelp) {
  if (argv.includes("--help") || argv.includes("-h")) throw new HelpShown(helpText(usage, help));
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message.split("\n")[0].replace(/\. To specify.*$/, "")}\nusage: ${usage}`);
  }
}

/** The text `--help` prints. */
export function helpText(usage: string, help?: CommandHelp): string {
  if (!help) return `usage: ${usage}`;
  const width = Math.max(...Object.keys(help.options).map((k) => k.length));
  const lines = Object.entries(help.options).map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
  return `usage: ${usage}\n\n${help.about}\n${lines.length ? `\noptions:\n${lines.join("\n")}\n` : ""}`;
}
