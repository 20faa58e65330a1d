/** Regex building blocks and date candidates: what a match becomes before grouping (an absolute interval, or a function of the publication date). */
import type { Precision } from "../../types.ts";
import { addMonths, dayOf, dayRes, dim, dow, monthPart, monthRes, validDay, yearPart, yearRes, ymd } from "./calendar.ts";
import type { Part, RelFn, DaySpan } from "./calendar.ts";
import { DATE_DEFAULTS } from "./mention.ts";
import type { Anchor } from "./mention.ts";
import { AR_MONTHS, AR_NUMBERS, AR_ORDINALS, AR_UNITS, AR_WEEKDAYS, EN_MONTHS, EN_MONTHS_FULL, EN_NUMBERS, EN_WEEKDAYS, EN_WEEKDAY_ABBR, HIJRI_MONTHS, MOD_WORDS, MONTH_MODS, PARTS, alt, key } from "./vocabulary.ts";
import type { Mod, Unit } from "./vocabulary.ts";

// ---------------------------------------------------------------------------------------------
// Regex building blocks (all on normalised text, flags "gud")

const WORD_CHAR = "\\p{L}\\p{N}";
/** Word end. (Word starts are checked in code, see `startsWord`: a lookbehind at every position is slow.) */
export const WORD_END = `(?![${WORD_CHAR}])`;
export const DAY = `(?<![\\p{N}:./-])(?:3[01]|[12]\\d|0?[1-9])(?![\\p{N}]|\\s*:|[./-]\\p{N})`;
export const YEAR = `(?<![\\p{N}.,/])(?:19\\d\\d|20\\d\\d|2100)(?![\\p{N}]|[.,/]\\p{N})`;
export const HYEAR = `(?<![\\p{N}.,/])1[34]\\d\\d(?![\\p{N}]|[.,/]\\p{N})`;

export const MONTH_AR = alt([...AR_MONTHS.keys()]);
export const HMONTH = alt([...HIJRI_MONTHS.keys()]);
export const WD_AR = alt([...AR_WEEKDAYS.keys()]);
export const ORD = alt([...AR_ORDINALS.keys()]);
export const PART_AR = alt([...PARTS.keys()]);
export const MODS_MONTH = alt(MONTH_MODS);
export const MODS_ALL = alt([...MOD_WORDS.keys()]);
export const UNITS_AR = alt([...AR_UNITS.keys()]);
export const NUM_AR = alt([...AR_NUMBERS.keys()]);
export const POD_AR = alt(["صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليلة", "ظهيرة", "منتصف ليل", "بعد ظهر", "قبيل", "قبل ظهر", "بعيد"]);
export const YEARWORD = `(?:[وبلف]?ال|ل)?(?:${alt(["عام", "سنة"])})`;
export const EN_MONTH = alt([...EN_MONTHS.keys()]);
export const EN_MONTH_FULL = alt(EN_MONTHS_FULL);
export const EN_WD = alt([...EN_WEEKDAYS.keys()]);
export const EN_WDA = alt([...EN_WEEKDAY_ABBR.keys()]);
export const EN_NUM = alt([...EN_NUMBERS.keys(), "a couple of", "a few", "few", "several"]);
export const EN_PART = "early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of(?:\\s+the)?";

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
export const re = (s: string) => new RegExp(oneLine(s), "gud");
/** A prefix pattern, tried backwards from a match (anchored at the end of a short slice). */
export const pre = (s: string) => new RegExp(`${oneLine(s)}$`, "u");
/** How far back a prefix may reach. */
export const PREFIX_REACH = 48;
export const QUANTITY_AFTER = new RegExp(`^\\s*(?:${alt(["ألف", "آلاف", "مليون", "مليار", "دولار", "شخص", "مقاتل", "عنصر", "قتيل", "جندي"])}|%|people|fighters|troops|dollars|km|\\$)`, "u");
const LEFT_WORD = new RegExp(`([${WORD_CHAR}]+)[^${WORD_CHAR}\\n]*$`, "u");

/** The word before `at` (skipping spaces and punctuation on the same line). */
export function wordBefore(text: string, at: number): string {
  const m = LEFT_WORD.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1] : "";
}

// ---------------------------------------------------------------------------------------------
// Candidates

export type Kind = "anchor" | "weekday" | "date" | "other";

export interface Cand {
  start: number;
  end: number;
  kind: Kind;
  /** Resolved without the publication date (null with `note`: invalid). */
  abs?: DaySpan | null;
  /** Another reading of an ambiguous numeric date (month first), used if a named weekday fits only it. */
  alt?: DaySpan;
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

export interface Matcher {
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

export const g = (m: RegExpExecArray, name: string) => m.groups?.[name];
export const gi = (m: RegExpExecArray, name: string) => m.indices?.groups?.[name];

/** A date at day + month, with or without year (y), given `mod` relative to the publication. */
export function dayMonthCand(start: number, end: number, d1: number, d2: number | null, mo: number, y: number | null, mod: Mod | null, note: string | null = null, shift: number | null = null): Cand {
  if (!validDay(2000, mo, d1)) return { start, end, kind: "date", hasDay: true, abs: null, note: `invalid date (day ${d1} of month ${mo})`, notRelative: true };
  const res = (yy: number): DaySpan | null => {
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
export function monthCand(start: number, end: number, mo: number, mo2: number | null, y: number | null, mod: Mod | null, part: Part | null, shift: number | null = null): Cand {
  const res = (yy: number): DaySpan => {
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

export function yearCand(start: number, end: number, y: number, part: Part | null): Cand {
  return { start, end, kind: "date", abs: part ? yearPart(y, part) : yearRes(y), notRelative: true };
}

/** "N units ago" (n = null: vague plural); approx: "about"; open: "or more" / "more than"; less: "less than". */
export function agoFn(unit: Unit, n: number | null, approx: boolean, open: "more" | "less" | null): { fn: RelFn; note: string | null } {
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
export function unitFn(unit: Unit, count: number | null, mod: Mod, part: Part | null): { fn: RelFn; note: string | null } | null {
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
export function weekdayFn(wd: number, mod: Mod | null, pair: boolean): RelFn {
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

export function numberOf(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return +s;
  return AR_NUMBERS.get(key(s)) ?? EN_NUMBERS.get(key(s)) ?? (/couple/.test(s) ? 2 : null);
}

export const YEAR_OK = (y: number) => y >= DATE_DEFAULTS.years[0] && y <= DATE_DEFAULTS.years[1];
