/**
 * Quantities in normalised article text (Arabic and English), read as intervals: `نحو 15 ألف مقاتل`
 * is about 15,000 fighters, [13500, 16500]; `أكثر من 150 مسلحا` is (150, ∞); `عشرات` is [10, 99].
 *
 * The input is `normalize(raw).text` (loaders/text/normalize.ts): every pattern in quantity/ is
 * written in raw Arabic and normalised at load, so `ثمانية` there matches `ثمانيه` in the text.
 *
 * The parts, in quantity/: defaults (the Quantity type and tunables), lexicon (units, number words,
 * scales), phrases (qualifiers and the words that tell a count from a date or an id), tokens (and the
 * number core), digits, words (spelled numbers), context (ranges, units and qualifiers around a
 * core) and reader (which assembles them at a token).
 */
export { DURATION_UNITS, QUANTITY_DEFAULTS } from "./quantity/defaults.ts";
export type { Qualifier, Quantity } from "./quantity/defaults.ts";
import type { Quantity } from "./quantity/defaults.ts";
import { mayStart, readAt, toQuantity } from "./quantity/reader.ts";
import { lexemes } from "../text/tokens.ts";

// ---------------------------------------------------------------------------------------------

/**
 * Find the quantities in normalised text, sorted by start and non-overlapping.
 *
 * @example
 * import { normalize } from "../text/normalize.ts";
 * findQuantities(normalize("وينتشر أكثر من 150 مسلحا من ميليشيا فاطميون").text)
 *   .map((q) => [q.text, q.low, q.high, q.qualifier, q.unit]);
 * // [["اكثر من 150 مسلحا", 150, null, "more_than", "fighters"]]
 */
export function findQuantities(text: string): Quantity[] {
  const toks = lexemes(text);
  const out: Quantity[] = [];
  let floor = 0;
  let skipped = -1;
  for (let i = 0; i < toks.length;) {
    const r = mayStart(toks[i]) ? readAt(toks, i, floor, skipped) : null;
    if (r === null) {
      i++;
      continue;
    }
    if (typeof r === "number") {
      i = floor = skipped = Math.max(r, i + 1);
      continue;
    }
    out.push(toQuantity(text, toks, r));
    i = floor = r.end;
  }
  return out;
}
