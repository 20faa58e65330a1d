/**
 * The trigger-and-window reading, the older of the two readings of a sentence (claims.ts runs the
 * rule families first): a kind's trigger word, and what stands in its stretch of the sentence.
 * Every trigger word owns the stretch up to the next trigger of its kind; subjects, places,
 * values and dates are looked for there, by one reading per kind of claim.
 */
import { ancestors } from "../gazetteer/load.ts";
import type { Mention } from "../gazetteer/match.ts";
import type { Entity, Gazetteer } from "../gazetteer/types.ts";
import { atWordStart, hasWordStart, phraseRegExp } from "../text/normalize.ts";
import type { Segment } from "../text/segment.ts";
import type { Claim, ClaimKind, DateValue, Value } from "../types.ts";
import type { ArticleText, CarryOver } from "./claims.ts";
import type { DateMention } from "./dates.ts";
import type { Quantity } from "./quantity.ts";
import type { Trigger } from "./triggers.ts";
import { newClaim } from "./rules/make.ts";
import { NOT_THERE, STREET } from "./rules/presence.ts";
import { notHeld, placeRole, shareOfList, sidesOfIt, unrealBefore } from "./rules/control.ts";
import { DESTINATION, RELATIVE_BETWEEN } from "./rules/attack.ts";

/** Tunables of claim extraction. */
export const EXTRACT_DEFAULTS = {
  /** How far (characters) a subject may stand before its trigger. */
  subjectLookback: 120,
  /** Units of casualty counts. */
  casualtyUnits: new Set(["fighters", "soldiers", "killed", "wounded", "civilians", "children", "people", "women"]),
  /** Units of weapons counted in attacks. */
  weaponUnits: new Set(["rockets", "drones", "strikes", "aircraft", "attacks"]),
};

const re = phraseRegExp;
/** The same, as whole words (a clitic و/ف/ب/ل may lead): found with `atWordStart`, which checks the word's start. */
const wordRe = (words: string) => new RegExp(`[وفبل]?${re(words).source}(?![\\p{L}])`, "gu");

/** Actor types: who can be present, attack, control or be counted. */
const ACTOR = new Set(["militia", "force", "country"]);
/** Words before an actor that make it a patron of the group named before ("التابعة للحرس الثوري"). */
const PATRON = new RegExp(`(?:${re("التابعة|التابع|التابعين|الموالية|الموالي|المدعومة|المدعوم|تتبع|يتبع|تحت راية|المنضوية تحت راية").source})\\s*(?:من\\s*)?$`, "u");
/** …and "in" between two groups: "فيلق القدس في الحرس الثوري" (a unit in its parent). */
const PART_OF = /(?:^|\s)في\s*$/u;
/** Words before a place that make it where something came from, not where it is: movement… */
/** Where a withdrawal went, not what it left: «انسحب إلى الباب», "withdrew to al-Bab". */
const MOVED_TO = re("الي|نحو|باتجاه|to|towards|into");
const MOVED_FROM = re("قادمة من|قادمين من|القادمة من|القادمين من|وصلت من|coming from");
/** …and where an attack was launched from, not its target. */
const ORIGIN = new RegExp(`${MOVED_FROM.source}|${re("مصدره|مصدرها|انطلاقا من|اطلاقها من|تنفيذها من|اطلقت من|انطلقت من|اقلعت من|بمشاركة|بدعم من|took off from|launched from|with the participation of").source}`, "u");
/** A clause that starts with a relative pronoun refers back to the clause before it. */
const RELATIVE = /^[وف]?(?:التي|الذي|الذين|اللواتي|اللتين|اللذين|which|who)\s/u;
/** Words before an actor that make it the attacker of a noun trigger ("هجمات شنتها X"). */
const AGENT = re("شنتها|شنها|نفذتها|نفذها|من قبل|مصدره|مصدرها|اغلبها من|من جانب|by");
/** Attack triggers that are verbs: the actor right after them (VSO) or before them (SVO) attacks. */
const ATTACK_VERB = new RegExp(`^[وف]?(?:${re("قصفت|قصف|استهدفت|استهدف|شنت|شن|هاجمت|هاجم|طال|struck|shelled|attacked|bombed").source})$`, "u");
/** Words before the target of a noun trigger: "هجمات على", "ضد", "مواقع". */
const TARGET_BEFORE = /(?:علي|ضد|مواقع|مواقع\s+ل|مقرات|مقرات\s+ل|مستودع|مستودعات|رتل|رتلا|قواعد|قاعده|نقاط|against|on)\s*(?:ل|لل)?\S*\s*$/u;
/** "X تعرض(ت) ل<attack>": X is the target. */
const SUFFERED = re("تعرضت|تعرض|تتعرض|يتعرض|تعرضها|تعرض");
/** Words that make an attack a threat, a call or a fear rather than a report. */
const HYPOTHETICAL = wordRe(
  "هدد|يهدد|تهدد|هددت|تسعى|يسعى|دعت|دعا|طالب|يطالب|في حال|حال|اذا|لو|لمنع|نية|تخوف|خشية|مخاوف|زيادة وتيرة|سيتم|ستكون|ستقوم|ستشهد|سيشهد|سوف|لشن|بهدف|للحصول|سعيا|تمهيدا|استعدادا|يتوقع|من المتوقع|محتمل|threatened|threatens|would|could|will|vowed|warned|plans to|if",
);
/** Words that deny or halt an attack: "had not carried out strikes", «إيقاف القصف». */
const NOT_STRUCK = /(?:\b(?:not|never)\s+(?:\S+\s+){0,3}|\b(?:halt(?:ed|s)?|stop(?:ped|s)?|suspend(?:ed|s)?)\s+(?:the\s+|its\s+|their\s+)?|(?:^|\s)[وف]?(?:لم|لن|وقف|ايقاف|توقف|تعليق)\s+)$/u;
/** Words before a control trigger that make it a fight, an attempt or an aim, not a holding. */
const CONTEST = /(?:^|\s)[وفل]?(?:ال)?(?:معركه|معارك|محاوله|محاولات|هدف|اهداف|بهدف|لاستعاده|for|battle\s+for|fight\s+for|bid\s+to|attempt\s+to)\s+(?:\S+\s+)?$/u;
/** Words before a party that make it who a place was taken from: «من تنظيم داعش», «من ايدي», "from IS". */
const TAKEN_FROM = /(?:^|\s)(?:من(?:\s+(?:ايدي|يد|قبضه))?|from)\s+(?:(?:عناصر|مقاتلي|مسلحي|the)\s+)?$/u;
/** Ground an English capture takes: "captured large areas", "seized a key road junction". */
const TAKEN_GROUND =
  /^\s+(?!from\b)(?:\S+\s+){0,4}?(?:areas?|territor(?:y|ies)|villages?|towns?|city|cities|districts?|neighbou?rhoods?|positions?|bases?|airports?|airbase|hills?|junction|silos|fields?|dam|crossing|roads?|highway|swathes?|swaths?|parts?|ground|control|province|region|strongholds?|outskirts|suburbs?)\b/u;
