import type { Gazetteer } from "../gazetteer/types.ts";
import type { Claim, ClaimKind } from "../types.ts";
import { actorKey, actorsCompatible, distanceKm, isCoarse, provinceAnchor, townAnchor, vagueFits } from "./keys.ts";

/** A group of claims about one fact, before it is judged. */
export interface Group {
  key: string;
  kind: ClaimKind;
  claims: Claim[];
  /** The most specific subject / object / place of its claims. */
  subject: string | null;
  object: string | null;
  place: string | null;
  /** The place the group is keyed by (its anchor), if any. */
  anchor: string | null;
  /** The common part of its claims' date intervals (pairwise overlapping intervals share one). */
  lo: string;
  hi: string;
  /** The common part of its undated claims' implicit windows (its time while none is dated). */
  wlo: string;
  whi: string;
  /** Its distinct subjects and objects, to check a newcomer against each. */
  subjects: Set<string>;
  objects: Set<string>;
}

/** Options of alignment. */
export interface AlignOptions {
  /**
   * Date windows for claims the text gives no date: an event in a news article happened shortly
   * before it was published (see `recentWindow`). Used for grouping only, never shown as a date.
   */
  implicit?: Map<string, { start: string | null; end: string | null }>;
  /**
   * Places for event claims the text gives no specific place: where the claim's article has its
   * events (the place its lead names). Used for grouping only: such a claim joins a fact only when
   * exactly one fits, and its own place stays as the text gives it.
   */
  implicitPlace?: Map<string, string>;
}

/** How long before publication an undated event in the news is taken to have happened. */
export const RECENT_DAYS = 31;

/** The window of an undated event: from RECENT_DAYS before the publication date to its end. */
export function recentWindow(published: { start: string; end: string } | null): { start: string; end: string } | null {
  if (!published) return null;
  const start = new Date(Date.parse(published.start) - RECENT_DAYS * 86400_000).toISOString().slice(0, 10);
  return { start, end: published.end };
}

/** A vague place attaches a standing state (presence, control) to the nearest fact only if it is clearly the nearest. */
export const ATTACH = { clearlyNearer: 0.7 };

const EVENTS = new Set<ClaimKind>(["attack", "casualties"]);

/** Groups of victims a toll may count apart from the whole ("68 children", «12 طفلا»): killed children are compared with killed children, never with all the dead. */
const VICTIM_GROUPS: Array<[RegExp, string]> = [
  [/\b(?:children|child|kids|boys|girls|minors)\b|(?:^|\s)(?:ال)?(?:اطفال|طفل|طفله|طفلا|قاصرين)(?:\s|$)/u, "children"],
  [/\bwomen\b|(?:^|\s)(?:ال)?(?:نساء|امراه|امراتين|سيدات|سيده)(?:\s|$)/u, "women"],
  [/\b(?:evacuees|refugees|displaced)\b|(?:^|\s)(?:ال)?(?:نازحين|مهجرين|لاجئين)(?:\s|$)/u, "displaced"],
  [/\b(?:medics|doctors|nurses|paramedics|rescuers|aid workers|volunteers|journalists|teachers|students)\b|(?:^|\s)(?:ال)?(?:مسعفين|اطباء|صحفيين|معلمين|طلاب)(?:\s|$)/u, "named-trade"],
];
/** The group of victims a casualties claim counts apart, if any (see VICTIM_GROUPS). */
export function victimGroup(c: Claim): string | null {
  const text = c.kind === "casualties" ? c.actors?.subject?.text : undefined;
  if (!text) return null;
  return VICTIM_GROUPS.find(([re]) => re.test(text.toLowerCase()))?.[1] ?? null;
}
const unitFamily = (u: string | null | undefined) => (u === "soldiers" || u === "troops" || u === "fighters" ? "fighters" : u === "militias" || u === "factions" || u === "groups" ? "groups" : (u ?? "count"));

