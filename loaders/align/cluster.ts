import type { Gazetteer } from "../gazetteer/types.ts";
import type { Claim, ClaimKind, Value } from "../types.ts";
import { FactIndex } from "./factindex.ts";
import { Reading, victimGroup } from "./facts.ts";
import { distanceKm, isCoarse, vagueFits } from "./keys.ts";

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

const unitFamily = (u: string | null | undefined) => (u === "soldiers" || u === "troops" || u === "fighters" ? "fighters" : u === "militias" || u === "factions" || u === "groups" ? "groups" : (u ?? "count"));

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
  const read = new Reading(g, options.implicit ?? new Map(), options.implicitPlace ?? new Map<string, string>());
  const al: Alignment = { g, read, index: new FactIndex(read) };
  // dated and specific claims first, so that vague ones find the facts they may belong to
  const order = [...claims.filter((c) => c.date), ...claims.filter((c) => !c.date)];
  // (a claim with a block is placed at once; a vague one waits until the specific facts exist)
  const pending: Claim[] = [];
  for (const c of order) {
    const key = blockOf(read, c);
    if (key) place(al, key, c);
    else pending.push(c);
  }
  for (const c of pending) attachVague(al, c);
  // (last, as a province-only fact may only be folded once every town fact of its day is known)
  return { groups: foldProvinceFacts(al) };
}

/** What the stages of one alignment share: the gazetteer, the claims' readings and the facts made so far. */
interface Alignment {
  g: Gazetteer;
  read: Reading;
  index: FactIndex;
}

/** The block of a claim with a specific place (and, for events, a date of some kind), else null. */
function blockOf(read: Reading, c: Claim): string | null {
  const f = read.facts(c);
  switch (c.kind) {
    case "presence":
      return c.subject && f.province ? `presence|${f.subject}|${f.province}` : null;
    case "force_size":
      return f.subject ? `force_size|${unitFamily(c.value?.unit)}|${f.subject}|${c.place ?? "?"}` : null;
    case "leadership":
      return `leadership|${stateKey(read.g, c.object) ?? f.object}|${c.subject}`;
    case "control":
      // (a district is held apart from its city; a base or a field goes with its town)
      return f.subject && f.town ? `control|${c.change ?? "holds"}|${f.subject}|${districtOrTown(read.g, c.place!, f.town)}` : null;
    case "attack":
      // an undated attack with a named attacker is a pattern ("Israeli aircraft repeatedly strike…")
      if (!f.province) return null;
      return !f.ownDate && f.subject ? `attack|pattern|${f.subject}|${f.province}` : `attack|${f.province}`;
    case "casualties":
      return f.province ? `casualties|${c.value?.unit}|${c.scope ?? "event"}|${victimGroup(c) ?? "all"}|${f.province}` : null;
  }
}
const districtOrTown = (g: Gazetteer, place: string, town: string) => (["district", "neighbourhood"].includes(g.entities.get(place)?.placeType ?? "") ? place : town);
/** Per gazetteer: the sides that are states (a country's side). */
const stateSides = new WeakMap<Gazetteer, Set<string>>();
/**
 * What a leader leads, as one key for a state and its forces: a head of state leads the country
 * and the state's own forces alike ("Syria's President Assad", «قوات الرئيس الأسد»). A force with a
 * parent (a division, a militia of that side) is led apart.
 */
function stateKey(g: Gazetteer, id: string | null): string | null {
  const e = id ? g.entities.get(id) : undefined;
  if (!e?.side || (e.type !== "country" && (e.type !== "force" || e.parent))) return null;
  let sides = stateSides.get(g);
  if (!sides) stateSides.set(g, (sides = new Set([...g.entities.values()].filter((x) => x.type === "country" && x.side).map((x) => x.side!))));
  return sides.has(e.side) ? `side:${e.side}` : null;
}

