/**
 * `npm run build`: a production build that never serves stale data. Framework re-runs a cached
 * loader only when its cache entry is missing, and never notices changes in `data/` or `loaders/`,
 * so the loader cache is cleared first. Fails (exit 1) when Framework does, or when a built page
 * holds an error block (a page cell that failed to compile does not fail `observable build`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { writeTheme } from "./theme.ts";
import { ROOT, clearLoaderCache, lockBuild, observable } from "./observable.ts";

/** Built pages (`*.html` under `dir`) that contain an `observablehq--error` block. */
export function pagesWithErrors(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  return files.filter((f) => readFileSync(join(dir, f), "utf8").includes("observablehq--error")).sort();
}

async function main(): Promise<number> {
  const release = await lockBuild();
  writeTheme();
  try {
    return await build();
  } finally {
    release();
  }
}

async function build(): Promise<number> {
  clearLoaderCache();
  const child = observable(["build"]);
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward).on("SIGTERM", forward);
  const code: number = await new Promise((ok) => child.on("exit", (c, s) => ok(c ?? (s ? 1 : 0))));
  if (code !== 0) {
    console.error(`build: observable build exited with ${code}`);
    return code;
  }
  const out = resolve(ROOT, process.env.TRIANGULATE_SITE_OUT || "dist");
  const bad = pagesWithErrors(out);
  if (bad.length) {
    console.error(`build: ${bad.length} page(s) with an error block: ${bad.map((f) => relative(ROOT, join(out, f))).join(", ")}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
