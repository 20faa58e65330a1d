/** Numbers written in words, and the number core at a token (digits or words). */
import { readDigits } from "./digits.ts";
import { AR_NUMS, EN_AFTER_A, EN_NUMS, SCALES, V } from "./lexicon.ts";
import type { NumKind, NumWord } from "./lexicon.ts";
import { EN_PLURAL_SCALES } from "./phrases.ts";
import { AR, EN, NUM, type Lexeme } from "../../text/tokens.ts";
import { isPunct, withClitic, type Core } from "./tokens.ts";

/** The number word at token `j` (Arabic, under a clitic, or English). */
function numWord(toks: Lexeme[], j: number, allowClitic: boolean): [NumWord, number] | undefined {
  const tok = toks[j];
  if (!tok) return undefined;
  if (tok.kind === AR) {
    if (allowClitic) return withClitic(tok.text, AR_NUMS);
    const w = AR_NUMS.get(tok.text);
    return w ? [w, 0] : undefined;
  }
  if (tok.kind === EN) {
    const w = EN_NUMS.get(tok.text);
    return w ? [w, 0] : undefined;
  }
  return undefined;
}

/** A word starting with the conjunction و (or a lone و before it) followed by a number word: `وعشرين`, `و عشرين`, `and fifty`. */
function andWord(toks: Lexeme[], j: number): [NumWord, number] | undefined {
  const tok = toks[j];
  if (!tok) return undefined;
  if (tok.kind === AR && tok.text.length > 2 && tok.text[0] === "و") {
    const w = AR_NUMS.get(tok.text.slice(1));
    if (w) return [w, 1];
  }
  if ((tok.text === "و" || tok.text === "and") && toks[j + 1]) {
    const w = numWord(toks, j + 1, false);
    if (w) return [w[0], 2];
  }
  return undefined;
}

/** Number words: `خمسة عشر`, `خمسة وعشرين`, `ثلاثة آلاف وخمسمئة`, `عشرات الآلاف`, `two hundred and fifty`, `hundreds of thousands`. */
export function readWords(toks: Lexeme[], i: number): Core | null {
  const first = readFirstWord(toks, i);
  if (first === null || !("w" in first)) return first;
  const { w, prefix, lead } = first;
  const a = lead ?? i;
  const j = lead !== undefined && w.k === "vague" ? i + 2 : i + 1;
  // fractions: two-thirds
  if (isPunct(toks[j], "-") && toks[j].start === toks[j - 1].end && /^(?:thirds?|quarters?|fifths?|tenths?|halves)$/.test(toks[j + 1]?.text ?? "")) return null;
  if (w.k === "vague" || w.k === "vscale") return readVagueWords(toks, i, a, j, w, prefix);
  const sum = startSum(toks, i, a, j, first);
  if (sum === null || !("total" in sum)) return sum;
  let more = true;
  while (more) more = addWord(toks, sum);
  const value = sum.total + sum.cur;
  if (value === 0 || sum.j <= a) return null;
  const single = sum.j === a + 1;
  return finishWords(toks, a, sum.j, value, value, false, sum.scale, sum.scale > 1 ? value / sum.scale : value, single && (w.short ?? false), prefix > 0);
}

/** The first word of a spelled number: a number word (`prefix` is the length of its clitic), or `a` / `an` (at `lead`) before one. */
interface FirstWord {
  w: NumWord;
  prefix: number;
  lead: number | undefined;
}

/** The first word at `i`, or the whole core when `a` and a unit word settle it (`a dozen` is read as the sum goes on, `a few` is one). */
function readFirstWord(toks: Lexeme[], i: number): FirstWord | Core | null {
  const t = toks[i];
  const fraction = enFraction(toks, i);
  if (fraction) return fraction;
  if ((t.text === "a" || t.text === "an") && toks[i + 1]?.kind === EN) {
    // a few, a couple, a dozen, a hundred, a thousand
    const after = EN_AFTER_A.get(toks[i + 1].text);
    const sw = EN_NUMS.get(toks[i + 1].text);
    if (after?.k === "unit") return finishWords(toks, i, i + 2, after.v, after.v, false, 1, after.v, false, false);
    if (!after && !(sw && (sw.k === "hundred" || sw.k === "scale" || sw.k === "dozen"))) return null;
    return { w: after ?? { v: 1, k: "unit" }, prefix: 0, lead: i };
  }
  const f = numWord(toks, i, true);
  if (!f) return null;
  return { w: f[0], prefix: f[1], lead: undefined };
}

