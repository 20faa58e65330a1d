import { resolve } from "node:path";
import { readCorpus, formatProblem } from "../corpus/read.ts";
import { parseOptions } from "./args.ts";
import { corpusDir, gazetteerDir, reviewsFile } from "../config.ts";
import { gazetteerProblems } from "../gazetteer/load.ts";
import { checkReviews } from "../review/reviews.ts";
import { forTerminal } from "./terminal.ts";

export const USAGE = "triangulate check [--corpus DIR]";

/**
 * `triangulate check`: the corpus's sources, its gazetteer and its reviews, one line per problem on
 * stderr (`path:line: message`), a summary on stdout, exit 1 if any. When all of them read, reviews
 * that name a claim or fact the analysis no longer has are problems too (with the nearest id).
 */
export async function check(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, { corpus: { type: "string" } }, USAGE, {
    about:
      "Check every source file of the corpus, its gazetteer and its reviews without analysing (reviews naming a claim or fact are checked against an analysis): one line per problem naming file:line, the bad value and what to write instead; exit 1 if there is any.",
    options: { "--corpus DIR": "the corpus folder (default: data, or TRIANGULATE_CORPUS)", "-h, --help": "show this help" },
  });
  const dir = resolve(values.corpus ?? corpusDir());
  const { sources, problems } = readCorpus(dir);
  const lines = problems.map(formatProblem);
  const bad = new Set(problems.map((p) => p.path));
  lines.push(...gazetteerProblems(gazetteerDir(dir)));
  const reviewed = checkReviews(reviewsFile(dir), new Set(sources.map((s) => s.id)));
  for (const p of reviewed.problems) (lines.push(formatProblem(p)), bad.add(p.path));
  if (!lines.length && reviewed.reviews.length) {
    const { analyze } = await import("../pipeline.ts");
    const a = await analyze({ corpus: dir });
    for (const i of a.issues) if (i.type === "stale_review") lines.push(i.message);
  }
  for (const l of lines) console.error(forTerminal(l));
  const ok = sources.filter((s) => !bad.has(s.path)).length;
  if (lines.length) {
    console.log(`${plural(lines.length, "problem")}${bad.size ? ` in ${plural(bad.size, "file")}` : ""}; ${plural(ok, "source")} ok`);
    return 1;
  }
  console.log(`${plural(sources.length, "source")} ok in ${forTerminal(dir)}${reviewed.reviews.length ? `, ${plural(reviewed.reviews.length, "review")} ok` : ""}`);
  return 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
