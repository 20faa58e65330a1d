/**
 * FA-KES figures: the kit run over the 804 annotated English articles, measured against each
 * article's annotated toll (nb_civilians + nb_noncivilians) and event (annotated day and place).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis, Claim } from "../../loaders/types.ts";
import { fakesDay, fakesSource, readFakes, type FakesRow } from "./corpora.ts";
import type { Ratio } from "./score.ts";

/** Write FA-KES as a corpus folder (`dir/sources/fakes-<unit id>.md`), one article per unit id. */
export function writeFakesCorpus(dir: string): FakesRow[] {
  const rows = uniqueRows(readFakes());
  const sources = join(dir, "sources");
  mkdirSync(sources, { recursive: true });
  const want = new Set<string>();
  for (const r of rows) {
    const { id, text } = fakesSource(r);
    want.add(`${id}.md`);
    writeFileSync(join(sources, `${id}.md`), text);
  }
  for (const f of readdirSync(sources)) if (!want.has(f)) rmSync(join(sources, f));
  return rows;
}

/** FA-KES lists a few articles more than once (one row per victim group): the first row stands. */
export function uniqueRows(rows: FakesRow[]): FakesRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.unit_id) && seen.add(r.unit_id));
}

export interface FakesFigures {
  /** (a) articles with a toll whose killed claims hold the total, civilian or non-civilian figure. */
  extraction: Ratio;
  /** (b) same-event article pairs (toll > 0) that share a killed casualties fact. */
  sameEvent: Ratio;
  /** (c) article pairs inside one casualties fact, all dated to the day or days, of different events. */
  falseMerges: Ratio;
  /**
   * (c') the same, for pairs whose claims in the fact are dated to their own article's annotated day
   * (±1): merges of the two articles' own events, not of an event one of them recalls in passing
   * (FA-KES annotates each article with one event; many recall others, which align rightly).
   */
  ownFalseMerges: Ratio;
  /** (d) events whose articles' tolls differ by more than 10% with a contested or partial fact holding two of them. */
  disagreement: Ratio;
}

const num = (s: string) => (Number.isFinite(+s) ? +s : 0);
const toll = (r: FakesRow) => num(r.nb_civilians) + num(r.nb_noncivilians);
const eventOf = (r: FakesRow) => `${r.date.trim()}|${r.location.trim()}`;
const holds = (c: Claim, n: number) => n > 0 && !!c.value && (c.value.low ?? -Infinity) <= n && n <= (c.value.high ?? Infinity);
const killed = (c: Claim) => c.kind === "casualties" && c.value?.unit === "killed";
const differ = (a: number, b: number) => Math.abs(a - b) > 0.1 * Math.max(a, b);

function pairs<T>(list: T[]): Array<[T, T]> {
  const out: Array<[T, T]> = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.push([list[i], list[j]]);
  return out;
}

export function fakesFigures(a: Analysis, rows: FakesRow[]): FakesFigures {
  const row = new Map(rows.map((r) => [`fakes-${r.unit_id}`, r]));
  const claimsOf = new Map<string, Claim[]>();
  const byId = new Map<string, Claim>();
  for (const c of a.claims) {
    if (c.review?.action === "reject") continue;
    byId.set(c.id, c);
    let list = claimsOf.get(c.source);
    if (!list) claimsOf.set(c.source, (list = []));
    list.push(c);
  }
  const extraction: Ratio = { n: 0, of: 0 };
  for (const [id, r] of row) {
    if (toll(r) <= 0) continue;
    extraction.of++;
    const figures = [toll(r), num(r.nb_civilians), num(r.nb_noncivilians)];
    if ((claimsOf.get(id) ?? []).some((c) => killed(c) && figures.some((n) => holds(c, n)))) extraction.n++;
  }

  // which articles each casualties fact holds (killed claims), and whether all its claims of an article are dated to the day(s)
  const killedFacts = new Map<string, Set<string>>();
  const factsOf = new Map<string, string[]>();
  const dayDated = new Map<string, Set<string>>();
  const verdict = new Map<string, string>();
  const byFact = new Map<string, Claim[]>();
  for (const cl of a.clusters) {
    if (cl.kind !== "casualties") continue;
    verdict.set(cl.id, cl.verdict);
    const members = cl.claims.map((id) => byId.get(id)).filter((c): c is Claim => !!c);
    const sources = new Set(members.filter(killed).map((c) => c.source));
    killedFacts.set(cl.id, sources);
    for (const s of sources) (factsOf.get(s) ?? factsOf.set(s, []).get(s)!).push(cl.id);
    const dated = new Set<string>();
    for (const s of new Set(members.map((c) => c.source))) if (members.filter((c) => c.source === s).every((c) => c.date && (c.date.precision === "day" || c.date.precision === "days"))) dated.add(s);
    dayDated.set(cl.id, dated);
    byFact.set(cl.id, members);
  }
  const share = (x: string, y: string) => (factsOf.get(x) ?? []).some((f) => killedFacts.get(f)!.has(y));

  const events = new Map<string, string[]>();
  for (const [id, r] of row) if (toll(r) > 0) (events.get(eventOf(r)) ?? events.set(eventOf(r), []).get(eventOf(r))!).push(id);
  const sameEvent: Ratio = { n: 0, of: 0 };
  for (const ids of events.values())
    for (const [x, y] of pairs(ids)) {
      sameEvent.of++;
      if (share(x, y)) sameEvent.n++;
    }

  const falseMerges: Ratio = { n: 0, of: 0 };
  const ownFalseMerges: Ratio = { n: 0, of: 0 };
  const DAY = 86400_000;
  for (const [fact, dated] of dayDated) {
    const members = byFact.get(fact)!;
    // (an article's claims in the fact all about its own annotated day, give or take one)
    const own = (s: string) => {
      const day = Date.parse(fakesDay(row.get(s)!.date) ?? "");
      return members.filter((c) => c.source === s).every((c) => Date.parse(c.date!.start!) >= day - DAY && Date.parse(c.date!.end!) <= day + DAY);
    };
    for (const [x, y] of pairs([...dated].filter((s) => row.has(s)))) {
      const differ = eventOf(row.get(x)!) !== eventOf(row.get(y)!);
      falseMerges.of++;
      if (differ) falseMerges.n++;
      if (own(x) && own(y)) {
        ownFalseMerges.of++;
        const dx = Date.parse(fakesDay(row.get(x)!.date) ?? ""),
          dy = Date.parse(fakesDay(row.get(y)!.date) ?? "");
        if (row.get(x)!.location.trim() !== row.get(y)!.location.trim() || Math.abs(dx - dy) > DAY) ownFalseMerges.n++;
      }
    }
  }

  const disagreement: Ratio = { n: 0, of: 0 };
  for (const ids of events.values()) {
    const split = pairs(ids).filter(([x, y]) => differ(toll(row.get(x)!), toll(row.get(y)!)));
    if (!split.length) continue;
    disagreement.of++;
    const found = split.some(([x, y]) => (factsOf.get(x) ?? []).some((f) => (verdict.get(f) === "contested" || verdict.get(f) === "partial") && killedFacts.get(f)!.has(y)));
    if (found) disagreement.n++;
  }
  return { extraction, sameEvent, falseMerges, ownFalseMerges, disagreement };
}
