import { defineConfig } from "vitest/config";

// The site tests build the site and drive Chromium: one file at a time, one test at a time. The seed
// site is built once, by the global setup, for every file (`seedSite()` in tests/site/helpers.ts).
export default defineConfig({
  test: {
    include: ["tests/site/**/*.test.ts"],
    globalSetup: ["tests/site/setup.ts"],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 300_000,
    hookTimeout: 600_000,
    env: { TZ: "UTC", OBSERVABLE_TELEMETRY_DISABLE: "true" },
  },
});
