/** Numbers written in digits. */
import { QUANTITY_DEFAULTS } from "./defaults.ts";
import { PLURAL_SCALES, SCALES } from "./lexicon.ts";
import { EN, NUM, type Lexeme } from "../../text/tokens.ts";
import { gap, glued, isPunct, type Core } from "./tokens.ts";

/** Digits with thousands separators or a decimal part, and a scale word. Returns a token index to skip to for dates, times, phone numbers and ids. */
export function readDigits(toks: Lexeme[], i: number, inner = false): Core | number {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if ((!inner && glued(t, prev, true)) || glued(t, next, false)) return i + 1;
  // s-400, covid-19
  if (isPunct(prev, "-") && prev.end === t.start && toks[i - 2]?.kind === EN && toks[i - 2].end === prev.start) return i + 1;
  // clock time 01 : 13 (: 46)
  if (isPunct(next, ":") && toks[i + 2]?.kind === NUM) return i + 3;
  if (!inner && isPunct(prev, ":", "-", ".", "/") && toks[i - 2]?.kind === NUM && gap(toks, i - 2, i - 1) === gap(toks, i - 1, i)) return i + 1;
  // list numbering: 11 - التنمية
  if (isPunct(next, "-") && toks[i + 2] !== undefined && toks[i + 2].kind !== NUM) return i + 1;
  // tables, phone numbers and codes: digit groups with only a space between
  if (next?.kind === NUM && gap(toks, i, i + 1) <= 1) {
    let j = i + 1;
    while (toks[j + 1]?.kind === NUM && gap(toks, j, j + 1) <= 1) j++;
    return j + 1;
  }
  // numeric dates and fractions: 28 / 12 / 2017, 1439 / 3, 27 . 12 . 2017, 8 - 12 - 2017
  if (isPunct(next, "/", "\\") && toks[i + 2]?.kind === NUM) {
    let j = i + 2;
    while (isPunct(toks[j + 1], "/", "\\") && toks[j + 2]?.kind === NUM) j += 2;
    return j + 1;
  }
  if (isPunct(next, ".", "-") && toks[i + 2]?.kind === NUM && toks[i + 3]?.text === next.text && toks[i + 4]?.kind === NUM) return i + 5;
  // phone numbers and ids, with the digit groups that follow them
  if (t.text.length >= QUANTITY_DEFAULTS.phoneDigits || (t.text[0] === "0" && t.text.length >= 3) || (isPunct(prev, "+") && t.start - prev.end <= 1)) {
    let j = i + 1;
    while (toks[j] && (toks[j].kind === NUM || isPunct(toks[j], "-")) && gap(toks, j - 1, j) <= 1) j++;
    return j;
  }
  // 1,500 / 1.500 / 200 , 000 (thousands), 2.5 / 1 . 78 (decimals): the same spacing on both sides of the mark
  let lit = t.text;
  let decimals = "";
  let j = i + 1;
  let sep = "";
  for (;;) {
    const sp = toks[j];
    const nx = toks[j + 1];
    if (!isPunct(sp, ",", ".") || nx?.kind !== NUM) break;
    const g = gap(toks, j - 1, j);
    if (g !== gap(toks, j, j + 1) || g > 1) break;
    const thousands = nx.text.length === 3 && (sep === "" ? lit.length <= 3 : sep === sp.text);
    const decimalBeforeScale = sp.text === "." && sep === "" && SCALES.has(toks[j + 2]?.text ?? ""); // 1.500 مليار
    if (thousands && !decimalBeforeScale) {
      lit += nx.text;
      sep = sp.text;
      j += 2;
      continue;
    }
    if (sp.text === "." && sep !== ".") {
      decimals = `.${nx.text}`;
      j += 2;
    }
    break;
  }
  const value = Number(lit + decimals);
  const plain = j === i + 1;
  let scale = 1;
  const sc = toks[j] ? SCALES.get(toks[j].text) : undefined;
  if (sc !== undefined) {
    // (a plural scale word counts 3 to 10 of it: after a number above ten it only repeats what the digits say, «5000 آلاف مقاتل» is 5,000)
    if (!(value > 10 && PLURAL_SCALES.has(toks[j].text) && value % sc === 0)) scale = sc;
    j++;
  }
  const v = value * scale;
  return {
    tokenStart: i,
    tokenEnd: j,
    lo: v,
    hi: v,
    vague: false,
    range: false,
    scale,
    base: value,
    digits: plain && scale === 1 ? lit : null,
    needsNoun: false,
    prefixed: false,
  };
}
