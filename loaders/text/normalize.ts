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
const isDiacritic = (c: number) =>
  (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x0610 && c <= 0x061a);
const isInvisible = (c: number) =>
  c === 0x200b || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x00ad;
const isSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
/** Arabic letters proper (not digits or punctuation). */
export const isArabicLetter = (c: number) => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5 || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** One-to-one character folds. */
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

interface Builder {
  out: string[];
  map: number[];
}

function push(b: Builder, ch: string, rawIndex: number) {
  b.out.push(ch);
  b.map.push(rawIndex);
}

/**
 * Normalise raw article text for matching: Arabic letter forms, diacritics, tatweel, dots inserted
 * inside words, digits, spaces, quotes and glued tokens; Latin is lower-cased.
 */
export function normalize(raw: string): Normalized {
  const b: Builder = { out: [], map: [] };
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const ch = raw[i];
    const c = raw.charCodeAt(i);
    if (c === TATWEEL || isDiacritic(c) || isInvisible(c)) continue;
    if (isSpace(c)) {
      if (b.out.length && b.out[b.out.length - 1] !== " " && b.out[b.out.length - 1] !== "\n") push(b, " ", i);
      continue;
    }
    if (ch === "." && isInWordDot(raw, i)) {
      // a dot (or run of dots) inside a word, inserted to dodge filters: هــ.دد
      while (i + 1 < n && raw[i + 1] === ".") i++;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      // drop a trailing space before a newline
      if (b.out.length && b.out[b.out.length - 1] === " ") {
        b.out.pop();
        b.map.pop();
      }
      if (ch === "\r" && raw[i + 1] === "\n") continue;
      push(b, "\n", i);
      continue;
    }
    const folded = FOLD[ch] ?? (c < 0x80 ? ch.toLowerCase() : ch);
    // glue split between a digit and an Arabic letter (28حزيران) and the reverse
    const prev = b.out.length ? b.out[b.out.length - 1].charCodeAt(0) : 0;
    const cur = folded.charCodeAt(0);
    if ((isDigit(prev) && isArabicLetter(cur)) || (isArabicLetter(prev) && isDigit(cur))) push(b, " ", i);
    push(b, folded, i);
  }
  let text = b.out.join("");
  let map = b.map;
  // word-level rules work on the folded string; rebuild with deletions / insertions mapped
  ({ text, map } = applyDeletions(text, map, SKELETON_RULES));
  ({ text, map } = applyInsertions(text, map, GLUED));
  const m = new Int32Array(map.length + 1);
  m.set(map);
  m[map.length] = n;
  return {
    text,
    map: m,
    raw(start: number, end: number): [number, number] {
      if (end <= start) return [m[start], m[start]];
      return [m[start], m[end - 1] + rawCharLength(raw, m[end - 1])];
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

function applyDeletions(text: string, map: number[], rules: Array<[RegExp, number]>) {
  for (const [re, group] of rules) {
    const drop = new Set<number>();
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index + m[0].indexOf(m[group]);
      for (let k = 0; k < m[group].length; k++) drop.add(at + k);
    }
    if (!drop.size) continue;
    const out: string[] = [];
    const nm: number[] = [];
    for (let i = 0; i < text.length; i++) if (!drop.has(i)) (out.push(text[i]), nm.push(map[i]));
    text = out.join("");
    map = nm;
  }
  return { text, map };
}

function applyInsertions(text: string, map: number[], rules: Array<[RegExp, number]>) {
  for (const [re] of rules) {
    const at: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) at.push(m.index + m[0].length);
    if (!at.length) continue;
    const out: string[] = [];
    const nm: number[] = [];
    let k = 0;
    for (let i = 0; i < text.length; i++) {
      if (k < at.length && at[k] === i) (out.push(" "), nm.push(map[i]), k++);
      out.push(text[i]);
      nm.push(map[i]);
    }
    text = out.join("");
    map = nm;
  }
  return { text, map };
}

/** Normalise a short string (a name or alias) for comparison; no offset map. */
export function normalizeName(s: string): string {
  return normalize(s).text.replace(/["'()\[\]]/g, " ").replace(/\s+/g, " ").trim();
}