/** Words that open a new clause about something else: a trigger's reach stops there. */
const TURN = wordRe("في حين|بينما|فيما|لكن|الا ان|غير ان|whereas|while|but");
/** Kinds whose claims are events: a date in the sentence belongs to them first. */
const EVENT_KINDS = new Set(["attack", "casualties", "withdrawal"]);
/** Prepositions before a country that make it a place, not an actor. */
const PLACE_PREP = /(?:^|\s)(?:في|من|الي|علي|عبر|داخل|نحو|مع|بين|حدود|الحدود|جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي|اراضي|الاراضي|in|from|to|into|across)\s*$/u;
/** Nationality adjectives that name an actor after a noun trigger ("غارات أمريكية"). */
const NATIONALITY: Array<[RegExp, string]> = [
  [re("الامركيه|امركيه|الامريكيه|امريكيه|الامركي|امركي|الاميركيه|american|us"), "country:us"],
  [re("الاسراييليه|اسراييليه|الاسراييلي|اسراييلي|israeli"), "country:israel"],
  [re("الروسيه|روسيه|الروسي|روسي|russian"), "country:russia"],
  [re("التركيه|تركيه|التركي|تركي|turkish"), "country:turkey"],
  [re("الايرانيه|ايرانيه|الايراني|ايراني|iranian"), "country:iran"],
];
/** …right after the trigger, perhaps behind the word for aircraft or forces ("غارات الطيران الروسي"). */
const NATIONALITY_AFTER: Array<[RegExp, string]> = NATIONALITY.map(([r, id]) => [new RegExp(`^\\s*(?:(?:ال)?(?:طيران|طايرات|مقاتلات|قوات|جيش)\\s+(?:ال)?(?:حربي|حربيه|حربيه)?\\s*|[^\\sلبع][\\p{L}]*\\s+)?${r.source}(?![\\p{L}])`, "u"), id]);
/** A global copy of a cue, made once, to find all its places in a stretch (matchAll clones it). */
const globalCopies = new Map<RegExp, RegExp>();
const everywhere = (cue: RegExp) => globalCopies.get(cue) ?? globalCopies.set(cue, new RegExp(cue.source, "gu")).get(cue)!;
/** Place types too wide to place an event by themselves. */
export const COARSE = new Set(["country", "region"]);

/** An entity named in the sentence. */
export interface Part {
  mention: Mention;
  entity: Entity;
}
/** A trigger's reach: from its own start to `end`, and from `from` (the start of its clause) before it. */
interface Region {
  t: Trigger;
  start: number;
  end: number;
  from: number;
}

/**
 * The sentence being read and what was found in it. The helpers below take it as an argument
 * rather than being closures made anew for each sentence: the site and the CLI run under tsx,
 * which keeps function names, so every named closure costs a `defineProperty` (docs/INTERNALS.md).
 */
