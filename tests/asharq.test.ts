import { describe, expect, test } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readUnifiedfc } from "../bench/corpora.ts";
import type { Claim, Cluster, Issue } from "../loaders/types.ts";
import { cli, copySeedCorpus, tempDir } from "./helpers.ts";

/**
 * The real case: seed 002 (2021) repeats, with 100,000, the sentence that Asharq al-Awsat
 * published on 23 Aug 2017 with 60,000 (unifiedfc R-392). Added with `triangulate add`, it must
 * make that figure one contested fact whose reasons name the reused sentence and the number.
 */
describe("adding the Asharq al-Awsat article of 23 Aug 2017 to the seeds", () => {
  const dir = copySeedCorpus();
  const out = join(dir, "out");
  const article = readUnifiedfc().find((a) => a.text.includes("يزيد عددها على 50 فصيلا"))!;
  const file = join(tempDir(), "asharq.txt");
  writeFileSync(file, article.text);

  test("the article is R-392 and add records it with the date of its dateline", () => {
    expect(article.claim_id).toBe("R-392");
    expect(cli(["analyze", "--corpus", dir, "--out", out]).code).toBe(0);
    const r = cli(["add", file, "--corpus", dir, "--outlet", "Asharq al-Awsat", "--url", article.url, "--title", "none"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/added .*2017-08-23-asharq-al-awsat-/);
  });
  test("makes the 60,000 / 100,000 pair one contested fact, naming the reused sentence and the changed number", () => {
    const r = cli(["analyze", "--corpus", dir, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const claims: Claim[] = JSON.parse(readFileSync(join(out, "claims.json"), "utf8"));
    const clusters: Cluster[] = JSON.parse(readFileSync(join(out, "clusters.json"), "utf8"));
    const c100 = claims.find((c) => c.source.startsWith("002") && c.kind === "force_size" && c.value?.low === 100000);
    const c60 = claims.find((c) => c.source.startsWith("2017-08-23") && c.kind === "force_size" && c.value?.low === 60000);
    expect(c100 && c60).toBeTruthy();
    const fact = clusters.find((k) => k.claims.includes(c100!.id))!;
    expect(fact.claims).toContain(c60!.id);
    expect(fact.verdict).toBe("contested");
    expect(fact.reasons.join("\n")).toMatch(
      /reused sentence with a changed number: Asharq al-Awsat \(2017\) printed this sentence with more than 60,000 fighters; .*\(2021\) prints the same sentence \(\d+% alike\) with more than 100,000 fighters/,
    );
    const issues: Issue[] = JSON.parse(readFileSync(join(out, "issues.json"), "utf8"));
    expect(issues.some((i) => i.type === "reused_sentence_changed_numbers" && /60 الف/.test(i.message) && /100 الف/.test(i.message))).toBe(true);
    // the changelog says what moved
    const log = JSON.parse(readFileSync(join(out, "changes.json"), "utf8"));
    expect(log.sources.added).toHaveLength(1);
    expect(log.facts.verdicts).toContainEqual(expect.objectContaining({ id: fact.id, from: "single-source", to: "contested" }));
    expect(r.stdout).toMatch(new RegExp(`~ .*: single-source → contested`));
  });
  test("a second add of the same text is refused", () => {
    const r = cli(["add", file, "--corpus", dir, "--outlet", "Asharq al-Awsat", "--title", "none"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refused: the same text is already in the corpus/);
  });
});
