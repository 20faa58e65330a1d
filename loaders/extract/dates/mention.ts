/** What a date mention is (an interval with a precision, relative or not) and the tunables of resolving one. */
import type { Published } from "../../corpus/types.ts";
import type { Precision } from "../../types.ts";
import type { Part } from "./calendar.ts";

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