/** What alignment reads of a claim, worked out once. */
interface Facts {
  /** Its dates: its own, else the window it was implicitly given, else none. */
  lo: string;
  hi: string;
  dated: boolean;
  /** Its own date (not an implicit window). */
  ownDate: boolean;
  /** Its town and province come from its article's lead, not from its own words. */
  leadPlace: boolean;
  /** Its place's town and province, when the place is specific (not a country or region). */
  town: string | null;
  province: string | null;
  /** The key of its subject and object: a gazetteer id (an umbrella's side), else a described actor's side. */
  subject: string | null;
  object: string | null;
}

/**
 * Group claims into facts, in time linear in the number of claims: claims are blocked by kind
 * and resolved entities (no claim is compared with claims of other blocks).
 *
 * - An event (attack, casualties) is one place and one time: its block is the province; within it
 *   a claim joins the fact whose dates overlap its own, at its town (or, for a claim that names only
 *   the province, the one such fact of its time); killed with killed, wounded with wounded, a
 *   part of a toll with parts, a cumulative tally with tallies, the same victims with the same.
 * - A claim with no date of its own joins a fact only when exactly one fits; so does a claim with
 *   no specific place (a country, a region, none) — else it stays a fact of its own.
 * - Presence is keyed by the province, so the places an outlet names form a roster; a figure by
 *   what it counts and its exact scope (a province and all of Syria differ); control by who holds
 *   what; leadership by who leads whom.
 */
export function alignClaims(claims: Claim[], g: Gazetteer, options: AlignOptions = {}): Group[] {
  return align(claims, g, options).groups;
}