const EN_FRACTIONS = new Map([
  ["half", 0.5],
  ["quarter", 0.25],
  ["quarters", 0.25],
  ["third", 1 / 3],
  ["thirds", 1 / 3],
]);
/** A fraction of a scale word: `half a million`, `a quarter of a million`, `three quarters of a million`, `two-thirds of a million`. */
function enFraction(toks: Lexeme[], i: number): Core | null {
  let j = i;
  let times = 1;
  const t = toks[j];
  if (t?.kind !== EN) return null;
  if (t.text === "a" || t.text === "an" || t.text === "one") j++;
  else if (EN_NUMS.get(t.text)?.k === "unit") {
    times = EN_NUMS.get(t.text)!.v;
    j += isPunct(toks[j + 1], "-") ? 2 : 1;
  }
  const part = EN_FRACTIONS.get(toks[j]?.text ?? "");
  // ("a half" is not a count, "three half": no; the plural only after a number above one)
  if (part === undefined || times > 1 !== /s$/.test(toks[j].text) || (toks[j].text === "half" && j !== i)) return null;
  j++;
  if (toks[j]?.text === "of") j++;
  if (toks[j]?.text !== "a" && toks[j]?.text !== "an") return null;
  const scale = SCALES.get(toks[j + 1]?.text ?? "");
  if (scale === undefined || scale < 1000) return null;
  const value = Math.round(times * part * scale);
  return finishWords(toks, i, j + 2, value, value, false, scale, times * part, false, false);
}

/** A vague count (`بضعة`, `عشرات`, `several`), with a ten after it (`بضعة عشر`) and a scale word (`عشرات الآلاف`). */
function readVagueWords(toks: Lexeme[], i: number, a: number, j0: number, w: NumWord, prefix: number): Core | null {
  let j = j0;
  let lo = w.lo!;
  let hi = w.hi!;
  if (lo === V.few[0] && toks[i].kind === AR) {
    // بضعة عشر, بضع وخمسون: ten-odd, fifty-odd
    const teen = numWord(toks, j, false);
    const and = teen?.[0].k === "ten10" ? ([teen[0], 1] as [NumWord, number]) : andWord(toks, j);
    if (and && (and[0].k === "ten" || and[0].k === "ten10")) {
      lo = and[0].v + V.few[0];
      hi = and[0].v + V.few[1];
      j += and[1];
    }
  }
  let scale = 1;
  // عشرات الآلاف, hundreds of thousands, several hundred
  const of = toks[j]?.text === "of";
  const sw = toks[of ? j + 1 : j];
  const sc = w.k !== "vague" || !sw ? undefined : sw.kind === AR ? SCALES.get(sw.text) : of ? EN_PLURAL_SCALES.get(sw.text) : sw.text === "hundred" ? 100 : sw.text === "dozen" ? 12 : SCALES.get(sw.text);
  const ofAt = of ? j + 1 : j;
  if (sc !== undefined) {
    scale = sc;
    lo *= sc;
    hi *= sc;
    j = ofAt + 1;
  } else if (w.needsScale) return null;
  return finishWords(toks, a, j, lo, hi, true, scale, w.lo!, scale === 1 && (w.short ?? false), prefix > 0);
}

/** An exact spelled number being added up: finished scale groups in `total`, the group being read in `cur`, the kind of the last word, the next token `j`. */
interface WordSum {
  total: number;
  cur: number;
  last: NumKind;
  lastScale: number;
  scale: number;
  j: number;
}

/** «ألفا», «مليونا» before a counted noun: the dual in the construct state (two thousand, two million). */
const DUAL_THOUSAND = new Map<string, number>([
  ["الفا", 2000],
  ["مليونا", 2e6],
]);

/** The sum after the first word (token `j` is the one after it), or the whole core when the first word settles it (`نصف مليون`). */
function startSum(toks: Lexeme[], i: number, a: number, j: number, first: FirstWord): WordSum | Core | null {
  const { w, prefix, lead } = first;
  const sum: WordSum = { total: 0, cur: 0, last: "unit", lastScale: Infinity, scale: 1, j };
  if (lead !== undefined) {
    sum.cur = 1;
    sum.last = "unit";
  } else if (w.k === "head") {
    // أحد عشر, اثنا عشر
    const teen = numWord(toks, j, false);
    if (!teen || teen[0].k !== "ten10") return null;
    sum.cur = w.v + 10;
    sum.last = "ten10";
    sum.j++;
  } else if (w.k === "half") {
    const sc = toks[j] ? SCALES.get(toks[j].text) : undefined;
    if (sc === undefined || AR_NUMS.get(toks[j].text)?.k === "vscale") return null;
    return finishWords(toks, a, j + 1, w.v * sc, w.v * sc, false, sc, w.v, false, prefix > 0);
  } else if (DUAL_THOUSAND.has(toks[i].text) && toks[j]?.kind === AR && !numWord(toks, j, false) && toks[j].text !== "من") {
    // «ألفا مقاتل»: the dual before its noun is two thousand («ألفًا من …», «عشرين ألفا» are a thousand's accusative)
    sum.total = DUAL_THOUSAND.get(toks[i].text)!;
    sum.lastScale = sum.total / 2;
    sum.last = "scale";
  } else if (w.k === "scale" || w.k === "dozen") {
    // a bare ألف, مليون, thousand: read the scale word itself in the loop
    sum.cur = 1;
    sum.last = "unit";
    sum.j = i;
  } else if (w.k === "compound" && w.mag! >= 1000) {
    sum.total = w.v;
    sum.lastScale = w.mag!;
    sum.last = "scale";
  } else {
    sum.cur = w.v;
    sum.last = w.k === "compound" ? "hundred" : w.k;
  }
  return sum;
}

