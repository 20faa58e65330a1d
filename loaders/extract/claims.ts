import { ancestors } from "../gazetteer/load.ts";
import type { Mention } from "../gazetteer/match.ts";
import type { Entity, Gazetteer } from "../gazetteer/types.ts";
import type { Normalized } from "../text/normalize.ts";
import { clauses, type Segment } from "../text/segment.ts";
import type { Claim, ClaimKind, DateValue, Value } from "../types.ts";
import type { DateMention } from "./dates.ts";
import type { Quantity } from "./quantity.ts";
import { findTriggers, type Trigger } from "./triggers.ts";

/** Tunables of claim extraction. */
export const EXTRACT_DEFAULTS = {
  /** How far (characters) a subject may stand before its trigger. */
  subjectLookback: 120,
  /** Units that count forces (force_size claims). */
  forceUnits: new Set(["fighters", "militias", "factions", "groups", "sites", "soldiers", "troops", "bases", "provinces"]),
  /** Units of casualty counts. */
  casualtyUnits: new Set(["fighters", "soldiers", "killed", "wounded", "civilians", "children", "people", "troops", "members"]),
  /** Units of weapons counted in attacks. */
  weaponUnits: new Set(["rockets", "drones", "strikes", "aircraft", "missiles", "shells"]),
};

/** What the extractor needs of one article. */
export interface ArticleText {
  source: string;
  norm: Normalized;
  sentences: Segment[];
  mentions: Mention[];
  quantities: Quantity[];
  dates: DateMention[];
  attributions: Array<string | null>;
}

/** Actor types: who can be present, attack, control or be counted. */
const ACTOR = new Set(["militia", "force", "country"]);
const PATRON = /(?:التابعه|التابع|التابعين|الموالیه|المواليه|الموالي|المدعومه|المدعوم|تتبع|يتبع|تحت رايه|المنضويه تحت رايه|في)\s*(?:من\s*)?(?:ل|لل)?$/;
const ORIGIN_BEFORE = /(?:قادمه|قادمين|القادمه|انطلاقا|مصدره|مصدرها|اطلاقها|تنفيذها|اطلقت)\s+(?:من\s+)?(?:\S+\s+){0,2}$/;
const COARSE = new Set(["country", "region"]);
const DIRECTIONS: Array<[RegExp, string]> = [
  [/مركز/, "centre"],
  [/غرب/, "west"],
  [/شرق/, "east"],
  [/شمال/, "north"],
  [/جنوب/, "south"],
  [/ريف/, "countryside"],
];

interface Part {
  mention: Mention;
  entity: Entity;
}

/**
 * Extract the typed claims of one article. Each trigger word owns the part of its sentence up to
 * the next trigger; subjects, places, values and dates are looked for there first. Every claim
 * keeps the smallest run of clauses that holds what it was made from as its evidence.
 */
