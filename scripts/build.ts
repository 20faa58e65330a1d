/**
 * `npm run build`: a production build that never serves stale data. Framework re-runs a cached
 * loader only when its cache entry is missing, and never notices changes in `data/` or `loaders/`,
 * so the loader cache is cleared first. Fails (exit 1) when Framework does, or when a built page
 * holds an error block (a page cell that failed to compile does not fail `observable build`).
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { linkAt } from "../loaders/outset.ts";
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
  const out = resolve(ROOT, process.env.TRIANGULATE_SITE_OUT || "dist");
  // (the site is built whole beside the last one and switched to in one step: see switchSite)
  const sets = join(dirname(out), `.${basename(out)}-sets`);
  mkdirSync(sets, { recursive: true });
  const next = join(sets, `${Date.now().toString(36)}-${process.pid}`);
  // (the fault tests' hook is this process's, not Framework's or its data loaders')
  const child = observable(["build"], { TRIANGULATE_SITE_OUT: next, TRIANGULATE_FAULT_AT: "" });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward).on("SIGTERM", forward);
  const code: number = await new Promise((ok) => child.on("exit", (c, s) => ok(c ?? (s ? 1 : 0))));
  if (code !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error(`build: observable build exited with ${code}`);
    return code;
  }
  const bad = pagesWithErrors(next);
  if (bad.length) {
    rmSync(next, { recursive: true, force: true });
    console.error(`build: ${bad.length} page(s) with an error block: ${bad.join(", ")}`);
    return 1;
  }
  switchSite(out, next);
  return 0;
}

/**
 * Make `out` show the site built in `next` in one step: `out` is a symbolic link to one built site
 * in `.<out>-sets/`, renamed over (a reader sees the last site or the new one, whole, whenever a build
 * stops). A site folder of the earlier layout becomes a set first; sets other than the new one and the
 * one before it (builds stopped midway, older sites), and links left by a build stopped at its switch, are removed
 * (builds hold a lock: none is running).
 */
export function switchSite(out: string, next: string): void {
  const sets = dirname(next);
  let previous: string | null = null;
  let earlier = false;
  try {
    const st = lstatSync(out);
    if (st.isSymbolicLink()) previous = basename(readlinkSync(out));
    else earlier = st.isDirectory();
  } catch {
    // no site yet
  }
  // (a site folder of the earlier layout is moved among the sets right before the link takes its place: the one moment, once, without a site)
  const moveEarlier = earlier ? () => renameSync(out, join(sets, (previous = `${Date.now().toString(36)}-earlier`))) : undefined;
  linkAt(dirname(out), basename(out), relative(dirname(out), next), moveEarlier);
  for (const s of readdirSync(sets)) if (s !== basename(next) && s !== previous) rmSync(join(sets, s), { recursive: true, force: true });
  // (and the links a build stopped at its switch left under a temporary name)
  for (const f of readdirSync(dirname(out))) if (f.startsWith(`.${basename(out)}.`) && f.endsWith(".tmp")) rmSync(join(dirname(out), f), { force: true });
}

process.exitCode = await main();
