/**
 * The Estimates page's chart (src/components/estimates.js) on a small fixture: one panel per fact
 * with every outlet's figures on one scale, identical figures merged, open bounds drawn as rays,
 * values in the words as published, and each outlet named once.
 */
import { describe, expect, test } from "vitest";
import type { Claim, Cluster, SourceRow } from "../loaders/types.ts";
import { useDom } from "./chart-dom.ts";

useDom();
const { estimateFacts, estimateScale, estimatesChart, figureMark, figureText } = await import("../src/components/estimates.js");

const source = (id: string, outlet: string | null): SourceRow => ({ id, outlet, url: null, published: null, language: "ar", title: null, path: `${id}.md`, chars: 0, notes: null });
const claim = (id: string, src: string, low: number | null, high: number | null, qualifier: string, text: string): Claim =>
  ({
    id: `${src}#${id}`,
    source: src,
    kind: "casualties",
    subject: null,
    object: null,
    place: "place:x",
    value: { low, high, unit: "killed", qualifier, text },
    date: null,
    attribution: null,
    evidence: text,
    span: [0, 1],
    context: [0, 1],
  }) as Claim;
const cluster = (id: string, claims: Claim[], verdict = "contested"): Cluster =>
  ({
    id,
    kind: "casualties",
    key: id,
    label: `Killed at ${id}`,
    claims: claims.map((c) => c.id),
    sources: [...new Set(claims.map((c) => c.source))],
    verdict,
    score: 0.5,
    reasons: [],
    subject: null,
    object: null,
    place: "place:x",
    stances: {},
  }) as Cluster;

const HOSTILE = `<img src=x onerror="window.__xss=1">`;
const sources = [source("a1", "Outlet A"), source("a2", "Outlet A"), source("b", `B ${HOSTILE}`), source("c", null)];
const claims = [
  claim("1", "a1", 58, 58, "exact", "58 killed"),
  claim("2", "a2", 58, 58, "exact", "58 killed"),
  claim("3", "a1", 58, null, "at_least", "at least 58"),
  claim("4", "b", 24, 99, "vague", "عشرات القتلي"),
  claim("5", "c", 150, null, "more_than", "اكثر من 150"),
  claim("6", "c", 3, 3, "exact", "ثلاثة"),
];
const clusters = [cluster("one", [claims[5]], "single-source"), cluster("many", claims.slice(0, 5))];
// the value of claim 4 as published (the claim keeps it normalised)
const words = { "b#4": { value: "عشرات القتلى" } };