interface Scope {
  doc: ArticleText;
  g: Gazetteer;
  text: string;
  sentence: Segment;
  /** The sentence's place in the article (for what carries over from the sentences before). */
  si: number;
  sClauses: Segment[];
  parts: Part[];
  /** The parts that can act: groups, forces, and countries that are neither places nor patrons. */
  actors: Part[];
  places: Part[];
  people: Part[];
  /** Where a new clause about something else opens ("في حين"): a trigger's reach stops there. */
  turns: number[];
  quantities: Quantity[];
  attribution: string | null;
  carry: CarryOver;
  /** Where each origin cue stands in the sentence (found once per sentence). */
  cuesAt: Map<RegExp, number[]>;
}

const textBefore = (s: Scope, at: number, n = 40) => s.text.slice(Math.max(s.sentence.start, at - n), at);
const isPatron = (s: Scope, p: Part) =>
  (PATRON.test(textBefore(s, p.mention.start)) || (p.entity.type !== "country" && PART_OF.test(textBefore(s, p.mention.start)))) &&
  s.parts.some((q) => q !== p && ACTOR.has(q.entity.type) && q.mention.end <= p.mention.start && p.mention.start - q.mention.end < 60);
const isCountryPatron = (s: Scope, p: Part) => p.entity.type === "country" && PATRON.test(textBefore(s, p.mention.start));
const isPlaceLike = (s: Scope, p: Part) => p.entity.type === "country" && !isCountryPatron(s, p) && (/^[بل]/.test(s.text.slice(p.mention.start, p.mention.end)) || PLACE_PREP.test(textBefore(s, p.mention.start, 20)));
function cues(s: Scope, cue: RegExp): number[] {
  let at = s.cuesAt.get(cue);
  if (!at) s.cuesAt.set(cue, (at = [...s.text.slice(s.sentence.start, s.sentence.end).matchAll(everywhere(cue))].map((m) => s.sentence.start + m.index!)));
  return at;
}
function isOrigin(s: Scope, p: Part, cue = ORIGIN): boolean {
  return governing(s, p, cue) !== undefined;
}
/** Where the last `cue` word after `after` and before the place is, if it governs the place (no other place between them). */
function governing(s: Scope, p: Part, cue: RegExp, after = -1): number | undefined {
  const m = cues(s, cue)
    .filter((c) => c > after && c < p.mention.start)
    .at(-1);
  if (m === undefined) return undefined;
  // the origin word governs the first place after it only
  return s.parts.some((q) => q.entity.type === "place" && q.mention.start > m && q.mention.start < p.mention.start) ? undefined : m;
}
/** Control and withdrawal share their reach: "سيطرتها على … إثر انسحاب داعش". */
const family = (t: Trigger) => (t.rule.kind === "withdrawal" ? "control" : t.rule.kind);
const within = (list: Part[], r: { start: number; end: number }) => list.filter((p) => p.mention.start >= r.start && p.mention.start < r.end);
/** Places of a trigger: in its reach, and in its clause before it. */
const placesOf = (s: Scope, t: Trigger, r: { start: number; end: number; from: number }, cue = ORIGIN) =>
  [...s.places.filter((p) => p.mention.start >= r.from && p.mention.end <= t.start), ...within(s.places, r)].filter((p) => !isOrigin(s, p, cue));
/** A country counts as the actor of a trigger only right next to it ("إيران تسيطر", "تسيطر إيران"). */
const near = (list: Part[], t: Trigger) => list.filter((p) => p.entity.type !== "country" || Math.min(Math.abs(p.mention.start - t.end), Math.abs(t.start - p.mention.end)) < 20);
const before = (list: Part[], at: number, limit = EXTRACT_DEFAULTS.subjectLookback) => list.filter((p) => p.mention.end <= at && at - p.mention.end <= limit);
/** The run of actors nearest before `at` (a list joined by و and commas counts as one run). */
function nearestRun(text: string, list: Part[], at: number): Part[] {
  const b = before(list, at);
  if (!b.length) return [];
  const run = [b[b.length - 1]];
  for (let k = b.length - 2; k >= 0; k--) {
    const gap = text.slice(b[k].mention.end, run[0].mention.start);
    if (gap.length > 50 || /[.;:]/.test(gap)) break;
    run.unshift(b[k]);
  }
  return run;
}
/** The finest places of a list: towns before provinces and countries, none that holds another of the list. */
function finest(g: Gazetteer, ps: Part[]): Part[] {
  const ids = new Set(ps.map((p) => p.entity.id));
  const fine = ps.filter((p) => !COARSE.has(p.entity.placeType ?? "") && p.entity.type !== "country");
  const keep = (fine.length ? fine : ps).filter((p) => ![...ids].some((other) => other !== p.entity.id && ancestors(g, other).includes(p.entity.id)));
  return dedupe(keep);
}
const isCoarsePart = (p: Part) => p.entity.type === "country" || COARSE.has(p.entity.placeType ?? "");
/** The evidence of a claim made from `ms`: the run of clauses that holds them (raw offsets). */
function span(s: Scope, ms: Array<{ start: number; end: number }>): [number, number] {
  const lo = Math.max(s.sentence.start, Math.min(...ms.map((m) => m.start))),
    hi = Math.min(s.sentence.end, Math.max(...ms.map((m) => m.end)));
  const first = s.sClauses.find((c) => c.end > lo) ?? s.sentence;
  const last = [...s.sClauses].reverse().find((c) => c.start < hi) ?? s.sentence;
  return s.doc.norm.raw(Math.min(first.start, lo), Math.max(last.end, hi));
}
const make = (s: Scope, kind: ClaimKind, anchors: Array<{ start: number; end: number } | null | undefined>, fields: Partial<Claim>): Claim =>
  newClaim(
    s.doc.source,
    kind,
    `${kind}/${s.doc.language}/trigger-window`,
    s.attribution,
    span(
      s,
      anchors.filter((a): a is { start: number; end: number } => !!a),
    ),
    s.doc.norm.raw(s.sentence.start, s.sentence.end),
    fields,
  );