/** Add the number word at `sum.j` to the sum if it continues the number; false when the number ends there. */
function addWord(toks: Lexeme[], sum: WordSum): boolean {
  const j = sum.j;
  const tok = toks[j];
  const pw = numWord(toks, j, false)?.[0];
  if (pw && pw.k === "ten10" && sum.last === "unit" && sum.cur >= 3 && sum.cur <= 9 && tok.kind === AR) {
    sum.cur += 10; // خمسة عشر
    sum.last = "ten10";
    sum.j++;
  } else if (pw && pw.k === "hundred" && (sum.last === "unit" || (tok.kind === EN && sum.last === "ten10")) && sum.cur >= 1 && sum.cur <= 19) {
    sum.cur *= 100; // ثلاث مئة, two hundred
    sum.last = "hundred";
    sum.j++;
  } else if (pw && pw.k === "dozen" && sum.last === "unit") {
    sum.cur *= 12;
    sum.last = "hundred";
    sum.j++;
  } else if (pw && (pw.k === "scale" || (pw.k === "vscale" && tok.kind === AR)) && pw.v < sum.lastScale && (sum.cur > 0 || sum.total === 0)) {
    sum.total += (sum.cur || 1) * pw.v; // خمسة عشر ألف, ثلاثة آلاف
    sum.scale = pw.v;
    sum.cur = 0;
    sum.lastScale = pw.v;
    sum.last = "scale";
    sum.j++;
  } else if (pw && tok.kind === EN && (pw.k === "unit" || pw.k === "ten10") && (sum.last === "ten" || sum.last === "hundred" || sum.last === "scale") && sum.cur % 10 === 0) {
    sum.cur += pw.v; // twenty five, two hundred fifty
    sum.last = "unit";
    sum.j++;
  } else if (pw && tok.kind === EN && pw.k === "ten" && (sum.last === "hundred" || sum.last === "scale") && sum.cur % 100 === 0) {
    sum.cur += pw.v;
    sum.last = "ten";
    sum.j++;
  } else if (isPunct(tok, "-") && tok.start === toks[j - 1].end && sum.last === "ten" && toks[j + 1]?.kind === EN && EN_NUMS.get(toks[j + 1].text)?.k === "unit") {
    sum.cur += EN_NUMS.get(toks[j + 1].text)!.v; // twenty-five
    sum.last = "unit";
    sum.j += 2;
  } else return addAndWord(toks, sum);
  return true;
}

/** و-joined parts in Arabic order: خمسة وعشرين, مئة وخمسون, ألف وخمسمئة; two hundred and fifty. */
function addAndWord(toks: Lexeme[], sum: WordSum): boolean {
  const and = andWord(toks, sum.j);
  if (!and) return false;
  const [aw, width] = and;
  const afterUnits = sum.last === "unit" && sum.cur % 100 < 10;
  const roundTail = sum.last === "hundred" || sum.last === "scale";
  const ok = ((aw.k === "unit" || aw.k === "ten10") && roundTail) || (aw.k === "ten" && (afterUnits || roundTail)) || ((aw.k === "hundred" || (aw.k === "compound" && aw.mag === 100)) && sum.last === "scale");
  if (!ok) return false;
  sum.cur += aw.v;
  sum.last = aw.k === "compound" ? "hundred" : aw.k;
  sum.j += width;
  return true;
}

function finishWords(toks: Lexeme[], a: number, b: number, lo: number, hi: number, vague: boolean, scale: number, base: number, needsNoun: boolean | "unit", prefixed: boolean): Core | null {
  if (b <= a || !toks[b - 1]) return null;
  return { tokenStart: a, tokenEnd: b, lo, hi, vague, range: false, scale, base, digits: null, needsNoun, prefixed };
}

/** A number core at `i`: digits or words. */
export function readCore(toks: Lexeme[], i: number): Core | number | null {
  const t = toks[i];
  if (t.kind === NUM) return readDigits(toks, i);
  if (t.kind === AR || t.kind === EN) return readWords(toks, i);
  return null;
}
