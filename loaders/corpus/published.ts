import type { Published } from "./types.ts";

const DAYS_IN_MONTH = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Parse a front-matter publication date: a year, a month or a day, or null for unknown.
 * Returns undefined when the value is not one of those.
 *
 * @example
 * parsePublished("2020-01"); // {start: "2020-01-01", end: "2020-01-31", precision: "month"}
 */
export function parsePublished(value: unknown): Published | null | undefined {
  if (value === null || value === undefined) return null;
  if (value instanceof Date && !isNaN(+value)) value = value.toISOString().slice(0, 10);
  const s = String(value).trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) {
    const y = +m[1];
    if (y < 1900 || y > 2100) return undefined;
    return { start: `${y}-01-01`, end: `${y}-12-31`, precision: "year" };
  }
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const y = +m[1],
      mo = +m[2];
    if (mo < 1 || mo > 12 || y < 1900 || y > 2100) return undefined;
    return { start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${pad(DAYS_IN_MONTH(y, mo))}`, precision: "month" };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const y = +m[1],
      mo = +m[2],
      d = +m[3];
    if (mo < 1 || mo > 12 || d < 1 || d > DAYS_IN_MONTH(y, mo) || y < 1900 || y > 2100) return undefined;
    return { start: s, end: s, precision: "day" };
  }
  return undefined;
}
