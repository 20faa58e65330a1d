import { describe, expect, test } from "vitest";
import { alignClaims } from "../loaders/align/cluster.ts";
import { implicitContext } from "../loaders/align/implicit.ts";
import { vagueFits } from "../loaders/align/keys.ts";
import type { Claim } from "../loaders/types.ts";
import { claim, g, sourcesOf } from "./align-helpers.ts";

// Event identity when outlets name the event's place at different grains: a town ("in Albukamal")
// or only its province ("in Deir ez-Zor"). Places are rows of tests/fixtures/mini/gazetteer.
const killed = (source: string, place: string, low: number, start: string, end = start): Claim =>
  claim({ source, kind: "casualties", place, value: { low, high: low, unit: "killed", qualifier: "exact", text: String(low) }, date: { start, end, precision: start === end ? "day" : "days", text: start } });
const groupsOf = (cs: Claim[]) => sourcesOf(alignClaims(cs, g), true);

describe("alignClaims: one event told at a town or only at its province", () => {
  test("an article that tells its event twice, at the town and then only at the province, keeps both tellings in one fact", () => {
    const cs = [killed("a", "place:albukamal", 16, "2022-03-01"), killed("b", "place:mayadin", 16, "2022-03-01"), killed("v", "place:albukamal", 16, "2022-03-01"), killed("v", "place:deir-ez-zor", 16, "2022-03-01")];
    const groups = alignClaims(cs, g);
    const withV = groups.filter((gr) => gr.claims.some((c) => c.source === "v"));
    expect(withV).toHaveLength(1);
    expect(
      withV[0].claims
        .map((c) => c.source)
        .sort()
        .join(""),
    ).toBe("avv");
  });
  test("outlets that name only the province meet in the one province-level fact of their day, even when their tolls differ", () => {
    const cs = [killed("a", "place:albukamal", 12, "2022-03-01"), killed("b", "place:mayadin", 30, "2022-03-01"), killed("v", "place:deir-ez-zor", 20, "2022-03-01"), killed("w", "place:deir-ez-zor", 25, "2022-03-01")];
    expect(groupsOf(cs)).toEqual(["a", "b", "vw"]);
  });
  test("a province-level fact joins the one town-level fact of its day, and none when two fit", () => {
    // v's days span both towns' days; w narrows the province-level fact to the first day: only Albukamal's fits
    const one = [killed("a", "place:albukamal", 12, "2022-03-01"), killed("b", "place:mayadin", 30, "2022-03-02"), killed("v", "place:deir-ez-zor", 20, "2022-02-28", "2022-03-02"), killed("w", "place:deir-ez-zor", 20, "2022-03-01")];
    expect(groupsOf(one)).toEqual(["avw", "b"]);
    // both towns on the same day: which one the province-level outlets mean is unknown, so it stays apart
    const two = [killed("a", "place:albukamal", 12, "2022-03-01"), killed("b", "place:mayadin", 30, "2022-03-01"), killed("v", "place:deir-ez-zor", 20, "2022-03-01")];
    expect(groupsOf(two)).toEqual(["a", "b", "v"]);
  });
  test("a toll told only 'in Syria' is grouped where its article's lead places its events, when the lead lies in Syria", () => {
    const cs = [killed("a", "place:albukamal", 16, "2022-03-01"), killed("v", "country:syria", 16, "2022-03-01"), killed("w", "country:iran", 16, "2022-03-01")];
    const implicitPlace = new Map([cs[1].id, cs[2].id].map((id) => [id, "place:albukamal"]));
    const groups = sourcesOf(alignClaims(cs, g, { implicitPlace }));
    // (Iran does not hold Albukamal: that claim is not about the lead's place)
    expect(groups).toEqual(["av", "w"]);
  });
  test("an undated toll later in an article is of the event its lead dates, not of any event of the month before publication", () => {
    const lead = { ...killed("v", "place:albukamal", 16, "2022-03-01"), span: [40, 120] as [number, number] };
    const later = { ...killed("v", "place:albukamal", 20, "2022-03-01"), date: null, span: [2400, 2480] as [number, number] };
    const cs = [killed("a", "place:albukamal", 16, "2022-03-01"), killed("b", "place:albukamal", 30, "2022-03-09"), lead, later];
    const published = new Map([["v", { start: "2022-03-10", end: "2022-03-10", precision: "day" as const }]]);
    const ctx = implicitContext(cs, g, published, new Map());
    expect(ctx.implicit.get(later.id)).toEqual({ start: "2022-03-01", end: "2022-03-01" });
    const groups = sourcesOf(alignClaims(cs, g, ctx));
    expect(groups).toEqual(["avv", "b"]);
    // (a part of its toll, "12 children were among the victims", is of that event too; a tally is not)
    const part = { ...later, id: "v#part", scope: "subcount" as const };
    const tally = { ...later, id: "v#tally", scope: "tally" as const };
    const parts = implicitContext([lead, part, tally], g, published, new Map()).implicit;
    expect([parts.get(part.id), parts.get(tally.id)]).toEqual([
      { start: "2022-03-01", end: "2022-03-01" },
      { start: "2022-02-07", end: "2022-03-10" },
    ]);
    // (placed in another province than the lead's event: the month before publication, as before)
    const elsewhere = { ...later, id: "v#elsewhere", place: "place:raqqa" };
    expect(implicitContext([lead, elsewhere], g, published, new Map()).implicit.get(elsewhere.id)).toEqual({ start: "2022-02-07", end: "2022-03-10" });
  });
  test("a toll told in an area that lies in one province goes only to a fact of that province; a wide area, to one anywhere in its country", () => {
    const cs = (area: string) => {
      const v = killed("v", area, 16, "2022-03-01");
      return alignClaims([killed("a", "place:raqqa", 16, "2022-03-01"), v], g, { implicitPlace: new Map([[v.id, "place:raqqa"]]) });
    };
    expect(vagueFits(g, "place:lower-valley", "place:albukamal")).toBe(true);
    expect(vagueFits(g, "place:lower-valley", "place:raqqa")).toBe(false);
    expect(sourcesOf(cs("place:lower-valley"))).toEqual(["a", "v"]);
    expect(sourcesOf(cs("place:steppe"))).toEqual(["av"]);
  });
  test("a toll of civilians and a toll of fighters of one day and town are two facts; a toll of 'people' may be either", () => {
    const as = (c: Claim, text: string, type: "civilians" | "armed-group" | "state-force") => ({ ...c, actors: { subject: { text, type, side: null, nationality: null } } });
    const civilians = as(killed("a", "place:albukamal", 16, "2022-03-01"), "civilians", "civilians");
    const fighters = as(killed("b", "place:albukamal", 100, "2022-03-01"), "militants", "armed-group");
    const people = as(killed("c", "place:albukamal", 16, "2022-03-01"), "people", "civilians");
    expect(groupsOf([civilians, fighters])).toEqual(["a", "b"]);
    expect(groupsOf([civilians, people])).toEqual(["ac"]);
    expect(groupsOf([fighters, { ...fighters, id: "d#1", source: "d" }])).toEqual(["bd"]);
  });
  test("killed children are compared with killed children, never with all the dead", () => {
    const children = { ...killed("b", "place:albukamal", 68, "2022-03-01"), actors: { subject: { text: "children", type: "civilians" as const, side: null, nationality: null } } };
    const kids = { ...killed("c", "place:albukamal", 60, "2022-03-01"), actors: { subject: { text: "اطفال", type: "civilians" as const, side: null, nationality: null } } };
    expect(groupsOf([killed("a", "place:albukamal", 126, "2022-03-01"), children, kids])).toEqual(["a", "bc"]);
  });
  test("a different day at the same place stays a different event", () => {
    const cs = [killed("a", "place:albukamal", 12, "2022-03-01"), killed("b", "place:deir-ez-zor", 12, "2022-03-05"), killed("c", "place:albukamal", 12, "2022-03-09")];
    expect(groupsOf(cs)).toEqual(["a", "b", "c"]);
  });
});

