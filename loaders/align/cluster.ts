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
  /** Its distinct subjects and objects, to check a newcomer against each. */
  subjects: Set<string>;
  objects: Set<string>;
}

/** How two claims of one kind may belong to one fact. */
interface KindRule {
  /** The blocking key: only claims with equal keys are compared. null: attach later. */
  block(c: Claim): string | null;
  /** Can this claim join the group? */
  fits(c: Claim, gr: Group): boolean;
  /** The anchor place of a claim. */
  anchor(c: Claim): string | null;
}

/** Does the claim's date overlap every dated claim of the group? (1-D Helly: their common part.) */
/** The dates alignment goes by: the claim's own, else the window it was implicitly given. */
let implicit: Map<string, { start: string | null; end: string | null }> = new Map();
// (a claim is tested against fact after fact: its dates are looked up once)
let lastClaim: Claim | null = null;
let lastWhen: { start: string | null; end: string | null } | null = null;
const when = (c: Claim) => (c === lastClaim ? lastWhen : ((lastClaim = c), (lastWhen = c.date ?? implicit.get(c.id) ?? null)));
const datesFit = (c: Claim, gr: Group) => {
  const d = when(c);
  return !d || ((d.start ?? "0000") <= gr.hi && gr.lo <= (d.end ?? "9999"));
};

const unitFamily = (u: string | null | undefined) =>
  u === "soldiers" || u === "troops" || u === "fighters" ? "fighters" : u === "militias" || u === "factions" || u === "groups" ? "groups" : (u ?? "count");

/**
 * The rules per kind. Events (attacks, casualties) are keyed by the town and must overlap in
 * time; presence is keyed by the province, so the places an outlet names form a roster; a
 * figure is keyed by what it counts and its exact scope (a province and all of Syria differ).
 */
function rules(g: Gazetteer): Record<ClaimKind, KindRule> {
  const sub = (c: Claim) => actorKey(g, c.subject) ?? "?";
  const all = (set: Set<string>, id: string | null) => !id || [...set].every((x) => actorsCompatible(g, id, x));
  const event = (c: Claim, gr: Group) => datesFit(c, gr) && all(gr.subjects, c.subject) && all(gr.objects, c.object);
  return {
    presence: {
      anchor: (c) => (isCoarse(g, c.place) ? null : provinceAnchor(g, c.place!)),
      block: (c) => (c.subject && !isCoarse(g, c.place) ? `presence|${sub(c)}|${provinceAnchor(g, c.place!)}` : null),
      fits: () => true,
    },
    force_size: {
      anchor: (c) => c.place,
      block: (c) => `force_size|${unitFamily(c.value?.unit)}|${sub(c)}|${c.place ?? "?"}`,
      fits: () => true,
    },
    casualties: {
      anchor: (c) => (c.place ? townAnchor(g, c.place) : null),
      block: (c) => (c.place && !isCoarse(g, c.place) ? `casualties|${c.value?.unit}|${sub(c)}|${townAnchor(g, c.place)}` : null),
      fits: datesFit,
    },
    attack: {
      anchor: (c) => (c.place && !isCoarse(g, c.place) ? (!c.date && c.subject ? provinceAnchor(g, c.place) : townAnchor(g, c.place)) : null),
      // an undated attack with a named attacker is a pattern ("Israeli aircraft repeatedly strike…"),
      // keyed by the attacker and the province; a dated one is an event, keyed by its town
      block: (c) =>
        !c.place || isCoarse(g, c.place) ? null : !c.date && c.subject ? `attack|pattern|${sub(c)}|${provinceAnchor(g, c.place)}` : `attack|${townAnchor(g, c.place)}`,
      fits: event,
    },
    control: {
      anchor: (c) => (isCoarse(g, c.place) ? null : townAnchor(g, c.place!)),
      block: (c) => (c.subject && !isCoarse(g, c.place) ? `control|${c.change ?? "holds"}|${sub(c)}|${townAnchor(g, c.place!)}` : null),
      fits: datesFit,
    },
    leadership: {
      anchor: () => null,
      block: (c) => `leadership|${actorKey(g, c.object)}|${c.subject}`,
      fits: () => true,
    },
  };
}

const EVENTS = new Set<ClaimKind>(["attack", "casualties"]);

/** Options of alignment. */
export interface AlignOptions {
  /**
   * Date windows for claims the text gives no date: an event in a news article happened shortly
   * before it was published (see `recentWindow`). Used for grouping only, never shown as a date.
   */
  implicit?: Map<string, { start: string | null; end: string | null }>;
  /**
   * What the last run's alignment gave these claims (see `Alignment.placed`), when the only change
   * since is claims added: a block none of whose claims is new is built as the last run built it,
   * each claim joining the fact it joined then, without blocking or testing it again. Blocks with a
   * new claim, and all vague claims, are aligned afresh. The facts are exactly those of a run
   * without it, in the same order.
   */
  prior?: PriorAlignment;
}

