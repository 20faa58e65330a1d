/**
 * Date expressions in normalised text, resolved to intervals with a precision.
 *
 * Input is the `text` of {@link normalize} (folded letters, ASCII digits, Latin lower-cased), so
 * every pattern below is written in raw Arabic and passed through `normalize` once, at load time.
 *
 * What is found:
 * - absolute dates: Levantine and Egyptian / Gulf / Maghrebi month names, alone or paired
 *   (`25 آذار /مارس 2023`, `تشرين الثاني نوفمبر`, `آذار (مارس)`), with or without day and year,
 *   ordinal days (`الخامس من نيسان`), day ranges (`25 و26 حزيران`), numeric dates (`29/6/2021`,
 *   `2021-06-29`), years with a cue (`عام 2017`, `في 2017`, `2017 م`), Hijri dates
 *   (`5 ربيع الأول 1439 هـ`), English (`June 28, 2021`, `28 June 2021`, `Wed 05 Apr 2017`, `in 2017`);
 * - dates relative to the publication date: yesterday / today (with a weekday and an explicit date
 *   that are checked against each other), weekdays, nights (`ليلة الأربعاء/الخميس`), "the past two
 *   days", last week / month / year with their beginning / middle / end, "N units ago" with
 *   "about" and "or more", vague "months ago", month names with `الماضي` / `المنصرم`, and day +
 *   month without a year.
 *
 * Interpretation choices (all tunables are in {@link DATE_DEFAULTS}):
 * - **Publication date less precise than a day**: a relative date is evaluated at both ends of the
 *   publication interval and becomes their union ("yesterday" in an article of 2020-01 →
 *   2019-12-31..2020-01-30), its precision coarsened to the publication's and the note says
 *   "widened: publication date known to the month". If the union is wider than
 *   `maxWidenedDays` (a year and a few days) the date is left null with a note. A day + month
 *   without a year takes the latest such date not after the *end* of the publication interval
 *   (noted when the year is ambiguous); month-level relatives ("last month") against a
 *   month-precision publication need no widening.
 * - **Beginning / middle / end of a month** (`بداية`, `مطلع`, `أوائل` / `منتصف` / `نهاية`,
 *   `أواخر`): days 1–10 / 11–20 / 21–last, precision "days". Of a year: months 1–3 / 5–8 / 10–12.
 * - **"N years ago"**: a window of ±N×`aboutTolerance` years around pub − N (1/12: "two years
 *   ago" → 22–26 months before publication). **"About N years or more"** (`منذ قرابة عامين أو
 *   يزيد`) → start null (open), end = end of the publication interval − N×(1 − tolerance) years,
 *   i.e. at least 22 months before: published 2020-01 → end 2018-03-31. "More than N" without
 *   "about" uses N exactly.
 * - **Nights**: `ليل الأحد` / `ليلة الأحد` is the night from Sunday into Monday (modern news usage,
 *   not the classical "eve of Sunday"); `ليلة الأربعاء/الخميس` is Wednesday into Thursday. With a
 *   publication date: the most recent such night that ended on or before publication, precision
 *   "days".
 * - **Weekdays alone**: the most recent such weekday on or before publication (`الماضي`: strictly
 *   before; `المقبل`: strictly after).
 * - **Last week**: from the start of the previous calendar week (the earlier of a Saturday- or
 *   Sunday-start week) to the day before publication, precision "week".
 * - **Before / after**: an explicit date preceded by `قبل` / `بعد` / "before" / "after" becomes an
 *   open interval ending the day before it / starting the day after it.
 * - **Relative to another event** (`قبل يومين من القصف`): reported with date null and a note.
 *
 * Not handled: times of day (`01 : 13 م` is ignored), Hijri dates without a year, Hebrew / Persian
 * calendars, dates spelled entirely in words ("the twenty-eighth"), two-digit years, vague
 * expressions without a scale (`مؤخراً`, `خلال الفترة الماضية`).
 */
import { parsePublished as readPublished } from "../corpus/published.ts";
import { normalize } from "../text/normalize.ts";
import type { Published } from "../corpus/types.ts";
import type { Precision } from "../types.ts";

export type { Published, Precision };

/** Tunables of date resolution, in one place. */
export const DATE_DEFAULTS = {
  /** A relative date widened over an imprecise publication date wider than this (days) stays unresolved. */
  maxWidenedDays: 370,
  /** "about N units (ago)": tolerance as a share of the span (2 years → ±2 months). */
  aboutTolerance: 1 / 12,
  /** Minimum slack (days) either side of "N weeks / months ago" (days are exact unless "about"). */
  agoSlackDays: { week: 3, month: 15 },
  /** Parts of a month as day ranges: beginning, middle, end (the end runs to the month's last day). */
  monthParts: { early: [1, 10], mid: [11, 20], late: [21, 31] } as Record<Part, [number, number]>,
  /** Parts of a year as month ranges. */
  yearParts: { early: [1, 3], mid: [5, 8], late: [10, 12] } as Record<Part, [number, number]>,
  /** Vague "days / weeks / months ago" (`منذ أيام`, `منذ أشهر`): [most, least] units before publication. */
  vagueAgo: { day: [10, 2], week: [8, 2], month: [12, 2] } as Record<"day" | "week" | "month", [number, number]>,
  /** Vague "years ago" (`منذ سنوات`): open start, at least this many years before publication. */
  vagueYearsAgo: 2,
  /** "The past few days / weeks / months" (`الأيام الماضية`, `الأشهر الأخيرة`): units back from publication. */
  recent: { day: 7, week: 4, month: 6 },
  /** Uncertainty (days each side) of a Hijri date converted with the tabular calendar. */
  hijriSlackDays: 1,
  /** Gregorian years accepted as years. */
  years: [1900, 2100] as [number, number],
  /** Hijri years accepted as years. */
  hijriYears: [1300, 1500] as [number, number],
};

/** A date as an interval. `null` bounds are open or unknown. */
export interface DateInterval {
  /** ISO `YYYY-MM-DD`, or null (open / unknown). */
  start: string | null;
  /** ISO `YYYY-MM-DD`, or null (open / unknown). */
  end: string | null;
  precision: Precision;
  /** The normalised text of the mention. */
  text: string;
}

/** Which relative anchor a mention uses: "yesterday", "today", or none. */
export type Anchor = "yesterday" | "today" | null;

/**
 * One date expression found in the text.
 *
 * @example
 * // findDates(normalize("يوم أمس، الاثنين 28حزيران").text, parsePublished("2021-06-29"))[0]
 * // {start: 0, end: 26, date: {start: "2021-06-28", end: "2021-06-28", precision: "day", text: "يوم امس, الاثنين 28 حزيران"},
 * //  relative: true, weekday: 1, anchor: "yesterday", note: "yesterday (Monday)", conflict: false}
 */
export interface DateMention {
  /** When something was said or published, not when it happened (see report-dates.ts). */
  reported?: boolean;
  /** Offset of the mention in the normalised text. */
  start: number;
  /** End offset (exclusive) in the normalised text. */
  end: number;
  /** The resolved interval, or null when it cannot be resolved (see `note`). */
  date: DateInterval | null;
  /** Depends on the publication date (yesterday, last month, a day and month without a year, ...). */
  relative: boolean;
  /** 0 = Sunday .. 6 = Saturday when a weekday was named. */
  weekday: number | null;
  /**
   * "yesterday" for `أمس` / `البارحة` / "yesterday" (also with a part of the day, e.g. `مساء أمس`,
   * and `ليلة أمس`), "today" for `اليوم` / "today"; null otherwise. Returned even when the date is
   * null, so that a caller can see that two "yesterday <weekday>" mentions disagree.
   */
  anchor: Anchor;
  /** Why the date is unresolved, widened or approximate, or what conflicts; null if nothing to say. */
  note: string | null;
  /** A named weekday (or "yesterday") contradicts the resolved date; the explicit date is kept. */
  conflict: boolean;
}

/**
 * The relative anchor of a mention ("yesterday", "today" or null); the same as `m.anchor`.
 *
 * @example
 * relativeAnchor(findDates(normalize("يوم أمس الأربعاء").text, null)[0]); // "yesterday"
 */
export function relativeAnchor(m: DateMention): Anchor {
  return m.anchor;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01, UTC)

type Part = "early" | "mid" | "late";

interface Res {
  start: number | null;
  end: number | null;
  precision: Precision;
  note?: string | null;
}

const MS = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / MS);
const dim = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function ymd(day: number): [number, number, number] {
  const t = new Date(day * MS);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
const isoOf = new Map<number, string>();
const iso = (day: number) => {
  let s = isoOf.get(day);
  if (s === undefined) isoOf.set(day, (s = new Date(day * MS).toISOString().slice(0, 10)));
  return s;
};
const dow = (day: number) => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
function addMonths(day: number, n: number): number {
  const [y, m, d] = ymd(day);
  const t = y * 12 + (m - 1) + n;
  const ny = Math.floor(t / 12);
  const nm = t - ny * 12 + 1;
  return dayOf(ny, nm, Math.min(d, dim(ny, nm)));
}
const monthRes = (y: number, m: number): Res => ({ start: dayOf(y, m, 1), end: dayOf(y, m, dim(y, m)), precision: "month" });
const yearRes = (y: number): Res => ({ start: dayOf(y, 1, 1), end: dayOf(y, 12, 31), precision: "year" });
const dayRes = (d: number): Res => ({ start: d, end: d, precision: "day" });
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);

