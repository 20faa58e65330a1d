/**
 * One measured run, in its own process so that its peak memory is its own. `bench/run.ts` starts
 * it; it prints one JSON line on stdout.
 *
 *   node --import tsx bench/child.ts analyze DIR [--json] [--planted FILE]
 *   node --import tsx bench/child.ts baseline DIR [--budget MS]
 *   node --import tsx bench/child.ts floor DIR
 *   node --import tsx bench/child.ts reference
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { overviewData } from "../loaders/overview.ts";
import { analyze, type RunStats } from "../loaders/pipeline.ts";
import { libraryVersion } from "../loaders/cache.ts";
import { gazetteerDir } from "../loaders/config.ts";
import { listSourceFiles } from "../loaders/corpus/read.ts";
import { loadGazetteer } from "../loaders/gazetteer/load.ts";
import { allPairs, militiaPattern, regexFloor } from "./baseline.ts";
import { recovery } from "./recovery.ts";

/** What `analyze` mode reports. */
export interface AnalyzeRun {
  wallMs: number;
  rssBytes: number;
  times: Record<string, number>;
  extracted: number;
  cached: number;
  sources: number;
  claims: number;
  clusters: number;
  /** The overview page's data: raw and gzipped bytes per file. */
  overview?: Record<string, { raw: number; gzip: number }>;
  recovery?: ReturnType<typeof recovery>;
  /** Whether the last run's copies were extended (not compared in full), and how many facts were judged afresh. */
  extended: boolean;
  judged: number;
  /** Claims placed where the last run's alignment put them (their blocks had no new claim). */
  /** The cache's library version: if it changed between two runs, the cache was rightly void. */
  library: string;
}

const [mode, dir, ...rest] = process.argv.slice(2);
const flag = (name: string) => rest.includes(name);
const value = (name: string) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
const out = (x: unknown) => process.stdout.write(`${JSON.stringify(x)}\n`);

if (mode === "analyze") {
  const stats: RunStats = { times: {}, extracted: 0, cached: 0 };
  const t0 = performance.now();
  const a = await analyze({ corpus: dir }, stats);
  const wallMs = performance.now() - t0;
  // maxRSS is in kilobytes; read before serialising, so it is the peak of analyze itself
  const run: AnalyzeRun = {
    wallMs,
    rssBytes: process.resourceUsage().maxRSS * 1024,
    times: stats.times,
    extracted: stats.extracted,
    cached: stats.cached,
    extended: stats.extended ?? false,
    judged: stats.judged ?? 0,
    sources: a.sources.length,
    claims: a.claims.length,
    clusters: a.clusters.length,
    library: libraryVersion(),
  };
  if (flag("--json")) {
    run.overview = {};
    // what src/index.md loads with FileAttachment, serialised as the loader does (src/data/parts.ts)
    for (const [name, data] of [["overview.json", overviewData(a)]] as const) {
      const bytes = Buffer.from(JSON.stringify(data));
      run.overview[name] = { raw: bytes.length, gzip: gzipSync(bytes).length };
    }
  }
  const planted = value("--planted");
  if (planted) run.recovery = recovery(a, JSON.parse(readFileSync(planted, "utf8")));
  out(run);
} else if (mode === "baseline") {
  const stats: RunStats = { times: {}, extracted: 0, cached: 0 };
  const a = await analyze({ corpus: dir }, stats);
  const r = allPairs(
    a.claims.map((c) => c.evidence),
    { budgetMs: Number(value("--budget") ?? 60_000) },
  );
  out({ ...r, kitAlignMs: stats.times.align + stats.times["near-copies"], times: stats.times });
} else if (mode === "reference") {
  out({ ms: referenceWorkload() });
} else if (mode === "floor") {
  const g = loadGazetteer(gazetteerDir(dir));
  const t0 = performance.now();
  const texts = listSourceFiles(dir).map((f) => readFileSync(f, "utf8"));
  const readMs = performance.now() - t0;
  const re = militiaPattern(g);
  const digits = regexFloor(texts, /\d+/g);
  const militias = regexFloor(texts, re);
  out({ readMs, chars: texts.reduce((n, t) => n + t.length, 0), digitsMs: digits.ms, militiaMs: militias.ms, militiaMatches: militias.matches });
} else {
  console.error(`unknown mode: ${mode} (analyze, baseline, reference or floor)`);
  process.exitCode = 1;
}

/**
 * A fixed workload that uses none of the kit's code — Unicode regex scans, objects through JSON,
 * a Map of strings, a numeric sort — so that its time tells how fast the machine was during a
 * run (the figures of two runs compare only as far as their references agree).
 */
function referenceWorkload(): number {
  const t0 = performance.now();
  const words = ["الميليشيات", "الإيرانية", "في", "دير", "الزور", "قصفت", "طائرات", "مجهولة", "مواقع", "البوكمال", "2022", "عنصرا"];
  let x = 1;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  const text = Array.from({ length: 300_000 }, () => words[next() % words.length]).join(" ");
  let n = 0;
  for (let r = 0; r < 3; r++) for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) n += m[0].length;
  const objects = Array.from({ length: 100_000 }, (_, i) => ({ id: `x${i}`, kind: words[i % words.length], span: [i, i + 5], value: { low: i, high: null, text: words[(i * 7) % words.length] } }));
  n += JSON.parse(JSON.stringify(objects)).length;
  const counts = new Map<string, number>();
  for (let i = 0; i < 1_000_000; i++) {
    const k = `${words[next() % words.length]}${next() % 5000}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const numbers = Float64Array.from({ length: 2_000_000 }, () => next());
  numbers.sort();
  // (the results are used, so that no step can be optimised away)
  if (n + counts.size + numbers[0] < 0) console.error("unreachable");
  return performance.now() - t0;
}
