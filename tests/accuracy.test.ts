import { describe, expect, test } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { goldProblems, loadGoldSet, splitSets } from "../bench/accuracy/gold.ts";
import { Scorer } from "../bench/accuracy/score.ts";
import { fakesFigures } from "../bench/accuracy/fakes.ts";
import { claimKey, precision, toJudged } from "../bench/accuracy/judged.ts";
import { RESERVED, dateline, urlDay, type FakesRow } from "../bench/accuracy/corpora.ts";
import type { Analysis, Claim, Cluster } from "../loaders/types.ts";
import { ROOT } from "./helpers.ts";
import { claim as baseClaim } from "./align-helpers.ts";

const FIXTURE = join(ROOT, "tests", "fixtures", "accuracy");
const set = loadGoldSet(FIXTURE);

/** A claim of the fixture whose span is `evidence`'s place in its article. */
function claim(source: string, evidence: string, fields: Partial<Claim>): Claim {
  const at = set.bodies.get(source)!.indexOf(evidence);
  if (at < 0) throw new Error(`not in ${source}: ${evidence}`);
  return baseClaim({ id: `${source}#${fields.kind}-${at}`, source, kind: "casualties", evidence, span: [at, at + evidence.length], context: [at, at + evidence.length], ...fields });
}
const killed = (n: number) => ({ low: n, high: n, unit: "killed", qualifier: "exact", text: String(n) });
const fact = (id: string, claims: Claim[], verdict: Cluster["verdict"]): Cluster => ({
  id,
  kind: claims[0].kind,
  key: id,
  claims: claims.map((c) => c.id),
  sources: [...new Set(claims.map((c) => c.source))],
  verdict,
  score: 0,
  reasons: [],
  label: id,
  subject: null,
  object: null,
  place: null,
  stances: {},
});
const entities = [
  { id: "place:tal-abyad", type: "place", name_en: "Tal Abyad", name_ar: "تل أبيض", aliases: [], parent: null, lat: null, lon: null },
  { id: "place:ain-issa", type: "place", name_en: "Ain Issa", name_ar: "عين عيسى", aliases: [], parent: null, lat: null, lon: null },
  { id: "force:regime", type: "force", name_en: "Syrian regime forces", name_ar: "قوات النظام", aliases: [], parent: null, lat: null, lon: null },
];
const analysis = (claims: Claim[], clusters: Cluster[], issues: Analysis["issues"] = []): Analysis => ({ sources: [], claims, clusters, entities, issues });

