import { defineConfig } from "vitest/config";

// The site tests build the site and drive Chromium: one file at a time, one test at a time.
export default defineConfig({
  test: {
    include: ["tests/site/**/*.test.ts"],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 300_000,
    hookTimeout: 600_000,
    env: { TZ: "UTC", OBSERVABLE_TELEMETRY_DISABLE: "true" },
  },
});