/** `alignClaims`, as `{ groups }`. */
export function align(claims: Claim[], g: Gazetteer, options: AlignOptions = {}): { groups: Group[] } {
  const implicit = options.implicit ?? new Map();
  const implicitPlace = options.implicitPlace ?? new Map<string, string>();
  const sideKey = (id: string | null, actor: { side: string | null } | undefined) => actorKey(g, id) ?? (actor?.side ? `side:${actor.side}` : null);
  const info = new Map<Claim, Facts>();
  const facts = (c: Claim): Facts => {
    let f = info.get(c);
    if (f) return f;
    const d = c.date ?? implicit.get(c.id) ?? null;
    const specific = !!c.place && !isCoarse(g, c.place);
    // (the lead's place stands in for none, or for a country or region that holds it: "in Syria" of an article whose lead is in Idlib)
    const lead = implicitPlace.get(c.id) ?? null;
    const where = specific ? c.place! : lead && (!c.place || vagueFits(g, c.place, lead)) ? lead : null;
    f = {
      lo: d?.start ?? "0000",
      hi: d?.end ?? "9999",
      dated: !!d,
      ownDate: !!c.date,
      leadPlace: !specific && !!where,
      town: where ? townAnchor(g, where) : null,
      province: where ? provinceAnchor(g, where) : null,
      subject: sideKey(c.subject, c.actors?.subject),
      object: sideKey(c.object, c.actors?.object),
    };
    info.set(c, f);
    return f;
  };
  // (a key is a gazetteer id or "side:<side>"; a side meets every actor of that side)
  const sideOfKey = (k: string) => (k.startsWith("side:") ? k.slice(5) : (g.entities.get(k)?.side ?? null));
  const compatible = (a: string | null, b: string | null) => {
    if (!a || !b || a === b) return true;
    if (!a.startsWith("side:") && !b.startsWith("side:")) return actorsCompatible(g, a, b);
    return sideOfKey(a) !== null && sideOfKey(a) === sideOfKey(b);
  };

  const groups: Group[] = [];
  const towns = new Map<Group, Set<string>>();
  /** Each fact's claims by source, to find an article's own earlier telling without reading the fact's claims. */
  const bySourceIn = new Map<Group, Map<string, Claim[]>>();
  const byBlock = new Map<string, Group[]>();
  const byMonth = new Map<string, Map<string, Group[]>>();
  const bySubject = new Map<string, Set<Group>>();
  const byAnchor = new Map<string, Group[]>();
  const anchorsOf = new Map<ClaimKind, Set<string>>();
  const subjectless = new Map<ClaimKind, Set<Group>>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  const months = (lo: string, hi: string): string[] | null => {
    if (lo === "0000" || hi === "9999") return null;
    let [y, m] = [+lo.slice(0, 4), +lo.slice(5, 7)];
    const [y2, m2] = [+hi.slice(0, 4), +hi.slice(5, 7)];
    const out: string[] = [];
    while ((y < y2 || (y === y2 && m <= m2)) && out.length <= 13) {
      out.push(`${y}-${m}`);
      if (++m > 12) ((m = 1), y++);
    }
    return out.length > 13 ? null : out;
  };

  /** The facts of a block whose dates may meet the claim's (those of its months, and the unbounded). */
  function near(key: string, c: Claim): Group[] {
    const f = facts(c);
    const ms = f.dated ? months(f.lo, f.hi) : null;
    if (!ms) return byBlock.get(key) ?? [];
    const block = byMonth.get(key);
    const out = new Set<Group>();
    for (const mo of [...ms, "*"]) for (const gr of block?.get(mo) ?? []) out.add(gr);
    return [...out];
  }
  // (a fact none of whose claims is dated has the time its articles' publication gives it)
  const datesMeet = (c: Claim, gr: Group) => {
    const f = facts(c);
    if (!f.dated) return true;
    const [lo, hi] = gr.lo === "0000" && gr.hi === "9999" ? [gr.wlo, gr.whi] : [gr.lo, gr.hi];
    return f.lo <= hi && lo <= f.hi;
  };
  /** A date given to the day or a few days (a week at most). */
  const narrow = (lo: string, hi: string) => lo !== "0000" && hi !== "9999" && Date.parse(hi) - Date.parse(lo) <= 7 * 86400_000;
  const partiesMeet = (c: Claim, gr: Group) => {
    const f = facts(c);
    return [...gr.subjects].every((x) => compatible(f.subject, x)) && [...gr.objects].every((x) => compatible(f.object, x));
  };

  /** A toll that some claim of the fact agrees with (intervals overlap): what picks one fact among several. */
  const valueMeets = (c: Claim, gr: Group) =>
    !!c.value && gr.claims.some((x) => x.value && x.value.unit === c.value!.unit && (x.value.low ?? -Infinity) <= (c.value!.high ?? Infinity) && (c.value!.low ?? -Infinity) <= (x.value.high ?? Infinity));
  /** The one fact of several that the claim's toll agrees with, if exactly one (casualties only). */
  const byValue = (c: Claim, pool: Group[]): Group | null => {
    if (c.kind !== "casualties" || pool.length < 2) return null;
    const agree = pool.filter((gr) => valueMeets(c, gr));
    return agree.length === 1 ? agree[0] : null;
  };
  /** The fact of `pool` that holds its own article's telling of the same event (same town or province, an agreeing toll): an article restating itself. */
  const restated = (c: Claim, pool: Group[]): Group | null => {
    const f = facts(c);
    const hits = pool.filter((gr) =>
      (bySourceIn.get(gr)?.get(c.source) ?? []).some((x) => {
        const fx = facts(x);
        const here = f.town === f.province ? fx.province === f.province : fx.town === f.town;
        return here && (!c.value || !x.value || valueMeets(c, { claims: [x] } as Group));
      }),
    );
    return hits.length === 1 ? hits[0] : null;
  };
  /** For a claim that names only the province: the one fact of its day that names only the province too. */
  const provinceFact = (c: Claim, pool: Group[]): Group | null => {
    const f = facts(c);
    if (f.town !== f.province) return null;
    const broadOnly = pool.filter((gr) => towns.get(gr)!.size === 0);
    return broadOnly.length === 1 ? broadOnly[0] : null;
  };
  function add(key: string, c: Claim, anchor: string | null): Group {
    const gr: Group = { key, kind: c.kind, claims: [], subject: c.subject, object: c.object, place: c.place, anchor, lo: "0000", hi: "9999", wlo: "0000", whi: "9999", subjects: new Set(), objects: new Set() };
    (subjectless.get(c.kind) ?? subjectless.set(c.kind, new Set()).get(c.kind)!).add(gr);
    towns.set(gr, new Set());
    join(gr, c);
    groups.push(gr);
    push(byBlock, key, gr);
    const block = byMonth.get(key) ?? byMonth.set(key, new Map()).get(key)!;
    for (const mo of months(gr.lo, gr.hi) ?? months(gr.wlo, gr.whi) ?? ["*"]) push(block, mo, gr);
    if (anchor) {
      push(byAnchor, `${c.kind}|${anchor}`, gr);
      (anchorsOf.get(c.kind) ?? anchorsOf.set(c.kind, new Set()).get(c.kind)!).add(anchor);
    }
    return gr;
  }
  function join(gr: Group, c: Claim) {
    const f = facts(c);
    gr.claims.push(c);
    const mine = bySourceIn.get(gr) ?? bySourceIn.set(gr, new Map()).get(gr)!;
    (mine.get(c.source) ?? mine.set(c.source, []).get(c.source)!).push(c);
    gr.subject ??= c.subject;
    gr.object ??= c.object;
    gr.place ??= c.place;
    if (f.subject && !gr.subjects.has(f.subject)) {
      subjectless.get(gr.kind)?.delete(gr);
      for (const k of [`${gr.kind}|${f.subject}`, `${gr.kind}|side:${sideOfKey(f.subject) ?? f.subject}`]) (bySubject.get(k) ?? bySubject.set(k, new Set()).get(k)!).add(gr);
    }
    if (f.subject) gr.subjects.add(f.subject);
    if (f.object) gr.objects.add(f.object);
    if (f.town && f.town !== f.province) towns.get(gr)!.add(f.town);
    // (an undated claim's window narrows only the time of a fact with no dated claim)
    if (f.ownDate) {
      if (f.lo > gr.lo) gr.lo = f.lo;
      if (f.hi < gr.hi) gr.hi = f.hi;
    } else if (f.dated) {
      if (f.lo > gr.wlo) gr.wlo = f.lo;
      if (f.hi < gr.whi) gr.whi = f.hi;
    }
  }

  /** The block of a claim with a specific place (and, for events, a date of some kind), else null. */
  function blockOf(c: Claim): string | null {
    const f = facts(c);
    switch (c.kind) {
      case "presence":
        return c.subject && f.province ? `presence|${f.subject}|${f.province}` : null;
      case "force_size":
        return f.subject ? `force_size|${unitFamily(c.value?.unit)}|${f.subject}|${c.place ?? "?"}` : null;
      case "leadership":
        return `leadership|${f.object}|${c.subject}`;
      case "control":
        // (a district is held apart from its city; a base or a field goes with its town)
        return f.subject && f.town ? `control|${c.change ?? "holds"}|${f.subject}|${districtOrTown(c.place!, f.town)}` : null;
      case "attack":
        // an undated attack with a named attacker is a pattern ("Israeli aircraft repeatedly strike…")
        if (!f.province) return null;
        return !f.ownDate && f.subject ? `attack|pattern|${f.subject}|${f.province}` : `attack|${f.province}`;
      case "casualties":
        return f.province ? `casualties|${c.value?.unit}|${c.scope ?? "event"}|${victimGroup(c) ?? "all"}|${f.province}` : null;
    }
  }
  const districtOrTown = (place: string, town: string) => (["district", "neighbourhood"].includes(g.entities.get(place)?.placeType ?? "") ? place : town);
  const anchorOf = (c: Claim) => {
    const f = facts(c);
    return c.kind === "presence" ? f.province : c.kind === "force_size" ? c.place : c.kind === "leadership" ? null : f.town;
  };

  /** Where a claim with a block goes: the fact it fits (an event: the one at its town and time), else a new one. */
  function place(key: string, c: Claim) {
    const f = facts(c);
    if (!EVENTS.has(c.kind)) {
      const fit = near(key, c).find((gr) => datesMeet(c, gr));
      if (fit) join(fit, c);
      else add(key, c, anchorOf(c));
      return;
    }
    const pool = near(key, c).filter((gr) => datesMeet(c, gr) && partiesMeet(c, gr));
    if (key.includes("|pattern|")) {
      // (a pattern, "they strike again and again", is one fact per attacker and province)
      if (pool.length) join(pool[0], c);
      else add(key, c, f.province);
      return;
    }
    // at its very town; a claim that names the province only, or a fact that does, meets one at most
    const townLevel = f.town !== f.province;
    const same = townLevel ? pool.filter((gr) => towns.get(gr)!.has(f.town!)) : [];
    const broad = pool.filter((gr) => (townLevel ? towns.get(gr)!.size === 0 : true));
    // (a claim dated only by its article's publication, or placed only by its lead, meets one fact at most)
    const sure = f.ownDate && (!f.leadPlace || f.hi === f.lo);
    // (a claim or a fact that names only the province meets the other only at a day's precision)
    const precise = (gr: Group) => narrow(f.lo, f.hi) && narrow(gr.lo, gr.hi);
    const broadPrecise = broad.filter(precise);
    // (among several, the one whose toll it agrees with)
    const pick =
      restated(c, same.length ? same : broadPrecise) ??
      (same.length ? (sure || same.length === 1 ? same[0] : byValue(c, same)) : broadPrecise.length === 1 && broad.length === 1 ? broadPrecise[0] : (byValue(c, broadPrecise) ?? provinceFact(c, broadPrecise)));
    if (pick) join(pick, c);
    else add(key, c, anchorOf(c));
  }

  // dated and specific claims first, so that vague ones find the facts they may belong to
  const order = [...claims.filter((c) => c.date), ...claims.filter((c) => !c.date)];
  const pending: Claim[] = [];
  for (const c of order) {
    const key = blockOf(c);
    if (key) place(key, c);
    else pending.push(c);
  }
  // vague claims: attach to the single compatible fact of their kind, else stand alone
  for (const c of pending) {
    const f = facts(c);
    const own = c.place && !isCoarse(g, c.place) ? anchorOf(c) : null;
    const unnamedHere = own ? (byAnchor.get(`${c.kind}|${own}`) ?? []).filter((gr) => subjectless.get(c.kind)?.has(gr)) : [];
    const fits = (gr: Group) => {
      if (!datesMeet(c, gr)) return false;
      if (EVENTS.has(c.kind) && !partiesMeet(c, gr)) return false;
      // (a pattern, "they strike again and again", gathers only undated strikes by its attacker)
      if (gr.key.includes("|pattern|") && (c.date || !f.subject)) return false;
      if (c.kind === "casualties" && (gr.claims[0].value?.unit !== c.value?.unit || (gr.claims[0].scope ?? "event") !== (c.scope ?? "event") || victimGroup(gr.claims[0]) !== victimGroup(c))) return false;
      if (c.kind === "control" && (c.change ?? "holds") !== (gr.claims[0].change ?? "holds")) return false;
      // a named group's presence or control is its own fact; an event may be told with the umbrella
      if (f.subject && gr.subjects.size && ![...gr.subjects].some((x) => (EVENTS.has(c.kind) ? compatible(f.subject, x) : f.subject === x))) return false;
      if (own) return gr.anchor === own;
      if (c.place && gr.anchor && !vagueFits(g, c.place, gr.anchor)) return false;
      return true;
    };
    // (the facts it could be about: of its subject's side, or at its anchor, or around its vague place)
    const pool0: Iterable<Group> = f.subject
      ? [...(bySubject.get(`${c.kind}|${EVENTS.has(c.kind) ? `side:${sideOfKey(f.subject) ?? f.subject}` : f.subject}`) ?? []), ...unnamedHere]
      : own
        ? (byAnchor.get(`${c.kind}|${own}`) ?? [])
        : c.place
          ? around(c.kind, c.place)
          : [];
    // exactly one: a vague claim never picks among several facts it could be about (so two fits settle it)
    const candidates: Group[] = [];
    const seen = new Set<Group>();
    for (const gr of pool0) {
      if (seen.has(gr) || !fits(gr)) continue;
      seen.add(gr);
      candidates.push(gr);
      if (!f.subject && EVENTS.has(c.kind) && candidates.length > 1) break;
    }
    const same = candidates.filter((gr) => f.subject && gr.subjects.has(f.subject));
    const pool = same.length ? same : candidates;
    // (a standing state, a group's presence or hold, may go to the fact clearly nearest its vague place)
    const state = !EVENTS.has(c.kind) && !f.ownDate;
    const pick = pool.length === 1 ? pool[0] : state ? nearest(pool, c.place) : null;
    if (pick) join(pick, c);
    else {
      // (stands alone: it meets only what its own article says again of the same)
      const key = `${c.kind}|${c.source}|${f.subject ?? "?"}|${c.change ?? f.object ?? ""}|${c.place ?? "?"}|${c.value?.unit ?? ""}|${c.scope ?? ""}|${victimGroup(c) ?? ""}`;
      const fit = (byBlock.get(key) ?? []).find((gr) => datesMeet(c, gr));
      if (fit) join(fit, c);
      else add(key, c, null);
    }
  }
  return { groups: foldProvinceFacts() };

  /**
   * A fact told only for its province and day joins the one fact of that province and day told for
   * a town, when exactly one fits (its time, its parties, killed with killed): the outlets that said
   * "in Idlib" and those that said "in Khan Shaykhun" on the same day tell one event. Two or more
   * such facts: it stays apart.
   */
  function foldProvinceFacts(): Group[] {
    const gone = new Set<Group>();
    for (const [key, block] of byBlock) {
      if (!key.startsWith("casualties|") && !(key.startsWith("attack|") && !key.includes("|pattern|"))) continue;
      const townFacts = block.filter((gr) => towns.get(gr)!.size > 0 && narrow(gr.lo, gr.hi));
      for (const gr of block) {
        if (towns.get(gr)!.size || !narrow(gr.lo, gr.hi)) continue;
        const fit = townFacts.filter((t) => gr.lo <= t.hi && t.lo <= gr.hi && gr.claims.every((c) => partiesMeet(c, t)));
        if (fit.length !== 1) continue;
        for (const c of gr.claims) join(fit[0], c);
        gone.add(gr);
      }
    }
    return gone.size ? groups.filter((gr) => !gone.has(gr)) : groups;
  }

  /** The fact whose anchor is clearly nearest a vague place, if any. */
  function nearest(pool: Group[], where: string | null): Group | null {
    if (!where) return null;
    const d = pool
      .map((gr) => ({ gr, km: gr.anchor ? distanceKm(g, where, gr.anchor) : null }))
      .filter((x) => x.km !== null)
      .sort((a, b) => a.km! - b.km!);
    if (d.length !== pool.length || d.length < 2) return null;
    return d[0].km! < ATTACH.clearlyNearer * d[1].km! ? d[0].gr : null;
  }

  /** The facts of a kind anchored in a vague place (a country, a region, an area), lazily. */
  function* around(kind: ClaimKind, where: string): Generator<Group> {
    for (const anchor of anchorsOf.get(kind) ?? []) if (vagueFits(g, where, anchor)) yield* byAnchor.get(`${kind}|${anchor}`) ?? [];
  }
}
