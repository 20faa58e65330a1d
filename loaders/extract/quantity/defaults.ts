/** What a quantity is (an interval with a qualifier and a unit) and the tunables of reading one. */

/**
 * How the number relates to the count: `exact` (n), `about` (n ± tolerance), open bounds, a `range`, or a `vague` count word.
 *
 * @example
 * findQuantities("ما لا يقل عن 5 عناصر")[0].qualifier; // "at_least" (low 5, high null)
 */
export type Qualifier = "exact" | "about" | "more_than" | "at_least" | "less_than" | "at_most" | "vague" | "range";

/**
 * One quantity found in normalised text. Offsets are into that text; map them back to the raw
 * article with `normalize(raw).raw(start, end)`.
 *
 * @example
 * findQuantities("وجود نحو 15 الف مقاتل")[0];
 * // { start: 5, end: 21, numStart: 9, numEnd: 15, low: 13500, high: 16500, qualifier: "about",
 * //   unit: "fighters", unitStart: 16, unitEnd: 21, text: "نحو 15 الف مقاتل" }
 */
export interface Quantity {
  /** Start of the whole expression: qualifier + number + scale word + unit noun. */
  start: number;
  /** End of the whole expression. */
  end: number;
  /** Start of the number expression itself (digits or number words, with their scale word). */
  numStart: number;
  /** End of the number expression itself. */
  numEnd: number;
  /** Lower bound; `null` is open. */
  low: number | null;
  /** Upper bound; `null` is open. */
  high: number | null;
  qualifier: Qualifier;
  /** Canonical unit (`fighters`, `rockets`, `sites`, `days`, `percent`, …) or `null` when no known noun is counted. */
  unit: string | null;
  unitStart: number | null;
  unitEnd: number | null;
  /** `text.slice(start, end)`. */
  text: string;
}

/**
 * Every tunable of the reader.
 *
 * @example
 * QUANTITY_DEFAULTS.aboutTolerance; // 0.1: "about 100" is [90, 110]
 */
export const QUANTITY_DEFAULTS = {
  /** `about n` reads as [n × (1 − t), n × (1 + t)]. */
  aboutTolerance: 0.1,
  /** Vague count words as [low, high]. */
  vague: {
    tens: [10, 99],
    hundreds: [100, 999],
    thousands: [1_000, 9_999],
    millions: [1_000_000, 9_999_999],
    billions: [1_000_000_000, 9_999_999_999],
    few: [3, 9],
    several: [3, 10],
    dozens: [24, 99],
    scores: [40, 99],
  },
  /** A bare 4-digit number in this range with no unit is a year, not a count. */
  yearRange: [1900, 2100],
  /** Hijri years, skipped when marked as years (`1439 هـ`, `عام 1439`). */
  hijriYearRange: [1300, 1500],
  /** A digit run at least this long (or one of 3+ digits led by 0) is a phone number or an id. */
  phoneDigits: 9,
  /** English words skipped between a number and its noun (`15,000 iranian troops`). */
  maxAdjectives: 2,
} as const;

/**
 * Units that are durations; callers counting people or things usually ignore them.
 *
 * @example
 * DURATION_UNITS.has("days"); // true
 */
export const DURATION_UNITS: ReadonlySet<string> = new Set(["minutes", "hours", "days", "weeks", "months", "years"]);
