/** Tokens of normalised text, clitic-aware lexicon lookups, and the number core every reader returns. */
import { AR_DUALS, AR_NUMS, AR_UNITS } from "./lexicon.ts";
import { CLITICS, PRONOUN_SUFFIXES } from "./phrases.ts";

// ---------------------------------------------------------------------------------------------
// Tokens

export const NUM = 0;
export const AR = 1;
export const EN = 2;
export const PUNCT = 3;
export interface Tok {
  s: number;
  e: number;
  t: string;
  k: number;
}
const TOKEN = /[0-9]+|[\u0621-\u064a\u0671-\u06d3]+|[a-zA-Z]+|\n|\S/g;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const c = m[0].charCodeAt(0);
    const k = c >= 48 && c <= 57 ? NUM : c >= 0x0621 && c <= 0x06d3 ? AR : (c | 32) >= 97 && (c | 32) <= 122 ? EN : PUNCT;
    out.push({ s: m.index, e: m.index + m[0].length, t: k === EN ? m[0].toLowerCase() : m[0], k });
  }
  return out;
}

/** A word's entry in `map`, bare or under one clitic prefix; `[entry, prefixLength]`. */
export function withClitic<T>(t: string, map: Map<string, T>): [T, number] | undefined {
  const pre = EXPANDED.get(map as Map<string, unknown>);
  if (pre) return pre.get(t) as [T, number] | undefined;
  const bare = map.get(t);
  if (bare !== undefined) return [bare, 0];
  for (const p of CLITICS) {
    if (t.length > p.length + 1 && t.startsWith(p)) {
      const v = map.get(t.slice(p.length));
      if (v !== undefined) return [v, p.length];
    }
  }
  return undefined;
}

/** Every form of a hot lexicon's words under each clitic, built once so a token costs one lookup. */
export const EXPANDED = new Map<Map<string, unknown>, Map<string, [unknown, number]>>();
function expand<T>(map: Map<string, T>): void {
  const out = new Map<string, [unknown, number]>();
  for (const [w, v] of map) {
    for (const p of CLITICS) if (!out.has(p + w) && !map.has(p + w)) out.set(p + w, [v, p.length]);
  }
  for (const [w, v] of map) out.set(w, [v, 0]);
  EXPANDED.set(map as Map<string, unknown>, out);
}
expand(AR_NUMS);
expand(AR_DUALS);

/** The unit of an Arabic noun, bare or definite (`المقاتلين` after `مئات`). */
export function arUnit(t: string): string | undefined {
  return AR_UNITS.get(t) ?? (t.length > 4 && t.startsWith("ال") ? AR_UNITS.get(t.slice(2)) : undefined);
}

/** The unit of a noun with a possessive suffix: `مسلحيها` → fighters. */
export function possessedUnit(t: string): string | undefined {
  const direct = arUnit(t);
  if (direct) return direct;
  for (const s of PRONOUN_SUFFIXES) if (t.length > s.length + 2 && t.endsWith(s)) return arUnit(t.slice(0, -s.length));
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Number cores

export interface Core {
  /** Token span [a, b) of the number expression. */
  a: number;
  b: number;
  lo: number;
  hi: number;
  vague: boolean;
  range: boolean;
  /** The multiplier of a scale word (1 if none) and the value before it, for `بين 10 و15 ألف`. */
  scale: number;
  base: number;
  /** The digit literal when the number is one plain digit run (for year, date and id checks). */
  digits: string | null;
  /** Counts only if a noun follows (`ست`, `ألف`, `one`); `prefixed` words need a known unit. */
  needsNoun: boolean | "unit";
  prefixed: boolean;
  unit?: string;
  ua?: number;
  ub?: number;
  /** Token index where the expression starts (a `$` or `a` before the number). */
  lead?: number;
}

export const gap = (toks: Tok[], i: number, j: number) => toks[j].s - toks[i].e;
export const isPunct = (tok: Tok | undefined, ...ch: string[]) => tok !== undefined && tok.k === PUNCT && ch.includes(tok.t);

/** Is the token right before (or after) `t` a Latin word or a URL-ish sign, touching it ("s-400", "id=12")? */
export const glued = (t: Tok, o: Tok | undefined, before: boolean) => o !== undefined && (before ? o.e === t.s : o.s === t.e) && (o.k === EN || (o.k === PUNCT && "/=#_&?@+\\".includes(o.t)));