describe("Scorer (bench/accuracy/score.ts) on a fixture with a known result", () => {
  const a1 = claim("en-a", "A car bomb killed 12 people", { place: "place:tal-abyad", value: killed(12) });
  const b1 = claim("en-b", "Twenty people were killed", { place: "place:tal-abyad", value: killed(20) });
  const c1 = claim("ar-c", "قتل 12 شخصا", { place: "place:tal-abyad", value: killed(12) });
  const a2 = claim("en-a", "wounded 30", { place: "place:tal-abyad", value: { ...killed(30), unit: "wounded" } });
  const a3 = claim("en-a", "Government forces captured the village of Ain Issa", { kind: "control", subject: "force:regime", place: "place:ain-issa" });
  const weekday = set.bodies.get("ar-c")!.indexOf("يوم الأحد");

  test("scores every fact right when the kit's output is the gold", () => {
    const a = analysis([a1, b1, c1, a2, a3], [fact("k", [a1, b1, c1], "contested"), fact("w", [a2], "single-source"), fact("c", [a3], "single-source")], [{ type: "weekday", source: "ar-c", span: [weekday, weekday + 4], message: "" }]);
    const s = new Scorer(a, set.gold, set.bodies, set.languages).score();
    expect([s.facts, s.aligned, s.verdict, s.values, s.mustNotMerge, s.issues]).toEqual([3, { n: 3, of: 3 }, { n: 3, of: 3 }, { n: 2, of: 2 }, { n: 1, of: 1 }, { n: 1, of: 1 }]);
    expect(s.recall).toEqual({ "casualties/en": { n: 3, of: 3 }, "casualties/ar": { n: 1, of: 1 }, "control/en": { n: 1, of: 1 } });
  });

  test("counts a wrong value, a wrong verdict, a missing subject, a merge and a missing issue as failures", () => {
    const b21 = { ...b1, value: killed(21) };
    const noSubject = { ...a3, subject: null };
    const a = analysis([a1, b21, c1, a2, noSubject], [fact("k", [a1, b21, c1, a2], "corroborated"), fact("c", [noSubject], "single-source")]);
    const s = new Scorer(a, set.gold, set.bodies, set.languages).score();
    expect([s.aligned, s.verdict, s.values, s.mustNotMerge, s.issues]).toEqual([
      { n: 2, of: 3 },
      { n: 0, of: 3 },
      { n: 1, of: 2 },
      { n: 0, of: 1 },
      { n: 0, of: 1 },
    ]);
    expect(s.recall["casualties/en"]).toEqual({ n: 2, of: 3 });
    expect(s.recall["control/en"]).toEqual({ n: 0, of: 1 });
    expect(s.failures).toEqual(["merged: killed-tal-abyad and wounded-tal-abyad share k", "issue not found: weekday"]);
  });

  test("takes a rejected claim as absent, and a casualty count of the other unit as no candidate", () => {
    const rejected = { ...c1, review: { action: "reject", note: null, by: null } };
    const asWounded = { ...b1, value: { ...killed(20), unit: "wounded" } };
    const a = analysis([a1, asWounded, rejected, a2, a3], [fact("k", [a1, asWounded, rejected], "contested"), fact("w", [a2], "single-source"), fact("c", [a3], "single-source")]);
    const r = new Scorer(a, set.gold, set.bodies, set.languages).check(set.gold.facts[0]);
    expect(r.problems).toEqual(["en-b: no candidate claim", "ar-c: no candidate claim", "no one fact holds claims of all of en-a, en-b, ar-c"]);
  });
});

describe("claim precision from judgements (bench/accuracy/judged.ts)", () => {
  const c = claim("en-a", "A car bomb killed 12 people", { place: "place:tal-abyad", value: killed(12) });
  test("a judged claim is found by its span and content; a changed one is unjudged", () => {
    const judged = [{ ...toJudged(c, "dev", "x"), right: true }];
    const moved = { ...c, value: killed(13) };
    const p = precision(
      [
        { claim: c, language: "en", set: "x" },
        { claim: moved, language: "en", set: "x" },
      ],
      judged,
    );
    expect(p.byKind["casualties/en"]).toEqual({ n: 1, of: 1, unjudged: 1 });
    expect(claimKey(moved)).not.toBe(claimKey(c));
  });
  test("a wrong judgement lowers precision and a pending one is not counted", () => {
    const other = claim("en-b", "Twenty people were killed", { value: killed(20) });
    const p = precision(
      [
        { claim: c, language: "en", set: "x" },
        { claim: other, language: "en", set: "x" },
      ],
      [{ ...toJudged(c, "dev", "x"), right: false }, toJudged(other, "dev", "x")],
    );
    expect(p.byKind["casualties/en"]).toEqual({ n: 0, of: 1, unjudged: 0 });
    expect(p.pending).toBe(1);
  });
});