/** The place a new fact is keyed by: a presence's province, a figure's place, an event's or a hold's town (a leadership none). */
function anchorOf(read: Reading, c: Claim): string | null {
  const f = read.facts(c);
  return c.kind === "presence" ? f.province : c.kind === "force_size" ? c.place : c.kind === "leadership" ? null : f.town;
}

/** Where a claim with a block goes: the fact it fits (an event: the one at its town and time), else a new one. */
function place(al: Alignment, key: string, c: Claim) {
  const { read, index } = al;
  const f = read.facts(c);
  if (!EVENTS.has(c.kind)) {
    // (a state — presence, a figure, a hold, a leadership — joins the first fact of its block whose time meets its own)
    const fit = index.near(key, c).find((gr) => datesMeet(read, c, gr));
    if (fit) index.join(fit, c);
    else index.add(key, c, anchorOf(read, c));
    return;
  }
  const pool = index.near(key, c).filter((gr) => datesMeet(read, c, gr) && partiesMeet(read, c, gr));
  if (key.includes("|pattern|")) {
    // (a pattern, "they strike again and again", is one fact per attacker and province)
    if (pool.length) index.join(pool[0], c);
    else index.add(key, c, f.province);
    return;
  }
  // at its very town; a claim that names the province only, or a fact that does, meets one at most
  const townLevel = f.town !== f.province;
  const same = townLevel ? pool.filter((gr) => index.townsOf(gr).has(f.town!)) : [];
  const broad = pool.filter((gr) => (townLevel ? index.townsOf(gr).size === 0 : true));
  // (a claim dated only by its article's publication, or placed only by its lead, meets one fact at most)
  const sure = f.ownDate && (!f.leadPlace || f.hi === f.lo);
  // (a claim or a fact that names only the province meets the other only at a day's precision)
  const precise = (gr: Group) => narrow(f.lo, f.hi) && narrow(gr.lo, gr.hi);
  const broadPrecise = broad.filter(precise);
  // (among several, the one whose toll it agrees with)
  const pick =
    restated(al, c, same.length ? same : broadPrecise) ??
    (same.length ? (sure || same.length === 1 ? same[0] : byValue(c, same)) : broadPrecise.length === 1 && broad.length === 1 ? broadPrecise[0] : (byValue(c, broadPrecise) ?? provinceFact(al, c, broadPrecise))) ??
    (!townLevel && !narrow(f.lo, f.hi) ? byExactToll(c, broad) : null);
  if (pick) index.join(pick, c);
  else index.add(key, c, anchorOf(read, c));
}

/** A vague claim (no block: no specific place, or no subject) attaches to the single compatible fact of its kind, else stands alone. */
function attachVague(al: Alignment, c: Claim) {
  const { g, read, index } = al;
  const f = read.facts(c);
  const own = c.place && !isCoarse(g, c.place) ? anchorOf(read, c) : null;
  const unnamedHere = own ? index.anchored(c.kind, own).filter((gr) => index.subjectlessOf(c.kind, gr)) : [];
  const fits = (gr: Group) => {
    if (!datesMeet(read, c, gr)) return false;
    // (a hold or a presence said of nowhere, "the factions that hold this stronghold", confirms no hold of a named place)
    if (!EVENTS.has(c.kind) && !c.place && gr.anchor) return false;
    if (EVENTS.has(c.kind) && !partiesMeet(read, c, gr)) return false;
    // (a pattern, "they strike again and again", gathers only undated strikes by its attacker)
    if (gr.key.includes("|pattern|") && (c.date || !f.subject)) return false;
    if (c.kind === "casualties" && (gr.claims[0].value?.unit !== c.value?.unit || (gr.claims[0].scope ?? "event") !== (c.scope ?? "event") || victimGroup(gr.claims[0]) !== victimGroup(c))) return false;
    if (c.kind === "control" && (c.change ?? "holds") !== (gr.claims[0].change ?? "holds")) return false;
    // a named group's presence or control is its own fact; an event may be told with the umbrella
    if (f.subject && gr.subjects.size && ![...gr.subjects].some((x) => (EVENTS.has(c.kind) ? read.compatible(f.subject, x) : f.subject === x))) return false;
    if (own) return gr.anchor === own;
    if (c.place && gr.anchor && !vagueFits(g, c.place, gr.anchor)) return false;
    return true;
  };
  // (the facts it could be about: of its subject's side, or at its anchor, or around its vague place)
  const pool0: Iterable<Group> = f.subject
    ? [...index.ofSubject(c.kind, EVENTS.has(c.kind) ? `side:${read.sideOfKey(f.subject) ?? f.subject}` : f.subject), ...unnamedHere]
    : own
      ? index.anchored(c.kind, own)
      : c.place
        ? index.around(c.kind, c.place)
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
  const pick = pool.length === 1 ? pool[0] : state ? nearest(g, pool, c.place) : null;
  if (pick) index.join(pick, c);
  else {
    // (stands alone: it meets only what its own article says again of the same)
    const key = `${c.kind}|${c.source}|${f.subject ?? "?"}|${c.change ?? f.object ?? ""}|${c.place ?? "?"}|${c.value?.unit ?? ""}|${c.scope ?? ""}|${victimGroup(c) ?? ""}`;
    const fit = index.block(key).find((gr) => datesMeet(read, c, gr));
    if (fit) index.join(fit, c);
    else index.add(key, c, null);
  }
}

