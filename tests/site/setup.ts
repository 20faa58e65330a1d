/**
 * Global setup of the site tests: the sites of sites.ts are built once, one after the other (builds
 * share Framework's cache), before any test file runs; each file serves the one it needs
 * (`openBuiltSite(name)` in helpers.ts). A build of the seed corpus takes about 16 s of CPU (its one data loader, src/data.tar.ts, and Framework).
 */
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { buildSite } from "./helpers.ts";
import { SITES, type SiteName, type SiteSpec } from "./sites.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of each site of sites.ts, as built by the global setup. */
    sites: Record<SiteName, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // (the environment vitest.site.config.ts gives the test files, which a global setup does not get)
  Object.assign(process.env, project.config.env);
  const built = {} as Record<SiteName, string>;
  const corpora: string[] = [];
  for (const [name, spec] of Object.entries(SITES) as [SiteName, SiteSpec][]) {
    const started = Date.now();
    const corpus = spec.corpus?.();
    if (corpus) corpora.push(corpus);
    const build = await buildSite(name, { corpus });
    if (build.code !== 0) throw new Error(`build of the ${name} site failed:\n${build.output}`);
    console.log(`site tests: ${name} site built in ${((Date.now() - started) / 1000).toFixed(1)} s (${build.out})`);
    built[name] = build.out;
  }
  project.provide("sites", built);
  return () => corpora.forEach((d) => rmSync(d, { recursive: true, force: true }));
}
