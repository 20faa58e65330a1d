import { describe, expect, test } from "vitest";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../loaders/pipeline.ts";
import { loadReviews } from "../loaders/review/reviews.ts";
import { ROOT, cli, tempDir } from "./helpers.ts";

/** A small corpus in the seeds' style, written here: two outlets, one fact, one review file. */
function corpus(reviews?: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, "sources"));
  cpSync(join(ROOT, "tests/fixtures/mini/gazetteer"), join(dir, "gazetteer"), { recursive: true });
  const fm = (outlet: string, date: string) => `---\noutlet: "${outlet}"\nurl: null\npublished: ${date}\nlanguage: ar\ntitle: null\n---\n`;
  writeFileSync(join(dir, "sources", "a.md"), fm("Outlet A", "2022-05-10") + "وتنتشر ميليشيا فاطميون في مدينة البوكمال شرقي دير الزور.\n");
  writeFileSync(join(dir, "sources", "b.md"), fm("Outlet B", "2022-05-12") + "وقالت مصادر محلية إن عناصر من لواء فاطميون تتمركز في البوكمال منذ أشهر.\n");
  if (reviews !== undefined) writeFileSync(join(dir, "reviews.yaml"), reviews);
  return dir;
}
const fatemiyoun = (a: Awaited<ReturnType<typeof analyze>>) => a.clusters.find((c) => c.subject === "militia:fatemiyoun" && c.kind === "presence")!;

describe("reviews.yaml", () => {
  test("a review that rejects a claim changes the verdict, and survives a rebuild", async () => {
    const before = await analyze({ corpus: corpus(), cache: false });
    const fact = fatemiyoun(before);
    expect(fact.verdict).toBe("corroborated");
    const claimB = before.claims.find((c) => c.source === "b" && c.subject === "militia:fatemiyoun")!;
    const dir = corpus(`- reject: "${claimB.id}"\n  note: the sources of b are unnamed\n  by: Rana\n`);
    for (const cache of [false, true, true]) {
      const after = await analyze({ corpus: dir, cache });
      expect(fatemiyoun(after).verdict).toBe("single-source");
      const rejected = after.claims.find((c) => c.id === claimB.id)!;
      expect(rejected.review).toEqual({ action: "rejected", note: "the sources of b are unnamed", by: "Rana" });
    }
  });
  test("a verdict set by an analyst replaces the machine's and is shown as a human decision", async () => {
    const id = fatemiyoun(await analyze({ corpus: corpus(), cache: false })).id;
    const a = await analyze({ corpus: corpus(`- verdict: ${id}\n  set: contested\n  note: a third outlet denies it\n  by: Omar\n`), cache: false });
    const fact = fatemiyoun(a);
    expect(fact.verdict).toBe("contested");
    expect(fact.review).toEqual({ verdict: "contested", note: "a third outlet denies it", by: "Omar" });
    expect(fact.reasons[0]).toMatch(/^analyst decision by Omar: contested — a third outlet denies it \(the kit said corroborated\)/);
  });
  test("a verdict review moves the score and the stances with it, and the overview shows it", async () => {
    const before = fatemiyoun(await analyze({ corpus: corpus(), cache: false }));
    const a = await analyze({ corpus: corpus(`- verdict: ${before.id}\n  set: echoed\n  note: both relay one Telegram channel\n`), cache: false });
    const fact = fatemiyoun(a);
    expect(fact.verdict).toBe("echoed");
    expect(fact.score).toBeLessThan(before.score);
    expect(Object.values(fact.stances)).toEqual(["confirms", "confirms"]);
    const { overviewData } = await import("../loaders/overview.ts");
    expect(JSON.stringify(overviewData(a))).toContain("echoed");
  });
  test("a correction replaces a claim's value", async () => {
    const a0 = await analyze({ corpus: corpus(), cache: false });
    const c = a0.claims[0];
    const a = await analyze({ corpus: corpus(`- correct: "${c.id}"\n  value: {low: 10, high: 20}\n  by: Rana\n`), cache: false });
    const fixed = a.claims.find((x) => x.id === c.id)!;
    expect(fixed.value).toMatchObject({ low: 10, high: 20, qualifier: "corrected" });
    expect(fixed.review?.action).toBe("corrected");
  });
  test("merge and split move claims between facts", async () => {
    const a0 = await analyze({ corpus: corpus(), cache: false });
    const fact = fatemiyoun(a0);
    const a1 = await analyze({ corpus: corpus(`- split: "${fact.claims[1]}"\n`), cache: false });
    expect(a1.clusters.filter((c) => c.subject === "militia:fatemiyoun" && c.kind === "presence")).toHaveLength(2);
    const ids = a1.clusters.filter((c) => c.subject === "militia:fatemiyoun" && c.kind === "presence").map((c) => c.id);
    const a2 = await analyze({ corpus: corpus(`- split: "${fact.claims[1]}"\n- merge: [${ids.join(", ")}]\n`), cache: false });
    expect(a2.clusters.filter((c) => c.subject === "militia:fatemiyoun" && c.kind === "presence")).toHaveLength(1);
  });
  test("a stale review (its claim is gone) is reported, not silently dropped", async () => {
    const a = await analyze({ corpus: corpus(`- reject: "a#presence-000000"\n  by: Rana\n- verdict: no-such-fact\n  set: corroborated\n`), cache: false });
    const stale = a.issues.filter((i) => i.type === "stale_review");
    expect(stale.map((i) => i.message)).toEqual([
      expect.stringMatching(/reviews\.yaml:1: review of claim a#presence-000000, which no longer exists/),
      expect.stringMatching(/reviews\.yaml:3: verdict review for cluster no-such-fact, which no longer exists/),
    ]);
  });
  test("a malformed review is an error naming file:line and what to write", () => {
    const dir = corpus(`- reject: "a#1"\n- verdict: x\n  set: maybe\n`);
    expect(() => loadReviews(join(dir, "reviews.yaml"))).toThrow(/reviews\.yaml:3: verdict review: set is "maybe" .*; write - verdict: <cluster id>, with set: corroborated, partial/);
    const r = cli(["analyze", "--corpus", dir, "--out", join(dir, "out")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/reviews\.yaml:3: verdict review: set is "maybe"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
