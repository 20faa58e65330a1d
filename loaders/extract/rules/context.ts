/**
 * What rule families share to fill the slots a construction leaves open: the event's place and
 * date in its clause, and the party that stands before a construction.
 */
import type { Segment } from "../../text/segment.ts";
import type { Item } from "./engine.ts";
import { dateValue, type ArticleContext } from "./make.ts";
import type { Sentence } from "./sentence.ts";
import type { DateValue } from "../../types.ts";

export const inClause = (s: Sentence, it: Item, clause: Segment) => it.start >= clause.start && it.end <= clause.end;

/** Words right before a place that make it where something is or happens (or the goal of a battle: «معركة تحرير الرقة»). */
const LOCATIVE =
  /(?:^|\s)(?:في|ب|قرب|بالقرب\s+من|داخل|عند|علي|محيط|ريف|اطراف|[ول]?تحرير|[ول]?استعاده|[ول]?اقتحام|in|near|at|on|outside|inside|around|across)(?:\s+(?:the\s+)?(?:town|city|village|district|neighbou?rhood|province|area|region|countryside|outskirts|suburb|مدينه|بلده|قريه|حي|محافظه|منطقه|ناحيه|مدينتي|بلدتي|مدن|بلدات|قري|احياء|مناطق|villages|towns|cities|neighbou?rhoods|areas))?(?:\s+of)?\s*$/u;
