// Where a claim's value and date words stand in its article as published: shared by the loaders of
// the Articles page (spans) and of the pages that quote a value (data/words.json).
import { normalize } from "../../loaders/index.ts";

export type Span = [number, number] | undefined;

/**
 * Where `words` stand in `body`: in the claim's sentence as published, else matched normalised
 * (a value's words may be kept normalised), else the nearest occurrence before it (a date said earlier).
 */
export function wordsAt(body: string, [cs, ce]: [number, number], words: string | undefined): Span {
  if (!words?.trim()) return undefined;
  const sentence = body.slice(cs, ce);
  let at = sentence.indexOf(words);
  if (at >= 0) return [cs + at, cs + at + words.length];
  const n = normalize(sentence);
  const q = normalize(words).text.trim();
  at = q ? n.text.indexOf(q) : -1;
  if (at >= 0) return n.raw(at, at + q.length).map((x) => cs + x) as [number, number];
  at = body.lastIndexOf(words, cs);
  if (at < 0) at = body.indexOf(words, ce);
  return at >= 0 ? [at, at + words.length] : undefined;
}

/** A claim's value and date as the outlet wrote them, where they differ from the words kept on the claim. */
export interface PublishedWords {
  value?: string;
  date?: string;
}

/**
 * Per claim id, its value's and date's words as published, only where they differ from
 * `value.text` / `date.text` (which may be kept normalised): small, and a page falls back to the claim.
 * @example publishedWords(claims, bodies)["a#force_size-1"] // {value: "نحو 15 ألف مقاتل"}
 */
export function publishedWords(
  claims: Array<{ id: string; source: string; context: [number, number]; value: { text: string } | null; date: { text: string } | null }>,
  bodies: Map<string, string>,
): Record<string, PublishedWords> {
  const out: Record<string, PublishedWords> = {};
  for (const c of claims) {
    const body = bodies.get(c.source);
    if (body === undefined) continue;
    const entry: PublishedWords = {};
    for (const field of ["value", "date"] as const) {
      const kept = c[field]?.text;
      const span = wordsAt(body, c.context, kept);
      const said = span ? body.slice(span[0], span[1]) : undefined;
      if (said !== undefined && said !== kept) entry[field] = said;
    }
    if (entry.value !== undefined || entry.date !== undefined) out[c.id] = entry;
  }
  return out;
}
