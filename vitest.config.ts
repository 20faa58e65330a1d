import { defineConfig } from "vitest/config";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/site/**", "node_modules/**"],
    // The test files run in one process (on 2 cores vitest gives one worker; npm test runs the site
    // tests on the other core), each reusing the modules the files before it imported: importing the
    // library afresh for each file was a fifth of the CPU time. No test mocks a module; a test that
    // changes a module's setting (NEARCOPY_DEFAULTS, StatIndex.racyMs) puts it back.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: { TZ: "UTC", OBSERVABLE_TELEMETRY_DISABLE: "true", TRIANGULATE_CACHE: mkdtempSync(join(tmpdir(), "tri-cache-")) },
  },
});
