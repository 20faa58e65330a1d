import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: { TZ: "UTC", OBSERVABLE_TELEMETRY_DISABLE: "true" },
  },
});
