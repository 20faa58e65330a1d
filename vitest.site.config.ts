import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The site test files, longest first, so that the two at a time end together (on a fresh clone
 * vitest has no timings of a previous run and starts with the largest files). Files not listed run after these.
 * freshness.test.ts builds three sites and runs the dev server: it is the longest once the others
 * share their page loads (a run of 2026-12-08 at a load of 18–24: freshness 408 s, xss 245 s, pages 143 s, site 118 s).
 */
const LONGEST = ["freshness.test.ts", "xss.test.ts", "pages.test.ts", "site.test.ts"];
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((name) => f.moduleId.endsWith(`/${name}`));
      return i < 0 ? LONGEST.length : i;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

// The site tests build sites and drive Chromium. The sites of tests/site/sites.ts are built once, by
// the global setup (builds share Framework's cache, so one at a time); the test files then run side
// by side, two at a time: those of built sites only serve a folder, and freshness.test.ts, the one
// file that builds (and runs the dev server), is alone in using Framework's cache. One test at a
// time within a file.
export default defineConfig({
  test: {
    include: ["tests/site/**/*.test.ts"],
    globalSetup: ["tests/site/setup.ts"],
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { concurrent: false, sequencer: LongestFirst },
    testTimeout: 300_000,
    hookTimeout: 600_000,
    env: { TZ: "UTC", OBSERVABLE_TELEMETRY_DISABLE: "true" },
  },
});
