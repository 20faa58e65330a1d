/** Tokens of normalised text, clitic-aware lexicon lookups, and the number core every reader returns. */
import { EN, PUNCT, type Lexeme } from "../../text/tokens.ts";
import { AR_DUALS, AR_NUMS, AR_UNITS } from "./lexicon.ts";
import { CLITICS, PRONOUN_SUFFIXES } from "./phrases.ts";

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
  tokenStart: number;
  tokenEnd: number;
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
  unitStart?: number;
  unitEnd?: number;
  /** Token index where the expression starts (a `$` or `a` before the number). */
  lead?: number;
}

export const gap = (toks: Lexeme[], i: number, j: number) => toks[j].start - toks[i].end;
export const isPunct = (tok: Lexeme | undefined, ...ch: string[]) => tok !== undefined && tok.kind === PUNCT && ch.includes(tok.text);

/** Is the token right before (or after) `t` a Latin word or a URL-ish sign, touching it ("s-400", "id=12")? */
export const glued = (t: Lexeme, o: Lexeme | undefined, before: boolean) => o !== undefined && (before ? o.end === t.start : o.start === t.end) && (o.kind === EN || (o.kind === PUNCT && "/=#_&?@+\\".includes(o.text)));
