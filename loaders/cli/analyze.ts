import { join, resolve } from "node:path";
import type { RunStats } from "../pipeline.ts";
import { corpusDir } from "../config.ts";
import { writeOutputSet } from "../outset.ts";
import { formatChangelog, type Changelog } from "../changes.ts";
import { planRun } from "../history.ts";
import { markDone, unchanged } from "../incremental/unchanged.ts";
import { parseOptions } from "./args.ts";
import { progressBar } from "./progress.ts";
import { outputFolder, writeError } from "./fail.ts";
import { forTerminal } from "./terminal.ts";
import type { Analysis } from "../types.ts";

export const USAGE = "triangulate analyze [--corpus DIR] [--out DIR] [--no-cache]";

const FILES = ["sources", "claims", "clusters", "entities", "issues"] as const;

/**
 * Write an analysis to `out` with the changelog and history, as one set switched in one step (see
 * `writeOutputSet`): a reader never sees the files of two runs side by side.
 */
export function writeAnalysis(out: string, a: Analysis, log: Changelog, history: Changelog[]): string {
  return writeOutputSet(out, [...FILES.map((f): [string, string] => [`${f}.json`, JSON.stringify(a[f], null, 1)]), ["changes.json", JSON.stringify(log, null, 1)], ["history.json", JSON.stringify(history, null, 1)]]);
}

/** `triangulate analyze`: run the pipeline, write the JSON outputs, print a summary and what changed. */
export async function analyzeCommand(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, { corpus: { type: "string" }, out: { type: "string" }, "no-cache": { type: "boolean" } }, USAGE, {
    about:
      "Extract the claims of every article, align them into facts and score each fact; write sources, claims, clusters, entities, issues, changes and history JSON (a whole set, switched in one step: see docs/OUTPUTS.md), print a summary and what changed since the last run. Articles unchanged since the last run are read from the cache (checked, rebuilt when damaged).",
    options: {
      "--corpus DIR": "the corpus folder (default: data, or TRIANGULATE_CORPUS)",
      "--out DIR": "where to write the JSON (default: out beside the corpus)",
      "--no-cache": "extract every article afresh (the cache is neither read nor written)",
      "-h, --help": "show this help",
    },
  });
  const corpus = resolve(values.corpus ?? corpusDir());
  const out = resolve(values.out ?? join(corpus, "..", "out"));
  outputFolder(out, "--out");
  // (loaded once the options are known good: a mistyped option is told in a fraction of the time)
  const { readInputs } = await import("../inputs.ts");
  const cache = !values["no-cache"];
  const t0 = performance.now();
  const inputs = readInputs({ corpus, cache });
  // (the very inputs of the last whole run, whose outputs are current and whole: nothing to do)
  const done = cache ? unchanged(corpus, out, inputs.key) : null;
  if (done) {
    for (const line of done.summary) console.log(line);
    console.log(`no changes since the last run: ${forTerminal(out)} holds this analysis (checked in ${((performance.now() - t0) / 1000).toFixed(2)} s)`);
    return 0;
  }
  const { analyze } = await import("../pipeline.ts");
  const stats: RunStats = { times: {}, extracted: 0, cached: 0 };
  const bar = progressBar("analyze");
  const a = await analyze({ corpus, cache, progress: bar.update }, stats, inputs);
  bar.done();
  const { log, history, first, changed, save } = planRun(corpus, a);
  let generation: string;
  try {
    generation = writeAnalysis(out, a, log, history);
  } catch (e) {
    throw writeError(e, out, "--out");
  }
  // (remembered only once the outputs are in place: a run stopped before tells its changes again)
  save();
  const count = <T>(list: T[], key: (x: T) => string) => {
    const m = new Map<string, number>();
    for (const x of list) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return (
      [...m]
        .sort((x, y) => y[1] - x[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(", ") || "none"
    );
  };
  console.log(`${a.sources.length} sources (${stats.extracted} extracted, ${stats.cached} from cache) in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  const summary = [`claims: ${a.claims.length} (${count(a.claims, (c) => c.kind)})`, `facts: ${a.clusters.length} (${count(a.clusters, (c) => c.verdict)})`, `issues: ${a.issues.length} (${count(a.issues, (i) => i.type)})`];
  for (const line of summary) console.log(line);
  // (last: the next run with these inputs may stand on these outputs)
  if (cache) markDone(corpus, { key: inputs.key, out, generation, summary: [`${a.sources.length} sources`, ...summary] });
  // (the changes name outlets, titles and files: text from the corpus, made safe to print)
  const changes = formatChangelog(log).map(forTerminal);
  if (first) console.log("first analysis of this corpus: later runs will say what changed");
  else if (!changed) console.log("no changes since the last run");
  else console.log(`changes since the last run:\n  ${changes.slice(0, 40).join("\n  ")}${changes.length > 40 ? `\n  … and ${changes.length - 40} more (see changes.json)` : ""}`);
  console.log(`wrote ${FILES.map((f) => `${f}.json`).join(", ")}, changes.json to ${forTerminal(out)}`);
  return 0;
}