/** A claim the last run did not align (`PriorAlignment.of`). */
export const NEW_CLAIM = -2;
/** A claim the last run left to attach later (it has no block): `Alignment.placed`. */
export const UNBLOCKED = -1;

/** The last run's alignment, read for this run's claims. */
export interface PriorAlignment {
  /** Per claim (in the order given to `align`): its last block fact (an index into `keys`), `UNBLOCKED`, or `NEW_CLAIM`. */
  of: Int32Array;
  /** The blocking key of each of the last run's block facts. */
  keys: string[];
}

/** Facts, and what the next run needs to align the same claims and more (see `AlignOptions.prior`). */
export interface Alignment {
  groups: Group[];
  /** Per claim: the index in `groups` of the fact its block put it in, or `UNBLOCKED`. */
  placed: Int32Array;
  /** The blocking keys of the first groups, those its blocks made (`placed` points into them). */
  keys: string[];
  /** How many claims joined the fact the prior alignment gave them, untested. */
  kept: number;
}

/** How long before publication an undated event in the news is taken to have happened. */
export const RECENT_DAYS = 31;

/** The window of an undated event: from RECENT_DAYS before the publication date to its end. */
export function recentWindow(published: { start: string; end: string } | null): { start: string; end: string } | null {
  if (!published) return null;
  const start = new Date(Date.parse(published.start) - RECENT_DAYS * 86400_000).toISOString().slice(0, 10);
  return { start, end: published.end };
}

/** A vague place attaches to the nearest fitting fact only if it is clearly the nearest. */
export const ATTACH = { clearlyNearer: 0.7 };

/**
 * Group claims into facts. Claims are first blocked by a key made of their kind and resolved
 * entities (no claim is compared with claims of other blocks), then placed in the first group of
 * their block they fit (time windows for events). Claims too vague to block — a country-wide place,
 * no place, no subject — join the one fact they are compatible with, if exactly one exists.
 */
export function alignClaims(claims: Claim[], g: Gazetteer, options: AlignOptions = {}): Group[] {
  return align(claims, g, options).groups;
}

