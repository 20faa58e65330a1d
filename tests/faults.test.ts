/**
 * Nothing half-written, nothing trusted blindly: `analyze` and `add` killed (SIGKILL) at each write
 * and at random moments leave a whole previous state, and the next run is right; a damaged cache
 * or state is reported, rebuilt and never used.
 *
 * The kills at each write use the one test hook, `TRIANGULATE_FAULT_AT=n` (loaders/disk.ts): the
 * process kills itself at the nth point where a write is about to become visible.
 */
import { spawn } from "node:child_process";
import { cpSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { hash } from "node:crypto";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { analyzeCommand } from "../loaders/cli/analyze.ts";
import { analyze } from "../loaders/pipeline.ts";
import { readCorpus } from "../loaders/corpus/read.ts";
import { stateDir } from "../loaders/history.ts";
import { loadGazetteer } from "../loaders/gazetteer/load.ts";
import { ROOT, copySeedCorpus, tempDir, withCache } from "./helpers.ts";

const BIN = join(ROOT, "bin", "triangulate.js");
/** The analysis files of a set, and every file a set holds. */
const ANALYSIS = ["sources", "claims", "clusters", "entities", "issues"].map((f) => `${f}.json`);
const SET = [...ANALYSIS, "changes.json", "history.json", "manifest.json"];

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run the CLI in a child process (`killAfter`: SIGKILL it after that many ms). */
function run(args: string[], env: Record<string, string>, killAfter?: number): Promise<Run> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = "",
      stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = killAfter === undefined ? null : setTimeout(() => child.kill("SIGKILL"), killAfter);
    child.on("error", fail);
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      ok({ code, signal, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** Run `analyze` in this process (the next run after a kill), with its cache; its output and what it printed. */
async function analyzeHere(corpus: string, out: string, cache: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const logs: string[] = [];
  const errs: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void logs.push(a.join(" ")));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (errs.push(String(s)), true));
  try {
    const code = await withCache(() => analyzeCommand(["--corpus", corpus, "--out", out]), cache);
    return { code, stdout: logs.join("\n"), stderr: errs.join("") };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

const sha = (b: Buffer) => hash("sha256", b, "hex");

/**
 * The set a reader of `out` sees: each file's sha256 read through `out/<name>`, and whether they
 * are one whole set — every file in the folder `current` points at, each matching that set's manifest.
 */
function readSet(out: string): { whole: boolean; why: string; files: Record<string, string> } {
  const files: Record<string, string> = {};
  let current: string;
  try {
    current = realpathSync(join(out, "current"));
  } catch {
    return { whole: false, why: "no current set", files };
  }
  for (const f of SET) {
    try {
      if (realpathSync(join(out, f)) !== join(current, f)) return { whole: false, why: `${f} is not of the current set`, files };
      files[f] = sha(readFileSync(join(out, f)));
    } catch (e) {
      return { whole: false, why: `${f}: ${(e as Error).message}`, files };
    }
  }
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  for (const f of SET.filter((x) => x !== "manifest.json")) if (manifest.files[f]?.sha256 !== files[f]) return { whole: false, why: `${f} is not the file its manifest lists`, files };
  return { whole: true, why: "", files };
}
const analysisOf = (files: Record<string, string>) => ANALYSIS.map((f) => files[f]);
const changesOf = (out: string) => JSON.parse(readFileSync(join(out, "changes.json"), "utf8"));

/** A corpus of the seed articles but one (run A), then all of them (B: the runs that are killed). */
let corpus: string;
let extra: string;
/** The cache, state and output folders after run A, copied for each case. */
let base: string;
let setA: Record<string, string>;
/** The analysis files of a cold run on the whole corpus: what every run after a kill must give. */
let cold: Record<string, string>;
const cleanup: string[] = [];

/** A case: a copy of the cache, state and out folder as run A left them. */
function caseDir(): { cache: string; out: string } {
  const dir = tempDir("tri-fault-");
  cleanup.push(dir);
  cpSync(base, dir, { recursive: true, verbatimSymlinks: true });
  return { cache: join(dir, "cache"), out: join(dir, "out") };
}

/** After a run that the kill stopped, the next run is right: the cold run's analysis, and (the state not saved yet) a changelog that tells the article added. */
async function nextRunIsRight(c: { cache: string; out: string }, label: string): Promise<void> {
  const before = readSet(c.out);
  const next = await analyzeHere(corpus, c.out, c.cache);
  expect(next.code, label).toBe(0);
  const after = readSet(c.out);
  expect(after.whole, `${label}: ${after.why}`).toBe(true);
  expect(analysisOf(after.files), label).toEqual(analysisOf(cold));
  // (only a kill after the state was saved — the run complete but for its exit — leaves nothing to tell)
  const saved = before.whole && analysisOf(before.files).join() === analysisOf(cold).join() && next.stdout.includes("no changes since the last run");
  if (!saved) {
    expect(next.stdout, label).toMatch(new RegExp(`changes since the last run:\\n {2}\\+ source ${extra}`));
    expect(changesOf(c.out).sources.added, label).toEqual([extra]);
  }
}

beforeAll(async () => {
  corpus = copySeedCorpus();
  cleanup.push(corpus);
  const names = readdirSync(join(corpus, "sources")).sort();
  extra = names[names.length - 1].replace(/\.md$/, "");
  renameSync(join(corpus, "sources", `${extra}.md`), join(corpus, `${extra}.md`));
  base = tempDir("tri-fault-base-");
  cleanup.push(base);
  const a = await analyzeHere(corpus, join(base, "out"), join(base, "cache"));
  expect(a.code).toBe(0);
  setA = readSet(join(base, "out")).files;
  renameSync(join(corpus, `${extra}.md`), join(corpus, "sources", `${extra}.md`));
  const coldDir = tempDir("tri-fault-cold-");
  cleanup.push(coldDir);
  const c = await analyzeHere(corpus, join(coldDir, "out"), join(coldDir, "cache"));
  expect(c.code).toBe(0);
  cold = readSet(join(coldDir, "out")).files;
}, 120_000);

afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

describe("triangulate analyze, killed", () => {
  test("at each write and at random moments: the out folder holds one whole set, the last or the new, and the next run gives the cold run's analysis and tells what changed", async () => {
    // kill at the 1st, 2nd, … write, each in a fresh copy of run A's folders, two at a time,
    // until a run has fewer writes than that and completes
    const killed: Array<{ n: number; c: { cache: string; out: string }; r: Run }> = [];
    let completed: { n: number; r: Run; c: { cache: string; out: string } } | null = null;
    for (let n = 1; !completed && n <= 40; n += 2) {
      const pair = [n, n + 1].map((k) => ({ n: k, c: caseDir() }));
      const runs = await Promise.all(pair.map(({ n: k, c }) => run(["analyze", "--corpus", corpus, "--out", c.out], { TRIANGULATE_CACHE: c.cache, TRIANGULATE_FAULT_AT: String(k) })));
      pair.forEach((p, i) => {
        const r = runs[i];
        if (r.signal === "SIGKILL") killed.push({ ...p, r });
        else if (!completed) {
          expect(r.code, r.stderr).toBe(0);
          completed = { ...p, r };
        }
      });
    }
    // the state file, the switch, the manifest, seven files of the set, the kept run, the pack, the stat index
    expect(killed.length).toBeGreaterThanOrEqual(12);
    expect(completed).not.toBeNull();
    for (const { n, c } of killed) {
      const set = readSet(c.out);
      expect(set.whole, `killed at write ${n}: ${set.why}`).toBe(true);
      // the previous set, byte for byte, or (killed after the switch) the new one
      if (set.files["manifest.json"] !== setA["manifest.json"]) {
        expect(analysisOf(set.files), `killed at write ${n}`).toEqual(analysisOf(cold));
        expect(changesOf(c.out).sources.added).toEqual([extra]);
      } else expect(set.files, `killed at write ${n}`).toEqual(setA);
      await nextRunIsRight(c, `after the kill at write ${n}`);
    }
    // random moments, up to as long as a whole run takes
    const longest = Math.max(...killed.map((k) => k.r.ms), completed!.r.ms);
    const moments = [0.25, 0.5, 0.75].map((q) => Math.round(longest * (q + (Math.random() - 0.5) * 0.25)));
    const cases = moments.map(() => caseDir());
    const runs = await Promise.all(cases.map((c, i) => run(["analyze", "--corpus", corpus, "--out", c.out], { TRIANGULATE_CACHE: c.cache }, moments[i])));
    for (const [i, c] of cases.entries()) {
      const label = `killed after ${moments[i]} ms (${runs[i].signal ?? `exit ${runs[i].code}`})`;
      const set = readSet(c.out);
      expect(set.whole, `${label}: ${set.why}`).toBe(true);
      if (set.files["manifest.json"] === setA["manifest.json"]) expect(set.files, label).toEqual(setA);
      else expect(analysisOf(set.files), label).toEqual(analysisOf(cold));
      await nextRunIsRight(c, label);
    }
  }, 240_000);
});

describe("triangulate add, killed at each write", () => {
  test("leaves the corpus without the article or with it whole, never a problem", async () => {
    const dir = copySeedCorpus();
    cleanup.push(dir);
    const file = join(tempDir(), "article.txt");
    const text = "دير الزور - الأربعاء 12 كانون الثاني 2022\nقصفت طائرات مجهولة مواقع للميليشيات الإيرانية في البوكمال.\n";
    writeFileSync(file, text);
    const ids = () => readCorpus(dir).sources.map((s) => s.id);
    const before = ids();
    for (let n = 1; n <= 5; n++) {
      const r = await run(["add", file, "--corpus", dir, "--outlet", "Test Outlet", "--title", "none"], { TRIANGULATE_FAULT_AT: String(n) });
      const { sources, problems } = readCorpus(dir);
      expect(problems, `killed at write ${n}`).toEqual([]);
      if (r.signal === "SIGKILL") {
        expect(ids(), `killed at write ${n}`).toEqual(before);
        continue;
      }
      expect(r.code, r.stderr).toBe(0);
      const added = sources.filter((s) => !before.includes(s.id));
      expect(added).toHaveLength(1);
      expect(added[0].body).toBe(text);
      return;
    }
    throw new Error("add never completed");
  }, 60_000);
});

describe("a damaged cache or state", () => {
  test("four flipped bytes in a pack: the next run says so, rebuilds it, and gives the cold run's analysis", async () => {
    const dir = copySeedCorpus();
    const cache = tempDir();
    cleanup.push(dir, cache);
    const out = join(dir, "out");
    expect((await analyzeHere(dir, out, cache)).code).toBe(0);
    const packDir = join(cache, "articles", readdirSync(join(cache, "articles"))[0]);
    const [pack] = readdirSync(packDir).filter((f) => f.endsWith(".pack"));
    const bytes = readFileSync(join(packDir, pack));
    for (let i = 1; i <= 4; i++) bytes[Math.floor((bytes.length * i) / 5)] ^= 0x20;
    writeFileSync(join(packDir, pack), bytes);
    // (the corpus changed too, so that the outputs are written again)
    writeFileSync(join(dir, "sources", "new.md"), `---\noutlet: X\nurl: null\npublished: 2022\nlanguage: ar\ntitle: null\n---\nوتنتشر ميليشيا فاطميون في البوكمال.\n`);
    const next = await analyzeHere(dir, out, cache);
    expect(next.code).toBe(0);
    expect(next.stderr).toContain(`triangulate: cache ${join(packDir, pack)} failed its checksum; rebuilt\n`);
    const coldRun = await withCache(() => analyze({ corpus: dir, cache: false }), tempDir());
    for (const f of ["sources", "claims", "clusters", "entities", "issues"] as const) expect(readFileSync(join(out, `${f}.json`), "utf8"), f).toBe(JSON.stringify(coldRun[f], null, 1));
    // rebuilt: the run after says nothing
    expect((await analyzeHere(dir, out, cache)).stderr).toBe("");
  }, 60_000);

  test("a kept gazetteer whose entities were lost is reported and parsed again, never used", () =>
    withCache((cache) => {
      const dir = join(ROOT, "data", "gazetteer");
      const parsed = loadGazetteer(dir);
      const kept = join(cache, "gazetteer", readdirSync(join(cache, "gazetteer"))[0]);
      const bytes = readFileSync(kept);
      const text = bytes.toString("utf8");
      const nl = text.indexOf("\n");
      writeFileSync(kept, text.slice(0, nl + 1) + JSON.stringify({ ...JSON.parse(text.slice(nl + 1)), entities: [] }));
      const errs: string[] = [];
      const err = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (errs.push(String(s)), true));
      try {
        expect([...loadGazetteer(dir).entities]).toEqual([...parsed.entities]);
      } finally {
        err.mockRestore();
      }
      expect(errs).toEqual([`triangulate: cache ${kept} failed its checksum; rebuilt\n`]);
    }, tempDir()));

  test("a cut-short last.json: the next run says so, works, and takes it as no earlier run", async () => {
    const dir = copySeedCorpus();
    const cache = tempDir();
    cleanup.push(dir, cache);
    const out = join(dir, "out");
    expect((await analyzeHere(dir, out, cache)).code).toBe(0);
    const last = join(await withCache(() => stateDir(dir), cache), "last.json");
    truncateSync(last, Math.floor(readFileSync(last).length / 2));
    const next = await analyzeHere(dir, out, cache);
    expect(next.code).toBe(0);
    expect(next.stderr).toBe(`triangulate: state ${last} failed its checksum; taken as no earlier run\n`);
    expect(next.stdout).toContain("first analysis of this corpus");
    // and remembered again: the run after compares with it
    const again = await analyzeHere(dir, out, cache);
    expect([again.stderr, again.stdout.includes("no changes since the last run")]).toEqual(["", true]);
  }, 60_000);
});
