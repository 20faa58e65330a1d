/**
 * Making claims from rule matches: the evidence span, values and dates as the article publishes
 * them, and the fields every rule family shares.
 */
import type { Claim, ClaimKind, DateValue, Value } from "../../types.ts";
import type { Normalized } from "../../text/normalize.ts";
import type { Actor } from "../actors.ts";
import type { DateMention } from "../dates.ts";
import type { Quantity } from "../quantity.ts";
import type { Item } from "./engine.ts";
import type { Sentence } from "./sentence.ts";

/** What a rule family needs of its article. */
export interface ArticleContext {
  source: string;
  raw: string;
  norm: Normalized;
  language: "ar" | "en";
}

/** A row of a rule table: one construction, its slots and an example of its own words. */
export interface RuleRow {
  /** `<kind>/<language>/<name>`: recorded on every claim it makes. */
  id: string;
  pattern: string;
  /** A sentence the rule must read (a test runs every example through the whole extractor). */
  example: string;
}

export const rawText = (a: ArticleContext, start: number, end: number) => a.raw.slice(...a.norm.raw(start, end));

export const quantityValue = (a: ArticleContext, q: Quantity, unit: string | null = q.unit): Value => ({
  low: q.low,
  high: q.high,
  unit,
  qualifier: q.qualifier,
  text: rawText(a, q.start, q.end),
});

export const dateValue = (a: ArticleContext, d: DateMention | null | undefined): DateValue | null => (d?.date ? { start: d.date.start, end: d.date.end, precision: d.date.precision, text: rawText(a, d.start, d.end) } : null);

/** The evidence of a claim: the run of clauses of the sentence that holds its anchors (raw offsets). */
export function evidenceSpan(a: ArticleContext, s: Sentence, anchors: Array<{ start: number; end: number } | null | undefined>): [number, number] {
  const ms = anchors.filter((x): x is { start: number; end: number } => !!x);
  const sent = s.parts.sentence;
  const lo = Math.max(sent.start, Math.min(...ms.map((m) => m.start))),
    hi = Math.min(sent.end, Math.max(...ms.map((m) => m.end)));
  const first = s.parts.clauses.find((c) => c.end > lo) ?? sent;
  const last = [...s.parts.clauses].reverse().find((c) => c.start < hi) ?? sent;
  return a.norm.raw(Math.min(first.start, lo), Math.max(last.end, hi));
}

/** A claim of a source with nothing said yet but where and by which rule: `fields` fill the rest (its id is given later). */
export function newClaim(source: string, kind: ClaimKind, rule: string, attribution: string | null, span: [number, number], context: [number, number], fields: Partial<Claim>): Claim {
  return { id: "", source, kind, subject: null, object: null, place: null, value: null, date: null, attribution, evidence: "", span, context, rule, ...fields };
}

/** A claim with the shared fields filled. */
export function makeClaim(a: ArticleContext, s: Sentence, kind: ClaimKind, rule: string, attribution: string | null, anchors: Array<{ start: number; end: number } | null | undefined>, fields: Partial<Claim>): Claim {
  return newClaim(a.source, kind, rule, attribution, evidenceSpan(a, s, anchors), a.norm.raw(s.parts.sentence.start, s.parts.sentence.end), fields);
}

/** An item as a party of a claim: its gazetteer id, or its description. */
export function party(it: Item | null | undefined): { id: string | null; actor: Actor | null } {
  if (!it) return { id: null, actor: null };
  const id = it.entity?.id ?? null;
  if (!it.actor) return { id, actor: null };
  const { text, type, side, nationality } = it.actor;
  return { id, actor: { text, type, side, nationality } };
}