describe("the Estimates chart (src/components/estimates.js)", () => {
  test("estimateFacts gives each fact its outlets and their distinct figures, most outlets first, merging identical figures", () => {
    const facts = estimateFacts(claims, { sources, clusters, words });
    expect(facts.map((f) => [f.id, f.outlets.length, f.claims])).toEqual([
      ["many", 3, 5],
      ["one", 1, 1],
    ]);
    const [many] = facts;
    expect(many.verdict).toBe("contested");
    expect(many.unit).toBe("killed");
    // outlets ordered by their smallest figure; an outlet is one whatever its articles
    expect(many.outlets.map((o) => [o.name, o.sources])).toEqual([
      [`B ${HOSTILE}`, ["b"]],
      ["Outlet A", ["a1", "a2"]],
      ["unknown outlet (c)", ["c"]],
    ]);
    const a = many.outlets[1];
    expect(a.figures.map((f) => [figureText(f), f.claims, f.words])).toEqual([
      ["58", ["a1#1", "a2#2"], ["58 killed"]],
      ["≥ 58", ["a1#3"], ["at least 58"]],
    ]);
    // the words as published where the loader found them, else the claim's own
    expect(many.outlets[0].figures[0].words).toEqual(["عشرات القتلى"]);
    expect(many.outlets[2].figures[0].words).toEqual(["اكثر من 150"]);
  });

  test("estimateFacts filters by kind, outlets and label", () => {
    expect(estimateFacts(claims, { sources, clusters, minOutlets: 2 }).map((f) => f.id)).toEqual(["many"]);
    expect(estimateFacts(claims, { sources, clusters, kind: "force_size" })).toEqual([]);
    expect(estimateFacts(claims, { sources, clusters, query: "AT ONE" }).map((f) => f.id)).toEqual(["one"]);
  });

  test("one scale per fact: linear from zero with room for a ray, log when figures span more than 20 times", () => {
    expect(
      estimateScale([
        { low: 24, high: 99 },
        { low: 150, high: null },
      ]),
    ).toEqual({ type: "linear", domain: [0, 150 * 1.35] });
    expect(estimateScale([{ low: 3, high: 3 }])).toEqual({ type: "linear", domain: [0, 3 * 1.15] });
    expect(
      estimateScale([
        { low: 5, high: 5 },
        { low: 150, high: null },
      ]),
    ).toEqual({ type: "log", domain: [2.5, 300] });
    expect(
      estimateScale([
        { low: 0, high: 0 },
        { low: 100, high: 100 },
      ]),
    ).toEqual({ type: "symlog", domain: [0, 200] });
  });

  test("a figure is a dot, a bar, or a ray from its bound, hollow when the bound itself is excluded", () => {
    expect(figureMark({ low: 58, high: 58, qualifier: "exact" })).toMatchObject({ type: "dot", x: 58 });
    expect(figureMark({ low: 24, high: 99, qualifier: "vague" })).toMatchObject({ type: "bar", x1: 24, x2: 99 });
    expect(figureMark({ low: 150, high: null, qualifier: "more_than" })).toMatchObject({ type: "ray", x: 150, direction: 1, hollow: true });
    expect(figureMark({ low: 5, high: null, qualifier: "at_least" })).toMatchObject({ type: "ray", x: 5, direction: 1, hollow: false });
    expect(figureMark({ low: null, high: 10, qualifier: "less_than" })).toMatchObject({ type: "ray", x: 10, direction: -1, hollow: true });
    expect([figureText({ low: 150, high: null, qualifier: "more_than" }), figureText({ low: null, high: 3, qualifier: "at_most" })]).toEqual(["> 150", "≤ 3"]);
  });

  test("estimatesChart draws one panel per fact, names each outlet once, and keeps untrusted words as text", () => {
    const el = estimatesChart(claims, { sources, clusters, words, width: 900 });
    const panels = [...el.querySelectorAll("section.strip-group")];
    expect(panels.map((p) => p.getAttribute("data-fact"))).toEqual(["many", "one"]);
    const many = panels[0];
    expect(many.querySelector("h3 a")!.getAttribute("href")).toBe("./facts#many");
    expect([...many.querySelectorAll(".strip-label .outlet")].map((o) => o.textContent)).toEqual([`B ${HOSTILE}`, "Outlet A", "unknown outlet (c)"]);
    // one strip per distinct figure, each with its mark
    expect(many.querySelectorAll(".strip").length).toBe(4);
    expect([...many.querySelectorAll(".strip svg > g.mark")].map((g) => g.getAttribute("class"))).toEqual(["mark bar", "mark dot", "mark ray", "mark ray"]);
    expect([...many.querySelectorAll("bdi.said")].map((b) => [b.textContent, b.getAttribute("dir")])).toContainEqual(["عشرات القتلى", "auto"]);
    expect(many.querySelector(".strip-label")!.textContent).toContain("24–99");
    expect(many.textContent).toContain("×2");
    expect(el.querySelectorAll("img, script").length).toBe(0);
    // side by side at this width, the label above its strip on a phone
    expect(many.querySelector(".strip-rows")!.classList.contains("stacked")).toBe(false);
    expect(estimatesChart(claims, { sources, clusters, width: 360 }).querySelector(".strip-rows")!.classList.contains("stacked")).toBe(true);
  });

  test("estimatesChart says what to do when no fact has enough outlets", () => {
    expect(estimatesChart(claims, { sources, clusters, minOutlets: 4 }).textContent).toMatch(/lower the number of outlets/);
    expect(estimatesChart([], {}).textContent).toMatch(/No figures yet/);
  });
});
