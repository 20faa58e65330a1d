/**
 * Extraction on worker threads gives the analysis of one thread, byte for byte: the seed corpus and
 * the 56 real unifiedfc articles of the fixtures, analysed cold by the CLI on one thread and on two
 * (TRIANGULATE_THREADS forces the workers, which a corpus this small would not start on its own).
 */
import { describe, expect, test } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { UNIFIEDFC_SAMPLE, cliAsync, copySeedCorpus, tempDir } from "./helpers.ts";

/** The seed corpus with the fixtures' unifiedfc articles beside it. */
function corpus(): string {
  const dir = copySeedCorpus();
  const articles = gunzipSync(readFileSync(UNIFIEDFC_SAMPLE))
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string });
  for (const a of articles) writeFileSync(join(dir, "sources", `ufc-${a.id}.md`), `---\noutlet: "unifiedfc"\nurl: null\npublished: null\nlanguage: ar\ntitle: null\nnotes: null\n---\n${a.text}\n`);
  return dir;
}

const OUTPUTS = ["sources.json", "claims.json", "clusters.json", "entities.json", "issues.json"];

describe("worker threads", () => {
  test("two threads write the same analysis as one, byte for byte", async () => {
    const dir = corpus();
    const runs = await Promise.all(
      ["1", "2"].map(async (threads) => {
        const out = join(dir, `out-${threads}`);
        // (the changelog's state is kept beside the cache folder: each run has its own)
        const r = await cliAsync(["analyze", "--corpus", dir, "--out", out, "--no-cache"], { env: { TRIANGULATE_THREADS: threads, TRIANGULATE_CACHE: join(tempDir(), "cache") }, timeoutMs: 120_000 });
        expect(r.code, r.stderr).toBe(0);
        return Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), "utf8")]));
      }),
    );
    for (const f of OUTPUTS) expect(runs[1][f], f).toBe(runs[0][f]);
    expect(JSON.parse(runs[0]["claims.json"]).length).toBeGreaterThan(50);
  }, 180_000);
  test("TRIANGULATE_THREADS that is no number of threads is one line", async () => {
    const r = await cliAsync(["analyze", "--corpus", copySeedCorpus(), "--no-cache"], { env: { TRIANGULATE_THREADS: "two" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^triangulate analyze: TRIANGULATE_THREADS "two" is not a number of threads: write 1 \(one thread\) to 64, or leave it unset for one per core\n$/);
  });
});
