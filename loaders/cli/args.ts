import { parseArgs, type ParseArgsConfig } from "node:util";

import { UserError } from "../errors.ts";

export { UserError };

/** Parse a command's options; unknown options are user errors that name the known ones. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message.split("\n")[0].replace(/\. To specify.*$/, "")}\nusage: ${usage}`);
  }
}
