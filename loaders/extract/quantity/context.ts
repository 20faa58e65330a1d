import { QUANTITY_DEFAULTS } from "./defaults.ts";
import type { Qualifier } from "./defaults.ts";
import { readDigits } from "./digits.ts";
import { EN_UNITS, MULTI_UNITS, N } from "./lexicon.ts";
import { CHANGE_VERBS, CLITICS, COMPOUND_TAIL, COUNT_NOUN, COUNT_NOUN_SUFFIXED, COUNT_PREPS, COUNT_VERBS, EN_ADJ, EN_DETERMINERS, NEGATED, POST, PRE } from "./phrases.ts";
import { AR, EN, NUM, type Lexeme } from "../../text/tokens.ts";
import { arUnit, isPunct, possessedUnit, withClitic, type Core } from "./tokens.ts";
import { readCore, readWords } from "./words.ts";

// ---------------------------------------------------------------------------------------------
// Around the core: ranges, units, qualifiers

/** Extend a core into a range: `10-20`, `بين 10 و20`, `من 10 إلى 20`, `between 10 and 20`. Returns the token where the range opener stands. */
export function readRange(toks: Lexeme[], core: Core, floor: number): number | null {
  const before = toks[core.tokenStart - 1];
  const b = core.tokenEnd;
  let second: Core | number | null = null;
  let opener: number | null = null;
  if (isPunct(toks[b], "-") && toks[b + 1]?.kind === NUM && core.digits !== null) {
    second = readDigits(toks, b + 1, true);
    opener = core.tokenStart;
  } else if (before && core.tokenStart - 1 >= floor) {
    const bt = before.text;
    const between = bt === N("بين") || bt === "between";
    const from = bt === N("من") || bt === "from";
    if (between) {
      const conj = toks[b];
      if (conj && (conj.text === "و" || conj.text === "and") && toks[b + 1]) second = readCore(toks, b + 1);
      else if (conj?.kind === AR && conj.text[0] === "و" && conj.text.length > 2) second = readWords(toks, b);
      opener = core.tokenStart - 1;
      if (opener - 1 >= floor && toks[opener - 1].text === N("ما")) opener--;
    } else if (from) {
      const to = toks[b];
      let change = false;
      for (let k = Math.max(0, core.tokenStart - 4); k < core.tokenStart - 1; k++) if (toks[k].kind === AR && withClitic(toks[k].text, CHANGE_VERBS)) change = true;
      if (to && (to.text === N("إلى") || to.text === N("حتى") || to.text === "to") && toks[b + 1] && !change) second = readCore(toks, b + 1);
      opener = core.tokenStart - 1;
    }
  }
  if (second === null || typeof second === "number" || second.vague || opener === null) return null;
  let lo = core.lo;
  if (core.scale === 1 && second.scale > 1 && core.hi <= second.base) lo = core.lo * second.scale;
  if (!(second.hi > lo)) return null;
  core.lo = lo;
  core.hi = second.hi;
  core.tokenEnd = second.tokenEnd;
  core.range = true;
  core.scale = second.scale;
  core.digits = null;
  core.needsNoun = false;
  return opener;
}

function matchSeq(toks: Lexeme[], at: number, seq: string[], clitic: boolean): boolean {
  for (let k = 0; k < seq.length; k++) {
    const tok = toks[at + k];
    if (!tok) return false;
    if (tok.text === seq[k]) continue;
    if (k === 0 && clitic && tok.kind === AR && CLITICS.some((p) => tok.text.length === p.length + seq[0].length && tok.text.startsWith(p) && tok.text.endsWith(seq[0]))) continue;
    return false;
  }
  return true;
}

