/** What the build and dev scripts share: the Framework binary, its environment, the loader cache. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..");
export const SRC = join(ROOT, "src");
/** Framework's cache of data loader outputs (and, under `_*`, of bundled npm/node modules). */
export const CACHE = join(SRC, ".observablehq", "cache");
const BIN = join(ROOT, "node_modules", ".bin", "observable");

/** The environment Framework runs in: no telemetry, and `tsx` (for `.ts` loaders) on PATH. */
export function observableEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    PATH: `${join(ROOT, "node_modules", ".bin")}:${env.PATH ?? ""}`,
  };
}

/** Run the Framework binary directly (not through npx, which leaves its child running on exit). */
export function observable(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(BIN, args, { cwd: ROOT, env: observableEnv({ ...process.env, ...env }), stdio: "inherit" });
}

/**
 * Forget every cached loader output, keeping the bundled modules (`_node`, `_npm`, `_observablehq`):
 * the library has its own content-hash cache, so re-running the loaders is cheap.
 */
export function clearLoaderCache(): void {
  let names: string[];
  try {
    names = readdirSync(CACHE);
  } catch {
    return;
  }
  for (const name of names) if (!name.startsWith("_")) rmSync(join(CACHE, name), { recursive: true, force: true });
}

const LOCK = join(SRC, ".observablehq", "build.lock");
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Builds share Framework's cache folder (`src/.observablehq/cache`), so two at once would clear and
 * write each other's loader outputs: take a lock file (waiting for a live holder, taking over from a
 * dead one) and return its release.
 */
export async function lockBuild(timeoutMs = 15 * 60_000): Promise<() => void> {
  mkdirSync(dirname(LOCK), { recursive: true });
  const end = Date.now() + timeoutMs;
  for (let said = false; ;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: "wx" });
      const release = () => rmSync(LOCK, { force: true });
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = Number(readFileSync(LOCK, "utf8").trim());
    if (!holder || !alive(holder)) {
      rmSync(LOCK, { force: true });
      continue;
    }
    if (Date.now() > end) throw new Error(`another build (pid ${holder}) holds ${LOCK}`);
    if (!said) console.error(`build: waiting for another build (pid ${holder}) to finish`);
    said = true;
    await new Promise((r) => setTimeout(r, 500));
  }
}