const rawText = (doc: ArticleText, start: number, end: number) => doc.raw.slice(...doc.norm.raw(start, end));
const dateValue = (doc: ArticleText, d: DateMention | undefined): DateValue | null => (d?.date ? { start: d.date.start, end: d.date.end, precision: d.date.precision, text: rawText(doc, d.start, d.end) } : null);
const quantityValue = (doc: ArticleText, q: Quantity, unit = q.unit): Value => ({ low: q.low, high: q.high, unit, qualifier: q.qualifier, text: rawText(doc, q.start, q.end) });
function nationalityAfter(s: Scope, t: Trigger): string | null {
  const after = s.text.slice(t.end, t.end + 25);
  for (const [r, id] of NATIONALITY_AFTER) if (r.test(after) && s.g.entities.has(id)) return id;
  return null;
}
/** What the window reading takes of one sentence, beside its article. */
export interface WindowSentence {
  sentence: Segment;
  si: number;
  sClauses: Segment[];
  /** The sentence's triggers, adjacent ones of a kind merged. */
  triggers: Trigger[];
  parts: Part[];
  quantities: Quantity[];
  dates: DateMention[];
  attribution: string | null;
  /** Where the constructions already read an attack, a control or a leadership: the window leaves those. */
  ruled: Ruled;
}
/** Spans (normalised offsets) of the sentence already read by the rule families. */
export interface Ruled {
  struck: Array<{ start: number; end: number }>;
  controlled: Array<{ start: number; end: number }>;
  led: Array<{ start: number; end: number }>;
  /** Where a presence construction read a group at a place, and which group. */
  stationed: Array<{ start: number; end: number; subject?: string | null }>;
}

/** The claims the trigger windows of one sentence make, in the order of their triggers. */
export function windowClaims(doc: ArticleText, g: Gazetteer, carry: CarryOver, w: WindowSentence): Claim[] {
  const scope = scopeOf(doc, g, carry, w);
  const regions = reaches(scope, w.triggers);
  const dateOf = datesOf(w.triggers, w.dates);
  const { text, sentence, sClauses } = scope;
  const { struck, controlled, led, stationed } = w.ruled;
  const claims: Claim[] = [];
  for (const t of w.triggers) {
    const r = regions.get(t)!;
    const kind = t.rule.kind;
    const date = dateOf.get(t);
    // a threat, a plan, a condition or a forecast is not a report
    const clause = sClauses.find((c) => c.start <= t.start && c.end >= t.start) ?? sentence;
    if (hasWordStart(HYPOTHETICAL, text.slice(clause.start, t.start))) continue;
    if (kind === "attack" && NOT_STRUCK.test(text.slice(Math.max(clause.start, t.start - 25), t.start))) continue;
    if (kind === "presence") claims.push(...windowPresence(scope, t, r, date, stationed));
    else if (kind === "attack" && !struck.some((m) => m.start - 25 <= t.start && t.start < m.end + 25)) claims.push(...windowAttack(scope, t, r, date));
    else if ((kind === "control" || kind === "withdrawal") && !covers(controlled, t)) claims.push(...windowControl(scope, t, r, date));
    else if (kind === "leadership" && !covers(led, t)) claims.push(...windowLeadership(scope, t, date));
  }
  // (figures of forces come from the force-size constructions only: a count near a party read as
  // one — the window's way — was right 3 times in 9 judged, and carried no fact of the gold sets)
  return claims;
}

const covers = (spans: Array<{ start: number; end: number }>, t: Trigger) => spans.some((m) => m.start <= t.start && t.start < m.end);

/** The sentence's scope: its parts sorted into actors, places and people, and its turns. */
function scopeOf(doc: ArticleText, g: Gazetteer, carry: CarryOver, w: WindowSentence): Scope {
  const text = doc.norm.text;
  const { sentence, parts } = w;
  const scope: Scope = { doc, g, text, sentence, si: w.si, sClauses: w.sClauses, parts, actors: [], places: [], people: [], turns: [], quantities: w.quantities, attribution: w.attribution, carry, cuesAt: new Map() };
  // (nor where an outlet or a monitor is based: "the Britain-based Observatory")
  const allActors = parts.filter((p) => ACTOR.has(p.entity.type) && !isPatron(scope, p) && !isPlaceLike(scope, p) && !isCountryPatron(scope, p) && !/^-?\s?based\b/.test(text.slice(p.mention.end, p.mention.end + 8)));
  // a country is an actor only when no group or force is named near it
  scope.actors = allActors.filter((p) => p.entity.type !== "country" || !allActors.some((q) => q.entity.type !== "country" && Math.abs(q.mention.start - p.mention.start) < 80));
  scope.places = parts.filter((p) => p.entity.type === "place" || (p.entity.type === "country" && isPlaceLike(scope, p)));
  scope.people = parts.filter((p) => p.entity.type === "person");
  scope.turns = [...atWordStart(TURN, text.slice(sentence.start, sentence.end))].map((m) => sentence.start + m.index);
  return scope;
}

