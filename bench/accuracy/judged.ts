/**
 * Claim precision from hand judgements: `bench/gold/judged.yaml` lists claims the kit predicted on
 * gold articles, each judged right or wrong once. A later run finds its claims there by source,
 * kind, span and content (a claim whose span or content moved is new, unjudged); `--sample`
 * appends a fresh stratified sample of unjudged claims for judging.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { Document, isSeq, parse, visit } from "yaml";
import type { Claim } from "../../loaders/types.ts";
import type { Ratio } from "./score.ts";

export interface Judged {
  split: string;
  set: string;
  source: string;
  kind: string;
  span: [number, number];
  evidence: string;
  subject: string | null;
  object: string | null;
  place: string | null;
  value: string | null;
  date: string | null;
  rule?: string | null;
  scope?: string | null;
  /** true: right; false: wrong; null: not judged yet. */
  right: boolean | null;
  why: string;
}

const valueText = (c: Claim) => (c.value ? `${c.value.low ?? "-inf"}..${c.value.high ?? "inf"}${c.value.unit ? ` ${c.value.unit}` : ""}${c.value.parts ? ` [${c.value.parts.join(",")}]` : ""}` : null);
const dateText = (c: Claim) => (c.date ? `${c.date.start ?? "?"}..${c.date.end ?? "?"} ${c.date.precision}` : null);

/** What a judgement is about: the claim's source, kind, span and content. */
export const judgedKey = (j: Pick<Judged, "source" | "kind" | "span" | "subject" | "object" | "place" | "value" | "date">) => [j.source, j.kind, j.span.join(":"), j.subject, j.object, j.place, j.value, j.date].join("|");
export const claimKey = (c: Claim) => judgedKey({ source: c.source, kind: c.kind, span: c.span, subject: c.subject, object: c.object, place: c.place, value: valueText(c), date: dateText(c) });

export function readJudged(file: string): Judged[] {
  if (!existsSync(file)) return [];
  return (parse(readFileSync(file, "utf8")) as Judged[] | null) ?? [];
}

/** A claim as a judgement to fill in. */
export function toJudged(c: Claim, split: string, set: string): Judged {
  const rule = (c as Claim & { rule?: string }).rule ?? null;
  const scope = (c as Claim & { scope?: string }).scope ?? null;
  return {
    split,
    set,
    source: c.source,
    kind: c.kind,
    span: c.span,
    evidence: c.evidence,
    subject: c.subject,
    object: c.object,
    place: c.place,
    value: valueText(c),
    date: dateText(c),
    ...(scope ? { scope } : {}),
    ...(rule ? { rule } : {}),
    right: null,
    why: "",
  };
}

/** Precision figures of one split's predicted claims. */
export interface Precision {
  /** Per `kind/language`: right out of judged. */
  byKind: Record<string, Ratio & { unjudged: number }>;
  /** Per extraction rule (where claims name one). */
  byRule: Record<string, Ratio>;
  unjudged: number;
  pending: number;
}

export interface PredictedClaim {
  claim: Claim;
  language: "ar" | "en";
  set: string;
}

export function precision(claims: PredictedClaim[], judged: Judged[]): Precision {
  const byKey = new Map(judged.map((j) => [judgedKey(j), j]));
  const out: Precision = { byKind: {}, byRule: {}, unjudged: 0, pending: 0 };
  for (const { claim, language } of claims) {
    const k = `${claim.kind}/${language}`;
    const row = (out.byKind[k] ??= { n: 0, of: 0, unjudged: 0 });
    const j = byKey.get(claimKey(claim));
    if (!j) {
      (row.unjudged++, out.unjudged++);
      continue;
    }
    if (j.right === null || j.right === undefined) {
      out.pending++;
      continue;
    }
    row.of++;
    if (j.right) row.n++;
    const rule = (claim as Claim & { rule?: string }).rule;
    if (rule) {
      const r = (out.byRule[rule] ??= { n: 0, of: 0 });
      r.of++;
      if (j.right) r.n++;
    }
  }
  return out;
}

const rank = (c: Claim) => createHash("sha1").update(c.id).digest("hex");

/**
 * Pick up to `perStratum` unjudged claims per kind and language (in a fixed pseudo-random order,
 * so the same outputs give the same sample) and append them to the judged file, to be judged.
 */
export function appendSample(file: string, claims: PredictedClaim[], judged: Judged[], split: string, perStratum: number): number {
  const known = new Set(judged.map(judgedKey));
  // (per stratum: the claims of this run, those already judged counting towards N)
  const strata = new Map<string, { judged: number; open: PredictedClaim[] }>();
  for (const p of claims) {
    const k = `${p.claim.kind}/${p.language}`;
    let s = strata.get(k);
    if (!s) strata.set(k, (s = { judged: 0, open: [] }));
    if (known.has(claimKey(p.claim))) s.judged++;
    else s.open.push(p);
  }
  const picked: Judged[] = [];
  for (const s of strata.values()) {
    const want = Math.max(0, perStratum - s.judged);
    s.open.sort((x, y) => (rank(x.claim) < rank(y.claim) ? -1 : 1));
    for (const p of s.open.slice(0, want)) picked.push(toJudged(p.claim, split, p.set));
  }
  if (!picked.length) return 0;
  if (!existsSync(file)) writeFileSync(file, HEADER);
  // (spans as [start, end] on one line: the file is read and written by people)
  const doc = new Document(picked);
  visit(doc, { Seq: (_, node) => void (isSeq(node) && node.items.length === 2 && typeof (node.items[0] as { value?: unknown }).value === "number" && (node.flow = true)) });
  appendFileSync(file, doc.toString({ lineWidth: 0 }));
  return picked.length;
}

const HEADER = `# Claims the kit predicted on gold articles, judged by hand (claim precision).
# right: true when the claim is what the sentence says (kind, every entity, value and date right);
# false otherwise, with why. A run finds its claims here by source, kind, span and content: a claim
# whose span or content changed is unjudged again. \`npm run accuracy -- --sample N\` appends up to N
# unjudged claims per kind and language and split, with right: null, to be judged.
# Fields: attack subject = attacker, object = target; casualties subject = the victims, object = who
# killed them, scope subcount = a part of a toll ("among them 4 children"), tally = a cumulative
# toll; control subject = holder (change: lost = it lost the place); presence subject = the force
# present; leadership subject = the person, object = what they lead; force_size subject = whose
# fighters. A null field is not wrong; a wrong non-null one is.
`;
