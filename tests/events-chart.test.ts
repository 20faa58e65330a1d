/**
 * The Events page's timeline (src/components/events.js) on a small fixture: event facts with each
 * outlet's distinct dates, filtered by kind, area, outlet and period; one header per fact, each
 * outlet named once, short spans as dots (never 1-px slivers) and long ones as bars.
 */
import { describe, expect, test } from "vitest";
import type { Claim, Cluster, DateValue, EntityRow, SourceRow } from "../loaders/types.ts";
import { useDom } from "./chart-dom.ts";

useDom();
const { eventAreas, eventFacts, eventsChart, timeBrush, timelineDomain } = await import("../src/components/events.js");

const place = (id: string, parent: string | null, type = "place"): EntityRow => ({ id, type, name_en: id.split(":")[1], name_ar: "", aliases: [], parent, lat: null, lon: null });
const entities = new Map([place("country:syria", null, "country"), place("place:p-province", "country:syria"), place("place:town", "place:p-province"), place("place:q-province", "country:syria")].map((e) => [e.id, e]));
const source = (id: string, outlet: string | null): SourceRow => ({ id, outlet, url: null, published: null, language: "ar", title: null, path: `${id}.md`, chars: 0, notes: null });
const sources = [source("a1", "A"), source("a2", "A"), source("b", `B <script>x</script>`), source("c", "C")];
const day = (d: string, text = d): DateValue => ({ start: d, end: d, precision: "day", text });
const month = (m: string, text: string): DateValue => ({ start: `${m}-01`, end: `${m}-30`, precision: "month", text });
const claim = (id: string, src: string, kind: string, date: DateValue | null, where: string | null): Claim =>
  ({ id: `${src}#${id}`, source: src, kind, subject: null, object: null, place: where, value: null, date, attribution: null, evidence: "", span: [0, 1], context: [0, 1] }) as Claim;
const claims = [
  claim("1", "a1", "attack", day("2021-06-27", "يوم امس"), "place:town"),
  claim("2", "a2", "attack", day("2021-06-27", "يوم امس"), "place:town"),
  claim("3", "b", "attack", month("2021-06", "الشهر الماضي"), null),
  claim("4", "c", "casualties", day("2019-01-05"), "place:q-province"),
  claim("5", "c", "presence", null, "place:town"),
  claim("6", "c", "attack", null, "place:town"),
];
const cluster = (id: string, kind: string, members: Claim[], where: string | null): Cluster =>
  ({
    id,
    kind,
    key: id,
    label: `Event ${id}`,
    claims: members.map((c) => c.id),
    sources: [...new Set(members.map((c) => c.source))],
    verdict: "corroborated",
    score: 1,
    reasons: [],
    subject: null,
    object: null,
    place: where,
    stances: {},
  }) as Cluster;
const clusters = [
  cluster("e1", "attack", claims.slice(0, 3), "place:town"),
  cluster("e2", "casualties", [claims[3]], "place:q-province"),
  cluster("p", "presence", [claims[4]], "place:town"),
  cluster("u", "attack", [claims[5]], "place:town"),
];
const words = { "a1#1": { date: "يوم أمس" } };
const options = { sources, clusters, entities, words };