/** `alignClaims`, with what the next run can keep (see `AlignOptions.prior`). */
export function align(claims: Claim[], g: Gazetteer, options: AlignOptions = {}): Alignment {
  implicit = options.implicit ?? new Map();
  lastClaim = lastWhen = null;
  const R = rules(g);
  const groups: Group[] = [];
  // indexes, so that no claim is compared with every fact: by block, by subject (and side), by
  // anchor; facts with no subject yet are kept apart
  const byBlock = new Map<string, Group[]>();
  const bySubject = new Map<string, Set<Group>>();
  const byAnchor = new Map<string, Group[]>();
  const byKind = new Map<ClaimKind, Group[]>();
  const subjectless = new Map<ClaimKind, Set<Group>>();
  const anchorsOf = new Map<ClaimKind, Set<string>>();
  const pending: Claim[] = [];
  // the anchors of each kind around a vague place, nearest first (fixed while vague claims attach:
  // the facts they start have no anchor)
  const aroundByDistance = new Map<string, { near: Array<{ anchor: string; km: number }>; unknown: string[] }>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  const sideOf = (id: string) => g.entities.get(id)?.side ?? id;
  // within a block, events are indexed by month, so a dated claim looks only at facts of its months
  const byMonth = new Map<string, Map<string, Group[]>>();
  const months = (lo: string, hi: string): string[] | null => {
    if (lo === "0000" || hi === "9999") return null;
    let [y, m] = [+lo.slice(0, 4), +lo.slice(5, 7)];
    const [y2, m2] = [+hi.slice(0, 4), +hi.slice(5, 7)];
    const out: string[] = [];
    while ((y < y2 || (y === y2 && m <= m2)) && out.length <= 13) {
      out.push(`${y}-${m}`);
      if (++m > 12) (m = 1), y++;
    }
    return out.length > 13 ? null : out;
  };
  const indexMonths = (gr: Group) => {
    const block = byMonth.get(gr.key) ?? byMonth.set(gr.key, new Map()).get(gr.key)!;
    for (const mo of months(gr.lo, gr.hi) ?? ["*"]) push(block, mo, gr);
  };
  /** The first fact of the block the claim fits: of its months' facts (month by month, then the undated), else of the block's. */
  function firstFit(key: string, c: Claim, fits: (c: Claim, gr: Group) => boolean): Group | undefined {
    const d = when(c);
    const ms = d ? months(d.start ?? "0000", d.end ?? "9999") : null;
    if (!ms) return byBlock.get(key)?.find((gr) => fits(c, gr));
    ms.push("*");
    // (a fact is indexed under its months or, with no bounded range, under "*": one spanning
    // several months is met once, tested where first met)
    const seen = ms.length > 2 ? new Set<Group>() : null;
    const block = byMonth.get(key);
    for (const mo of ms)
      for (const gr of block?.get(mo) ?? []) {
        if (seen) {
          if (seen.has(gr)) continue;
          seen.add(gr);
        }
        if (fits(c, gr)) return gr;
      }
    return undefined;
  }
  const add = (key: string, c: Claim, anchor: string | null) => {
    const gr: Group = { key, kind: c.kind, claims: [], subject: c.subject, object: c.object, place: c.place, anchor, lo: "0000", hi: "9999", subjects: new Set(), objects: new Set() };
    (subjectless.get(c.kind) ?? subjectless.set(c.kind, new Set()).get(c.kind)!).add(gr);
    join(gr, c);
    indexOf.set(gr, groups.push(gr) - 1);
    push(byBlock, key, gr);
    indexMonths(gr);
    push(byKind, c.kind, gr);
    if (anchor) {
      push(byAnchor, `${c.kind}|${anchor}`, gr);
      (anchorsOf.get(c.kind) ?? anchorsOf.set(c.kind, new Set()).get(c.kind)!).add(anchor);
    }
    return gr;
  };
  function join(gr: Group, c: Claim) {
    gr.claims.push(c);
    gr.subject ??= c.subject;
    gr.object ??= c.object;
    gr.place ??= c.place;
    if (c.subject && !gr.subjects.has(c.subject)) {
      subjectless.get(gr.kind)?.delete(gr);
      for (const k of [`${gr.kind}|${actorKey(g, c.subject)}`, `${gr.kind}|side:${sideOf(c.subject)}`])
        (bySubject.get(k) ?? bySubject.set(k, new Set()).get(k)!).add(gr);
    }
    if (c.subject) gr.subjects.add(c.subject);
    if (c.object) gr.objects.add(c.object);
    const d = when(c);
    if (d) {
      if ((d.start ?? "0000") > gr.lo) gr.lo = d.start ?? "0000";
      if ((d.end ?? "9999") < gr.hi) gr.hi = d.end ?? "9999";
    }
  }
  // dated and specific claims first, so that vague ones find the facts they may belong to
  const n = claims.length;
  const order = new Int32Array(n);
  let w = 0;
  for (let i = 0; i < n; i++) if (claims[i].date) order[w++] = i;
  for (let i = 0; i < n; i++) if (!claims[i].date) order[w++] = i;
  const placed = new Int32Array(n).fill(UNBLOCKED);
  const indexOf = new Map<Group, number>();
  // the last run's facts: those of a block with a new claim are made again (`dirty`), the others
  // are made from the same claims in the same order as then, so they come out the same
  const prior = options.prior;
  if (prior && prior.of.length !== n) throw new Error("align: the prior alignment is not of these claims");
  const dirty = new Set<string>();
  const newKeys = new Map<number, string | null>();
  // (the index in `groups` of the fact made for each of the last run's, once made)
  const made = new Int32Array(prior ? prior.keys.length : 0).fill(-1);
  let kept = 0;
  if (prior)
    for (let i = 0; i < n; i++)
      if (prior.of[i] === NEW_CLAIM) {
        const key = R[claims[i].kind].block(claims[i]);
        newKeys.set(i, key);
        if (key) dirty.add(key);
      }
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const c = claims[i];
    const rule = R[c.kind];
    const p = prior ? prior.of[i] : NEW_CLAIM;
    let key: string | null;
    if (p >= 0) {
      key = prior!.keys[p];
      if (!dirty.has(key)) {
        if (made[p] >= 0) join(groups[made[p]], c);
        else made[p] = indexOf.get(add(key, c, rule.anchor(c)))!;
        placed[i] = made[p];
        kept++;
        continue;
      }
    } else key = p === UNBLOCKED ? null : prior ? newKeys.get(i)! : rule.block(c);
    if (!key) {
      pending.push(c);
      continue;
    }
    const fit = firstFit(key, c, rule.fits);
    if (fit) join(fit, c);
    placed[i] = indexOf.get(fit ?? add(key, c, rule.anchor(c)))!;
  }
  const keys = groups.map((gr) => gr.key);
  // vague claims: attach to the single compatible fact of their kind
  for (const c of pending) {
    const rule = R[c.kind];
    const own = c.place && !isCoarse(g, c.place) ? rule.anchor({ ...c, subject: c.subject ?? "?" }) : null;
    // a named claim meets facts about compatible actors, or unnamed facts at its very anchor
    const unnamedHere = own ? (byAnchor.get(`${c.kind}|${own}`) ?? []).filter((gr) => subjectless.get(c.kind)?.has(gr)) : [];
    const fits = (gr: Group) => {
      if (!rule.fits(c, gr)) return false;
      if (c.date && gr.key.includes("|pattern|")) return false; // a dated event is not a pattern
      if (c.kind === "control" && (c.change ?? "holds") !== (gr.claims[0].change ?? "holds")) return false;
      // a named group's presence or control is its own fact; an event may be told with the umbrella
      if (c.subject && gr.subjects.size && ![...gr.subjects].some((x) => (EVENTS.has(c.kind) ? actorsCompatible(g, c.subject, x) : actorKey(g, c.subject) === actorKey(g, x)))) return false;
      // a specific place meets facts at the same anchor; a vague one, facts it may contain
      if (own) return gr.anchor === own;
      if (c.place && gr.anchor && !vagueFits(g, c.place, gr.anchor)) return false;
      return true;
    };
    let pick: Group | null;
    // (a claim with neither subject nor anchor meets the facts around its vague place)
    if (!c.subject && !own && c.place) pick = nearestFit(c.kind, c.place, fits);
    else {
      const pool0: Iterable<Group> = c.subject
        ? [...(bySubject.get(`${c.kind}|${EVENTS.has(c.kind) ? `side:${sideOf(c.subject)}` : actorKey(g, c.subject)}`) ?? []), ...unnamedHere]
        : own
          ? (byAnchor.get(`${c.kind}|${own}`) ?? [])
          : [];
      const candidates = [...new Set(pool0)].filter(fits);
      // prefer facts about the very same subject over merely compatible ones, then the nearest
      const same = candidates.filter((gr) => c.subject && [...gr.subjects].some((x) => actorKey(g, x) === actorKey(g, c.subject)));
      const pool = same.length ? same : candidates;
      pick = pool.length === 1 ? pool[0] : nearest(pool, c.place);
    }
    if (pick) join(pick, c);
    else {
      const key = `${c.kind}|${actorKey(g, c.subject) ?? "?"}|${c.change ?? c.object ?? ""}|${c.place ?? "?"}`;
      const fit = (byBlock.get(key) ?? []).find((gr) => rule.fits(c, gr));
      if (fit) join(fit, c);
      else add(key, c, null);
    }
  }
  return { groups, placed, keys, kept };

  /**
   * For a claim with neither subject nor anchor, at a vague place: what the general path picks
   * (the single fact around the place it fits, else the fit clearly nearest the place, if every
   * fit has a distance) without testing every fact around the place — on real articles these
   * claims are many and a country holds every anchor, so testing them all grew with the square
   * of the corpus. Anchors are scanned nearest first: a fit without a distance and any other fit
   * settle it (no pick), and otherwise the first two fits are the two nearest.
   */
  function nearestFit(kind: ClaimKind, place: string, fits: (gr: Group) => boolean): Group | null {
    const key = `${kind}|${place}`;
    let around = aroundByDistance.get(key);
    if (!around) {
      const near: Array<{ anchor: string; km: number }> = [];
      const unknown: string[] = [];
      for (const anchor of anchorsOf.get(kind) ?? [])
        if (vagueFits(g, place, anchor)) {
          const km = distanceKm(g, place, anchor);
          if (km === null) unknown.push(anchor);
          else near.push({ anchor, km });
        }
      near.sort((a, b) => a.km - b.km);
      aroundByDistance.set(key, (around = { near, unknown }));
    }
    let undistanced: Group | null = null;
    for (const anchor of around.unknown)
      for (const gr of byAnchor.get(`${kind}|${anchor}`) ?? [])
        if (fits(gr)) {
          if (undistanced) return null;
          undistanced = gr;
        }
    let first: { gr: Group; km: number } | null = null;
    for (const { anchor, km } of around.near)
      for (const gr of byAnchor.get(`${kind}|${anchor}`) ?? [])
        if (fits(gr)) {
          if (undistanced) return null;
          if (!first) first = { gr, km };
          else return first.km < ATTACH.clearlyNearer * km ? first.gr : null;
        }
    return undistanced ?? first?.gr ?? null;
  }

  /** The fact whose anchor is clearly nearest a vague place, if any. */
  function nearest(pool: Group[], place: string | null): Group | null {
    if (!place) return null;
    const d = pool.map((gr) => ({ gr, km: gr.anchor ? distanceKm(g, place, gr.anchor) : null })).filter((x) => x.km !== null).sort((a, b) => a.km! - b.km!);
    if (d.length !== pool.length || d.length < 2) return null;
    return d[0].km! < ATTACH.clearlyNearer * d[1].km! ? d[0].gr : null;
  }
}