function monthPart(y: number, m: number, part: Part): Res {
  const [a, b] = DATE_DEFAULTS.monthParts[part];
  const last = dim(y, m);
  return { start: dayOf(y, m, Math.min(a, last)), end: dayOf(y, m, part === "late" ? last : Math.min(b, last)), precision: "days" };
}
function yearPart(y: number, part: Part): Res {
  const [a, b] = DATE_DEFAULTS.yearParts[part];
  return { start: dayOf(y, a, 1), end: dayOf(y, b, dim(y, b)), precision: "month" };
}

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const PRECISIONS: Precision[] = ["day", "days", "week", "month", "year"];
const coarser = (a: Precision, b: Precision) => (PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b);

/** Tabular (arithmetical) Islamic calendar, civil epoch: the day number of y/m/d AH. */
function hijriDay(y: number, m: number, d: number): number {
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  return Math.round(jd - 2440587.5);
}
const hijriMonthLength = (y: number, m: number) => (m % 2 === 1 ? 30 : m === 12 && (14 + 11 * y) % 30 < 11 ? 30 : 29);

// ---------------------------------------------------------------------------------------------
// Publication dates

interface Pub {
  start: number;
  end: number;
  precision: "day" | "month" | "year";
}

/**
 * The corpus's reading of a publication date (loaders/corpus/published.ts), with a time of day
 * dropped and null for anything it cannot read.
 *
 * @example
 * parsePublished("2020-01"); // {start: "2020-01-01", end: "2020-01-31", precision: "month"}
 */
export function parsePublished(value: string | number | null): Published | null {
  return readPublished(typeof value === "string" ? value.trim().replace(/[tT ].*$/, "") : value) ?? null;
}

/** The day number of an ISO date ("2022-01-27…"), NaN if it is none. */
function isoDayOf(v: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  return m ? dayOf(+m[1], +m[2], +m[3]) : NaN;
}

function toPub(p: Published | null): Pub | null {
  if (!p) return null;
  const start = isoDayOf(p.start),
    end = isoDayOf(p.end);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return null;
  return { start, end, precision: p.precision };
}

type RelFn = (p: number) => Res | null;

const UNKNOWN_PUB = "relative date with unknown publication date";

/**
 * Evaluate a relative date. "widen": at both ends of the publication interval, then their union.
 * "end": at the end of the publication interval only (a day and month without a year).
 */
function resolveRel(fn: RelFn, pub: Pub | null, mode: "widen" | "end"): { res: Res | null; note: string | null } {
  if (!pub) return { res: null, note: UNKNOWN_PUB };
  if (pub.precision === "day") {
    const r = fn(pub.start);
    return { res: r, note: r?.note ?? null };
  }
  const a = fn(pub.start),
    b = fn(pub.end);
  if (!a || !b) return { res: null, note: a?.note ?? b?.note ?? null };
  const own = b.note ?? null;
  if (a.start === b.start && a.end === b.end) return { res: b, note: own };
  if (mode === "end") {
    const ya = a.start !== null ? ymd(a.start)[0] : null;
    const yb = b.start !== null ? ymd(b.start)[0] : null;
    const extra = ya !== null && yb !== null && ya !== yb ? `year assumed ${yb} from the publication date (could be ${ya})` : null;
    return { res: b, note: join(own, extra) };
  }
  const start = a.start === null || b.start === null ? null : Math.min(a.start, b.start);
  const end = a.end === null || b.end === null ? null : Math.max(a.end, b.end);
  if (start !== null && end !== null && end - start + 1 > DATE_DEFAULTS.maxWidenedDays) {
    return { res: null, note: join(own, `unresolved: publication date known only to the ${pub.precision} makes this wider than ${DATE_DEFAULTS.maxWidenedDays} days`) };
  }
  return {
    res: { start, end, precision: coarser(b.precision, pub.precision) },
    note: join(own, `widened: publication date known to the ${pub.precision}`),
  };
}