export function extractClaims(doc: ArticleText, g: Gazetteer): Claim[] {
  const text = doc.norm.text;
  const triggers = findTriggers(text);
  const claims: Claim[] = [];
  const entity = (m: Mention) => g.entities.get(m.entity)!;
  let ti = 0, mi = 0, qi = 0, di = 0;
  const events: Claim[] = []; // attacks and casualties so far, for dates and places carried over

  doc.sentences.forEach((sentence, si) => {
    const inS = <T extends { start: number; end: number }>(list: T[], i: number) => {
      const out: T[] = [];
      for (let k = i; k < list.length && list[k].start < sentence.end; k++) if (list[k].start >= sentence.start) out.push(list[k]);
      return out;
    };
    while (ti < triggers.length && triggers[ti].start < sentence.start) ti++;
    while (mi < doc.mentions.length && doc.mentions[mi].start < sentence.start) mi++;
    while (qi < doc.quantities.length && doc.quantities[qi].start < sentence.start) qi++;
    while (di < doc.dates.length && doc.dates[di].start < sentence.start) di++;
    const trig = inS(triggers, ti);
    const parts = inS(doc.mentions, mi).map((mention) => ({ mention, entity: entity(mention) }));
    const quantities = inS(doc.quantities, qi);
    const dates = inS(doc.dates, di);
    if (!trig.length && !quantities.length) return;
    const attribution = doc.attributions[si];
    const sClauses = clauses(text, sentence);

    const isPatron = (p: Part) => {
      if (!ACTOR.has(p.entity.type)) return false;
      const before = text.slice(Math.max(sentence.start, p.mention.start - 40), p.mention.start);
      if (!PATRON.test(before)) return false;
      // a patron follows another actor or a group noun: "ميليشيا X التابعة للحرس الثوري"
      return parts.some((q) => q !== p && ACTOR.has(q.entity.type) && q.mention.end <= p.mention.start && p.mention.start - q.mention.end < 60);
    };
    const actors = parts.filter((p) => ACTOR.has(p.entity.type) && !isPatron(p));
    const places = parts.filter((p) => p.entity.type === "place" && !ORIGIN_BEFORE.test(text.slice(Math.max(sentence.start, p.mention.start - 40), p.mention.start)));
    const people = parts.filter((p) => p.entity.type === "person");

    // each trigger owns [its start, next trigger's start)
    const regions = trig.map((t, k) => ({ t, start: t.start, end: k + 1 < trig.length ? trig[k + 1].start : sentence.end }));
    const within = (list: Part[], r: { start: number; end: number }) => list.filter((p) => p.mention.start >= r.start && p.mention.start < r.end);
    const before = (list: Part[], at: number, limit = EXTRACT_DEFAULTS.subjectLookback) =>
      list.filter((p) => p.mention.end <= at && at - p.mention.end <= limit);
    /** The run of actors nearest before `at` (a list joined by و and commas counts as one run). */
    const nearestRun = (list: Part[], at: number): Part[] => {
      const b = before(list, at);
      if (!b.length) return [];
      const run = [b[b.length - 1]];
      for (let k = b.length - 2; k >= 0; k--) {
        const gap = text.slice(b[k].mention.end, run[0].mention.start);
        if (gap.length > 50 || /[.;:]/.test(gap)) break;
        run.unshift(b[k]);
      }
      return run;
    };
    // dates go to the nearest trigger before them, else to the first one after
    const dateOf = new Map<Trigger, DateMention>();
    for (const d of dates) {
      const prev = [...trig].reverse().find((t) => t.end <= d.start);
      const owner = prev ?? trig.find((t) => t.start >= d.end);
      if (owner && !dateOf.has(owner)) dateOf.set(owner, d);
    }
    const finest = (ps: Part[]) => {
      // drop a place that is an ancestor of another, and countries/regions when a finer place is there
      const ids = new Set(ps.map((p) => p.entity.id));
      const fine = ps.filter((p) => !COARSE.has(p.entity.placeType ?? ""));
      const keep = (fine.length ? fine : ps).filter((p) => ![...ids].some((other) => other !== p.entity.id && ancestors(g, other).includes(p.entity.id)));
      return dedupe(keep);
    };
    const span = (ms: Array<{ start: number; end: number }>): [number, number] => {
      const lo = Math.min(...ms.map((m) => m.start)), hi = Math.max(...ms.map((m) => m.end));
      const first = sClauses.find((c) => c.end > lo) ?? sentence;
      const last = [...sClauses].reverse().find((c) => c.start < hi) ?? sentence;
      return doc.norm.raw(Math.min(first.start, lo), Math.max(last.end, hi));
    };
    const make = (kind: ClaimKind, anchors: Array<{ start: number; end: number }>, fields: Partial<Claim>): Claim => {
      const s = span(anchors);
      return {
        id: "",
        source: doc.source,
        kind,
        subject: null,
        object: null,
        place: null,
        value: null,
        date: null,
        attribution,
        evidence: "",
        span: s,
        context: doc.norm.raw(sentence.start, sentence.end),
        ...fields,
      };
    };
    const dateValue = (d: DateMention | undefined): DateValue | null =>
      d?.date ? { start: d.date.start, end: d.date.end, precision: d.date.precision, text: d.date.text } : null;
    const quantityValue = (q: Quantity, unit = q.unit): Value => ({
      low: q.low,
      high: q.high,
      unit,
      qualifier: q.qualifier,
      text: q.text,
    });

    for (const r of regions) {
      const { t } = r;
      const kind = t.rule.kind;
      const date = dateOf.get(t);
      const dateMs = date ? [date] : [];
      if (kind === "presence") {
        let subjects = within(actors, r);
        if (!subjects.length) subjects = nearestRun(actors, t.start);
        let ps = within(places, r);
        if (!ps.length) ps = before(places, t.start, 80).slice(-2);
        const fine = finest(ps);
        for (const s of dedupe(subjects))
          for (const p of fine.length ? fine : [null])
            claims.push(make("presence", [t, s.mention, ...(p ? [p.mention] : [])], { subject: s.entity.id, place: p?.entity.id ?? null, date: dateValue(date) }));
      } else if (kind === "attack") {
        const ownActors = within(actors, r);
        const attacker = t.rule.origin ? null : (nearestRun(actors, t.start).at(-1) ?? null);
        const afterOrigin = t.rule.origin ? [] : within(places, r);
        const targets = finest(afterOrigin);
        const target = ownActors.find((a) => a !== attacker) ?? null;
        const weapons = quantities.find((q) => q.start >= r.start - 40 && q.start < r.end && q.unit && EXTRACT_DEFAULTS.weaponUnits.has(q.unit));
        const base = {
          subject: attacker?.entity.id ?? null,
          object: target?.entity.id ?? null,
          date: dateValue(date),
          value: weapons ? quantityValue(weapons) : null,
        };
        const anchors = [t, ...(attacker ? [attacker.mention] : []), ...(target ? [target.mention] : []), ...(weapons ? [weapons] : []), ...dateMs];
        if (targets.length) for (const p of targets) claims.push(remember(make("attack", [...anchors, p.mention], { ...base, place: p.entity.id })));
        else if (attacker || target || weapons || date) claims.push(remember(make("attack", anchors, base)));
      } else if (kind === "casualties") {
        const q = quantities.find((x) => x.start >= t.start && x.start < r.end + 60 && x.unit && EXTRACT_DEFAULTS.casualtyUnits.has(x.unit));
        if (!q) continue;
        const victims = actors.filter((a) => Math.abs(a.mention.start - q.end) < 80 || Math.abs(a.mention.start - t.start) < 60);
        const ps = finest(within(places, { start: sentence.start, end: sentence.end }));
        const v = quantityValue(q, t.rule.casualty ?? "killed");
        claims.push(
          remember(
            make("casualties", [t, q, ...(victims[0] ? [victims[0].mention] : []), ...dateMs], {
              subject: victims[0]?.entity.id ?? null,
              place: ps[0]?.entity.id ?? null,
              value: v,
              date: dateValue(date),
            }),
          ),
        );
      } else if (kind === "control" || kind === "withdrawal") {
        const verbFirst = /^[وف]?(?:ي|ت)?سيطر|^[وف]?سيطرت|^[وف]?انسحاب|^[وف]?انحسرت|^[وف]?طرد/.test(text.slice(t.start, t.end));
        let subject: Part | null = null;
        const own = within(actors, r);
        if (verbFirst && own.length) subject = own[0];
        else subject = nearestRun(actors, t.start).at(-1) ?? own[0] ?? null;
        let ps = within(places, r).filter((p) => p !== subject);
        if (!ps.length) ps = before(places, t.start, 100).slice(-1);
        const fine = finest(ps);
        const regionText = text.slice(t.end, Math.min(r.end, t.end + 60));
        const partsFound = DIRECTIONS.filter(([re]) => re.test(regionText)).map(([, name]) => name);
        const value: Value | null = partsFound.length ? { low: null, high: null, unit: "parts", qualifier: "parts", text: regionText.trim(), parts: partsFound } : null;
        for (const p of fine.length ? fine.slice(0, 2) : [null])
          claims.push(
            make("control", [t, ...(subject ? [subject.mention] : []), ...(p ? [p.mention] : []), ...dateMs], {
              subject: subject?.entity.id ?? null,
              place: p?.entity.id ?? null,
              object: kind === "withdrawal" ? "lost" : null,
              value,
              date: dateValue(date),
            }),
          );
      } else if (kind === "leadership") {
        const person = people.find((p) => Math.abs(p.mention.start - t.end) < 60 || Math.abs(t.start - p.mention.end) < 60);
        const group = actors.find((a) => a.mention.start >= t.end && a.mention.start - t.end < 60) ?? nearestRun(actors, t.start).at(-1);
        if (person && group) claims.push(make("leadership", [t, person.mention, group.mention], { subject: person.entity.id, object: group.entity.id, date: dateValue(date) }));
      }
    }

    // figures of forces: a count of fighters, militias, factions or sites, and who and where
    for (const q of quantities) {
      if (!q.unit || !EXTRACT_DEFAULTS.forceUnits.has(q.unit)) continue;
      if (trig.some((t) => t.rule.kind === "casualties" && t.end <= q.start && q.start - t.end < 30)) continue;
      const after = actors.filter((a) => a.mention.start >= q.end && a.mention.start - q.end < 40);
      const subject = after[0] ?? nearestRun(actors, q.start).at(-1) ?? null;
      const scope = nearestPlace(places, q, sentence);
      claims.push(
        make("force_size", [q, ...(subject ? [subject.mention] : []), ...(scope ? [scope.mention] : [])], {
          subject: subject?.entity.id ?? null,
          place: scope?.entity.id ?? null,
          value: quantityValue(q),
        }),
      );
    }
  });

  function remember(c: Claim): Claim {
    // an event told over several sentences: carry date and place over from the one before
    const prev = [...events].reverse().find((e) => e.kind === "attack" && e !== c);
    if (prev && c.source === prev.source) {
      if (!c.place && prev.place) c.place = prev.place;
      if (!c.date && prev.date && (!c.place || !prev.place || samePlace(g, c.place, prev.place))) c.date = { ...prev.date };
    }
    events.push(c);
    return c;
  }

  return claims;
}

/** The place nearest a quantity in its sentence (after it first: "15 ألف مقاتل في محافظة دير الزور"). */
function nearestPlace(places: Part[], q: Quantity, sentence: Segment): Part | null {
  let best: Part | null = null;
  let bestD = Infinity;
  for (const p of places) {
    if (p.mention.start < sentence.start || p.mention.end > sentence.end) continue;
    const d = p.mention.start >= q.end ? p.mention.start - q.end : (q.start - p.mention.end) * 1.5;
    if (d < bestD) (best = p), (bestD = d);
  }
  return best;
}

/** Two places are the same or one lies in the other. */
export function samePlace(g: Gazetteer, a: string, b: string): boolean {
  return a === b || ancestors(g, a).includes(b) || ancestors(g, b).includes(a);
}

function dedupe(list: Part[]): Part[] {
  const seen = new Set<string>();
  return list.filter((p) => !seen.has(p.entity.id) && seen.add(p.entity.id));
}
