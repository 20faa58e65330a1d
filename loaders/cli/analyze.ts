import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyze, type RunStats } from "../pipeline.ts";
import { corpusDir } from "../config.ts";
import { writeAtomic } from "../cache.ts";
import { diffAnalyses, formatChangelog, type Changelog } from "../changes.ts";
import { parseOptions } from "./args.ts";
import { progressBar } from "./progress.ts";
import type { Analysis } from "../types.ts";

export const USAGE = "triangulate analyze [--corpus DIR] [--out DIR] [--no-cache]";

const FILES = ["sources", "claims", "clusters", "entities", "issues"] as const;

/** Read the previous run's output in `out`, if any (a corrupt one counts as none). */
export function readPrevious(out: string): Pick<Analysis, "sources" | "clusters" | "claims"> | null {
  try {
    return {
      sources: JSON.parse(readFileSync(join(out, "sources.json"), "utf8")),
      clusters: JSON.parse(readFileSync(join(out, "clusters.json"), "utf8")),
      claims: JSON.parse(readFileSync(join(out, "claims.json"), "utf8")),
    };
  } catch {
    return null;
  }
}

/** Write an analysis to `out` (each file whole or not at all) with its changelog and history. */
export function writeAnalysis(out: string, a: Analysis, log: Changelog): void {
  mkdirSync(out, { recursive: true });
  for (const f of FILES) writeAtomic(join(out, `${f}.json`), JSON.stringify(a[f], null, 1));
  writeAtomic(join(out, "changes.json"), JSON.stringify(log, null, 1));
  let history: Changelog[] = [];
  try {
    history = JSON.parse(readFileSync(join(out, "history.json"), "utf8"));
  } catch {
    history = [];
  }
  writeAtomic(join(out, "history.json"), JSON.stringify([log, ...history].slice(0, 200), null, 1));
}

/** `triangulate analyze`: run the pipeline, write the JSON outputs, print a summary and what changed. */
export async function analyzeCommand(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, { corpus: { type: "string" }, out: { type: "string" }, "no-cache": { type: "boolean" } }, USAGE);
  const corpus = resolve(values.corpus ?? corpusDir());
  const out = resolve(values.out ?? join(corpus, "..", "out"));
  const stats: RunStats = { times: {}, extracted: 0, cached: 0 };
  const bar = progressBar("analyze");
  const t0 = performance.now();
  const a = await analyze({ corpus, cache: !values["no-cache"], progress: bar.update }, stats);
  bar.done();
  const previous = existsSync(out) ? readPrevious(out) : null;
  const log = diffAnalyses(previous, a);
  writeAnalysis(out, a, log);
  const count = <T>(list: T[], key: (x: T) => string) => {
    const m = new Map<string, number>();
    for (const x of list) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return [...m].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(", ") || "none";
  };
  console.log(`${a.sources.length} sources (${stats.extracted} extracted, ${stats.cached} from cache) in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  console.log(`claims: ${a.claims.length} (${count(a.claims, (c) => c.kind)})`);
  console.log(`facts: ${a.clusters.length} (${count(a.clusters, (c) => c.verdict)})`);
  console.log(`issues: ${a.issues.length} (${count(a.issues, (i) => i.type)})`);
  const changes = formatChangelog(log);
  if (previous) console.log(changes.length ? `changes since the last run:\n  ${changes.slice(0, 40).join("\n  ")}${changes.length > 40 ? `\n  … and ${changes.length - 40} more (see changes.json)` : ""}` : "no changes since the last run");
  console.log(`wrote ${FILES.map((f) => `${f}.json`).join(", ")}, changes.json to ${out}`);
  return 0;
}