/**
 * Each trigger owns the stretch up to the next trigger of its kind or the next turn ("في حين"),
 * and the start of its clause before it (the topic: "مدينة الميادين بأنها نقطة التمركز").
 */
function reaches(scope: Scope, triggers: Trigger[]): Map<Trigger, Region> {
  const { text, sentence, sClauses, turns } = scope;
  const regions = new Map<Trigger, Region>();
  for (const kind of new Set(triggers.map(family))) {
    const own = triggers.filter((t) => family(t) === kind);
    own.forEach((t, k) => {
      const next = Math.min(k + 1 < own.length ? own[k + 1].start : sentence.end, ...turns.filter((x) => x > t.end));
      const ci = sClauses.findIndex((c) => c.start <= t.start && c.end >= t.start);
      const clause = sClauses[ci] ?? sentence;
      const clauseStart = ci > 0 && RELATIVE.test(text.slice(clause.start, clause.end)) ? sClauses[ci - 1].start : clause.start;
      const from = Math.max(clauseStart, k > 0 ? own[k - 1].end : sentence.start, ...turns.filter((x) => x <= t.start));
      regions.set(t, { t, start: t.start, end: next, from });
    });
  }
  return regions;
}

/**
 * A date belongs to the nearest event before it (else the first event after it); with no
 * event in the sentence, to the nearest trigger of any kind.
 */
function datesOf(triggers: Trigger[], dates: DateMention[]): Map<Trigger, DateMention> {
  const dateOf = new Map<Trigger, DateMention>();
  const events = triggers.filter((t) => EVENT_KINDS.has(t.rule.kind));
  for (const d of [...dates.filter((x) => !x.reported), ...dates.filter((x) => x.reported)]) {
    const pool = events.length ? events : triggers;
    const owner = [...pool].reverse().find((t) => t.end <= d.start) ?? pool.find((t) => t.start >= d.end);
    if (owner && !dateOf.has(owner)) dateOf.set(owner, d);
  }
  return dateOf;
}

/** The noun of being somewhere: «وجود», «تواجد». */
const BEING = /^(?:[وفبل]|ال|لل|بال)*(?:وجود|تواجد)$/u;

/** Presence: who is in its reach (or stands before it), at the finest places it names. */
function windowPresence(scope: Scope, t: Trigger, r: Region, date: DateMention | undefined, stationed: Ruled["stationed"]): Claim[] {
  const { text, g, actors, places, turns } = scope;
  // (an absence, a denial or a plan is no presence: «لا يوجد», «عدم وجود», "no longer")
  const clause = scope.sClauses.find((c) => c.start <= t.start && t.start < c.end) ?? scope.sentence;
  if (NOT_THERE.test(text.slice(clause.start, t.end))) return [];
  let subjects = near(within(actors, r), t);
  if (!subjects.length)
    subjects = near(
      nearestRun(
        text,
        actors.filter((a) => a.mention.start >= r.from),
        t.start,
      ),
      t,
    );
  // "وقامت بإخلاء مقراتها": a possessive refers back to the sentence's subject
  if (!subjects.length && /ها$|هم$/.test(text.slice(t.start, t.end)) && !turns.some((x) => x < t.start)) subjects = near(nearestRun(text, actors, t.start), t);
  // (an outlet or a monitor based somewhere, «المرصد الذي يتخذ من بريطانيا مقرا له»: no group's presence)
  const lead = scope.parts.filter((p) => p.mention.end <= t.start && t.start - p.mention.end < 30).at(-1);
  if (lead?.entity.type === "org") return [];
  // ("the Observatory, based in Britain": only who stands right before "based in" is based there)
  if (/^based\b/.test(text.slice(t.start, t.end))) subjects = actors.filter((a) => a.mention.end <= t.start && t.start - a.mention.end < 25);
  // («وجود مفاوضات»: the noun of being there, followed by no group nor a group's adjective, is no one's presence)
  if (BEING.test(text.slice(t.start, t.end)) && !actors.some((a) => a.mention.start >= t.end && a.mention.start - t.end < 12) && !/^\s+(?:ال)?[\p{L}]+ي(?![\p{L}])/u.test(text.slice(t.end, t.end + 20))) return [];
  const placeLike = (p: Part) => !STREET.test(text.slice(Math.max(0, p.mention.start - 12), p.mention.start));
  let fine = finest(g, placesOf(scope, t, r, MOVED_FROM).filter(placeLike));
  if (!fine.length || fine.every(isCoarsePart)) fine = finest(g, [...before(places, t.start, 100).filter(placeLike).slice(-2), ...fine]);
  const claims: Claim[] = [];
  // (a group a construction already placed with this trigger is not placed again by the window)
  const placed = new Set(stationed.filter((m) => m.start <= t.start && t.start < m.end).map((m) => m.subject));
  for (const s of dedupe(subjects).filter((x) => !placed.has(x.entity.id)))
    for (const p of fine.length ? fine : [null]) claims.push(make(scope, "presence", [t, s.mention, p?.mention], { subject: s.entity.id, place: p ? townOf(g, p.entity.id) : null, date: dateValue(scope.doc, date) }));
  return claims;
}