describe("FA-KES figures (bench/accuracy/fakes.ts)", () => {
  const row = (unit_id: string, date: string, location: string, civ: number): FakesRow => ({
    unit_id,
    date,
    location,
    nb_civilians: String(civ),
    nb_noncivilians: "0",
    article_title: "",
    article_content: "",
    source: "",
    actor: "",
    cause_of_death: "",
    nb_children: "0",
    nb_women: "0",
    label: "1",
  });
  const rows = [row("1", "1/1/17", "aleppo", 10), row("2", "1/1/17", "aleppo", 14), row("3", "1/2/17", "idlib", 5), row("4", "1/2/17", "idlib", 0)];
  const day = { start: "2017-01-01", end: "2017-01-01", precision: "day" as const, text: "" };
  const k = (src: string, n: number): Claim => ({ ...claim("en-a", "A car bomb killed 12 people", {}), id: `fakes-${src}#k`, source: `fakes-${src}`, value: killed(n), date: day });
  test("measures extraction, same-event pairs, false merges and disagreement", () => {
    const claims = [k("1", 10), k("2", 14), k("3", 5)];
    const f = fakesFigures(analysis(claims, [fact("x", claims, "contested")]), rows);
    // (article 3's claim is dated 2017-01-01, a day before its own annotated day: still about it)
    expect(f).toEqual({ extraction: { n: 3, of: 3 }, sameEvent: { n: 1, of: 1 }, falseMerges: { n: 2, of: 3 }, ownFalseMerges: { n: 2, of: 3 }, disagreement: { n: 1, of: 1 } });
  });
  test("(c') leaves out an article whose claim in the fact recalls another event than its own", () => {
    const recall = row("5", "1/10/17", "aleppo", 10);
    const claims = [k("1", 10), k("2", 10), k("5", 10)];
    const f = fakesFigures(analysis(claims, [fact("x", claims, "corroborated")]), [...rows, recall]);
    // (5 is annotated with 10 January; its claim here is about 1 January: a merge (c) counts, (c') does not)
    expect([f.falseMerges, f.ownFalseMerges]).toEqual([
      { n: 2, of: 3 },
      { n: 0, of: 1 },
    ]);
  });
  test("a toll no claim holds, facts apart and no dispute score nothing", () => {
    const claims = [k("1", 99), k("2", 14), k("3", 5)];
    const f = fakesFigures(
      analysis(
        claims,
        claims.map((c) => fact(c.id, [c], "single-source")),
      ),
      rows,
    );
    expect(f).toEqual({ extraction: { n: 2, of: 3 }, sameEvent: { n: 0, of: 1 }, falseMerges: { n: 0, of: 0 }, ownFalseMerges: { n: 0, of: 0 }, disagreement: { n: 0, of: 1 } });
  });
});

describe("the corpora's dates and the reserved groups (bench/accuracy/corpora.ts)", () => {
  test("reads datelines and days in addresses", () => {
    expect(dateline("Wed 05 Apr 2017 Syria attack")).toBe("2017-04-05");
    expect(dateline("12 February 2015 Casualties mount")).toBe("2015-02-12");
    expect(dateline("At least 29 Syrian rebels")).toBeNull();
    expect(urlDay("https://www.al-sharq.com/article/06/12/2017/x")).toBe("2017-12-06");
    expect(urlDay("https://example.org/2017/11/09/x")).toBe("2017-11-09");
    expect(urlDay("https://mideast.liveuamap.com/ar/time/21.03.2017")).toBe("2017-03-21");
  });
  test("the reserved claim groups are recognised", () => {
    expect(RESERVED.test("R-342-a1")).toBe(true);
    expect(RESERVED.test("V-46-a0")).toBe(true);
    expect(RESERVED.test("V-461-a0")).toBe(false);
  });
});

describe("the gold (bench/gold)", () => {
  const dirs = ["dev", "test"].flatMap((s) => splitSets(join(ROOT, "bench", "gold", s)));
  test.each(dirs.map((d) => [d.slice(ROOT.length + 1), d]))("%s: every evidence is in its article and the file is well formed", (_, dir) => {
    const g = loadGoldSet(dir);
    expect(goldProblems(join(dir, "facts.yaml"), g.gold, g.bodies)).toEqual([]);
  });
  test.each(dirs.map((d) => [d.slice(ROOT.length + 1), d]))("%s: holds no article of a reserved unifiedfc claim group", (_, dir) => {
    const names = readdirSync(join(dir, "sources")).map((n) => n.replace(/^ufc-/, "").toUpperCase());
    expect(names.filter((n) => RESERVED.test(n))).toEqual([]);
  });
});
