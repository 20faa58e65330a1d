/**
 * The Rosters page's chart (src/components/rosters.js) on a small fixture: groups × places with
 * each outlet once per cell and the verdict of its fact; the groups and places named most when
 * there are too many; a matrix that scrolls inside its card, or a list on a phone.
 */
import { describe, expect, test } from "vitest";
import type { Claim, Cluster, EntityRow, SourceRow } from "../loaders/types.ts";
import { useDom } from "./chart-dom.ts";

useDom();
const { rosterTable, rostersChart } = await import("../src/components/rosters.js");

const entity = (id: string, name: string): EntityRow => ({ id, type: id.split(":")[0], name_en: name, name_ar: "", aliases: [], parent: null, lat: null, lon: null });
const entities = new Map([entity("militia:f", "Fatemiyoun"), entity("militia:h", "Hezbollah"), entity("place:b", "Albukamal"), entity("place:m", "al-Mayadin"), entity("place:q", "Qaim")].map((e) => [e.id, e]));
const source = (id: string, outlet: string | null, published: string | null = null): SourceRow =>
  ({ id, outlet, url: null, published: published ? { start: published, end: published, precision: "day" } : null, language: "ar", title: null, path: `${id}.md`, chars: 0, notes: null }) as SourceRow;
const sources = [source("a1", "A", "2021-06-29"), source("a2", "A"), source("b", `B <img src=x>`)];
const presence = (id: string, src: string, subject: string, place: string): Claim =>
  ({ id: `${src}#${id}`, source: src, kind: "presence", subject, object: null, place, value: null, date: null, attribution: null, evidence: "", span: [0, 1], context: [0, 1] }) as Claim;
const claims = [presence("1", "a1", "militia:f", "place:b"), presence("2", "a2", "militia:f", "place:b"), presence("3", "b", "militia:f", "place:b"), presence("4", "b", "militia:h", "place:m"), presence("5", "a1", "militia:f", "place:q")];
const clusters = [{ id: "presence-f-b", kind: "presence", claims: ["a1#1", "a2#2", "b#3"], sources: ["a1", "a2", "b"], verdict: "corroborated", stances: {} }] as unknown as Cluster[];

describe("the Rosters chart (src/components/rosters.js)", () => {
  test("rosterTable gives groups in name order and places most named first, each cell with its outlets once and its fact's verdict", () => {
    const t = rosterTable(claims, { sources, clusters, entities });
    expect([t.groups, t.places, t.hiddenGroups, t.hiddenPlaces]).toEqual([["militia:f", "militia:h"], ["place:b", "place:m", "place:q"], 0, 0]);
    const cell = t.cells.get("militia:f\u0000place:b")!;
    expect(cell.claims).toHaveLength(3);
    expect(cell.outlets.map((o) => [o.name, o.source, o.when])).toEqual([
      ["A", "a1", "2021-06-29 (day)"],
      [`B <img src=x>`, "b", "unknown"],
    ]);
    expect(cell.facts).toEqual([{ id: "presence-f-b", verdict: "corroborated" }]);
    // too many: the ones named most (Albukamal thrice; al-Mayadin before Qaim by name)
    expect(rosterTable(claims, { sources, clusters, entities, maxGroups: 1, maxPlaces: 2 })).toMatchObject({ groups: ["militia:f"], places: ["place:b", "place:m"], hiddenGroups: 1, hiddenPlaces: 1 });
  });

  test("rostersChart is a matrix in a box that scrolls inside its card, linking each verdict to its fact and each outlet to its article", () => {
    const el = rostersChart(claims, { sources, clusters, entities, width: 960 });
    const box = el.querySelector(".roster-scroll")!;
    expect(box).not.toBeNull();
    expect(box.getAttribute("tabindex")).toBe("0");
    expect([...box.querySelectorAll("thead th")].map((th) => th.textContent!.trim())).toEqual(["group", "Albukamal", "al-Mayadin", "Qaim"]);
    expect([...box.querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-group"))).toEqual(["militia:f", "militia:h"]);
    const cell = box.querySelectorAll("tbody tr")[0].querySelectorAll("td")[0];
    expect(cell.querySelector("a.verdict")!.getAttribute("href")).toBe("./facts#presence-f-b");
    expect([...cell.querySelectorAll("a.article-link")].map((a) => a.getAttribute("href"))).toEqual(["./articles#a1", "./articles#b"]);
    expect(el.querySelectorAll("img").length).toBe(0);
    expect(el.textContent).toContain("B <img src=x>");
  });

  test("on a phone the roster is a list by group, with only the places each group is placed in", () => {
    const el = rostersChart(claims, { sources, clusters, entities, width: 360 });
    expect(el.querySelector("table")).toBeNull();
    expect([...el.querySelectorAll("section.roster-group")].map((s) => [s.getAttribute("data-group"), [...s.querySelectorAll("li")].map((li) => li.getAttribute("data-place"))])).toEqual([
      ["militia:f", ["place:b", "place:q"]],
      ["militia:h", ["place:m"]],
    ]);
    expect(rostersChart([], {}).textContent).toMatch(/No rosters yet/);
  });
});
