/**
 * Date expressions in normalised text, resolved to intervals with a precision.
 *
 * Input is the `text` of {@link normalize} (folded letters, ASCII digits, Latin lower-cased), so
 * every pattern in dates/ is written in raw Arabic and passed through `normalize` once, at load time.
 * The parts, in dates/: mention (the DateMention type and tunables), calendar (day arithmetic and
 * publication dates), vocabulary (month, weekday, number and unit words), candidates (regex blocks
 * and what a match becomes), matchers (the pattern list) and resolve (grouping adjacent candidates
 * and resolving them against the publication date).
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
export { DATE_DEFAULTS, relativeAnchor } from "./dates/mention.ts";
export type { Anchor, DateInterval, DateMention, Precision, Published } from "./dates/mention.ts";
export { parsePublished } from "./dates/calendar.ts";
import type { Published } from "../corpus/types.ts";
import { toPub } from "./dates/calendar.ts";
import type { Cand } from "./dates/candidates.ts";
import { MATCHERS } from "./dates/matchers.ts";
import type { DateMention } from "./dates/mention.ts";
import { GAP, ORDER, resolveGroup, startsWord, withPrefix } from "./dates/resolve.ts";

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
