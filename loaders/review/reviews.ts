import { displayPath } from "../config.ts";
import { z } from "zod";
import stringSimilarity from "string-similarity";
import { UserError } from "../errors.ts";
import { YamlText, atLine } from "../yaml.ts";
import { readTextFile } from "../corpus/read.ts";
import { parsePublished } from "../corpus/published.ts";
import { CLAIM_KINDS, VERDICTS, type Verdict } from "../types.ts";
import { existsSync } from "node:fs";

const who = { note: z.string().nullish(), by: z.string().nullish() };
const num = z.union([z.number(), z.null()]);
/** Each kind of review, by the key that names it. */
const FORMS = {
  reject: z.strictObject({ reject: z.string(), ...who }),
  correct: z.strictObject({
    correct: z.string(),
    value: z.strictObject({ low: num, high: num, qualifier: z.string().optional() }).optional(),
    date: z.strictObject({ start: z.string().nullable(), end: z.string().nullable(), precision: z.enum(["day", "days", "week", "month", "year"]) }).optional(),
    ...who,
  }),
  merge: z.strictObject({ merge: z.array(z.string()).min(2), ...who }),
  split: z.strictObject({ split: z.string(), ...who }),
  verdict: z.strictObject({ verdict: z.string(), set: z.enum(VERDICTS as [Verdict, ...Verdict[]]), ...who }),
};
const reviewSchema = z.union([FORMS.reject, FORMS.correct, FORMS.merge, FORMS.split, FORMS.verdict]);

/** What to write for each kind of review. */
const FORM_HINT: Record<keyof typeof FORMS, string> = {
  reject: "- reject: <claim id>, with note: and by: optional",
  correct: "- correct: <claim id>, with value: {low, high} or date: {start, end, precision: day|days|week|month|year}",
  merge: "- merge: [<cluster id>, <cluster id>, …]",
  split: "- split: <claim id>",
  verdict: `- verdict: <cluster id>, with set: ${VERDICTS.join(", ")}`,
};

/** Why an entry is not a review, said of the kind of review it starts as (its first key that names one). */
function notAReview(value: unknown, keyLine: (key: string) => number, line: number): { line: number; message: string } {
  const message = whyNotAReview(value);
  const first = message.key;
  return { line: first ? keyLine(first) : line, message: message.text };
}

function whyNotAReview(value: unknown): { key: string | null; text: string } {
  const form = value && typeof value === "object" && !Array.isArray(value) ? (Object.keys(value).find((k) => k in FORMS) as keyof typeof FORMS | undefined) : undefined;
  if (!form) return { key: null, text: `not a review: ${JSON.stringify(value)}; ${EXAMPLE}` };
  const issue = FORMS[form].safeParse(value).error?.issues[0];
  if (!issue) return { key: null, text: `not a review: ${JSON.stringify(value)}; ${EXAMPLE}` };
  const at = issue.path.join(".");
  let got: unknown = value;
  for (const k of issue.path) got = (got as Record<PropertyKey, unknown>)?.[k as PropertyKey];
  const keys = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : null;
  const text = `${form} review: ${keys ? `unknown key ${keys}` : `${at || "entry"} ${got === undefined ? "is missing" : `is ${JSON.stringify(got)}`} (${issue.message})`}; write ${FORM_HINT[form]}`;
  // (the line of the key at fault: a missing key's is the entry's)
  return { key: issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "") || null, text };
}

/** One analyst decision, with where it was written. */
export type Review = z.infer<typeof reviewSchema> & { at: string };

const EXAMPLE =
  "write one of: - reject: <claim id> | - correct: <claim id> with value: {low, high} or date: {start, end, precision} | - merge: [<cluster id>, <cluster id>] | - split: <claim id> | - verdict: <cluster id> with set: corroborated, partial, contested, echoed or single-source (note: and by: optional)";

/** A problem of a reviews file at a line (0: the file itself). */
export interface ReviewProblem {
  path: string;
  line: number;
  message: string;
}

/** The closest of `known` to `given`, for "did you mean". */
export function nearestId(given: string, known: Iterable<string>): string | null {
  const list = [...known];
  if (!list.length) return null;
  const { bestMatch } = stringSimilarity.findBestMatch(given, list);
  return bestMatch.rating >= 0.3 ? bestMatch.target : null;
}

/** The last day of a YYYY-MM-DD's month, when its month exists: the likely meaning of 2022-02-30. */
const lastDay = (v: string) => parsePublished(v.slice(0, 7))?.end ?? null;

const CLAIM_ID = /^(.+)#([a-z_]+)-[0-9a-z]+$/;

/**
 * What is wrong with a well-formed review's values: a value whose low is above its high, a date
 * that does not exist (2022-02-30) or ends before it starts, a claim id that is not one (`source#kind-hash`)
 * or names a source the corpus does not have (`sources`: the corpus's source ids, when known). Each
 * with the key's line and what to write instead.
 */