/** English: a preposition, then up to three words ("in Syria's divided northeastern city of", "on the rebel-held east of"), and an Arabic article written apart ("in al-Qameshli"). */
const LOCATIVE_EN =
  /(?:^|\s)(?:in|near|at|on|outside|inside|around|across|into|to|over)\s+(?:the\s+)?(?:(?:[\p{L}'-]+\s+)?(?:edges?|outskirts|heart|cent(?:re|er)|middle|vicinity|entrances?|parts?|sides?|banks?|countryside|suburbs?|areas?|districts?|neighbou?rhoods?|villages?|towns?|cities)\s+of\s+(?:the\s+|a\s+)?)?(?:[\p{L}'-]+\s+){0,3}?(?:(?:town|city|village|villages|district|neighbou?rhood|province|governorate|area|region|countryside|outskirts|suburbs?|camp|east|west|north|south|part|parts)\s+)?(?:of\s+(?:the\s+)?)?(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?$/u;
/** A place an attack struck, said as the verb's object: "blasts hit the northeastern city of X", «انفجار هز مدينة X». */
const STRUCK =
  /(?:(?:^|\s)(?:hit|hits|struck|rocked|rocks|shook|targeted|pounded|bombed|shelled|stormed|raided|to\s+(?:take|capture|retake|recapture|seize|storm|liberate))\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,3}?(?:(?:town|city|village|district|neighbou?rhood|area|suburb|camp)\s+)?(?:of\s+(?:the\s+)?)?|(?:^|\s)[وف]?(?:هز|هزت|طال|طالت|ضرب|ضربت|استهدف|استهدفت|داهم|داهمت|تعرض|تعرضت|يتعرض|تتعرض)\s+(?:(?:مدينه|بلده|قريه|حي|منطقه|مخيم)\s+)?)$/u;
/** A direction from a place: "(several towns) east of the capital", «شرق دمشق», «جنوبي الرقة»: the event is at that place's grain. */
const DIRECTION = /(?:^|\s)(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+(?:the\s+)?|[وفب]?(?:شمال|جنوب|شرق|غرب)(?:ي)?(?:\s+(?:شرق|غرب)(?:ي)?)?\s+)$/u;

/** A place coordinated with a place said as a location, named or not: «على قرية الحوايج ومدينة البوكمال», "in the village of X and the town of Y". */
const COORDINATED =
  /(?:^|\s)(?:في|ب|علي|قرب|in|at|on|near)\s+(?:the\s+)?(?:(?:مدينه|بلده|قريه|حي|منطقه|town|city|village|district|area)\s+(?:of\s+)?)?\S+(?:\s+\S+)?\s*(?:,\s*)?(?:و|and\s+(?:the\s+)?)(?:ال)?(?:(?:مدينه|بلده|قريه|حي|منطقه|town|city|village|district|area)\s+(?:of\s+)?)?$/u;

/** …and where something came from, or where a party is stationed, not where it happened. */
const ORIGIN = /(?:^|\s)(?:from|من|قادمه\s+من|انطلاقا\s+من|مصدره|مصدرها|(?:ال)?(?:متمركز|موجود|منتشر)\S*\s+(?:في|ب)|(?:stationed|based|deployed)\s+(?:in|at))\s*$/u;

/** The finest of some places: one that lies in another of the list wins over it. */
export function finest(s: Sentence, places: Item[]): Item[] {
  const ids = places.map((p) => p.entity!.id);
  return places.filter((p) => !ids.some((o) => o !== p.entity!.id && s.placeIn(o, p.entity!.id)));
}

/**
 * The place where the event of a match happened: a place said as a location in its clause (after
 * it first, then before it), not where something came from; a country only when no town is named.
 */
export function eventPlace(s: Sentence, m: { start: number; end: number }, clause: Segment, wide = false, located = false): Item | null {
  const own = placeIn(s, m, clause, located);
  // (an event told over the clauses of one sentence: "X struck Y in Z, killing 5")
  return own ?? (wide ? placeIn(s, m, s.parts.sentence, located) : null);
}
function placeIn(s: Sentence, m: { start: number; end: number }, clause: Segment, strict: boolean): Item | null {
  // (not where something came from, nor where an outlet or monitor is based: "the UK-based Observatory")
  const inIt = s.items.filter((it) => (it.code === "P" || it.code === "C") && inClause(s, it, clause) && !ORIGIN.test(s.before(it.start, 25)) && !/^-?based\b/.test(s.after(it.end, 8)));
  const located = inIt.filter(
    (it) =>
      LOCATIVE.test(s.before(it.start, 40)) ||
      LOCATIVE_EN.test(s.before(it.start, 60)) ||
      DIRECTION.test(s.before(it.start, 30)) ||
      STRUCK.test(s.before(it.start, 60)) ||
      COORDINATED.test(s.before(it.start, 60) + (s.text.startsWith("و", it.start) ? "و" : "")) ||
      /^[بف]/.test(s.text.slice(it.start, it.start + 1)),
  );
  const pools = strict ? [located.filter((it) => it.code === "P"), located] : [located.filter((it) => it.code === "P"), inIt.filter((it) => it.code === "P"), located, inIt];
  for (const pool of pools) {
    if (!pool.length) continue;
    const fine = finest(s, pool);
    // the nearest after the construction, else the first of its clause ("in X, east of Y": X)
    return fine.find((it) => it.start >= m.start) ?? fine[0] ?? null;
  }
  return null;
}

/** The date of the event of a match: in its clause, else its sentence, nearest to it. */
export function eventDate(a: ArticleContext, s: Sentence, m: { start: number; end: number }, clause: Segment): { item: Item; value: DateValue } | null {
  // (a date things run "since" is where a campaign or a war began, not the event's day: "strikes since 2014", «منذ عام 2011»)
  const all = s.items.filter((it) => it.code === "D" && it.date?.date && !SINCE.test(s.before(it.start, 80)));
  // (a date of what was said counts only where nothing else dates the sentence)
  const told = all.filter((it) => !it.date!.reported);
  const dated = told.length ? told : all;
  const pool = dated.filter((it) => inClause(s, it, clause));
  const list = pool.length ? pool : dated;
  if (!list.length) return null;
  const best = list.reduce((x, y) => (distance(x, m) <= distance(y, m) ? x : y));
  const value = dateValue(a, best.date);
  return value ? { item: best, value } : null;
}
/** Words before a date that make it a start: "since", "since the war began in", «منذ», «منذ عام» (no comma between). */
const SINCE = /(?:\bsince|(?:^|\s)منذ)(?:\s+[^\s,،.]+){0,7}\s*$/u;
const distance = (it: Item, m: { start: number; end: number }) => (it.start >= m.end ? it.start - m.end : m.start >= it.end ? m.start - it.end : 0);

/** The party (group, force, described actor or country) nearest before offset `at` in the clause. */
export function partyBefore(s: Sentence, at: number, clause: Segment): Item | null {
  // (a country said as where something is, "in northern Syria", «في سوريا», is no party)
  const asPlace = (it: Item) => it.code === "C" && (LOCATIVE.test(s.before(it.start, 40)) || LOCATIVE_EN.test(s.before(it.start, 60)));
  // (nor a party named in an apposition, «قسد، وهي تحالف الفصائل … المدعوم من واشنطن،», nor a patron, "backed by Washington")
  const asides = appositions(s, clause.start, at);
  const aside = (it: Item) => asides.some((x) => x.start <= it.start && it.end <= x.end) || PATRON_BEFORE.test(s.before(it.start, 25)) || qualifiesNoun(s, it);
  const skipped = asides.reduce((n, x) => n + (x.end - x.start), 0);
  return s.items.filter((it) => (it.code === "G" || it.code === "A" || it.code === "C") && it.end <= at && it.start >= clause.start && at - it.end < 80 + skipped && !asPlace(it) && !aside(it)).at(-1) ?? null;
}

/** Whether a party only qualifies the noun after it ("rebel-held Idlib", "Syria's …"): it did nothing there. */
export const qualifiesNoun = (s: Sentence, it: Item) => MODIFIER_AFTER.test(s.after(it.end, 14)) || (it.code === "C" && POSSESSIVE_AFTER.test(s.after(it.end, 3)));
/** A party that qualifies a noun after it ("rebel-held Idlib", "Kurdish-led forces") describes that noun; it did nothing. */
const MODIFIER_AFTER = /^-?\s?(?:held|controlled|run|besieged|encircled|dominated|backed|led|allied|affiliated|linked|based)\b/u;
/** A country in the possessive ("Syria's rebel-held Idlib", scraped as "Syrias") is where, not who. */
const POSSESSIVE_AFTER = /^(?:'s|’s|s)(?:\s|$)/u;
/** Words before a party that make it a patron of what was named before, not an actor: «المدعوم من», "backed by". */
const PATRON_BEFORE = /(?:(?:^|\s)(?:ال)?(?:مدعوم|مدعومه|مدعومين|موالي|مواليه|الموالي|الموالين)\s+(?:من|ل)?\s*|\b(?:backed|supported|armed|funded)\s+by\s+(?:the\s+)?)$/u;
/** The asides of a sentence between `from` and `to`: «، وهي …،», ", which is …,". */
function appositions(s: Sentence, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const text = s.text.slice(from, to);
  for (const m of text.matchAll(/[,،]\s*(?:وهي|وهو|وهم|وهن|which\s+is|which\s+are|an\s+alliance|a\s+coalition)\s[^,،]*[,،]/gu)) out.push({ start: from + m.index!, end: from + m.index! + m[0].length });
  return out;
}