describe("alignClaims: an article's own tolls", () => {
  const undated = (source: string, low: number, evidence = `${low} killed`) => ({ ...killed(source, "place:albukamal", low, "2022-03-01"), date: null, evidence });
  test("two undated tolls of one place in one article that cannot be one figure are two events; an outlet's update is not", () => {
    // (the article tells 14 killed by shelling, then 21 killed by air strikes, in the same town)
    expect(groupsOf([undated("v", 14), undated("v", 21)])).toEqual(["v", "v"]);
    // (another outlet's toll may still meet either)
    expect(groupsOf([undated("v", 14), undated("w", 21)])).toEqual(["vw"]);
    // "the toll rose to 21": the article updates its own figure, one event
    expect(groupsOf([undated("v", 14), undated("v", 21, "the toll rose to 21")])).toEqual(["v"]);
  });
});

describe("alignClaims: a toll told only for a province over weeks", () => {
  const monthly = (source: string, low: number) => ({ ...killed(source, "place:deir-ez-zor", low, "2022-03-01", "2022-03-27"), date: { start: "2022-03-01", end: "2022-03-27", precision: "month" as const, text: "March" } });
  test("joins the one fact of its province and time whose toll it gives exactly, and none when two or none do", () => {
    const events = [killed("a", "place:albukamal", 16, "2022-03-05"), killed("b", "place:mayadin", 48, "2022-03-20")];
    expect(groupsOf([...events, monthly("v", 16)])).toEqual(["av", "b"]);
    // (two events of that toll in the province that month: which one is unknown)
    expect(groupsOf([killed("a", "place:albukamal", 16, "2022-03-05"), killed("b", "place:mayadin", 16, "2022-03-20"), monthly("v", 16)])).toEqual(["a", "b", "v"]);
    // (a toll no fact gives, or a vague one, stays apart)
    expect(groupsOf([...events, monthly("v", 17)])).toEqual(["a", "b", "v"]);
  });
});

describe("alignClaims: what a leader leads", () => {
  const leads = (source: string, subject: string, object: string) => claim({ source, kind: "leadership", subject, object });
  test("a head of state leads the country and the state's own forces as one fact; a unit of those forces is led apart", () => {
    expect(groupsOf([leads("a", "person:salman-a", "country:syria"), leads("b", "person:salman-a", "force:regime")])).toEqual(["ab"]);
    expect(groupsOf([leads("a", "person:qaani", "country:iran"), leads("b", "person:qaani", "force:quds")])).toEqual(["a", "b"]);
    // (another person is another fact)
    expect(groupsOf([leads("a", "person:salman-a", "country:syria"), leads("b", "person:salman-b", "force:regime")])).toEqual(["a", "b"]);
  });
});