/** An attack: its attacker, its target, its places and the weapons counted in its reach. */
function windowAttack(scope: Scope, t: Trigger, r: Region, told: DateMention | undefined): Claim[] {
  let date = told;
  const { doc, g, text, sentence, actors, places, quantities } = scope;
  const attacker = attackerOf(scope, t, r);
  const nationality = !attacker ? nationalityAfter(scope, t) : null;
  const word = text.slice(t.start, t.end).split(/\s+/)[0];
  const inRegion = within(actors, r);
  // "تعرض X لقصف": X is the target
  const sufferedAt = [...text.slice(sentence.start, t.start).matchAll(everywhere(SUFFERED))].at(-1);
  const sufferedFrom = sufferedAt ? sentence.start + sufferedAt.index! : null;
  // the target: "تعرض X لقصف", an actor after على/ضد, or the object of an attack verb
  const target =
    (sufferedFrom !== null ? actors.find((a) => a.mention.start > sufferedFrom && a.mention.end <= t.start && a !== attacker) : null) ??
    inRegion.find((a) => a !== attacker && a.entity.id !== attacker?.entity.id && (ATTACK_VERB.test(word) || TARGET_BEFORE.test(text.slice(Math.max(t.end, a.mention.start - 40), a.mention.start)))) ??
    null;
  // (not where people moved to: "arriving in Aleppo", «نزحوا إلى»)
  let ps = t.rule.origin ? [] : placesOf(scope, t, r).filter((p) => !DESTINATION.test(textBefore(scope, p.mention.start, 50)));
  // (a date after a relative pronoun is that clause's: "…, which the government took last year")
  if (date && date.start >= t.end && RELATIVE_BETWEEN.test(text.slice(t.end, date.start))) date = undefined;
  if (sufferedFrom !== null) ps = [...places.filter((p) => p.mention.start > sufferedFrom && p.mention.end <= t.start), ...ps];
  const targets = finest(g, ps);
  const weapons = quantities.find((q) => q.start >= r.start - 40 && q.start < r.end && q.unit && EXTRACT_DEFAULTS.weaponUnits.has(q.unit));
  const base: Partial<Claim> = {
    subject: attacker?.entity.id ?? nationality,
    object: target && target.entity.id !== (attacker?.entity.id ?? nationality) ? target.entity.id : null,
    date: dateValue(doc, date),
    value: weapons ? quantityValue(doc, weapons) : null,
  };
  const anchors = [t, attacker?.mention, target?.mention, weapons, date];
  const made = targets.length ? targets.map((p) => make(scope, "attack", [...anchors, p.mention], { ...base, place: p.entity.id })) : [make(scope, "attack", anchors, base)];
  // an attack needs a place or a party (its own or carried over from the sentences before)
  return made.map((x) => scope.carry.attack(x, scope.si)).filter((c) => c.place || c.subject || c.object);
}

/** Who carried out an attack: named by an agent cue, inside the trigger, before it (SVO), after a verb (VSO) or as its genitive. */
function attackerOf(scope: Scope, t: Trigger, r: Region): Part | null {
  const { text, actors } = scope;
  const inRegion = within(actors, r);
  const inner = actors.find((a) => a.mention.start > t.start && a.mention.end < t.end);
  const agentCue = [...text.slice(r.start, r.end).matchAll(everywhere(AGENT))].map((m) => r.start + m.index! + m[0].length);
  let attacker: Part | null = inRegion.find((a) => agentCue.some((c) => a.mention.start >= c && a.mention.start - c < 25)) ?? inner ?? null;
  const word = text.slice(t.start, t.end).split(/\s+/)[0];
  if (!attacker) {
    // SVO: "مليشيا أبو الفضل العباس ... قصفت", "وقوف سلاح الجو الإسرائيلي وراء تلك الغارات"
    const prevRun = nearestRun(text, actors, t.start).at(-1);
    if (prevRun && prevRun.mention.start >= r.from && !/[,;]/.test(text.slice(prevRun.mention.end, t.start)) && !SUFFERED.test(text.slice(r.from, t.start))) attacker = prevRun;
  }
  if (!attacker && ATTACK_VERB.test(word)) {
    // VSO: the actor right after the verb ("قصفت طائرات التحالف"), not its object ("قصفت مستودعا للحرس")
    attacker = inRegion.find((a) => a.mention.start - t.end < 25 && /^\s*(?:(?:ال)?(?:طايرات|طيران|مقاتلات|قوات|عناصر)\s+(?:\S+\s+)?)?$/u.test(text.slice(t.end, a.mention.start))) ?? null;
  }
  if (!attacker && !ATTACK_VERB.test(word)) {
    // "القصف العشوائي للجيش التركي": the shelling of (= by) the Turkish army
    const genitive = inRegion.find((a) => a.mention.start - t.end < 30 && /^ل/.test(text.slice(a.mention.start, a.mention.end)) && !/(?:علي|ضد|استهدف)\s*$/.test(text.slice(t.end, a.mention.start)));
    if (genitive) attacker = genitive;
  }
  return attacker;
}