describe("the Events timeline (src/components/events.js)", () => {
  test("eventFacts gives each dated event its outlets and their distinct dates, in order of date", () => {
    const facts = eventFacts(claims, options);
    expect(facts.map((f) => f.id)).toEqual(["e2", "e1"]);
    const e1 = facts[1];
    expect(e1.places).toEqual(["place:town"]);
    expect(e1.outlets.map((o) => [o.name, o.spans.length])).toEqual([
      ["B <script>x</script>", 1],
      ["A", 1],
    ]);
    const [a] = e1.outlets[1].spans;
    // the same day from two articles of one outlet is one date, said twice; its words as published first
    expect([a.start.toISOString(), a.end.toISOString(), a.claims, a.words]).toEqual(["2021-06-27T00:00:00.000Z", "2021-06-28T00:00:00.000Z", ["a1#1", "a2#2"], ["يوم أمس", "يوم امس"]]);
    expect(+e1.start).toBe(+new Date("2021-06-01"));
  });

  test("eventFacts filters by kind, by area (a claim's place inside it), by outlet and by period", () => {
    expect(eventFacts(claims, { ...options, kind: "casualties" }).map((f) => f.id)).toEqual(["e2"]);
    expect(eventFacts(claims, { ...options, place: "place:p-province" }).map((f) => f.id)).toEqual(["e1"]);
    expect(eventFacts(claims, { ...options, place: "country:syria" }).map((f) => f.id)).toEqual(["e2", "e1"]);
    expect(eventFacts(claims, { ...options, outlet: "C" }).map((f) => f.id)).toEqual(["e2"]);
    expect(eventFacts(claims, { ...options, from: new Date("2021-06-28"), to: new Date("2021-07-01") }).map((f) => f.id)).toEqual(["e1"]);
    expect(eventAreas(eventFacts(claims, options), entities)).toEqual([
      { id: "place:p-province", name: "p-province", count: 1 },
      { id: "place:q-province", name: "q-province", count: 1 },
    ]);
  });

  test("the time scale spans the period asked for, else the facts padded, and never less than two weeks", () => {
    const one = [{ start: new Date("2021-06-27"), end: new Date("2021-06-28") }];
    const [a, b] = timelineDomain(one)!;
    expect((+b - +a) / 864e5).toBe(14);
    expect(timelineDomain(one, { from: new Date("2021-01-01"), to: new Date("2021-12-31") })!.map((d) => d.toISOString().slice(0, 10))).toEqual(["2021-01-01", "2021-12-31"]);
    expect(timelineDomain([])).toBeNull();
  });

  test("eventsChart names each fact once and each outlet once under it; a day over years is a dot, a month zoomed in a bar", () => {
    const el = eventsChart(claims, { ...options, width: 900 });
    expect([...el.querySelectorAll(".strip-head a")].map((a) => a.getAttribute("href"))).toEqual(["./facts#e2", "./facts#e1"]);
    expect([...el.querySelectorAll(".strip-label .outlet")].map((o) => o.textContent)).toEqual(["C", "B <script>x</script>", "A"]);
    expect(el.querySelectorAll("script").length).toBe(0);
    // 2019–2021 on ~450 px: a day is too short for a bar (a dot), a month is ~15 px (a bar)
    expect([...el.querySelectorAll(".strip svg > g.mark")].map((g) => g.getAttribute("class"))).toEqual(["mark dot", "mark bar", "mark dot"]);
    expect([...el.querySelectorAll("bdi.said")].map((b) => b.textContent)).toContain("يوم أمس");
    // zoomed on June 2021: the day is ~15 px, a bar too
    const zoomed = eventsChart(claims, { ...options, width: 900, from: new Date("2021-06-01"), to: new Date("2021-07-01") });
    expect([...zoomed.querySelectorAll(".strip svg > g.mark")].map((g) => g.getAttribute("class"))).toEqual(["mark bar", "mark bar"]);
    expect(zoomed.querySelectorAll(".strip-axis").length).toBe(2);
    expect(eventsChart(claims, { ...options, outlet: "nobody" }).textContent).toMatch(/widen the period/);
  });

  test("timeBrush is an input over the facts' period whose value is null until a period is chosen", () => {
    const brush = timeBrush(eventFacts(claims, options));
    expect(brush.value).toBeNull();
    expect(brush.querySelector(".brush-plot svg")).not.toBeNull();
    let fired = 0;
    brush.addEventListener("input", () => fired++);
    brush.querySelector("button")!.dispatchEvent(new Event("click"));
    expect([fired, brush.value]).toEqual([1, null]);
  });
});
