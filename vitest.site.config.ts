import { defineConfig } from "vitest/config";

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
    sequence: { concurrent: false },
    testTimeout: 300_000,
    hookTimeout: 600_000,
    env: { TZ: "UTC", OBSERVABLE_TELEMETRY_DISABLE: "true" },
  },
});
