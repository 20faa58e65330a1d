import { defineConfig } from "vitest/config";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/site/**", "node_modules/**"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: { TZ: "UTC", OBSERVABLE_TELEMETRY_DISABLE: "true", TRIANGULATE_CACHE: mkdtempSync(join(tmpdir(), "tri-cache-")) },
  },
});
