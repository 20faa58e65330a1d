/**
 * Normalisation for matching, never for display: the normalised text keeps a map back to the raw
 * text so that every match can point at its evidence as published.
 *
 * @example
 * const n = normalize("هــ.دد 28حزيران");
 * n.text; // "هدد 28 حزيران"
 * n.raw(0, 3); // [0, 6] — the raw span of "هدد"
 */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `map[i]` is the raw offset of normalised char `i`; `map[text.length]` is the raw length. */
  map: Int32Array;
  /** The raw `[start, end)` span of the normalised span `[start, end)`. */
  raw(start: number, end: number): [number, number];
}

const TATWEEL = 0x0640;
const isDiacritic = (c: number) => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x0610 && c <= 0x061a);
const isInvisible = (c: number) => c === 0x200b || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x00ad;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
/** Arabic letters proper (not digits or punctuation). */
export const isArabicLetter = (c: number) => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5 || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** One-to-one character folds, a row per kind of character. */
// prettier-ignore
const FOLD: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي", "ہ": "ه",
  "،": ",", "؛": ";", "؟": "?", "٫": ".", "٬": ",",
  "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "`": "'", "″": '"',
  "–": "-", "—": "-", "−": "-", "‐": "-",
  "\r": "\n",
};
for (let i = 0; i < 10; i++) {
  FOLD[String.fromCharCode(0x0660 + i)] = String(i);
  FOLD[String.fromCharCode(0x06f0 + i)] = String(i);
}

/**
 * Spelling variants folded to one skeleton by deleting a letter (group 1): أميركي and أمريكي both
 * become امركي; ميليشيا becomes مليشيا.
 */
const SKELETON_RULES: Array<[RegExp, number]> = [
  // امريك / اميرك → امرك (delete the ي wherever it stands)
  [/ام(ي)رك/g, 1],
  [/امر(ي)ك/g, 1],
  // ميليشيا → مليشيا
  [/م(ي)ليش/g, 1],
];

/** Glued compounds that outlets write without a space, split for matching. */
const GLUED: Array<[RegExp, number]> = [
  [/(?<![\u0621-\u064a])دير(?=الزور)/g, 3],
  [/(?<![\u0621-\u064a])عبد(?=ال[\u0621-\u064a])/g, 3],
];

/** The fold of every UTF-16 code unit: 0 drops it, SPACE marks a space, else the code to write. */
const SPACE = 0x20;
const TABLE = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  if (c === TATWEEL || isDiacritic(c) || isInvisible(c)) TABLE[c] = 0;
  else if (isSpace(c)) TABLE[c] = SPACE;
  else if (FOLD[ch] !== undefined) TABLE[c] = FOLD[ch].charCodeAt(0);
  else if (c < 0x80) TABLE[c] = ch.toLowerCase().charCodeAt(0);
  else TABLE[c] = c;
}
const NL = 0x0a,
  CR = 0x0d,
  DOT = 0x2e;
const utf16 = new TextDecoder("utf-16le");

/**
 * Normalise raw article text for matching: Arabic letter forms, diacritics, tatweel, dots inserted
 * inside words, digits, spaces, quotes and glued tokens; Latin is lower-cased.
 */
export function normalize(raw: string): Normalized {
  const n = raw.length;
  const out = new Uint16Array(n * 2 + 1);
  const map = new Int32Array(n * 2 + 2);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === NL || c === CR) {
      if (len && out[len - 1] === SPACE) len--; // no space before a line break
      if (c === CR && raw.charCodeAt(i + 1) === NL) continue;
      out[len] = NL;
      map[len++] = i;
      continue;
    }
    if (c === DOT && isInWordDot(raw, i)) {
      while (i + 1 < n && raw.charCodeAt(i + 1) === DOT) i++; // هــ.دد: a dot inserted inside a word
      continue;
    }
    const f = TABLE[c];
    if (f === 0) continue;
    if (f === SPACE) {
      if (len && out[len - 1] !== SPACE && out[len - 1] !== NL) ((out[len] = SPACE), (map[len++] = i));
      continue;
    }
    // a space between a digit and an Arabic letter glued to it (28حزيران), and the reverse
    if (len) {
      const prev = out[len - 1];
      if ((isDigit(prev) && isArabicLetter(f)) || (isArabicLetter(prev) && isDigit(f))) ((out[len] = SPACE), (map[len++] = i));
    }
    out[len] = f;
    map[len++] = i;
  }
  let text = utf16.decode(out.subarray(0, len));
  let m: Int32Array = map.subarray(0, len);
  // word-level rules work on the folded string; rebuild with deletions / insertions mapped
  ({ text, map: m } = applyDeletions(text, m, SKELETON_RULES));
  ({ text, map: m } = applyInsertions(text, m, GLUED));
  const full = new Int32Array(m.length + 1);
  full.set(m);
  full[m.length] = n;
  return {
    text,
    map: full,
    raw(start: number, end: number): [number, number] {
      if (end <= start) return [full[start], full[start]];
      return [full[start], full[end - 1] + rawCharLength(raw, full[end - 1])];
    },
  };
}

/** The raw length of the character at `i`, including any tatweel/diacritics that trail it. */
function rawCharLength(raw: string, i: number): number {
  let j = i + 1;
  while (j < raw.length) {
    const c = raw.charCodeAt(j);
    if (c === TATWEEL || isDiacritic(c)) j++;
    else break;
  }
  return j - i;
}

/** A dot between two Arabic letters (possibly with tatweel around it) is not punctuation. */
function isInWordDot(raw: string, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && (raw.charCodeAt(a) === TATWEEL || isDiacritic(raw.charCodeAt(a)))) a--;
  let z = i + 1;
  while (z < raw.length && (raw[z] === "." || raw.charCodeAt(z) === TATWEEL || isDiacritic(raw.charCodeAt(z)))) z++;
  if (a < 0 || z >= raw.length) return false;
  return isArabicLetter(raw.charCodeAt(a)) && isArabicLetter(raw.charCodeAt(z));
}

function applyDeletions(text: string, map: Int32Array, rules: Array<[RegExp, number]>) {
  for (const [re, group] of rules) {
    const drop: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) drop.push(m.index + m[0].indexOf(m[group]));
    if (!drop.length) continue;
    const parts: string[] = [];
    const nm = new Int32Array(map.length - drop.length);
    let from = 0,
      w = 0;
    for (const at of drop.sort((a, b) => a - b)) {
      parts.push(text.slice(from, at));
      nm.set(map.subarray(from, at), w);
      w += at - from;
      from = at + 1;
    }
    parts.push(text.slice(from));
    nm.set(map.subarray(from), w);
    text = parts.join("");
    map = nm;
  }
  return { text, map };
}

function applyInsertions(text: string, map: Int32Array, rules: Array<[RegExp, number]>) {
  for (const [re] of rules) {
    const at: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) at.push(m.index + m[0].length);
    if (!at.length) continue;
    const parts: string[] = [];
    const nm = new Int32Array(map.length + at.length);
    let from = 0,
      w = 0;
    for (const i of at) {
      parts.push(text.slice(from, i), " ");
      nm.set(map.subarray(from, i), w);
      w += i - from;
      nm[w++] = map[i];
      from = i;
    }
    parts.push(text.slice(from));
    nm.set(map.subarray(from), w);
    text = parts.join("");
    map = nm;
  }
  return { text, map };
}

/** Normalise a short string (a name or alias) for comparison; no offset map. */
export function normalizeName(s: string): string {
  return normalize(s)
    .text.replace(/["'()[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A regular expression matching any of the `|`-separated phrases once normalised (spaces inside a
 * phrase match any run of spaces), so patterns can be written in raw Arabic.
 *
 * @example
 * phraseRegExp("وفق|بحسب").test(normalize("وفقاً للمرصد").text); // true
 */
export function phraseRegExp(list: string, flags = "u"): RegExp {
  return new RegExp(
    `(?:${list
      .split("|")
      .map((w) => normalizeName(w).replace(/\s+/g, "\\s+"))
      .join("|")})`,
    flags,
  );
}

const LETTER = /\p{L}/u;
/** Is there a letter right before offset `i` of `text`? */
export function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return LETTER.test(text.slice(pair ? i - 2 : i - 1, i));
}

/**
 * The matches of a global pattern that start a word: what the pattern finds with `(?<![\p{L}])`
 * in front of it, found faster — a leading look-behind makes the engine try every position of
 * the text, a leading literal lets it skip to the places where the pattern can start.
 */
export function* atWordStart(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!letterBefore(text, m.index)) yield m;
    else re.lastIndex = m.index + 1; // (what the look-behind does: try again one place on)
  }
}

/** Does the pattern (global) match at the start of a word of `text`? */
export const hasWordStart = (re: RegExp, text: string): boolean => !atWordStart(re, text).next().done;
