import type { Claim, ClaimKind, DateValue, Precision, Value } from "../types.ts";
import type { ArticleResult } from "./article.ts";

/**
 * An article's result as the pack cache keeps it: its claims in columns (one table of the
 * article's distinct strings, one row of integers and two numbers per claim) instead of one
 * object each. Reading a pack back is V8 deserialising it, and a claim object with its value,
 * date and spans costs five objects and twenty-odd property names looked up one by one; columns
 * read back in well under half the time (docs/INTERNALS.md).
 *
 * The columns hold exactly what `extractClaims` makes — the keys of a claim, its value and its
 * date, in that order (`change`, `rule`, `actors`, `scope` and `parts` only when present) — and give back claims equal to
 * the ones packed, key order included. A claim of any other shape (a field added one day and not
 * here) is kept as it is: the result is then packed whole, never changed.
 */
export type PackedResult = Omit<ArticleResult, "claims"> & { claims: Claim[] | PackedClaims };

interface PackedClaims {
  /** The article's distinct strings (ids, kinds, entities, texts, dates…). */
  strings: string[];
  /** Per claim, `WIDTH` integers: indexes into `strings` (-1 for null), offsets and flags (see `COL`). */
  rows: Int32Array;
  /** Per claim, the value's low and high (read only where the flags say they are not null). */
  numbers: Float64Array;
  /** Per claim, its evidence. */
  evidence: string[];
}

const COL = {
  id: 0,
  source: 1,
  kind: 2,
  subject: 3,
  object: 4,
  place: 5,
  attribution: 6,
  span: 7,
  context: 9,
  value: 11,
  unit: 12,
  qualifier: 13,
  valueText: 14,
  parts: 15,
  date: 16,
  start: 17,
  end: 18,
  precision: 19,
  dateText: 20,
  change: 21,
  rule: 22,
  actors: 23,
  scope: 24,
};
const WIDTH = 25;
/** Value flags: present, low null, high null, has parts. */
const V = { present: 1, noLow: 2, noHigh: 4, parts: 8 };

const CLAIM_KEYS = ["id", "source", "kind", "subject", "object", "place", "value", "date", "attribution", "evidence", "span", "context"];
/** Keys a claim may have after those, each only when present, in this order (see `canonicalClaim`). */
const TAIL_KEYS = ["change", "rule", "actors", "scope"];
const VALUE_KEYS = ["low", "high", "unit", "qualifier", "text"];
const DATE_KEYS = ["start", "end", "precision", "text"];
const PARTS = "\u0000";