function join(...notes: Array<string | null | undefined>): string | null {
  const xs = notes.filter((x): x is string => !!x);
  return xs.length ? [...new Set(xs)].join("; ") : null;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (raw Arabic, normalised at load)

const N = (s: string) => normalize(s).text.replace(/\s+/g, " ").trim();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A regex alternation of the normalised forms, longest first, spaces as `\s+`. */
const alt = (xs: string[]) =>
  [...new Set(xs.map(N))]
    .sort((a, b) => b.length - a.length)
    .map((x) => esc(x).replace(/ /g, "\\s+"))
    .join("|");
const table = (pairs: Array<[string, number]>) => new Map(pairs.map(([k, v]) => [N(k), v]));
const key = (s: string) => s.replace(/\s+/g, " ");

const AR_MONTHS = table([
  ["كانون الثاني", 1],
  ["كانون ثاني", 1],
  ["شباط", 2],
  ["آذار", 3],
  ["نيسان", 4],
  ["أيار", 5],
  ["حزيران", 6],
  ["تموز", 7],
  ["آب", 8],
  ["أيلول", 9],
  ["تشرين الأول", 10],
  ["تشرين أول", 10],
  ["تشرين الثاني", 11],
  ["تشرين ثاني", 11],
  ["كانون الأول", 12],
  ["كانون أول", 12],
  ["يناير", 1],
  ["جانفي", 1],
  ["فبراير", 2],
  ["فيفري", 2],
  ["مارس", 3],
  ["أبريل", 4],
  ["إبريل", 4],
  ["أفريل", 4],
  ["مايو", 5],
  ["يونيو", 6],
  ["يونيه", 6],
  ["جوان", 6],
  ["يوليو", 7],
  ["يوليه", 7],
  ["جويلية", 7],
  ["أغسطس", 8],
  ["اغسطس", 8],
  ["أوت", 8],
  ["سبتمبر", 9],
  ["أكتوبر", 10],
  ["اكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
]);
const HIJRI_MONTHS = table([
  ["محرم", 1],
  ["صفر", 2],
  ["ربيع الأول", 3],
  ["ربيع أول", 3],
  ["ربيع الثاني", 4],
  ["ربيع الآخر", 4],
  ["ربيع ثاني", 4],
  ["جمادى الأولى", 5],
  ["جمادى الأول", 5],
  ["جمادى الآخرة", 6],
  ["جمادى الثانية", 6],
  ["جمادى الآخر", 6],
  ["جمادى الثاني", 6],
  ["رجب", 7],
  ["شعبان", 8],
  ["رمضان", 9],
  ["شوال", 10],
  ["ذو القعدة", 11],
  ["ذي القعدة", 11],
  ["ذو الحجة", 12],
  ["ذي الحجة", 12],
]);
const AR_WEEKDAYS = table([
  ["الأحد", 0],
  ["الاثنين", 1],
  ["الإثنين", 1],
  ["الثلاثاء", 2],
  ["الثلاثا", 2],
  ["الأربعاء", 3],
  ["الأربعا", 3],
  ["الخميس", 4],
  ["الجمعة", 5],
  ["السبت", 6],
]);
const EN_MONTHS = new Map<string, number>([
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);
const EN_MONTHS_FULL = [...EN_MONTHS.keys()].filter((k) => k.length > 4 || k === "may" || k === "june" || k === "july");
const EN_WEEKDAYS = new Map<string, number>([
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
]);
const EN_WEEKDAY_ABBR = new Map<string, number>([
  ["sun", 0],
  ["mon", 1],
  ["tue", 2],
  ["tues", 2],
  ["wed", 3],
  ["thu", 4],
  ["thur", 4],
  ["thurs", 4],
  ["fri", 5],
  ["sat", 6],
]);

/** Arabic ordinals 1..31 as used for days (`الخامس من نيسان`). */
const AR_ORDINALS = (() => {
  const units = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
  const pairs: Array<[string, number]> = units.map((u, i) => [u, i + 1]);
  pairs.push(["العاشر", 10], ["الحادي عشر", 11], ["العشرين", 20], ["الحادي والعشرين", 21], ["الثلاثين", 30], ["الحادي والثلاثين", 31]);
  units.slice(1).forEach((u, i) => {
    pairs.push([`${u} عشر`, i + 12], [`${u} والعشرين`, i + 22]);
  });
  return table(pairs);
})();

const AR_NUMBERS = table([
  ["واحد", 1],
  ["واحدة", 1],
  ["اثنين", 2],
  ["اثنان", 2],
  ["ثلاث", 3],
  ["ثلاثة", 3],
  ["أربع", 4],
  ["أربعة", 4],
  ["خمس", 5],
  ["خمسة", 5],
  ["ست", 6],
  ["ستة", 6],
  ["سبع", 7],
  ["سبعة", 7],
  ["ثمان", 8],
  ["ثماني", 8],
  ["ثمانية", 8],
  ["تسع", 9],
  ["تسعة", 9],
  ["عشر", 10],
  ["عشرة", 10],
]);
const EN_NUMBERS = new Map<string, number>([
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
]);

type Unit = "day" | "week" | "month" | "year";
/** Arabic time units: [unit, count implied by the form (1 singular, 2 dual, 0 plural)]. */
const AR_UNITS = table([
  ["يوم", 1],
  ["يوما", 1],
  ["يومين", 2],
  ["أيام", 0],
  ["أسبوع", 1],
  ["أسبوعا", 1],
  ["أسبوعين", 2],
  ["أسابيع", 0],
  ["شهر", 1],
  ["شهرا", 1],
  ["شهرين", 2],
  ["أشهر", 0],
  ["شهور", 0],
  ["عام", 1],
  ["عاما", 1],
  ["عامين", 2],
  ["أعوام", 0],
  ["سنة", 1],
  ["سنه", 1],
  ["سنتين", 2],
  ["سنوات", 0],
  ["سنين", 0],
]);
const unitOf = (w: string): Unit => {
  if (/^(?:يوم|ايام)/.test(w)) return "day";
  if (/^(?:اسبوع|اسابيع)/.test(w)) return "week";
  if (/^(?:شهر|اشهر|شهور)/.test(w)) return "month";
  return "year";
};

const PARTS = table([
  ["بداية", 0],
  ["بدايات", 0],
  ["مطلع", 0],
  ["أوائل", 0],
  ["مستهل", 0],
  ["منتصف", 1],
  ["أواسط", 1],
  ["نهاية", 2],
  ["نهايات", 2],
  ["أواخر", 2],
  ["ختام", 2],
  ["آخر", 2],
]);
const PART_OF: Part[] = ["early", "mid", "late"];
const partOf = (w: string | undefined): Part | null => {
  if (!w) return null;
  const v = PARTS.get(key(w));
  if (v !== undefined) return PART_OF[v];
  if (/^(?:early|beginning|start)/.test(w) || /(?:beginning|start) of/.test(w)) return "early";
  if (/^(?:mid|middle)/.test(w) || /middle of/.test(w)) return "mid";
  if (/^(?:late|end)/.test(w) || /end of/.test(w)) return "late";
  return null;
};

type Mod = "past" | "current" | "next" | "recent";
const MOD_WORDS = table([
  ["الماضي", 0],
  ["الماضية", 0],
  ["الماضيين", 0],
  ["الماضيتين", 0],
  ["المنصرم", 0],
  ["المنصرمة", 0],
  ["المنصرمين", 0],
  ["الفائت", 0],
  ["الفائتة", 0],
  ["السابق", 0],
  ["السابقة", 0],
  ["المنقضي", 0],
  ["الجاري", 1],
  ["الجارية", 1],
  ["الحالي", 1],
  ["الحالية", 1],
  ["المقبل", 2],
  ["المقبلة", 2],
  ["القادم", 2],
  ["القادمة", 2],
  ["المقبلين", 2],
  ["القادمين", 2],
  ["الأخير", 3],
  ["الأخيرة", 3],
  ["الأخيرين", 3],
  ["الأخيرتين", 3],
]);
const MOD_OF: Mod[] = ["past", "current", "next", "recent"];
const modOf = (w: string | undefined): Mod | null => (w ? (MOD_OF[MOD_WORDS.get(key(w)) ?? -1] ?? null) : null);
/** Modifiers allowed after a month or weekday name ("recent" words are not). */
const MONTH_MODS = [...MOD_WORDS.entries()].filter(([, v]) => v !== 3).map(([k]) => k);

/** Nouns that `العام` follows as the adjective "general" (الأمين العام السابق is not "last year"). */
const GENERAL_NOUNS = new Set(
  [
    "الأمين",
    "المدعي",
    "المدير",
    "الرأي",
    "القطاع",
    "المال",
    "النائب",
    "المفتش",
    "الحاكم",
    "القائد",
    "المنسق",
    "المراقب",
    "المقرر",
    "المؤتمر",
    "الوضع",
    "الإطار",
    "التعليم",
    "الأمن",
    "الشأن",
    "النظام",
    "الصالح",
    "الموظف",
    "المستشار",
    "العفو",
    "الإضراب",
    "الاتجاه",
    "الطابع",
    "المزاج",
    "المجلس",
    "الأداء",
    "الانطباع",
    "المناخ",
    "الهدف",
    "الخط",
    "الدين",
    "الإنفاق",
    "المشهد",
    "المفهوم",
    "المعنى",
    "التوجه",
    "السياق",
    "الحشد",
    "الاستفتاء",
    "الأمانة",
    "العامة",
    "المرشد",
    "القنصل",
  ].map(N),
);

// ---------------------------------------------------------------------------------------------
// Regex building blocks (all on normalised text, flags "gud")

const W = "\\p{L}\\p{N}";
/** Word end. (Word starts are checked in code, see `startsWord`: a lookbehind at every position is slow.) */
const E = `(?![${W}])`;
const DAY = `(?<![\\p{N}:./-])(?:3[01]|[12]\\d|0?[1-9])(?![\\p{N}]|\\s*:|[./-]\\p{N})`;
const YEAR = `(?<![\\p{N}.,/])(?:19\\d\\d|20\\d\\d|2100)(?![\\p{N}]|[.,/]\\p{N})`;
const HYEAR = `(?<![\\p{N}.,/])1[34]\\d\\d(?![\\p{N}]|[.,/]\\p{N})`;

const MONTH_AR = alt([...AR_MONTHS.keys()]);
const HMONTH = alt([...HIJRI_MONTHS.keys()]);
const WD_AR = alt([...AR_WEEKDAYS.keys()]);
const ORD = alt([...AR_ORDINALS.keys()]);
const PART_AR = alt([...PARTS.keys()]);
const MODS_MONTH = alt(MONTH_MODS);
const MODS_ALL = alt([...MOD_WORDS.keys()]);
const UNITS_AR = alt([...AR_UNITS.keys()]);
const NUM_AR = alt([...AR_NUMBERS.keys()]);
const POD_AR = alt(["صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليلة", "ظهيرة", "منتصف ليل", "بعد ظهر", "قبيل", "قبل ظهر", "بعيد"]);
const YEARWORD = `(?:[وبلف]?ال|ل)?(?:${alt(["عام", "سنة"])})`;
const EN_MONTH = alt([...EN_MONTHS.keys()]);
const EN_MONTH_FULL = alt(EN_MONTHS_FULL);
const EN_WD = alt([...EN_WEEKDAYS.keys()]);
const EN_WDA = alt([...EN_WEEKDAY_ABBR.keys()]);
const EN_NUM = alt([...EN_NUMBERS.keys(), "a couple of", "a few", "few", "several"]);
const EN_PART = "early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of(?:\\s+the)?";

/**
 * Whitespace inside a date never crosses a line: `\s` becomes a space or tab (normalised text has
 * single spaces, so `\s*…\s*` cannot backtrack over long runs either).
 */
function oneLine(src: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      const n = src[i + 1];
      out += n === "s" ? (inClass ? " \\t" : "[ \\t]") : c + n;
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return out;
}
const re = (s: string) => new RegExp(oneLine(s), "gud");
/** A prefix pattern, tried backwards from a match (anchored at the end of a short slice). */
const pre = (s: string) => new RegExp(`${oneLine(s)}$`, "u");
/** How far back a prefix may reach. */
const PREFIX_REACH = 48;
const QUANTITY_AFTER = new RegExp(`^\\s*(?:${alt(["ألف", "آلاف", "مليون", "مليار", "دولار", "شخص", "مقاتل", "عنصر", "قتيل", "جندي"])}|%|people|fighters|troops|dollars|km|\\$)`, "u");
const LEFT_WORD = new RegExp(`([${W}]+)[^${W}\\n]*$`, "u");

/** The word before `at` (skipping spaces and punctuation on the same line). */
function wordBefore(text: string, at: number): string {
  const m = LEFT_WORD.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1] : "";
}

// ---------------------------------------------------------------------------------------------
// Candidates

type Kind = "anchor" | "weekday" | "date" | "other";

interface Cand {
  start: number;
  end: number;
  kind: Kind;
  /** Resolved without the publication date (null with `note`: invalid). */
  abs?: Res | null;
  /** Another reading of an ambiguous numeric date (month first), used if a named weekday fits only it. */
  alt?: Res;
  /** Resolved against the publication date. */
  rel?: RelFn;
  mode?: "widen" | "end";
  /** The date names a day (for merging with a weekday or "yesterday"). */
  hasDay?: boolean;
  weekday?: number | null;
  anchor?: Anchor;
  /** How an anchor reads in notes ("yesterday", "last night", "tomorrow", ...). */
  label?: string;
  /** Days from publication for anchors (yesterday −1). */
  offset?: number;
  night?: boolean;
  /** A weekday glued to و ("and Sunday"): not merged with a preceding "yesterday". */
  conj?: boolean;
  /** English weekday abbreviation: kept only before a date. */
  needsDate?: boolean;
  note?: string | null;
  /** Note used when the publication date is unknown (replaces the generic one). */
  unknownNote?: string;
  /** Not relative to the publication date (or absolute). */
  notRelative?: boolean;
}

interface Matcher {
  /** No leading word-boundary check in the pattern (lookbehinds at every position are slow): see `startsWord`. */
  re: RegExp;
  /** The match may follow a و / ف clitic glued to it. */
  clitic?: boolean;
  /**
   * Optional words before the match (day, part of the day, "beginning of", ...), matched backwards
   * from the match so that the main pattern starts with a distinctive word (fast to scan for).
   */
  prefix?: RegExp;
  build(m: RegExpExecArray, text: string): Cand | null;
}

const g = (m: RegExpExecArray, name: string) => m.groups?.[name];
const gi = (m: RegExpExecArray, name: string) => m.indices?.groups?.[name];

/** A date at day + month, with or without year (y), given `mod` relative to the publication. */
function dayMonthCand(start: number, end: number, d1: number, d2: number | null, mo: number, y: number | null, mod: Mod | null, note: string | null = null, shift: number | null = null): Cand {
  if (!validDay(2000, mo, d1)) return { start, end, kind: "date", hasDay: true, abs: null, note: `invalid date (day ${d1} of month ${mo})`, notRelative: true };
  const res = (yy: number): Res | null => {
    if (!validDay(yy, mo, d1)) return null;
    if (d2 !== null && d2 > d1 && validDay(yy, mo, d2)) return { start: dayOf(yy, mo, d1), end: dayOf(yy, mo, d2), precision: "days" };
    return dayRes(dayOf(yy, mo, d1));
  };
  if (y !== null) {
    const r = res(y);
    return { start, end, kind: "date", hasDay: true, abs: r, note: r ? note : `invalid date (${d1}/${mo}/${y})`, notRelative: true };
  }
  if (shift !== null) {
    return { start, end, kind: "date", hasDay: true, rel: (p) => res(ymd(p)[0] + shift), mode: "widen", note, unknownNote: "year relative to an unknown publication date" };
  }
  const fn: RelFn = (p) => {
    const [py] = ymd(p);
    for (let k = 0; k < 8; k++) {
      // latest (past / none), earliest after (next), the publication's year (current)
      const yy = mod === "next" ? py + k : mod === "current" ? py : py - k;
      const r = res(yy);
      if (!r || r.start === null) {
        if (mod === "current") return null;
        continue;
      }
      if (mod === "current") return r;
      if (mod === "next" ? r.start > p : mod === "past" ? r.start < p : r.start <= p) return { ...r, note };
    }
    return null;
  };
  return {
    start,
    end,
    kind: "date",
    hasDay: true,
    rel: fn,
    mode: mod ? "widen" : "end",
    unknownNote: "day and month without a year; unknown publication date",
  };
}

/** A month (or part of one), with or without year. */
function monthCand(start: number, end: number, mo: number, mo2: number | null, y: number | null, mod: Mod | null, part: Part | null, shift: number | null = null): Cand {
  const res = (yy: number): Res => {
    if (part) return monthPart(yy, mo, part);
    if (mo2 !== null && mo2 > mo) return { start: dayOf(yy, mo, 1), end: dayOf(yy, mo2, dim(yy, mo2)), precision: "month" };
    return monthRes(yy, mo);
  };
  if (y !== null) return { start, end, kind: "date", abs: res(y), notRelative: true };
  if (shift !== null) return { start, end, kind: "date", rel: (p) => res(ymd(p)[0] + shift), mode: "widen", unknownNote: "year relative to an unknown publication date" };
  const fn: RelFn = (p) => {
    const [py, pm] = ymd(p);
    let yy: number;
    if (mod === "past") yy = mo < pm ? py : py - 1;
    else if (mod === "next") yy = mo > pm ? py : py + 1;
    else if (mod === "current") yy = py;
    else yy = mo <= pm ? py : py - 1;
    return res(yy);
  };
  return { start, end, kind: "date", rel: fn, mode: mod ? "widen" : "end", unknownNote: "month without a year; unknown publication date" };
}

function yearCand(start: number, end: number, y: number, part: Part | null): Cand {
  return { start, end, kind: "date", abs: part ? yearPart(y, part) : yearRes(y), notRelative: true };
}

/** "N units ago" (n = null: vague plural); approx: "about"; open: "or more" / "more than"; less: "less than". */
function agoFn(unit: Unit, n: number | null, approx: boolean, open: "more" | "less" | null): { fn: RelFn; note: string | null } {
  const tol = DATE_DEFAULTS.aboutTolerance;
  const slackMin = DATE_DEFAULTS.agoSlackDays;
  if (n === null) {
    if (unit === "year") {
      const k = DATE_DEFAULTS.vagueYearsAgo;
      return { fn: (p) => ({ start: null, end: addMonths(p, -12 * k), precision: "year" }), note: `vague: years ago, read as at least ${k} years before publication` };
    }
    const [most, least] = DATE_DEFAULTS.vagueAgo[unit];
    const back = (p: number, k: number) => (unit === "day" ? p - k : unit === "week" ? p - 7 * k : addMonths(p, -k));
    const precision: Precision = unit === "day" ? "week" : "month";
    return { fn: (p) => ({ start: back(p, most), end: back(p, least), precision }), note: `vague: ${unit}s ago, read as ${least}–${most} ${unit}s before publication` };
  }
  const plural = n === 1 ? unit : `${unit}s`;
  if (unit === "year") {
    const months = 12 * n;
    const lo = Math.floor(months * (1 - tol)),
      hi = Math.ceil(months * (1 + tol));
    if (open === "more") {
      const least = approx ? lo : months;
      return { fn: (p) => ({ start: null, end: addMonths(p, -least), precision: "year" }), note: `${approx ? "about " : "more than "}${n} ${plural}${approx ? " or more" : ""} before publication: at least ${least} months` };
    }
    if (open === "less") return { fn: (p) => ({ start: addMonths(p, -months), end: p, precision: "year" }), note: `less than ${n} ${plural} before publication` };
    return { fn: (p) => ({ start: addMonths(p, -hi), end: addMonths(p, -lo), precision: "year" }), note: `${approx ? "about " : ""}${n} ${plural} before publication: ${lo}–${hi} months` };
  }
  // months, weeks, days: a centre and a slack in days
  const centre = (p: number) => (unit === "month" ? addMonths(p, -n) : unit === "week" ? p - 7 * n : p - n);
  const span = unit === "month" ? 30 * n : unit === "week" ? 7 * n : n;
  const slack = unit === "day" ? (approx ? Math.max(1, Math.round(span * tol)) : 0) : Math.max(slackMin[unit], Math.round(span * tol));
  const precision: Precision = unit === "month" ? "month" : unit === "week" ? "week" : slack ? "days" : "day";
  if (open === "more") return { fn: (p) => ({ start: null, end: centre(p) + (approx ? slack : 0), precision }), note: `${n} ${plural} or more before publication` };
  if (open === "less") return { fn: (p) => ({ start: centre(p), end: p, precision: unit === "day" ? "days" : precision }), note: `less than ${n} ${plural} before publication` };
  return { fn: (p) => ({ start: centre(p) - slack, end: centre(p) + slack, precision }), note: slack ? `${approx ? "about " : ""}${n} ${plural} before publication (±${slack} days)` : null };
}

/** "the past N units" / "last week / month / year" / "this ..." / "next ...", with a part. */
function unitFn(unit: Unit, count: number | null, mod: Mod, part: Part | null): { fn: RelFn; note: string | null } | null {
  const t = DATE_DEFAULTS.recent;
  if (count === null || count > 1 || mod === "recent") {
    // the past N units up to publication (vague plural: DATE_DEFAULTS.recent)
    if (mod === "next") return null;
    const n = count ?? (unit === "year" ? null : t[unit]);
    if (n === null) return null;
    const note = count === null ? `vague: the past few ${unit}s, read as ${n} ${unit}s` : null;
    if (unit === "day") return { fn: (p) => ({ start: p - n, end: p, precision: count === null ? "week" : "days" }), note };
    if (unit === "week") return { fn: (p) => ({ start: p - 7 * n, end: p, precision: count === null ? "month" : "week" }), note };
    if (unit === "month") return { fn: (p) => ({ start: addMonths(p, -n), end: p, precision: "month" }), note };
    return { fn: (p) => ({ start: addMonths(p, -12 * n), end: p, precision: "year" }), note };
  }
  const k = mod === "past" ? -1 : mod === "next" ? 1 : 0;
  if (unit === "day") return null;
  if (unit === "week") {
    return {
      fn: (p) => {
        const w = dow(p);
        const satStart = p - ((w + 1) % 7),
          sunStart = p - w; // start of the current week
        const s = Math.min(satStart, sunStart) + 7 * k;
        const e = k === -1 ? p - 1 : Math.max(satStart, sunStart) + 6 + 7 * k;
        return { start: s, end: e, precision: "week" };
      },
      note: null,
    };
  }
  if (unit === "month") {
    return {
      fn: (p) => {
        const [y0, m0] = ymd(p);
        const [y, m] = ymd(addMonths(dayOf(y0, m0, 1), k));
        return part ? monthPart(y, m, part) : monthRes(y, m);
      },
      note: null,
    };
  }
  return {
    fn: (p) => {
      const y = ymd(p)[0] + k;
      return part ? yearPart(y, part) : yearRes(y);
    },
    note: null,
  };
}

/** The most recent weekday `wd` on or before p (past: strictly before; next: strictly after). */
function weekdayFn(wd: number, mod: Mod | null, pair: boolean): RelFn {
  return (p) => {
    if (pair) {
      // a night or a pair of days X, X+1 that ended on or before publication
      const q = mod === "next" ? p + 1 : p - 1;
      const x = mod === "next" ? q + ((wd - dow(q) + 7) % 7) : q - ((dow(q) - wd + 7) % 7);
      return { start: x, end: x + 1, precision: "days" };
    }
    let x = p - ((dow(p) - wd + 7) % 7);
    if (mod === "past" && x === p) x -= 7;
    if (mod === "next") x = p + ((wd - dow(p) + 7) % 7 || 7);
    return dayRes(x);
  };
}

function numberOf(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return +s;
  return AR_NUMBERS.get(key(s)) ?? EN_NUMBERS.get(key(s)) ?? (/couple/.test(s) ? 2 : null);
}

const YEAR_OK = (y: number) => y >= DATE_DEFAULTS.years[0] && y <= DATE_DEFAULTS.years[1];

// ---------------------------------------------------------------------------------------------
// Matchers

const BARE_MONTH_CUE = new Set(["في", "وفي", "خلال", "منذ", "حتي", "وحتي", "الي", "من", "ومن", "قبل", "بعد", "طيله", "طوال", "بين", "و"].map(N));
const TODAY_NOT_BEFORE = new Set(["هذا", "ذلك", "نفس", "ذات", "بهذا", "وهذا", "لهذا"].map(N));
/** اليوم followed by these is "the next day", "the seventh day" (al-Youm al-Sabea), "World Day"...: not today. */
const TODAY_NOT_AFTER = new RegExp(`^\\s+(?:${alt(["التالي", "السابق", "الأخير", "الوطني", "العالمي", "الدولي", "نفسه", "ذاته", "الموعود", "المشهود", "الآخر", "الموالي", "الذي", "التي", "المحدد", "المقرر"])}|${ORD})${E}`, "u");
const WD_NOT_BEFORE = new Set(["صلاة", "لصلاة", "خطبة", "خطب", "خطيب", "كل", "أيام", "بين", "كلا", "هذين", "الواحد", "يومي", "لخطبة"].map(N));
/** `word` or `word` without a glued و / ف is in `set`. */
const inSet = (set: Set<string>, word: string) => set.has(word) || (/^[وف]./.test(word) && set.has(word.slice(1)));
const AFTER_SINGULAR_UNIT = new RegExp(`^\\s*(?:\\p{N}|ال\\p{L}|امس|البارحه|${MONTH_AR}|${HMONTH})`, "u");

const MATCHERS: Matcher[] = [
  // Arabic day / ordinal / part + month name (+ paired name) (+ year) (+ modifier)
  {
    re: re(
      `(?<m1>${MONTH_AR})${E}(?:\\s*(?:/|\\(|-)?\\s*(?<m2>${MONTH_AR})${E}(?:\\s*\\))?)?` +
        `(?:\\s+(?<dpost>${DAY})(?=\\s*,?\\s*${YEAR}))?` +
        `(?:\\s*,?\\s*(?:من\\s+)?(?:${YEARWORD}\\s+)?(?<y>${YEAR})(?:\\s*م${E})?)?` +
        `(?:\\s+(?:من\\s+)?(?:(?:العام|السنه)\\s+(?<ymod>${MODS_MONTH})|(?<ythis>هذا\\s+العام|هذه\\s+السنه))${E})?` +
        `(?:\\s+(?<mod>${MODS_MONTH})${E})?`,
    ),
    prefix: pre(`(?:(?<d1>${DAY})(?:\\s*(?:-|و|الي|حتي)\\s*(?<d2>${DAY}))?\\s+(?:من\\s+)?|(?<ord>${ORD})\\s+من\\s+|(?<part>${PART_AR})\\s+)?(?<shahr>شهر\\s+)?`),
    build(m, text) {
      const mo = AR_MONTHS.get(key(g(m, "m1")!))!;
      const m2 = g(m, "m2") ? AR_MONTHS.get(key(g(m, "m2")!))! : null;
      const y = g(m, "y") ? +g(m, "y")! : null;
      let end = m.index + m[0].length;
      if (y !== null && (g(m, "mod") || g(m, "ymod") || g(m, "ythis"))) end = gi(m, "y")![1];
      // "October of last year" / "of this year": the year relative to the publication
      const ymod = y === null ? (g(m, "ythis") ? "current" : modOf(g(m, "ymod"))) : null;
      const shift = ymod === "past" ? -1 : ymod === "next" ? 1 : ymod === "current" ? 0 : null;
      const mod = y === null && shift === null ? modOf(g(m, "mod")) : null;
      if (shift !== null && g(m, "mod")) end = gi(m, "ymod")?.[1] ?? gi(m, "ythis")![1];
      const d1 = g(m, "d1") ? +g(m, "d1")! : g(m, "ord") ? AR_ORDINALS.get(key(g(m, "ord")!))! : g(m, "dpost") ? +g(m, "dpost")! : null;
      const d2 = g(m, "d2") ? +g(m, "d2")! : null;
      const part = partOf(g(m, "part"));
      if (d1 === null && !part && !g(m, "shahr") && m2 === null && y === null && !mod && shift === null) {
        if (!inSet(BARE_MONTH_CUE, wordBefore(text, m.index))) return null;
      }
      if (d1 !== null) {
        const note = m2 !== null && m2 !== mo ? "paired month names disagree; the first is used" : null;
        return dayMonthCand(m.index, end, d1, d2, mo, y, mod, note, shift);
      }
      return monthCand(m.index, end, mo, m2 !== null && m2 !== mo ? m2 : null, y, mod, part, shift);
    },
  },
  // Hijri: (day) month year (هـ)
  {
    prefix: pre(`(?:(?<d1>${DAY})\\s+(?:من\\s+)?)?(?:شهر\\s+)?`),
    re: re(`(?<hm>${HMONTH})${E}\\s*,?\\s*(?:من\\s+)?(?:${YEARWORD}\\s+)?(?<y>${HYEAR})(?:\\s*(?:ه|هجري|هجريه|للهجره)${E})?`),
    build(m) {
      const y = +g(m, "y")!;
      if (y < DATE_DEFAULTS.hijriYears[0] || y > DATE_DEFAULTS.hijriYears[1]) return null;
      const hm = HIJRI_MONTHS.get(key(g(m, "hm")!))!;
      const d = g(m, "d1") ? +g(m, "d1")! : null;
      const s = DATE_DEFAULTS.hijriSlackDays;
      const len = hijriMonthLength(y, hm);
      if (d !== null && d > len + 1) return { start: m.index, end: m.index + m[0].length, kind: "date", abs: null, note: `invalid Hijri date (${d}/${hm}/${y})`, notRelative: true };
      const note = `Hijri date converted with the tabular Islamic calendar; widened by ${s} day${s === 1 ? "" : "s"} each side`;
      const abs: Res = d !== null ? { start: hijriDay(y, hm, d) - s, end: hijriDay(y, hm, d) + s, precision: "days" } : { start: hijriDay(y, hm, 1) - s, end: hijriDay(y, hm, len) + s, precision: "month" };
      return { start: m.index, end: m.index + m[0].length, kind: "date", hasDay: d !== null, abs, note, notRelative: true };
    },
  },
  // Hijri year alone: (عام) 1439 هـ
  {
    prefix: pre(`(?:${YEARWORD}\\s+)?`),
    re: re(`(?<y>${HYEAR})\\s*(?:ه|هجري|هجريه|للهجره)${E}`),
    build(m) {
      const y = +g(m, "y")!;
      if (y < DATE_DEFAULTS.hijriYears[0] || y > DATE_DEFAULTS.hijriYears[1]) return null;
      const s = DATE_DEFAULTS.hijriSlackDays;
      const abs: Res = { start: hijriDay(y, 1, 1) - s, end: hijriDay(y + 1, 1, 1) - 1 + s, precision: "year" };
      return { start: m.index, end: m.index + m[0].length, kind: "date", abs, note: "Hijri year converted with the tabular Islamic calendar", notRelative: true };
    },
  },
  // Arabic year with a cue: عام 2017, العام 2017, في 2017, منذ 2017, مطلع عام 2017, 2017 م; عامي 2017 و2018
  {
    prefix: pre(`(?:(?<part>${PART_AR})\\s+(?:${YEARWORD}\\s+)?|(?<cue>${YEARWORD})\\s+|(?<prep>في|منذ|خلال|حتي|طيله|طوال)\\s+)?`),
    re: re(`(?<y>${YEAR})(?:\\s*(?<suf>م|ميلادي|للميلاد)${E})?`),
    clitic: true,
    build(m, text) {
      const y = +g(m, "y")!;
      if (!YEAR_OK(y)) return null;
      if (!g(m, "part") && !g(m, "cue") && !g(m, "prep") && !g(m, "suf")) return null;
      const endY = gi(m, "y")![1];
      if (!g(m, "suf") && QUANTITY_AFTER.test(text.slice(endY, endY + 20))) return null;
      const start = g(m, "prep") ? gi(m, "y")![0] : m.index;
      return yearCand(start, m.index + m[0].length, y, partOf(g(m, "part")));
    },
  },
  {
    re: re(`(?:ال)?(?:عامي|سنتي)\\s+(?<ya>${YEAR})\\s*(?:و|-|الي|حتي)\\s*(?<yb>${YEAR})`),
    clitic: true,
    build(m) {
      const a = +g(m, "ya")!,
        b = +g(m, "yb")!;
      if (!YEAR_OK(a) || !YEAR_OK(b) || b <= a) return null;
      return { start: m.index, end: m.index + m[0].length, kind: "date", abs: { start: dayOf(a, 1, 1), end: dayOf(b, 12, 31), precision: "year" }, notRelative: true };
    },
  },
  // numeric dates: 29/6/2021, 29-06-2021, 29.6.2021, 2021-06-29, 2021/6/29
  {
    re: re(`(?<![\\p{N}./-])(?:(?<a>\\d{1,2})(?<s1>\\s?/\\s?|[.-])(?<b>\\d{1,2})\\k<s1>(?<c>\\d{4})|(?<Y>\\d{4})(?<s2>\\s?/\\s?|-)(?<M>\\d{1,2})\\k<s2>(?<D>\\d{1,2}))(?![\\p{N}]|[./-]\\p{N})`),
    build(m) {
      let y: number, mo: number, d: number;
      if (g(m, "Y")) [y, mo, d] = [+g(m, "Y")!, +g(m, "M")!, +g(m, "D")!];
      else {
        const a = +g(m, "a")!,
          b = +g(m, "b")!;
        y = +g(m, "c")!;
        // day first (Arabic and European usage); month first only when day first is impossible,
        // or when a named weekday matches only the month-first reading (see resolveGroup)
        [d, mo] = validDay(y, b, a) ? [a, b] : [b, a];
        if (YEAR_OK(y) && a !== b && validDay(y, a, b) && validDay(y, b, a)) {
          const c: Cand = { start: m.index, end: m.index + m[0].length, kind: "date", hasDay: true, abs: dayRes(dayOf(y, b, a)), notRelative: true };
          c.alt = dayRes(dayOf(y, a, b));
          return c;
        }
      }
      if (!YEAR_OK(y) || !validDay(y, mo, d)) return null;
      return { start: m.index, end: m.index + m[0].length, kind: "date", hasDay: true, abs: dayRes(dayOf(y, mo, d)), notRelative: true };
    },
  },
  // Arabic yesterday / today (with a part of the day)
  {
    prefix: pre(`(?:(?<pod>${POD_AR})\\s+)?(?:يوم\\s+)?`),
    re: re(`(?<a>اول\\s+(?:من\\s+)?امس|امس|البارحه|اليوم|غدا|بعد\\s+غد)${E}|(?<ln>الليله\\s+الماضيه|ليله\\s+البارحه)${E}`),
    clitic: true,
    build(m, text) {
      const a = g(m, "a");
      const end = m.index + m[0].length;
      if (g(m, "ln")) return { start: m.index, end, kind: "anchor", anchor: "yesterday", offset: -1, night: true, label: "last night" };
      const pod = g(m, "pod") ? key(g(m, "pod")!) : null;
      const night = !!pod && /ليل/.test(pod);
      if (a === "اليوم") {
        if (!pod && (inSet(TODAY_NOT_BEFORE, wordBefore(text, m.index)) || TODAY_NOT_AFTER.test(text.slice(end, end + 20)))) return null;
        return { start: m.index, end, kind: "anchor", anchor: "today", offset: 0, night, label: night ? "tonight" : "today" };
      }
      if (a!.startsWith("اول")) return { start: m.index, end, kind: "anchor", anchor: null, offset: -2, night, label: "the day before yesterday" };
      // غدا is also the verb "became": "tomorrow" only before a weekday or a date
      if (a === "غدا") return { start: m.index, end, kind: "anchor", anchor: null, offset: 1, night, label: "tomorrow", needsDate: true };
      if (a!.startsWith("بعد")) return { start: m.index, end, kind: "anchor", anchor: null, offset: 2, night, label: "the day after tomorrow" };
      return { start: m.index, end, kind: "anchor", anchor: "yesterday", offset: -1, night, label: night ? "last night" : "yesterday" };
    },
  },
  // Arabic weekday (night, pair, modifier): يوم الأربعاء, ليلة الأربعاء/الخميس, ليل الأحد, الأحد الماضي
  {
    prefix: pre(`(?:(?<pod>${POD_AR})\\s+)?(?:(?<yawm>يوم|نهار)\\s+)?`),
    re: re(`(?<wd>${WD_AR})${E}` + `(?:\\s*(?:/|-|علي|الي|و)\\s*(?<wd2>${WD_AR})${E})?(?:\\s+(?<mod>${MODS_MONTH})${E})?`),
    clitic: true,
    build(m, text) {
      const wd = AR_WEEKDAYS.get(key(g(m, "wd")!))!;
      const wd2 = g(m, "wd2") ? AR_WEEKDAYS.get(key(g(m, "wd2")!))! : null;
      const pod = g(m, "pod") ? key(g(m, "pod")!) : null;
      if (!pod && !g(m, "yawm") && inSet(WD_NOT_BEFORE, wordBefore(text, m.index))) return null;
      const night = !!pod && /ليل/.test(pod);
      let first = wd,
        end = m.index + m[0].length;
      let pair = night;
      let note: string | null = null;
      if (wd2 !== null) {
        if (wd2 === (wd + 1) % 7) pair = true;
        else if (wd === (wd2 + 1) % 7) ((first = wd2), (pair = true));
        else end = gi(m, "wd")![1];
      }
      const mod = wd2 !== null && end === gi(m, "wd")![1] ? null : modOf(g(m, "mod"));
      if (pair && wd2 === null) note = `the night from ${WEEKDAY_NAMES[first]} into ${WEEKDAY_NAMES[(first + 1) % 7]}`;
      const conj = m.index > 0 && text[m.index - 1] === "و" && !pod;
      return { start: m.index, end, kind: pair ? "other" : "weekday", weekday: first, night: pair, rel: weekdayFn(first, mod, pair), mode: "widen", conj, note, unknownNote: "weekday with unknown publication date" };
    },
  },
  // Arabic "N units ago": قبل يومين, منذ قرابة عامين أو يزيد, منذ أشهر, قبل ثلاثة أسابيع
  {
    re: re(
      `(?<pre>قبل|منذ)\\s+(?:(?<ap>${alt(["قرابة", "نحو", "حوالي", "حوالى", "زهاء", "ما يقارب", "ما يقرب من", "أكثر من", "أقل من", "ما يزيد عن", "ما يزيد على", "ما لا يقل عن", "بضعة", "بضع", "عدة"])})\\s+)?` +
        `(?:(?<n>\\d{1,3}|${NUM_AR})\\s+)?(?<u>${UNITS_AR})${E}(?<half>\\s+ونصف)?(?:\\s+(?<num2>${NUM_AR}))?(?<more>\\s+او\\s+(?:يزيد|اكثر|ازيد|اقل))?`,
    ),
    clitic: true,
    build(m, text) {
      const u = key(g(m, "u")!);
      const form = AR_UNITS.get(u)!;
      const unit = unitOf(u);
      const end = m.index + m[0].length;
      let n = numberOf(g(m, "n")) ?? numberOf(g(m, "num2"));
      const ap = g(m, "ap") ? key(g(m, "ap")!) : "";
      if (n === null && form !== 0) {
        if (!g(m, "n") && form === 1 && !g(m, "half") && AFTER_SINGULAR_UNIT.test(text.slice(end, end + 20))) return null;
        n = form;
      }
      if (g(m, "n") && n === null) return null;
      if (/بضع|عده/.test(ap)) n = null;
      if (g(m, "half") && n !== null) {
        if (unit === "year") return agoCand(m, text, "month", n * 12 + 6, ap);
        if (unit === "month") return agoCand(m, text, "week", Math.round(((n + 0.5) * 30) / 7), ap);
      }
      return agoCand(m, text, unit, n, ap);
    },
  },
  // Arabic the past two days / last week / last month / beginning of last month / this year ...
  {
    prefix: pre(`(?:(?<part>${PART_AR})\\s+)?(?:(?<this>هذا|هذه)\\s+)?`),
    re: re(
      `(?<u>${alt(["اليومين", "الأيام", "الأسبوع", "الأسبوعين", "الأسابيع", "الشهر", "الشهرين", "الأشهر", "الشهور", "العام", "العامين", "الأعوام", "السنة", "السنتين", "السنوات"])})${E}` +
        `(?:\\s+(?:القليله|القليلين|الثلاثه|الاربعه))?(?:\\s+(?<mod>${MODS_ALL})${E})?`,
    ),
    clitic: true,
    build(m, text) {
      const u = key(g(m, "u")!).slice(2);
      let mod = modOf(g(m, "mod"));
      if (!mod && g(m, "this")) mod = "current";
      if (!mod) return null;
      const unit = unitOf(u);
      const form = AR_UNITS.get(u) ?? 0;
      if (unit === "year" && form === 1 && !g(m, "part") && !g(m, "this") && inSet(GENERAL_NOUNS, wordBefore(text, m.index))) return null;
      if (form === 0 && unit === "year") return null;
      // singular: a calendar unit (last month); dual and plural: the past N units up to publication
      const f = unitFn(unit, form === 0 ? null : form, mod, partOf(g(m, "part")));
      if (!f) return null;
      return { start: m.index, end: m.index + m[0].length, kind: "other", rel: f.fn, mode: "widen", note: f.note };
    },
  },
  // English: June 28, 2021 / 28 June 2021 / 05 Apr 2017
  {
    re: re(`(?<m1>${EN_MONTH})\\.?\\s+(?<d1>${DAY})(?:st|nd|rd|th)?${E}(?:\\s*,?\\s*(?<y>${YEAR}))?`),
    build: (m) => enDay(m),
  },
  {
    re: re(`(?:the\\s+)?(?<d1>${DAY})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m1>${EN_MONTH})${E}\\.?(?:\\s*,?\\s*(?<y>${YEAR}))?`),
    build: (m) => enDay(m),
  },
  // English: June 2021, in June, last June, early June 2021
  {
    re: re(`(?:(?<part>${EN_PART})[\\s-]+|(?<cue>in|since|during|until|by|from|last|this|next)\\s+)?(?<m1>${EN_MONTH})${E}\\.?(?:\\s*,?\\s*(?<y>${YEAR}))?`),
    build(m) {
      const name = g(m, "m1")!;
      const y = g(m, "y") ? +g(m, "y")! : null;
      const cue = g(m, "cue");
      const part = partOf(g(m, "part"));
      if (y === null && !cue && !part) return null;
      if (y === null && !new RegExp(`^(?:${EN_MONTH_FULL})$`).test(name)) return null;
      const mo = EN_MONTHS.get(name)!;
      const mod: Mod | null = cue === "last" ? "past" : cue === "next" ? "next" : cue === "this" ? "current" : null;
      const start = cue && !["last", "next", "this"].includes(cue) ? gi(m, "m1")![0] : m.index;
      return monthCand(start, m.index + m[0].length, mo, null, y, y === null ? mod : null, part);
    },
  },
  // English year with a cue: in 2017, since 2017, early 2019
  {
    re: re(`(?:(?<part>${EN_PART})[\\s-]+|(?<cue>in|since|during|until|by|from|throughout)\\s+)(?<y>${YEAR})`),
    build(m, text) {
      const y = +g(m, "y")!;
      const endY = gi(m, "y")![1];
      if (!YEAR_OK(y) || QUANTITY_AFTER.test(text.slice(endY, endY + 20))) return null;
      return yearCand(g(m, "cue") ? gi(m, "y")![0] : m.index, endY, y, partOf(g(m, "part")));
    },
  },
  // English yesterday / today / last night / this morning
  {
    re: re(
      `(?:(?<pod>early|late)\\s+)?(?<a>the\\s+day\\s+(?:before\\s+yesterday|after\\s+tomorrow)|yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))(?:\\s+(?<pod2>morning|afternoon|evening|night))?${E}`,
    ),
    build(m) {
      const a = g(m, "a")!;
      const start = m.index,
        end = m.index + m[0].length;
      const night = g(m, "pod2") === "night";
      if (a.startsWith("the")) {
        const after = /after/.test(a);
        return { start, end, kind: "anchor", anchor: null, offset: after ? 2 : -2, label: after ? "the day after tomorrow" : "the day before yesterday" };
      }
      if (a === "yesterday") return { start, end, kind: "anchor", anchor: "yesterday", offset: -1, night, label: night ? "last night" : "yesterday" };
      if (a === "tomorrow") return { start, end, kind: "anchor", anchor: null, offset: 1, night, label: "tomorrow" };
      if (/last\s+night/.test(a)) return { start, end, kind: "anchor", anchor: "yesterday", offset: -1, night: true, label: "last night" };
      const tonight = a === "tonight" || night;
      return { start, end, kind: "anchor", anchor: "today", offset: 0, night: tonight, label: tonight ? "tonight" : "today" };
    },
  },
  // English weekday: on Wednesday, last Sunday, Sunday night
  {
    // ("Saturdays blast": a possessive whose apostrophe the text lost, before an event's noun)
    re: re(
      `(?:(?<q>on|last|this|next|past)\\s+)?(?<wd>${EN_WD})(?:s(?=\\s+(?:[\\p{L}-]+\\s+)?(?:attack|attacks|blast|blasts|bombing|bombings|strike|strikes|airstrike|airstrikes|air\\s+strikes?|raid|raids|explosion|explosions|assault|massacre|shelling|fighting|clashes|offensive|ambush|bombardment|toll|incident|violence)\\b))?(?:\\s+(?<pod>night|morning|evening|afternoon))?${E}`,
    ),
    build(m, text) {
      const wd = EN_WEEKDAYS.get(g(m, "wd")!)!;
      const q = g(m, "q");
      const mod: Mod | null = q === "last" || q === "past" ? "past" : q === "next" ? "next" : null;
      const night = g(m, "pod") === "night";
      const start = q === "on" ? gi(m, "wd")![0] : m.index;
      const conj = /\band\s+$/.test(text.slice(Math.max(0, start - 5), start));
      return { start, end: m.index + m[0].length, kind: night ? "other" : "weekday", weekday: wd, night, rel: weekdayFn(wd, mod, night), mode: "widen", conj, unknownNote: "weekday with unknown publication date" };
    },
  },
  {
    re: re(`(?<wd>${EN_WDA})\\.?${E}`),
    build(m) {
      const wd = EN_WEEKDAY_ABBR.get(g(m, "wd")!)!;
      return { start: m.index, end: m.index + m[0].length, kind: "weekday", weekday: wd, needsDate: true, rel: weekdayFn(wd, null, false), mode: "widen" };
    },
  },
  // English last week / this month / next year / the past two days / early last month
  {
    re: re(`(?:(?<part>${EN_PART})[\\s-]+)?(?:(?<q>last|this|next|previous|earlier\\s+this|later\\s+this)\\s+)(?<u>week|month|year)${E}`),
    build(m) {
      const q = g(m, "q")!;
      const mod: Mod = q === "last" || q === "previous" ? "past" : q === "next" ? "next" : "current";
      const f = unitFn(g(m, "u") as Unit, 1, mod, partOf(g(m, "part")));
      return f && { start: m.index, end: m.index + m[0].length, kind: "other", rel: f.fn, mode: "widen", note: f.note };
    },
  },
  {
    re: re(`(?:in|over|during|for)\\s+the\\s+(?:past|last)\\s+(?:(?<n>\\d{1,3}|${EN_NUM})\\s+)?(?<u>days?|weeks?|months?|years?)${E}`),
    build(m) {
      const u = g(m, "u")!.replace(/s$/, "") as Unit;
      const plural = /s$/.test(g(m, "u")!);
      const n = g(m, "n") && !/few|several/.test(g(m, "n")!) ? numberOf(g(m, "n")) : plural ? null : 1;
      const f = unitFn(u, n, "recent", null);
      return f && { start: m.index, end: m.index + m[0].length, kind: "other", rel: f.fn, mode: "widen", note: f.note };
    },
  },
  {
    re: re(`(?:(?<ap>about|around|nearly|almost|some|roughly|approximately|over|more\\s+than|less\\s+than|under|at\\s+least)\\s+)?(?<n>\\d{1,3}|${EN_NUM})\\s+(?<u>days?|weeks?|months?|years?)\\s+ago${E}`),
    build(m) {
      const u = g(m, "u")!.replace(/s$/, "") as Unit;
      const nn = g(m, "n")!;
      const n = /few|several/.test(nn) ? null : numberOf(nn);
      const ap = g(m, "ap") ?? "";
      const open = /over|more|least/.test(ap) ? "more" : /less|under/.test(ap) ? "less" : null;
      const f = agoFn(u, n, /about|around|nearly|almost|some|roughly|approx/.test(ap), open);
      return { start: m.index, end: m.index + m[0].length, kind: "other", rel: f.fn, mode: "widen", note: f.note };
    },
  },
];

function enDay(m: RegExpExecArray): Cand | null {
  const mo = EN_MONTHS.get(g(m, "m1")!)!;
  const d = +g(m, "d1")!;
  const y = g(m, "y") ? +g(m, "y")! : null;
  if (y !== null && !YEAR_OK(y)) return null;
  return dayMonthCand(m.index, m.index + m[0].length, d, null, mo, y, null);
}

function agoCand(m: RegExpExecArray, text: string, unit: Unit, n: number | null, ap: string): Cand {
  const start = m.index,
    end = m.index + m[0].length;
  // "two days before the shelling": relative to another event, not to the publication
  const after = /^\s+من\s+(\p{L}+)/u.exec(text.slice(end, end + 30));
  if (after && !/^(?:الان|الآن|اليوم|تاريخه|تاريخ)$/.test(after[1])) {
    return { start, end, kind: "other", abs: null, notRelative: true, note: `relative to another event (${m[0]} من ${after[1]}), not to the publication date` };
  }
  const more = /يزيد|اكثر|ازيد/.test(m.groups?.more ?? "") || /اكثر|يزيد|يقل/.test(ap) ? "more" : /اقل/.test(m.groups?.more ?? "") || /اقل/.test(ap) ? "less" : null;
  const approx = /قرابه|نحو|حوالي|زهاء|يقارب|يقرب/.test(ap);
  const f = agoFn(unit, n, approx, more);
  return { start, end, kind: "other", rel: f.fn, mode: "widen", note: f.note };
}

// ---------------------------------------------------------------------------------------------
// Selection, merging and resolution

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordAt = (text: string, i: number) => i >= 0 && WORD_CHAR.test(text[i]);
/** A match may start at `i`: not inside a word (after a glued و / ف clitic when allowed). */
function startsWord(text: string, i: number, clitic = false): boolean {
  if (!isWordAt(text, i - 1)) return true;
  return clitic && (text[i - 1] === "و" || text[i - 1] === "ف") && !isWordAt(text, i - 2);
}

const GAP = /^[ \t,:;(-]*(?:(?:يوم|نهار|الموافق|on|the)[ \t,:;(-]*)?$/u;
const ORDER: Record<Kind, number> = { anchor: 0, weekday: 1, date: 2, other: 3 };
const BEFORE_AFTER = /(?:^|[^\p{L}\p{N}])(قبل|بعد|before|after)\s+$/u;

/**
 * Find the date expressions of a normalised text and resolve them against the publication date.
 * Mentions are sorted by offset and do not overlap.
 *
 * @example
 * findDates(normalize("وفي 25 آذار /مارس المنصرم، شنت").text, parsePublished("2023-04"))[0].date;
 * // {start: "2023-03-25", end: "2023-03-25", precision: "day", text: "25 اذار /مارس المنصرم"}
 */
export function findDates(text: string, published: Published | null): DateMention[] {
  const pub = toPub(published);
  const cands: Cand[] = [];
  for (const { re: r, build, clitic, prefix } of MATCHERS) {
    r.lastIndex = 0;
    for (let m = r.exec(text); m; m = r.exec(text)) {
      if (m[0].length === 0) {
        r.lastIndex++;
        continue;
      }
      if (!startsWord(text, m.index, clitic || !!prefix)) {
        r.lastIndex = m.index + 1;
        continue;
      }
      if (prefix) m = withPrefix(m, prefix, text);
      const c = build(m, text);
      if (c && c.end > c.start) cands.push(c);
    }
  }
  // longest first; then by order of the matchers (dates before relative phrases)
  const order = cands.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const taken = new Uint8Array(text.length + 1);
  const kept: Cand[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.start; k < c.end; k++)
      if (taken[k]) {
        free = false;
        break;
      }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);

  const out: DateMention[] = [];
  for (let i = 0; i < kept.length;) {
    const group: Cand[] = [kept[i]];
    let j = i + 1;
    while (j < kept.length) {
      const prev = group[group.length - 1],
        next = kept[j];
      if (prev.kind === "other" || next.kind === "other" || ORDER[next.kind] <= ORDER[prev.kind]) break;
      if (next.kind === "date" && !next.hasDay) break;
      if (next.kind === "weekday" && next.conj) break;
      const gap = text.slice(prev.end, next.start);
      if (gap.length > 20 || !GAP.test(gap)) break;
      group.push(next);
      j++;
    }
    i = j;
    const mention = resolveGroup(group, text, pub);
    if (mention) out.push(mention);
  }
  return out;
}

/** Extend a match backwards with its optional prefix (the prefix's groups join the match's). */
function withPrefix(m: RegExpExecArray, prefix: RegExp, text: string): RegExpExecArray {
  const from = Math.max(0, m.index - PREFIX_REACH);
  const p = prefix.exec(text.slice(from, m.index));
  if (!p || !p[0].length) return m;
  const start = m.index - p[0].length;
  if (!startsWord(text, start, true)) return m;
  const ext = [text.slice(start, m.index + m[0].length)] as unknown as RegExpExecArray;
  ext.index = start;
  ext.input = text;
  ext.groups = { ...p.groups, ...m.groups };
  ext.indices = m.indices;
  return ext;
}

/** An explicit date right after قبل / بعد / before / after becomes an open interval. */
function withBeforeAfter(c: Cand, text: string): { start: number; wrap: ((r: Res) => Res) | null; note: string | null } {
  if (c.kind !== "date") return { start: c.start, wrap: null, note: null };
  const from = Math.max(0, c.start - 10);
  const m = BEFORE_AFTER.exec(text.slice(from, c.start));
  if (!m) return { start: c.start, wrap: null, note: null };
  const before = m[1] === "قبل" || m[1] === "before";
  return {
    start: from + m.index + m[0].indexOf(m[1]),
    wrap: (r) => (before ? { start: null, end: r.start === null ? null : r.start - 1, precision: r.precision, note: r.note } : { start: r.end === null ? null : r.end + 1, end: null, precision: r.precision, note: r.note }),
    note: before ? "before the date: open start" : "after the date: open end",
  };
}

function resolveCand(c: Cand, pub: Pub | null): { res: Res | null; note: string | null; relative: boolean } {
  if (c.abs !== undefined) return { res: c.abs, note: join(c.abs?.note, c.note), relative: false };
  if (!c.rel) return { res: null, note: c.note ?? null, relative: !c.notRelative };
  const r = resolveRel(c.rel, pub, c.mode ?? "widen");
  const note = !pub ? join(c.note, c.unknownNote ?? r.note) : join(c.note, r.note);
  return { res: r.res, note, relative: true };
}

function resolveGroup(group: Cand[], text: string, pub: Pub | null): DateMention | null {
  const anchor = group.find((c) => c.kind === "anchor");
  const wdc = group.find((c) => c.kind === "weekday");
  const datec = group.find((c) => c.kind === "date");
  if (group.length === 1 && group[0].needsDate) return null;
  let start = group[0].start;
  const end = group[group.length - 1].end;
  const weekday = wdc?.weekday ?? group.find((c) => c.weekday != null)?.weekday ?? null;
  const wdName = weekday !== null ? WEEKDAY_NAMES[weekday] : null;
  const notes: Array<string | null> = [];
  let res: Res | null;
  let relative: boolean;
  let conflict = false;

  let anchorLabel: string | null = null;
  if (anchor) {
    anchorLabel = anchor.label ?? anchor.anchor ?? "relative day";
    notes.push(wdName ? `${anchorLabel} (${wdName})` : anchorLabel);
  }
  const anchorFn: RelFn | null = anchor ? (p) => (anchor.night ? { start: p + anchor.offset!, end: p + anchor.offset! + 1, precision: "days" } : dayRes(p + anchor.offset!)) : null;

  if (datec) {
    const ba = group.length === 1 ? withBeforeAfter(datec, text) : { start, wrap: null, note: null };
    start = Math.min(start, ba.start);
    const r = resolveCand(datec, pub);
    res = r.res && ba.wrap ? ba.wrap(r.res) : r.res;
    relative = r.relative || !!anchor;
    notes.push(r.note, ba.note);
    if (res && res.precision === "days" && weekday !== null && res.start !== null && res.end !== null && res.end - res.start < 7) {
      // a short interval (a Hijri date ±1 day, a day range) and a named weekday: keep the matching day
      const hit = res.start + ((weekday - dow(res.start) + 7) % 7);
      if (hit <= res.end) {
        res = dayRes(hit);
        notes.push(`narrowed to the named ${wdName}`);
      } else {
        conflict = true;
        notes.push(`named ${wdName} but no day from ${iso(res.start)} to ${iso(res.end)} is a ${wdName}`);
      }
    }
    if (res && res.precision === "day" && res.start !== null) {
      let day = res.start;
      if (weekday !== null && dow(day) !== weekday && datec.alt?.start != null && dow(datec.alt.start) === weekday) {
        res = datec.alt;
        day = datec.alt.start;
        notes.push("read month first to match the named weekday");
      }
      if (weekday !== null && dow(day) !== weekday) {
        conflict = true;
        notes.push(`named ${wdName} but ${iso(day)} is a ${WEEKDAY_NAMES[dow(day)]}`);
      }
      if (anchor && pub && pub.precision === "day") {
        const a = anchorFn!(pub.start)!;
        if (a.start !== null && a.end !== null && (day < a.start || day > a.end)) {
          conflict = true;
          notes.push(`${anchorLabel} is ${iso(a.start)} but the text gives ${iso(day)}`);
        }
      }
    }
  } else if (anchor) {
    relative = true;
    const r = resolveRel(anchorFn!, pub, "widen");
    res = r.res;
    notes.push(r.note);
    if (res && weekday !== null && res.start !== null && res.end !== null) {
      if (res.end - res.start < 7 && !anchor.night) {
        if (dow(res.start) !== weekday) {
          conflict = true;
          notes.push(`named ${wdName} but ${iso(res.start)} is a ${WEEKDAY_NAMES[dow(res.start)]}`);
        }
      } else if (!anchor.night) {
        // widened: keep only the named weekdays' span
        const s = res.start + ((weekday - dow(res.start) + 7) % 7);
        const e = res.end - ((dow(res.end) - weekday + 7) % 7);
        if (s <= e) res = { ...res, start: s, end: e };
      }
    }
  } else {
    const c = group[0];
    const r = resolveCand(c, pub);
    res = r.res;
    relative = r.relative;
    notes.push(r.note);
  }

  const slice = text.slice(start, end);
  return {
    start,
    end,
    date: res ? { start: res.start === null ? null : iso(res.start), end: res.end === null ? null : iso(res.end), precision: res.precision, text: slice } : null,
    relative,
    weekday,
    anchor: anchor?.anchor ?? null,
    note: join(...notes),
    conflict,
  };
}
