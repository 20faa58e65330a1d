import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createHash } from "node:crypto";

export const ROOT = resolve(import.meta.dirname, "..");
/** The seed articles as published (copies of ../shared/seeds/*.txt: the unit tests read nothing outside the repository). */
export const SEED_TEXTS = join(ROOT, "tests", "fixtures", "seeds");
/** 56 real Arabic articles of the unifiedfc corpus, as JSON lines {id, text}, gzipped (see its README). */
export const UNIFIEDFC_SAMPLE = join(ROOT, "tests", "fixtures", "unifiedfc", "articles.jsonl.gz");
/** The seeds' expected facts and texts, copied from ../shared/seeds (tests/fixtures/seeds/README.md says how to refresh them). */
export const SEEDS = resolve(ROOT, "tests", "fixtures", "seeds");

/** Run the `triangulate` CLI as a user would; returns exit code and output. */
export function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "triangulate.js"), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Run the `triangulate` CLI as `cli` does, without blocking: several can run at once. A run still
 * going after `timeoutMs` is killed and reported with `timedOut` (a command must never hang).
 */
export function cliAsync(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "triangulate.js"), ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: [opts.input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    let stdout = "",
      stderr = "",
      timedOut = false;
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => ((timedOut = true), child.kill("SIGKILL")), opts.timeoutMs ?? 30_000);
    child.on("error", (e) => (clearTimeout(timer), fail(e)));
    child.on("close", (code) => (clearTimeout(timer), done({ code, stdout, stderr, timedOut })));
  });
}

/** A fresh temporary folder. */
export const tempDir = (prefix = "tri-") => mkdtempSync(join(tmpdir(), prefix));

/**
 * Run `fn` with the kit's cache in a folder of its own (a fresh one unless given), and put back
 * whatever TRIANGULATE_CACHE was before — the tests' own folder, not the project's cache.
 */
export async function withCache<T>(fn: (cache: string) => T | Promise<T>, cache = tempDir()): Promise<T> {
  const before = process.env.TRIANGULATE_CACHE;
  process.env.TRIANGULATE_CACHE = cache;
  try {
    return await fn(cache);
  } finally {
    if (before === undefined) delete process.env.TRIANGULATE_CACHE;
    else process.env.TRIANGULATE_CACHE = before;
  }
}

/** A temporary copy of the seed corpus (`sources/` only). */
export function copySeedCorpus(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "data", "sources"), join(dir, "sources"), { recursive: true });
  return dir;
}

/** sha256 of every file in a folder, by name. */
export function hashFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir))
    out[f] = createHash("sha256")
      .update(readFileSync(join(dir, f)))
      .digest("hex");
  return out;
}
