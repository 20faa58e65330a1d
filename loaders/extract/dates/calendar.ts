import { parsePublished as readPublished } from "../../corpus/published.ts";
import type { Published } from "../../corpus/types.ts";
import type { Precision } from "../../types.ts";
import { DATE_DEFAULTS } from "./mention.ts";

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01, UTC)

export type Part = "early" | "mid" | "late";

export interface DaySpan {
  start: number | null;
  end: number | null;
  precision: Precision;
  note?: string | null;
}

const MS = 86_400_000;
export const dayOf = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / MS);
export const dim = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export function ymd(day: number): [number, number, number] {
  const t = new Date(day * MS);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
const isoOf = new Map<number, string>();
export const iso = (day: number) => {
  let s = isoOf.get(day);
  if (s === undefined) isoOf.set(day, (s = new Date(day * MS).toISOString().slice(0, 10)));
  return s;
};
export const dow = (day: number) => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
export function addMonths(day: number, n: number): number {
  const [y, m, d] = ymd(day);
  const t = y * 12 + (m - 1) + n;
  const ny = Math.floor(t / 12);
  const nm = t - ny * 12 + 1;
  return dayOf(ny, nm, Math.min(d, dim(ny, nm)));
}
export const monthRes = (y: number, m: number): DaySpan => ({ start: dayOf(y, m, 1), end: dayOf(y, m, dim(y, m)), precision: "month" });
export const yearRes = (y: number): DaySpan => ({ start: dayOf(y, 1, 1), end: dayOf(y, 12, 31), precision: "year" });
export const dayRes = (d: number): DaySpan => ({ start: d, end: d, precision: "day" });
export const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);

export function monthPart(y: number, m: number, part: Part): DaySpan {
  const [a, b] = DATE_DEFAULTS.monthParts[part];
  const last = dim(y, m);
  return { start: dayOf(y, m, Math.min(a, last)), end: dayOf(y, m, part === "late" ? last : Math.min(b, last)), precision: "days" };
}
export function yearPart(y: number, part: Part): DaySpan {
  const [a, b] = DATE_DEFAULTS.yearParts[part];
  return { start: dayOf(y, a, 1), end: dayOf(y, b, dim(y, b)), precision: "month" };
}

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const PRECISIONS: Precision[] = ["day", "days", "week", "month", "year"];
const coarser = (a: Precision, b: Precision) => (PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b);

/**
 * Tabular (arithmetical) Islamic calendar, civil epoch: the day number of y/m/d AH. (Hand-written because
 * Intl can write a day in this calendar but not read one back; a test holds it to Intl's `islamic-civil`.)
 */
export function hijriDay(y: number, m: number, d: number): number {
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  return Math.round(jd - 2440587.5);
}
export const hijriMonthLength = (y: number, m: number) => (m % 2 === 1 ? 30 : m === 12 && (14 + 11 * y) % 30 < 11 ? 30 : 29);

// ---------------------------------------------------------------------------------------------
// Publication dates

export interface PublishedDays {
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

export function toPub(p: Published | null): PublishedDays | null {
  if (!p) return null;
  const start = isoDayOf(p.start),
    end = isoDayOf(p.end);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return null;
  return { start, end, precision: p.precision };
}

export type RelFn = (p: number) => DaySpan | null;

const UNKNOWN_PUB = "relative date with unknown publication date";

/**
 * Evaluate a relative date. "widen": at both ends of the publication interval, then their union.
 * "end": at the end of the publication interval only (a day and month without a year).
 */
export function resolveRel(fn: RelFn, pub: PublishedDays | null, mode: "widen" | "end"): { res: DaySpan | null; note: string | null } {
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

export function join(...notes: Array<string | null | undefined>): string | null {
  const xs = notes.filter((x): x is string => !!x);
  return xs.length ? [...new Set(xs)].join("; ") : null;
}
