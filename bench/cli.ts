/**
 * What users run, timed as they run it: the `triangulate` command as a process, on the 2,897 real
 * unifiedfc articles written as a corpus folder, with the floor (one regex pass over the same text)
 * measured in the same run. Prints wall and CPU time (user + system, from the child's own
 * `process.resourceUsage()`) and peak memory of each run:
 *
 * - cold `analyze` (`--no-cache`), a rerun with nothing changed, adding one article, editing one;
 * - cost in article size: the same text as one article and split into its articles, for real Arabic
 *   (4.9 MB) and for dense English (FA-KES, 1.5 MB).
 *
 *   npx tsx bench/cli.ts            (about 3 minutes on 2 cores)
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readUnifiedfc, sourceFile, writeUnifiedfcCorpus } from "./corpora.ts";
import { fakesSource, readFakes } from "./accuracy/corpora.ts";
import { uniqueRows } from "./accuracy/fakes.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TMP = mkdtempSync(join(tmpdir(), "tri-cli-bench-"));
const USAGE = join(TMP, "usage.mjs");
// (the child reports its own CPU time and peak memory as it exits)
writeFileSync(
  USAGE,
  `import fs from "node:fs";\nprocess.on("exit", () => {\n  const u = process.resourceUsage();\n  fs.appendFileSync(process.env.TRI_USAGE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rssMB: u.maxRSS / 1024 }) + "\\n");\n});\n`,
);

interface Run {
  wall: number;
  cpu: number;
  rssMB: number;
}

/** Run `triangulate` with its own cache folder; wall, CPU and peak memory. */
function triangulate(args: string[], cache: string): Run {
  const log = join(TMP, `usage-${Math.random().toString(36).slice(2)}.jsonl`);
  const t = performance.now();
  const r = spawnSync(process.execPath, ["--import", USAGE, join(ROOT, "bin", "triangulate.js"), ...args], { encoding: "utf8", env: { ...process.env, TRIANGULATE_CACHE: cache, TRI_USAGE: log, OBSERVABLE_TELEMETRY_DISABLE: "true" } });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`triangulate ${args.join(" ")} failed: ${r.stderr}`);
  const u = JSON.parse(readFileSync(log, "utf8").trim().split("\n").at(-1)!);
  return { wall, cpu: u.cpu, rssMB: u.rssMB };
}

/** The floor: one pass of a regular expression over every article's text, read from disk. */
function floor(dir: string): number {
  const t = performance.now();
  let n = 0;
  for (const f of readdirSync(join(dir, "sources"))) n += (readFileSync(join(dir, "sources", f), "utf8").match(/[\p{L}\p{N}]+/gu) ?? []).length;
  if (!n) throw new Error("empty corpus");
  return (performance.now() - t) / 1000;
}

const fmt = (r: Run) => `${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, ${Math.round(r.rssMB)} MB`;
const lines: string[] = [];
const say = (s: string) => (console.log(s), lines.push(s));

// --- the real corpus: cold, rerun, add one, edit one
const real = writeUnifiedfcCorpus(join(TMP, "real"), 2896);
const extra = readUnifiedfc()[2896];
const cache = join(TMP, "cache");
const floorS = floor(real);
say(`corpus: 2,896 unifiedfc articles; regex floor ${floorS.toFixed(2)} s`);
const cold = triangulate(["analyze", "--corpus", real, "--no-cache"], join(TMP, "cache-cold"));
say(`cold analyze (--no-cache): ${fmt(cold)} (${(cold.wall / floorS).toFixed(1)}× the floor)`);
triangulate(["analyze", "--corpus", real], cache);
const rerun = triangulate(["analyze", "--corpus", real], cache);
say(`rerun, nothing changed: ${fmt(rerun)}`);
writeFileSync(join(real, "sources", `${extra.id}.md`), sourceFile(extra));
const added = triangulate(["analyze", "--corpus", real], cache);
say(`add one article: ${fmt(added)} (${((100 * added.wall) / cold.wall).toFixed(0)}% of cold)`);
const one = join(real, "sources", `${extra.id}.md`);
appendFileSync(one, "\n\nوقتل 12 عنصرا من قوات النظام في قصف على مدينة الميادين يوم الأحد.\n");
const edited = triangulate(["analyze", "--corpus", real], cache);
say(`edit one article: ${fmt(edited)} (${((100 * edited.wall) / cold.wall).toFixed(0)}% of cold)`);

// --- cost in article size: one article against the same text split into articles
function asOneAndSplit(name: string, files: Array<{ id: string; text: string }>, bytes: number): void {
  const split = join(TMP, `${name}-split`, "sources");
  const whole = join(TMP, `${name}-one`, "sources");
  mkdirSync(split, { recursive: true });
  mkdirSync(whole, { recursive: true });
  const bodies: string[] = [];
  let size = 0;
  let head = "";
  for (const f of files) {
    const m = /^---\n[\s\S]*?\n---\n/.exec(f.text);
    head ||= m?.[0] ?? "";
    const body = m ? f.text.slice(m[0].length) : f.text;
    writeFileSync(join(split, `${f.id}.md`), f.text);
    bodies.push(body);
    size += Buffer.byteLength(body);
    if (size >= bytes) break;
  }
  writeFileSync(join(whole, "one.md"), head + bodies.join("\n\n"));
  const s = triangulate(["analyze", "--corpus", join(split, ".."), "--no-cache"], join(TMP, `cache-${name}-s`));
  const o = triangulate(["analyze", "--corpus", join(whole, ".."), "--no-cache"], join(TMP, `cache-${name}-o`));
  say(`${name}, ${(size / 1e6).toFixed(1)} MB: ${bodies.length} articles ${fmt(s)}; as one article ${fmt(o)} (${(o.cpu / s.cpu).toFixed(2)}× the CPU)`);
}
asOneAndSplit(
  "real Arabic",
  readUnifiedfc().map((a) => ({ id: a.id, text: sourceFile(a) })),
  4.9e6,
);
asOneAndSplit("dense English (FA-KES)", uniqueRows(readFakes()).map(fakesSource), 1.5e6);

rmSync(TMP, { recursive: true, force: true });
console.log(`\n(${new Date().toISOString().slice(0, 10)}; paste into bench/RESULTS.md with the machine's facts)`);