function valueProblems(r: z.infer<typeof reviewSchema>, keyLine: (key: string) => number, sources?: Set<string>): Array<{ line: number; message: string }> {
  const out: Array<{ line: number; message: string }> = [];
  if ("value" in r && r.value) {
    const { low, high } = r.value;
    if (low !== null && high !== null && low > high) out.push({ line: keyLine("value"), message: `low is above high: {low: ${low}, high: ${high}}; write low ≤ high, e.g. {low: ${high}, high: ${low}}` });
    for (const [k, v] of [
      ["low", low],
      ["high", high],
    ] as const)
      if (v !== null && (!Number.isFinite(v) || v < 0)) out.push({ line: keyLine("value"), message: `${k} is not a count: ${v}; write a number ≥ 0, or null for no bound` });
  }
  if ("date" in r && r.date) {
    const { start, end } = r.date;
    for (const [k, v] of [
      ["start", start],
      ["end", end],
    ] as const)
      if (v !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || parsePublished(v)?.precision !== "day"))
        out.push({ line: keyLine("date"), message: `date ${k} is not a day that exists: ${v}; write a real day as YYYY-MM-DD${lastDay(v) ? `, e.g. ${lastDay(v)}` : ""}` });
    if (start && end && start > end && !out.length) out.push({ line: keyLine("date"), message: `date ends before it starts: ${start} to ${end}; write start ≤ end` });
  }
  for (const key of ["reject", "correct", "split"] as const) {
    if (!(key in r)) continue;
    const id = (r as Record<string, string>)[key];
    const m = CLAIM_ID.exec(id);
    if (!m) {
      out.push({ line: keyLine(key), message: `not a claim id: ${JSON.stringify(id)}; write the id shown on the fact's page, source#kind-hash (e.g. 000_aa2c8bb3c71880e8#presence-1a2b3c)` });
      continue;
    }
    if (!(CLAIM_KINDS as string[]).includes(m[2])) {
      const near = nearestId(m[2], CLAIM_KINDS);
      out.push({ line: keyLine(key), message: `unknown claim kind in ${id}: ${m[2]}; write one of ${CLAIM_KINDS.join(", ")}${near ? ` (did you mean ${m[1]}#${near}-…?)` : ""}` });
    }
    if (sources && !sources.has(m[1])) {
      const near = nearestId(m[1], sources);
      out.push({ line: keyLine(key), message: `no source ${m[1]} in the corpus for claim ${id}; ${near ? `did you mean ${near}? ` : ""}write the id of a claim of an existing source (see the fact's page)` });
    }
  }
  return out;
}

/**
 * Read and check a reviews file: the reviews, and the problems of the others, each at its
 * `file:line` with what to write instead. `sources`: the corpus's source ids, to check the claims
 * the reviews name. A missing file is no reviews.
 */
export function checkReviews(file: string | null, sources?: Set<string>): { reviews: Review[]; hash: string; problems: ReviewProblem[] } {
  if (!file || !existsSync(file)) return { reviews: [], hash: "", problems: [] };
  const path = displayPath(file);
  const read = readTextFile(file);
  if (!("text" in read)) return { reviews: [], hash: "", problems: [{ path, ...read }] };
  const text = read.text;
  const yaml = new YamlText(text);
  const problems: ReviewProblem[] = yaml.syntaxErrors.map((e) => ({ path, line: e.line, message: e.message }));
  const reviews: Review[] = [];
  const items = problems.length ? [] : yaml.list();
  if (!items) problems.push({ path, line: 1, message: `reviews.yaml is a list of decisions; ${EXAMPLE}` });
  else
    for (const [index, { value, line }] of items.entries()) {
      const keyLine = (key: string) => yaml.entryKeyLine(index, key);
      const parsed = reviewSchema.safeParse(value);
      if (!parsed.success) {
        problems.push({ path, ...notAReview(value, keyLine, line) });
        continue;
      }
      const wrong = valueProblems(parsed.data, keyLine, sources);
      for (const w of wrong) problems.push({ path, ...w });
      if (!wrong.length) reviews.push({ ...parsed.data, at: `${path}:${line}` });
    }
  return { reviews, hash: text, problems };
}

/** Read and validate `reviews.yaml`; errors name `file:line`. A missing file is no reviews. */
export function loadReviews(file: string | null, sources?: Set<string>): { reviews: Review[]; hash: string } {
  const { reviews, hash, problems } = checkReviews(file, sources);
  if (problems.length) throw new UserError(problems.map((p) => (p.line ? atLine(p.path, p.line, p.message) : `${p.path}: ${p.message}`)).join("\n"));
  return { reviews, hash };
}