const nullable = (x: unknown) => x === null || typeof x === "string";
const isSpan = (x: unknown) => Array.isArray(x) && x.length === 2 && x.every((n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31) && Object.keys(x).length === 2;
/** Are these the keys, in this order (then some of `tail`, in its order)? */
function keysAre(o: object, keys: string[], tail: string[] = []): boolean {
  const own = Object.keys(o);
  if (own.length < keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false;
  let t = 0;
  for (let i = keys.length; i < own.length; i++) {
    while (t < tail.length && tail[t] !== own[i]) t++;
    if (t++ >= tail.length) return false;
  }
  return Object.getPrototypeOf(o) === Object.prototype;
}
const fitsValue = (v: Value | null) =>
  v === null ||
  (typeof v === "object" &&
    keysAre(v, VALUE_KEYS, ["parts"]) &&
    (v.low === null || typeof v.low === "number") &&
    (v.high === null || typeof v.high === "number") &&
    nullable(v.unit) &&
    typeof v.qualifier === "string" &&
    typeof v.text === "string" &&
    (!("parts" in v) || (Array.isArray(v.parts) && v.parts.length > 0 && v.parts.every((p) => typeof p === "string" && !p.includes(PARTS)))));
const fitsDate = (d: DateValue | null) => d === null || (typeof d === "object" && keysAre(d, DATE_KEYS) && nullable(d.start) && nullable(d.end) && typeof d.precision === "string" && typeof d.text === "string");
/** Can the columns give this claim back exactly? */
const fits = (c: Claim) =>
  keysAre(c, CLAIM_KEYS, TAIL_KEYS) &&
  typeof c.id === "string" &&
  typeof c.source === "string" &&
  typeof c.kind === "string" &&
  nullable(c.subject) &&
  nullable(c.object) &&
  nullable(c.place) &&
  nullable(c.attribution) &&
  typeof c.evidence === "string" &&
  isSpan(c.span) &&
  isSpan(c.context) &&
  (!("change" in c) || typeof c.change === "string") &&
  (!("rule" in c) || typeof c.rule === "string") &&
  (!("scope" in c) || typeof c.scope === "string") &&
  (!("actors" in c) || (typeof c.actors === "object" && c.actors !== null)) &&
  fitsValue(c.value) &&
  fitsDate(c.date);

/** An article's result as the pack keeps it (see `PackedResult`). */
export function packResult(r: ArticleResult): PackedResult {
  if (!r.claims.every(fits)) return r;
  const strings: string[] = [];
  const at = new Map<string, number>();
  const s = (x: string | null | undefined) => {
    if (x === null || x === undefined) return -1;
    let i = at.get(x);
    if (i === undefined) at.set(x, (i = strings.push(x) - 1));
    return i;
  };
  const n = r.claims.length;
  const rows = new Int32Array(n * WIDTH).fill(-1);
  const numbers = new Float64Array(2 * n);
  const evidence: string[] = [];
  r.claims.forEach((c, k) => {
    const o = k * WIDTH;
    rows[o + COL.id] = s(c.id);
    rows[o + COL.source] = s(c.source);
    rows[o + COL.kind] = s(c.kind);
    rows[o + COL.subject] = s(c.subject);
    rows[o + COL.object] = s(c.object);
    rows[o + COL.place] = s(c.place);
    rows[o + COL.attribution] = s(c.attribution);
    rows.set(c.span, o + COL.span);
    rows.set(c.context, o + COL.context);
    const v = c.value;
    rows[o + COL.value] = v ? V.present | (v.low === null ? V.noLow : 0) | (v.high === null ? V.noHigh : 0) | (v.parts ? V.parts : 0) : 0;
    if (v) {
      numbers[2 * k] = v.low ?? 0;
      numbers[2 * k + 1] = v.high ?? 0;
      rows[o + COL.unit] = s(v.unit);
      rows[o + COL.qualifier] = s(v.qualifier);
      rows[o + COL.valueText] = s(v.text);
      if (v.parts) rows[o + COL.parts] = s(v.parts.join(PARTS));
    }
    const d = c.date;
    rows[o + COL.date] = d ? 1 : 0;
    if (d) {
      rows[o + COL.start] = s(d.start);
      rows[o + COL.end] = s(d.end);
      rows[o + COL.precision] = s(d.precision);
      rows[o + COL.dateText] = s(d.text);
    }
    if ("change" in c) rows[o + COL.change] = s(c.change);
    if ("rule" in c) rows[o + COL.rule] = s(c.rule);
    // (described actors are few: kept as their JSON)
    if ("actors" in c) rows[o + COL.actors] = s(JSON.stringify(c.actors));
    if ("scope" in c) rows[o + COL.scope] = s(c.scope);
    evidence.push(c.evidence);
  });
  return { ...r, claims: { strings, rows, numbers, evidence } };
}

/** The result a pack kept, its claims made again (new objects: the caller may keep or change them). */
export function unpackResult(p: PackedResult): ArticleResult {
  if (Array.isArray(p.claims)) return p as ArticleResult;
  const { strings, rows, numbers, evidence } = p.claims;
  const str = (i: number) => (i < 0 ? null : strings[i]);
  const claims: Claim[] = new Array(evidence.length);
  for (let k = 0; k < evidence.length; k++) {
    const o = k * WIDTH;
    const vf = rows[o + COL.value];
    let value: Value | null = null;
    if (vf) {
      const low = vf & V.noLow ? null : numbers[2 * k],
        high = vf & V.noHigh ? null : numbers[2 * k + 1];
      const unit = str(rows[o + COL.unit]),
        qualifier = strings[rows[o + COL.qualifier]],
        text = strings[rows[o + COL.valueText]];
      value = vf & V.parts ? { low, high, unit, qualifier, text, parts: strings[rows[o + COL.parts]].split(PARTS) } : { low, high, unit, qualifier, text };
    }
    const date: DateValue | null = rows[o + COL.date] ? { start: str(rows[o + COL.start]), end: str(rows[o + COL.end]), precision: strings[rows[o + COL.precision]] as Precision, text: strings[rows[o + COL.dateText]] } : null;
    const c: Claim = {
      id: strings[rows[o + COL.id]],
      source: strings[rows[o + COL.source]],
      kind: strings[rows[o + COL.kind]] as ClaimKind,
      subject: str(rows[o + COL.subject]),
      object: str(rows[o + COL.object]),
      place: str(rows[o + COL.place]),
      value,
      date,
      attribution: str(rows[o + COL.attribution]),
      evidence: evidence[k],
      span: [rows[o + COL.span], rows[o + COL.span + 1]],
      context: [rows[o + COL.context], rows[o + COL.context + 1]],
    };
    if (rows[o + COL.change] >= 0) c.change = strings[rows[o + COL.change]] as Claim["change"];
    if (rows[o + COL.rule] >= 0) c.rule = strings[rows[o + COL.rule]];
    if (rows[o + COL.actors] >= 0) c.actors = JSON.parse(strings[rows[o + COL.actors]]);
    if (rows[o + COL.scope] >= 0) c.scope = strings[rows[o + COL.scope]] as Claim["scope"];
    claims[k] = c;
  }
  return { ...p, claims };
}
