import { existsSync, readFileSync } from "node:fs";
import { displayPath } from "../config.ts";
import { z } from "zod";
import { UserError } from "../errors.ts";
import { YamlText, atLine } from "../yaml.ts";
import { VERDICTS, type Verdict } from "../types.ts";

const who = { note: z.string().nullish(), by: z.string().nullish() };
const num = z.union([z.number(), z.null()]);
const reviewSchema = z.union([
  z.strictObject({ reject: z.string(), ...who }),
  z.strictObject({
    correct: z.string(),
    value: z.strictObject({ low: num, high: num, qualifier: z.string().optional() }).optional(),
    date: z.strictObject({ start: z.string().nullable(), end: z.string().nullable(), precision: z.enum(["day", "days", "week", "month", "year"]) }).optional(),
    ...who,
  }),
  z.strictObject({ merge: z.array(z.string()).min(2), ...who }),
  z.strictObject({ split: z.string(), ...who }),
  z.strictObject({ verdict: z.string(), set: z.enum(VERDICTS as [Verdict, ...Verdict[]]), ...who }),
]);

/** One analyst decision, with where it was written. */
export type Review = z.infer<typeof reviewSchema> & { at: string };

const EXAMPLE = `write one of:
  - reject: <claim id>           (note:, by: optional)
  - correct: <claim id>          with value: {low, high} or date: {start, end, precision}
  - merge: [<cluster id>, <cluster id>]
  - split: <claim id>
  - verdict: <cluster id>        with set: corroborated | partial | contested | echoed | single-source`;

/** Read and validate `reviews.yaml`; errors name `file:line`. A missing file is no reviews. */
export function loadReviews(file: string | null): { reviews: Review[]; hash: string } {
  if (!file || !existsSync(file)) return { reviews: [], hash: "" };
  const text = readFileSync(file, "utf8");
  const path = displayPath(file);
  const yaml = new YamlText(text);
  const errors = yaml.syntaxErrors.map((e) => atLine(path, e.line, e.message));
  const reviews: Review[] = [];
  const items = errors.length ? [] : yaml.list();
  if (!items) errors.push(atLine(path, 1, `reviews.yaml is a list of decisions; ${EXAMPLE}`));
  else
    for (const { value, line } of items) {
      const parsed = reviewSchema.safeParse(value);
      if (parsed.success) reviews.push({ ...parsed.data, at: `${path}:${line}` });
      else errors.push(atLine(path, line, `not a review: ${JSON.stringify(value)}; ${EXAMPLE}`));
    }
  if (errors.length) throw new UserError(errors.join("\n"));
  return { reviews, hash: text };
}