/**
 * A fact told only for its province and day joins the one fact of that province and day told for
 * a town, when exactly one fits (its time, its parties, killed with killed): the outlets that said
 * "in Idlib" and those that said "in Khan Shaykhun" on the same day tell one event. Two or more
 * such facts: it stays apart.
 */
function foldProvinceFacts({ read, index }: Alignment): Group[] {
  const gone = new Set<Group>();
  for (const [key, block] of index.blocks()) {
    if (!key.startsWith("casualties|") && !(key.startsWith("attack|") && !key.includes("|pattern|"))) continue;
    const townFacts = block.filter((gr) => index.townsOf(gr).size > 0 && narrow(gr.lo, gr.hi));
    for (const gr of block) {
      if (index.townsOf(gr).size || !narrow(gr.lo, gr.hi)) continue;
      const fit = townFacts.filter((t) => gr.lo <= t.hi && t.lo <= gr.hi && gr.claims.every((c) => partiesMeet(read, c, t)));
      if (fit.length !== 1) continue;
      for (const c of gr.claims) index.join(fit[0], c);
      gone.add(gr);
    }
  }
  return gone.size ? index.groups.filter((gr) => !gone.has(gr)) : index.groups;
}

/** The fact whose anchor is clearly nearest a vague place, if any. */
function nearest(g: Gazetteer, pool: Group[], where: string | null): Group | null {
  if (!where) return null;
  const d = pool
    .map((gr) => ({ gr, km: gr.anchor ? distanceKm(g, where, gr.anchor) : null }))
    .filter((x) => x.km !== null)
    .sort((a, b) => a.km! - b.km!);
  if (d.length !== pool.length || d.length < 2) return null;
  return d[0].km! < ATTACH.clearlyNearer * d[1].km! ? d[0].gr : null;
}

// The tests a claim and a fact must pass to meet.

/** The claim's dates meet the fact's (an undated claim meets any). */
function datesMeet(read: Reading, c: Claim, gr: Group): boolean {
  const f = read.facts(c);
  if (!f.dated) return true;
  // (a fact none of whose claims is dated has the time its articles' publication gives it)
  const [lo, hi] = gr.lo === "0000" && gr.hi === "9999" ? [gr.wlo, gr.whi] : [gr.lo, gr.hi];
  return f.lo <= hi && lo <= f.hi;
}
/** A date given to the day or a few days (a week at most). */
const narrow = (lo: string, hi: string) => lo !== "0000" && hi !== "9999" && Date.parse(hi) - Date.parse(lo) <= 7 * 86400_000;
/** The claim's subject and object may be those of every claim of the fact. */
function partiesMeet(read: Reading, c: Claim, gr: Group): boolean {
  const f = read.facts(c);
  if (![...gr.subjects].every((x) => read.compatible(f.subject, x)) || ![...gr.objects].every((x) => read.compatible(f.object, x))) return false;
  // (a toll of civilians and a toll of fighters are two facts, even of one day and place)
  const status = f.victims;
  if (status && !gr.claims.every((x) => (read.facts(x).victims ?? status) === status)) return false;
  return !otherOwnToll(c, gr);
}

