/**
 * A fact's confirming, contradicting and silent outlets (src/components/silence.js) and the Facts
 * page's view of them (src/components/facts.js), on a small fixture: an outlet is silent when one of
 * its articles covers the fact's area and period and none speaks of the fact; each silent outlet
 * shows the article that makes it count; values are quoted as published, isolated.
 */
import { describe, expect, test } from "vitest";
import type { Claim, Cluster, DateValue, EntityRow, SourceRow } from "../loaders/types.ts";
import { useDom } from "./chart-dom.ts";

useDom();
const { coverageIndex, factStances, factWindow, monthsOf, silentOutlets } = await import("../src/components/silence.js");
const { factView } = await import("../src/components/facts.js");
const { byId } = await import("../src/components/text.js");

const place = (id: string, parent: string | null, type = "place"): EntityRow => ({ id, type, name_en: id.split(":")[1], name_ar: "", aliases: [], parent, lat: null, lon: null });
const entities = byId([place("country:syria", null, "country"), place("place:p-province", "country:syria"), place("place:town", "place:p-province"), place("place:q-province", "country:syria")]);
const source = (id: string, outlet: string | null, published: string | null): SourceRow =>
  ({ id, outlet, url: null, published: published ? { start: published, end: published, precision: "day" } : null, language: "ar", title: null, path: `${id}.md`, chars: 0, notes: null }) as SourceRow;
const day = (d: string): DateValue => ({ start: d, end: d, precision: "day", text: "يوم امس" });
const claim = (id: string, src: string, kind: string, where: string | null, date: DateValue | null, extra: Partial<Claim> = {}): Claim =>
  ({ id: `${src}#${id}`, source: src, kind, subject: null, object: null, place: where, value: null, date, attribution: null, evidence: "", span: [0, 1], context: [0, 1], ...extra }) as Claim;

const HOSTILE = `<img src=x onerror="window.__xss=1">`;
const sources = [
  source("a", "A", "2021-06-28"), // in the fact
  source("a2", "A", "2021-06-28"), // A again: A speaks, so A is not silent
  source("b", "B", "2021-07-05"), // an attack in the town dated that day, in another fact: silent (dated)
  source("c", `C ${HOSTILE}`, "2021-06-29"), // undated presence in the province, published the day after: silent (published)
  source("d", "D", "2019-01-01"), // the town, but two years before
  source("e", "E", "2021-06-28"), // that day, but another province
  source("f", null, "2021-06-27"), // an unknown outlet is its own
  source("g", "G", "2021-06-28"), // contradicts
  source("h", "H", "2021-01-10"), // the town "in 2021": a year says nothing of a day
];
const claims = [
  claim("1", "a", "casualties", "place:town", day("2021-06-27"), { value: { low: 5, high: null, unit: "killed", qualifier: "at_least", text: "ما لا يقل عن 5" } }),
  claim("2", "a2", "presence", "place:town", day("2021-06-27")),
  claim("3", "b", "attack", "place:town", day("2021-06-27")),
  claim("4", "c", "presence", "place:p-province", null),
  claim("5", "d", "attack", "place:town", day("2019-01-01")),
  claim("6", "e", "attack", "place:q-province", day("2021-06-27")),
  claim("7", "f", "control", "place:town", day("2021-06-27")),
  claim("8", "g", "casualties", "place:town", day("2021-06-27"), { value: { low: 40, high: 40, unit: "killed", qualifier: "exact", text: "40" } }),
  claim("9", "h", "attack", "place:town", { start: "2021-01-01", end: "2021-12-31", precision: "year", text: "هذا العام" }),
];
const cluster = (id: string, members: Claim[], extra: Partial<Cluster> = {}): Cluster =>
  ({
    id,
    kind: members[0].kind,
    key: id,
    label: `Fact ${id}`,
    claims: members.map((c) => c.id),
    sources: members.map((c) => c.source),
    verdict: "contested",
    score: 0.5,
    reasons: [],
    subject: null,
    object: null,
    place: "place:town",
    stances: {},
    ...extra,
  }) as Cluster;
const toll = cluster("toll", [claims[0], claims[7]], { stances: { a: "confirms", g: "contradicts" } });
const other = cluster("other", [claims[2]]);
const clusters = [toll, other];
const claimIndex = byId(claims);
const coverage = coverageIndex(claims, { sources, clusters, entities });

