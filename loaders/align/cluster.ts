import type { Gazetteer } from "../gazetteer/types.ts";
import type { Claim, ClaimKind } from "../types.ts";
import { actorKey, actorsCompatible, isCoarse, provinceAnchor, townAnchor, within } from "./keys.ts";

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
const datesFit = (c: Claim, gr: Group) => !c.date || ((c.date.start ?? "0000") <= gr.hi && gr.lo <= (c.date.end ?? "9999"));

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
      anchor: (c) => (c.place && !isCoarse(g, c.place) ? townAnchor(g, c.place) : null),
      block: (c) => (c.place && !isCoarse(g, c.place) ? `attack|${townAnchor(g, c.place)}` : null),
      fits: event,
    },
    control: {
      anchor: (c) => (isCoarse(g, c.place) ? null : townAnchor(g, c.place!)),
      block: (c) => (c.subject && !isCoarse(g, c.place) ? `control|${c.object ?? "holds"}|${sub(c)}|${townAnchor(g, c.place!)}` : null),
      fits: datesFit,
    },
    leadership: {
      anchor: () => null,
      block: (c) => `leadership|${actorKey(g, c.object)}|${c.subject}`,
      fits: () => true,
    },
  };
}

/**
 * Group claims into facts. Claims are first blocked by a key made of their kind and resolved
 * entities (no claim is compared with claims of other blocks), then placed in the first group of
 * their block they fit (time windows for events). Claims too vague to block — a country-wide place,
 * no place, no subject — join the one fact they are compatible with, if exactly one exists.
 */
export function alignClaims(claims: Claim[], g: Gazetteer): Group[] {
  const R = rules(g);
  const groups: Group[] = [];
  const byBlock = new Map<string, Group[]>();
  const byKind = new Map<ClaimKind, Group[]>();
  const pending: Claim[] = [];
  const add = (key: string, c: Claim, anchor: string | null) => {
    const gr: Group = { key, kind: c.kind, claims: [], subject: c.subject, object: c.object, place: c.place, anchor, lo: "0000", hi: "9999", subjects: new Set(), objects: new Set() };
    join(gr, c);
    groups.push(gr);
    byBlock.set(key, [...(byBlock.get(key) ?? []), gr]);
    byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), gr]);
    return gr;
  };
  function join(gr: Group, c: Claim) {
    gr.claims.push(c);
    gr.subject ??= c.subject;
    gr.object ??= c.object;
    gr.place ??= c.place;
    if (c.subject) gr.subjects.add(c.subject);
    if (c.object) gr.objects.add(c.object);
    if (c.date) {
      if ((c.date.start ?? "0000") > gr.lo) gr.lo = c.date.start ?? "0000";
      if ((c.date.end ?? "9999") < gr.hi) gr.hi = c.date.end ?? "9999";
    }
  }
  // dated and specific claims first, so that vague ones find the facts they may belong to
  const order = [...claims].sort((a, b) => Number(!a.date) - Number(!b.date));
  for (const c of order) {
    const rule = R[c.kind];
    const key = rule.block(c);
    if (!key) {
      pending.push(c);
      continue;
    }
    const fit = (byBlock.get(key) ?? []).find((gr) => rule.fits(c, gr));
    if (fit) join(fit, c);
    else add(key, c, rule.anchor(c));
  }
  // vague claims: attach to the single compatible fact of their kind
  for (const c of pending) {
    const rule = R[c.kind];
    const candidates = (byKind.get(c.kind) ?? []).filter((gr) => {
      if (!rule.fits(c, gr)) return false;
      if (c.kind === "control" && (c.object ?? "holds") !== (gr.claims[0].object ?? "holds")) return false;
      if (c.subject && gr.subjects.size && ![...gr.subjects].some((x) => actorsCompatible(g, c.subject, x))) return false;
      if (c.place && gr.anchor && !within(g, gr.anchor, c.place) && !within(g, c.place, gr.anchor)) return false;
      return true;
    });
    // prefer facts about the very same subject over merely compatible ones
    const same = candidates.filter((gr) => c.subject && [...gr.subjects].some((x) => actorKey(g, x) === actorKey(g, c.subject)));
    const pick = same.length === 1 ? same[0] : same.length === 0 && candidates.length === 1 ? candidates[0] : null;
    if (pick) join(pick, c);
    else {
      const key = `${c.kind}|${actorKey(g, c.subject) ?? "?"}|${c.object ?? ""}|${c.place ?? "?"}`;
      const fit = (byBlock.get(key) ?? []).find((gr) => rule.fits(c, gr));
      if (fit) join(fit, c);
      else add(key, c, null);
    }
  }
  return groups;
}