/** «قواته», «قواتها» right after a noun of control: the forces of someone named before. */
const ITS_FORCES = /^\s*(?:ال)?قوات(?:ه|ها|هم)(?![\p{L}])/u;
/** Control and withdrawal: who holds (or left) which places, and which parts of them. */
function windowControl(scope: Scope, t: Trigger, r: Region, date: DateMention | undefined): Claim[] {
  const { doc, g, text, actors, places } = scope;
  const kind = t.rule.kind;
  // verbs and withdrawal nouns put their subject after them ("يسيطر نظام الأسد", "انسحاب داعش");
  // a noun of control refers back to a subject before it ("وبسطت قوات النظام سيطرتها")
  const verbFirst = /^[وف]?(?:[يت]?سيطر|سيطرت|انسحاب|انسحب|انسحبت|انحسرت|انحسار|طرد|طردت|خسر)$/u.test(text.slice(t.start, t.end).split(/\s+/)[0]);
  // (a fight for control, an attempt or an aim is no holding: «معركة السيطرة على», "the battle for control of")
  if (kind === "control" && (CONTEST.test(textBefore(scope, t.start, 30)) || unrealBefore(text, t.start, t.start - 120, scope.sentence.start))) return [];
  // (who a place was taken from is not its holder: «من تنظيم داعش», "from IS")
  const holders = kind === "control" ? actors.filter((a) => !TAKEN_FROM.test(textBefore(scope, a.mention.start, 20))) : actors;
  // (in Arabic a verb's or a noun's subject stands right after it, «سيطرت فصائل المعارضة», «سيطرة قسد على»; a party further on is its object or foe)
  const own = near(within(holders, r), t).filter((a) => kind !== "control" || doc.language !== "ar" || a.mention.start - t.end < 25);
  // («طردت القوات العراقية مقاتلي داعش»: who is expelled is the verb's object, the second party after it)
  const expelled = /^[وف]?طردت?$/u.test(text.slice(t.start, t.end).split(/\s+/)[0]) && own.length > 1;
  // ("is controlled by an opposition alliance": the holder is the party right after "by", or none named)
  const passive = doc.language === "en" && /^\s+by\b/u.test(text.slice(t.end, t.end + 5));
  // ("a pilot they captured", "a photo captured from the town": an English capture needs a place or ground as its object)
  if (
    doc.language === "en" &&
    /^(?:seized|captured)$/u.test(text.slice(t.start, t.end)) &&
    (/^\s+from\b/u.test(text.slice(t.end, t.end + 6)) || (!TAKEN_GROUND.test(text.slice(t.end, t.end + 50)) && !places.some((p) => p.mention.start >= t.end && p.mention.start - t.end < 40)))
  )
    return [];
  // ("the alliance seized a junction, pushing into the IS stronghold": an English active verb's holder stands before it; a party after it is its object)
  const activeEn = doc.language === "en" && !/^control\b/u.test(text.slice(t.start, t.end));
  // («سيطرة قواته على»: "its forces" are the forces of someone named before, no party to guess)
  const subject = ITS_FORCES.test(text.slice(t.end, t.end + 12))
    ? null
    : passive
      ? (own.find((a) => a.mention.start - t.end < 50) ?? null)
      : ((verbFirst && own.length
          ? own[expelled ? 1 : 0]
          : (near(
              nearestRun(
                text,
                holders.filter((a) => a.mention.start >= r.from),
                t.start,
              ),
              t,
            ).at(-1) ?? (activeEn ? undefined : own[0]))) ?? null);
  // (a withdrawal loses the place it left, not the one it went to)
  // («طردوهم إلى خارج الموصل», "out of": the place left after all)
  const wentTo = (p: Part) => {
    const to = kind === "withdrawal" ? governing(scope, p, MOVED_TO, t.start) : undefined;
    return to !== undefined && !/خارج|outside|out of/u.test(text.slice(to, p.mention.start));
  };
  // (a place named as a bearing, a distance or a destination is not the one held: «شرق حلب» after another place, «قرب», "30 km from")
  const clause = scope.sClauses.find((c) => c.start <= t.start && t.start < c.end) ?? scope.sentence;
  const prevEnd = (p: Part) => places.filter((q) => q.mention.end <= p.mention.start).at(-1)?.mention.end ?? -1;
  const role = (p: Part) => placeRole(text, p.mention.start, p.mention.end, Math.min(clause.start, r.from), Math.max(clause.end, r.end), prevEnd(p));
  // (only a place after the trigger is reached for: one before it is the topic, "Jafra, near the city, is controlled by")
  // («خسر داعش عشرات المقاتلين في الرقة»: a loss in a place is not the loss of it)
  const lostIn = (p: Part) => kind === "withdrawal" && /^[وف]?(?:خسر|خسرت)$/u.test(text.slice(t.start, t.end).split(/\s+/)[0]) && /(?:^|\s)[وف]?في\s+(?:\S+\s+)?$/u.test(textBefore(scope, p.mention.start, 20));
  const held = (p: Part) => !lostIn(p) && !isOrigin(scope, p) && !wentTo(p) && !notHeld(role(p).reference, p.mention.start, t.start);
  let fine = finest(g, within(places, r).filter(held));
  if (!fine.length || fine.every(isCoarsePart)) fine = finest(g, [...lastPlaces(text, before(places, t.start, 100).filter(held), t.start), ...fine]);
  // («يسيطر نظام الأسد على الجزءين الغربي والجنوبي منها»: the parts of the place named before)
  const sides = sidesOfIt(text.slice(t.end, Math.min(r.end, t.end + 60)));
  const valueOf = (p: Part | null): Value | null => (p ? heldValue(text, t, p, p.mention.start < t.start && sides.length ? sides : role(p).parts, places) : null);
  // "its control of two sites", "a corridor to the sea", "the withdrawal decision": nothing to check
  if (!subject && (kind === "withdrawal" || !fine.length || fine.every(isCoarsePart))) return [];
  // (a withdrawal from nowhere named loses nothing one could check)
  if (kind === "withdrawal" && !fine.length) return [];
  return (fine.length ? fine.slice(0, 2) : [null]).map((p) =>
    make(scope, "control", [t, subject?.mention, p?.mention, date], {
      subject: subject?.entity.id ?? null,
      place: p?.entity.id ?? null,
      ...(kind === "withdrawal" ? { change: "lost" as const } : {}),
      value: valueOf(p),
      date: dateValue(doc, date),
    }),
  );
}