describe("silent outlets (src/components/silence.js)", () => {
  test("the index files a claim under its place and each place that holds it, for the months of its date and of its article", () => {
    expect(monthsOf([Date.parse("2021-06-27"), Date.parse("2021-07-02")])).toEqual(["2021-06", "2021-07"]);
    expect([...coverage.buckets.keys()].filter((k) => coverage.buckets.get(k)!.some((c) => c.id === "b#3")).sort()).toEqual([
      "country:syria|2021-06",
      "country:syria|2021-07",
      "place:p-province|2021-06",
      "place:p-province|2021-07",
      "place:town|2021-06",
      "place:town|2021-07",
    ]);
    // undated and unpublished says nothing of a period: not filed
    const bare = coverageIndex([claim("x", "zz", "attack", "place:town", null)], { sources: [], entities });
    expect(bare.buckets.size).toBe(0);
  });

  test("an outlet is silent when an article of it covers the fact's province and days and none speaks of the fact", () => {
    const s = silentOutlets(toll, coverage, { claims: claimIndex });
    expect([s.judged, s.areas, s.window?.from]).toEqual([true, ["place:p-province"], "claims"]);
    expect(s.outlets.map((o) => [o.name, o.articles.map((a) => [a.source.id, a.claim.id, a.why, a.fact?.id ?? null])])).toEqual([
      ["B", [["b", "b#3", "dated", "other"]]],
      [`C ${HOSTILE}`, [["c", "c#4", "published", null]]],
      ["unknown outlet (f)", [["f", "f#7", "dated", null]]],
    ]);
  });

  test("confirming and contradicting outlets come from the fact's stances, one entry per outlet", () => {
    const a = factStances({ ...toll, sources: ["a", "a2", "g"], stances: { a: "confirms", a2: "differs", g: "contradicts" } }, sources);
    expect([a.confirms, a.differs.map((o) => [o.name, o.sources]), a.contradicts.map((o) => o.name)]).toEqual([[], [["A", ["a", "a2"]]], ["G"]]);
  });

  test("a fact with no place, no date anywhere, or a span over a year is not judged, and says why", () => {
    expect(silentOutlets({ ...toll, place: null, claims: ["a2#2"].map(() => "none") }, coverage, { claims: claimIndex })).toMatchObject({ judged: false, why: "the fact has no place" });
    const undated = cluster("u", [claim("u", "zz", "presence", "place:town", null)]);
    expect(silentOutlets(undated, coverage, { claims: byId([claim("u", "zz", "presence", "place:town", null)]) })).toMatchObject({ judged: false, why: "neither the fact nor its articles are dated" });
    const long = claim("l", "a", "presence", "place:town", { start: "2019-01-01", end: "2021-01-01", precision: "year", text: "" });
    expect(silentOutlets(cluster("l", [long]), coverage, { claims: byId([long]) })).toMatchObject({ judged: false, why: "the fact spans more than a year" });
    // an undated fact reaches a month around its articles' publication
    const presence = claim("p", "a", "presence", "place:town", null);
    const w = factWindow(cluster("p", [presence]), { claims: byId([presence]), published: coverage.published })!;
    expect([new Date(w.start).toISOString().slice(0, 10), new Date(w.end).toISOString().slice(0, 10), w.from]).toEqual(["2021-05-28", "2021-07-30", "published"]);
  });
});

describe("the fact view (src/components/facts.js)", () => {
  test("shows who confirms, contradicts and is silent, each silent outlet with its article linked, and values as published", () => {
    const el = factView(toll, { claims: claimIndex, sources, entities, coverage, words: { "a#1": { value: "ما لا يقل عن 5" } } });
    const col = (stance: string) => el.querySelector(`.board-col[data-stance="${stance}"]`)!;
    expect(col("confirms").textContent).toContain("A");
    expect(col("contradicts").textContent).toContain("G");
    const silent = col("silent");
    expect([...silent.querySelectorAll("li")].map((li) => li.querySelector("bdi.outlet-name")!.textContent)).toEqual(["B", `C ${HOSTILE}`, "unknown outlet (f)"]);
    expect([...silent.querySelectorAll(".why a.article-link")].map((a) => a.getAttribute("href"))).toEqual(["./articles#b", "./articles#c", "./articles#f"]);
    expect(silent.querySelector('.why[data-source="b"] a[href="#other"]')).not.toBeNull();
    expect(silent.textContent).toContain("p-province");
    expect(el.querySelectorAll("img").length).toBe(0);
    // the value in the sentence's words, isolated, its brackets outside the isolation
    const value = el.querySelector('.claim[data-claim="a#1"] [data-field="value"]')!;
    expect(value.querySelector("bdi.said")!.getAttribute("dir")).toBe("auto");
    expect(value.querySelector("bdi.said")!.textContent).toBe("ما لا يقل عن 5");
    expect(value.textContent).toMatch(/≥ 5 killed \(ما لا يقل عن 5\)$/);
  });
});
