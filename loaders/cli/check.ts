import { resolve } from "node:path";
import { readCorpus, formatProblem } from "../corpus/read.ts";
import { parseOptions } from "./args.ts";
import { corpusDir } from "../config.ts";
import { forTerminal } from "./terminal.ts";

export const USAGE = "triangulate check [--corpus DIR]";

/** `triangulate check`: one line per problem on stderr (`path:line: message`), a summary on stdout, exit 1 if any. */
export async function check(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, { corpus: { type: "string" } }, USAGE, {
    about: "Check every source file of the corpus without analysing: one line per problem naming file:line, the bad value and what to write instead; exit 1 if there is any.",
    options: { "--corpus DIR": "the corpus folder (default: data, or TRIANGULATE_CORPUS)", "-h, --help": "show this help" },
  });
  const dir = resolve(values.corpus ?? corpusDir());
  const { sources, problems } = readCorpus(dir);
  for (const p of problems) console.error(forTerminal(formatProblem(p)));
  const bad = new Set(problems.map((p) => p.path));
  const ok = sources.filter((s) => !bad.has(s.path)).length;
  if (problems.length) {
    console.log(`${plural(problems.length, "problem")} in ${plural(bad.size, "file")}; ${plural(ok, "source")} ok`);
    return 1;
  }
  console.log(`${plural(sources.length, "source")} ok in ${dir}`);
  return 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