/** Words of a toll that updates or recalls another: "the toll rose to", "a previous toll of", «ارتفعت الحصيلة». */
const UPDATED = /\b(?:toll|rose|risen|raised|updat\w*|revised|previous|earlier|initial(?:ly)?)\b|حصيل|ارتفع|سابق/iu;
/**
 * The fact already holds a toll of the claim's own article, of its unit and scope, that it cannot
 * be: an article giving 14 and 21 killed at one place, neither dated, tells two events (unless one
 * updates the other). (Dated tolls of one day may be several outlets' figures the article quotes.)
 */
function otherOwnToll(c: Claim, gr: Group): boolean {
  if (c.kind !== "casualties" || !c.value || c.date || UPDATED.test(c.evidence)) return false;
  const v = c.value;
  return gr.claims.some((x) => x.source === c.source && !x.date && x.value?.unit === v.unit && (x.scope ?? "") === (c.scope ?? "") && !valuesMeet(x.value, v) && !UPDATED.test(x.evidence));
}

/** A toll that some claim of the fact agrees with (intervals overlap): what picks one fact among several. */
const valueMeets = (c: Claim, gr: Group) => !!c.value && gr.claims.some((x) => valuesMeet(x.value, c.value!));
/** Two figures of one unit whose intervals overlap. */
const valuesMeet = (a: Value | null, b: Value) => !!a && a.unit === b.unit && (a.low ?? -Infinity) <= (b.high ?? Infinity) && (b.low ?? -Infinity) <= (a.high ?? Infinity);
/** The one fact of several that the claim's toll agrees with, if exactly one (casualties only). */
function byValue(c: Claim, pool: Group[]): Group | null {
  if (c.kind !== "casualties" || pool.length < 2) return null;
  const agree = pool.filter((gr) => valueMeets(c, gr));
  return agree.length === 1 ? agree[0] : null;
}
/**
 * For a toll told only for a province over weeks ("in July a suicide bomb killed 16 in Hasaka"):
 * the one fact of that province and time whose toll it gives exactly, if exactly one does.
 */
function byExactToll(c: Claim, pool: Group[]): Group | null {
  const v = c.value;
  if (c.kind !== "casualties" || c.scope || !v || v.low === null || v.qualifier === "vague" || (v.high !== null && v.high !== v.low)) return null;
  const agree = pool.filter((gr) => gr.claims.some((x) => x.value?.unit === v.unit && x.value.low === v.low && (x.value.high === v.high || x.value.high === null || v.high === null)));
  return agree.length === 1 ? agree[0] : null;
}
/** The fact of `pool` that holds its own article's telling of the same event (same town or province, an agreeing toll): an article restating itself. */
function restated({ read, index }: Alignment, c: Claim, pool: Group[]): Group | null {
  const f = read.facts(c);
  const hits = pool.filter((gr) =>
    index.toldBy(gr, c.source).some((x) => {
      const fx = read.facts(x);
      const here = f.town === f.province ? fx.province === f.province : fx.town === f.town;
      return here && (!c.value || !x.value || valueMeets(c, { claims: [x] } as Group));
    }),
  );
  return hits.length === 1 ? hits[0] : null;
}
/** For a claim that names only the province: the one fact of its day that names only the province too. */
function provinceFact({ read, index }: Alignment, c: Claim, pool: Group[]): Group | null {
  const f = read.facts(c);
  if (f.town !== f.province) return null;
  const broadOnly = pool.filter((gr) => index.townsOf(gr).size === 0);
  return broadOnly.length === 1 ? broadOnly[0] : null;
}
