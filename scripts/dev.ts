/**
 * `npm run dev`: Framework's preview server (127.0.0.1, port `PORT` or 3000) that also notices
 * changes in `data/`, `loaders/` and `$TRIANGULATE_CORPUS`. Preview re-runs a loader only when the
 * loader file is newer than its cached output, so on such a change (debounced) the mtime of the
 * site's data loader (`src/data.tar.ts`) is bumped: preview re-runs it and live-reloads the open pages.
 */
import { existsSync, readdirSync, utimesSync, watch, type FSWatcher } from "node:fs";
import { join, resolve } from "node:path";
import { writeTheme } from "./theme.ts";
import { ROOT, SRC, clearLoaderCache, observable } from "./observable.ts";

/** How long to wait for a burst of file events to end before re-running the loaders. */
export const DEBOUNCE_MS = 300;

/** The folders whose changes make the site's data stale. */
export function watchedDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = [join(ROOT, "data"), join(ROOT, "loaders")];
  if (env.TRIANGULATE_CORPUS) dirs.push(resolve(env.TRIANGULATE_CORPUS));
  return [...new Set(dirs)].filter((d) => existsSync(d));
}

/** Bump the mtime of the site's data loaders (`src/*.tar.ts`, `src/data/*.json.ts`), so that preview runs them again. */
export function touchLoaders(): void {
  const now = new Date();
  for (const dir of [SRC, join(SRC, "data")]) for (const name of readdirSync(dir)) if (/\.\w+\.(ts|js)$/.test(name)) utimesSync(join(dir, name), now, now);
}

writeTheme();
clearLoaderCache(); // the cache may hold another corpus's data, or data older than data/ and loaders/
const port = process.env.PORT || "3000";
const child = observable(["preview", "--no-open", "--host", "127.0.0.1", "--port", port]);

let timer: NodeJS.Timeout | undefined;
const changed = () => {
  clearTimeout(timer);
  timer = setTimeout(touchLoaders, DEBOUNCE_MS);
};
const watchers: FSWatcher[] = watchedDirs().map((dir) => watch(dir, { recursive: true }, changed));

const stop = (signal: NodeJS.Signals) => {
  for (const w of watchers) w.close();
  clearTimeout(timer);
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGHUP", () => stop("SIGTERM"));
process.on("exit", () => stop("SIGTERM"));
child.on("exit", (code, signal) => {
  for (const w of watchers) w.close();
  clearTimeout(timer);
  process.exit(code ?? (signal ? 0 : 1));
});