/** What of a place a control trigger says is held: its parts, and a share of it said before it («على 90 في المئة من», «معظم», "most of"). */
function heldValue(text: string, t: Trigger, p: Part, found: string[], places: Part[]): Value | null {
  const share =
    p.mention.start > t.start
      ? shareOfList(
          text,
          places.map((q) => q.mention),
          places.indexOf(p),
          t.start,
        )
      : null;
  const said = text.slice(Math.max(t.start, p.mention.start - 30), p.mention.end + 20).trim();
  if (share) return { ...share, text: said, ...(found.length ? { parts: found } : {}) };
  return found.length ? { low: null, high: null, unit: "parts", qualifier: "parts", text: said, parts: found } : null;
}

/** The two places last named before a trigger; only the last when a relative pronoun refers back to it ("Aleppo, which the government controls"), unless the two are a list. */
function lastPlaces(text: string, list: Part[], at: number): Part[] {
  const [a, b] = list.slice(-2);
  if (!b) return list;
  const list2 = /^\s*(?:,|و|and)?\s*$/u.test(text.slice(a.mention.end, b.mention.start));
  return list2 || !RELATIVE_WORD.test(text.slice(b.mention.end, at)) ? [a, b] : [b];
}
const RELATIVE_WORD = /(?:^|\s)[وف]?(?:التي|الذي|which|where|that)\s/u;

/** Leadership: a person next to the trigger leads the group after it (or the one before it). */
function windowLeadership(scope: Scope, t: Trigger, date: DateMention | undefined): Claim[] {
  const { text, actors, people } = scope;
  const person = people.find((p) => (p.mention.start >= t.end && p.mention.start - t.end < 60) || (p.mention.end <= t.start && t.start - p.mention.end < 40));
  // (a country's head is read by the title rules; near a commander word a country is mostly someone else's: "Trump said Iran's commanders…")
  const bodies = actors.filter((a) => a.entity.type !== "country");
  const group = bodies.find((a) => a.mention.start >= t.end && a.mention.start - t.end < 80) ?? nearestRun(text, bodies, t.start).at(-1);
  return person && group ? [make(scope, "leadership", [t, person.mention, group.mention], { subject: person.entity.id, object: group.entity.id, date: dateValue(scope.doc, date) })] : [];
}

/** Place types that are part of a town: presence there is presence in the town. */
const FACILITY = new Set(["airport", "base", "crossing", "depot", "district", "neighbourhood"]);

/** The town a facility is in (Hamdan airport → Albukamal), else the place itself. */
function townOf(g: Gazetteer, id: string): string {
  const e = g.entities.get(id);
  return e && FACILITY.has(e.placeType ?? "") && e.parent && g.entities.get(e.parent)?.type === "place" ? townOf(g, e.parent) : id;
}

function dedupe(list: Part[]): Part[] {
  const seen = new Set<string>();
  return list.filter((p) => !seen.has(p.entity.id) && seen.add(p.entity.id));
}