/** The counted noun after token `j`: `[unit, start, end)` in tokens. */
export function readUnit(toks: Lexeme[], j: number): [string, number, number] | null {
  const tok = toks[j];
  if (!tok) return null;
  if (isPunct(tok, "%", "٪")) return ["percent", j, j + 1];
  for (const [seq, unit] of MULTI_UNITS) if (matchSeq(toks, j, seq, false)) return [unit, j, j + seq.length];
  if (tok.kind === AR) {
    const u = arUnit(tok.text);
    if (u) return [u, j, j + 1];
    if (tok.text === N("من") && toks[j + 1]?.kind === AR) {
      const v = arUnit(toks[j + 1].text);
      if (v) return [v, j, j + 2];
    }
    return null;
  }
  if (tok.kind === EN || (isPunct(tok, "-") && tok.start === toks[j - 1]?.end && toks[j + 1]?.kind === EN)) {
    let k = tok.kind === EN ? j : j + 1; // six-year war
    if (toks[k].text === "of") {
      k++;
      if (toks[k] && EN_DETERMINERS.has(toks[k].text)) k++;
    }
    for (let skipped = 0; toks[k];) {
      const u = EN_UNITS.get(toks[k].text);
      // (a unit noun in a compound adjective qualifies what follows: "two rebel-held areas")
      if (u && toks[k].kind === EN && isPunct(toks[k + 1], "-") && toks[k + 1].start === toks[k].end && COMPOUND_TAIL.has(toks[k + 2]?.text ?? "")) {
        if (skipped >= QUANTITY_DEFAULTS.maxAdjectives) return null;
        skipped++;
        k += 3;
        continue;
      }
      if (u && toks[k].kind === EN) {
        for (const [seq, unit] of MULTI_UNITS) if (matchSeq(toks, k, seq, false)) return [unit, j, k + seq.length];
        return [u, j, k + 1];
      }
      if (isPunct(toks[k], "-") && skipped > 0) {
        k++;
        continue;
      }
      if (toks[k].kind !== EN || skipped >= QUANTITY_DEFAULTS.maxAdjectives) return null;
      const w = toks[k].text;
      if (!(EN_ADJ.has(w) || /(?:an|ese|ish|i)$/.test(w))) return null;
      skipped++;
      k++;
    }
  }
  return null;
}

/** `PRE` by its last word (and, for one-word phrases, that word under each clitic), longest first. */
const PRE_BY_LAST = new Map<string, Array<[string[], Qualifier]>>();
for (const entry of PRE) {
  const last = entry[0][entry[0].length - 1];
  const keys = entry[0].length === 1 && /[\u0621-\u064a]/.test(last) ? [last, ...CLITICS.map((p) => p + last)] : [last];
  for (const k of keys) PRE_BY_LAST.set(k, [...(PRE_BY_LAST.get(k) ?? []), entry]);
}

/** A qualifier phrase that ends at token `end - 1` and starts at or after `floor`. */
export function readPre(toks: Lexeme[], end: number, floor: number): [Qualifier, number] | null {
  if (end - 1 < floor) return null;
  const candidates = PRE_BY_LAST.get(toks[end - 1].text);
  if (!candidates) return null;
  for (const [seq, q] of candidates) {
    const at = end - seq.length;
    if (at >= floor && matchSeq(toks, at, seq, toks[at].kind === AR)) return [q, at];
  }
  return null;
}

/** `يزيد عددها على` / `ويتجاوز عدد مسلحيها` ending at token `end - 1`: qualifier, start token and the unit named by the counted noun. */
export function readCountVerb(toks: Lexeme[], end: number, floor: number): [Qualifier, number, [string, number, number] | null] | null {
  let k = end - 1;
  if (k >= floor && COUNT_PREPS.has(toks[k].text)) k--;
  let unit: [string, number, number] | null = null;
  if (k >= floor && COUNT_NOUN_SUFFIXED.has(toks[k].text)) k--;
  else if (k - 1 >= floor && toks[k - 1].text === COUNT_NOUN && toks[k].kind === AR) {
    const u = possessedUnit(toks[k].text);
    if (u) unit = [u, k, k + 1];
    k -= 2;
  } else return null;
  if (k < floor || toks[k].kind !== AR) return null;
  const verb = withClitic(toks[k].text, COUNT_VERBS);
  if (!verb || verb[1] > 1) return null;
  let q = verb[0];
  if (k - 1 >= floor && toks[k - 1].text === N("لا")) {
    const neg = NEGATED[q];
    if (!neg) return null;
    q = neg;
    k--;
  }
  return [q, k, unit];
}

export function readPost(toks: Lexeme[], j: number): [Qualifier, number] | null {
  for (const [seq, q] of POST) if (matchSeq(toks, j, seq, false)) return [q, j + seq.length];
  return null;
}

export const round = (x: number) => Math.round(x * 1e6) / 1e6;
