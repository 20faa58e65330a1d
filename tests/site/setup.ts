/**
 * Global setup of the site tests: the seed site (data/) is built once, before any test file runs,
 * and every file that needs it serves that one build (`seedSite()` in helpers.ts) instead of
 * building its own: a build runs all fifteen data loaders, about 30 s of CPU.
 */
import type { TestProject } from "vitest/node";
import { buildSite } from "./helpers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of the seed site built by the global setup. */
    seedSite: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  // (the environment vitest.site.config.ts gives the test files, which a global setup does not get)
  Object.assign(process.env, project.config.env);
  const started = Date.now();
  const build = await buildSite("seed");
  if (build.code !== 0) throw new Error(`build of the seed site failed:\n${build.output}`);
  console.log(`site tests: seed site built in ${((Date.now() - started) / 1000).toFixed(1)} s (${build.out})`);
  project.provide("seedSite", build.out);
}
