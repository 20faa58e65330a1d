/**
 * MinHash signatures of a text's units (sentences and their clauses), numbers masked: what
 * near-copy detection (`align/nearcopy.ts`) compares. Computed per article with its extraction and
 * cached with it, so this reads one text alone and knows nothing of other articles or of entities.
 */

/** Tunables of near-copy detection (the signatures' and the buckets' alike: `align/nearcopy.ts` re-exports them). */
export const NEARCOPY_DEFAULTS = {
  /** Words per shingle. */
  shingle: 3,
  /** MinHash functions, split into bands of `rows`. */
  hashes: 24,
  rows: 3,
  /** Jaccard similarity (on shingles, numbers masked) from which two sentences are copies. */
  threshold: 0.6,
  /** Sentences shorter than this (in words) are too common to tell copying. */
  minWords: 8,
  /** A bucket holding more sentences than this is boilerplate; it is skipped. */
  maxBucket: 40,
  /** Share of an article's sentences found in another for the articles to be near-copies. */
  articleShare: 0.5,
};

/**
 * An article's units (sentences and clauses) for near-copy detection, as the extraction keeps
 * them: typed arrays rather than an object per unit, so that reading a corpus's worth back from
 * the cache makes few objects. Unit k spans raw text [spans[2k], spans[2k+1]); its MinHash minima
 * are sigs[k·hashes…(k+1)·hashes) when signed[k] (else zeros: too short to tell copying); its
 * numbers are numbers[numberAt[k]…numberAt[k+1]).
 */
export interface UnitBlock {
  spans: Int32Array;
  sigs: Uint32Array;
  signed: Uint8Array;
  numberAt: Int32Array;
  numbers: string[];
}

/**
 * Odd multipliers and offsets of the MinHash permutations (fixed: results are reproducible), as
 * 32-bit integers: `remix` runs 24 times per shingle, and typed constants spare it converting a
 * double each time.
 */
const MUL = Int32Array.from({ length: 64 }, (_, i) => Math.imul(i + 1, 0x9e3779b1) | 1);
const ADD = Int32Array.from({ length: 64 }, (_, i) => Math.imul(i + 7, 0x85ebca6b));

/** FNV-1a of a string (from `from` on): each shingle is hashed once; the permutations remix that hash. */
function fnv(s: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const remix = (h: number, k: number) => {
  let x = (Math.imul(h, MUL[k]) + ADD[k]) | 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  return (x ^ (x >>> 12)) >>> 0;
};

const WORD = /[\p{L}\p{N}]+/gu;
const NUMBER = fnv("#");
const SCALE = /^(?:الف|الفا|الاف|مليون|ملايين|مليار|thousand|million|billion)$/;

/** The words of a text (runs of letters and digits): where each is, its text, its hash, and whether it has digits. */
interface WordTable {
  texts: string[];
  starts: number[];
  ends: number[];
  hashes: number[];
  digits: boolean[];
}

/** The word table of `text`, from the words given (offsets `offset` ahead of the text's) or found here. */
function wordTable(text: string, known?: { words: Array<{ text: string; start: number; end: number }>; offset: number }): WordTable {
  const t: WordTable = { texts: [], starts: [], ends: [], hashes: [], digits: [] };
  if (known) for (const w of known.words) addWord(t, w.text, w.start - known.offset);
  else {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) addWord(t, m[0], m.index);
  }
  return t;
}
/** (Not a closure in `wordTable`: under tsx every named closure made costs a `defineProperty`.) */
function addWord(t: WordTable, w: string, start: number): void {
  let digit = false;
  for (let i = 0; i < w.length && !digit; i++) digit = w.charCodeAt(i) >= 48 && w.charCodeAt(i) <= 57;
  t.texts.push(w);
  t.starts.push(start);
  t.ends.push(start + w.length);
  t.digits.push(digit);
  // (a leading و is dropped)
  t.hashes.push(digit ? NUMBER : fnv(w, w.length > 3 && w.charCodeAt(0) === 0x648 ? 1 : 0));
}

/**
 * The hashes of the words in [from, to), numbers masked so that a copied sentence whose figure
 * changed still matches (a number and its scale word together: "60 ألفا" / "100 ألف"); null when
 * the stretch cuts a word.
 */
function maskedWords(t: WordTable, from: number, to: number): number[] | null {
  const out: number[] = [];
  let prevNumber = false;
  for (let i = 0; i < t.starts.length; i++) {
    if (t.ends[i] <= from || t.starts[i] >= to) continue;
    if (t.starts[i] < from || t.ends[i] > to) return null;
    const isNumber: boolean = t.digits[i] || (prevNumber && SCALE.test(t.texts[i]));
    out.push(isNumber ? NUMBER : t.hashes[i]);
    prevNumber = isNumber;
  }
  return out;
}

/**
 * The MinHash minima of a sentence and of stretches of it (its clauses), as `signature` gives them
 * for each stretch's text, with the sentence's words found once. `units` are offsets into `text`;
 * a stretch whose edge cuts a word is read on its own.
 */
export function unitMinima(text: string, units: Array<{ start: number; end: number }>, known?: { words: Array<{ text: string; start: number; end: number }>; offset: number }): Array<Uint32Array | null> {
  const t = wordTable(text, known);
  return units.map((u) => {
    const ws = maskedWords(t, u.start, u.end);
    return ws ? minHash(ws, NEARCOPY_DEFAULTS) : minimaOf(text.slice(u.start, u.end), NEARCOPY_DEFAULTS);
  });
}

/** `unitMinima` as signatures (see `signature`). */
export function unitSignatures(text: string, units: Array<{ start: number; end: number }>, known?: { words: Array<{ text: string; start: number; end: number }>; offset: number }): Array<string | null> {
  return unitMinima(text, units, known).map(base64);
}

const base64 = (sig: Uint32Array | null) => (sig ? Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString("base64") : null);

/** An article's `UnitBlock` from its units' spans, minima (see `unitMinima`) and numbers. */
export function unitBlock(units: Array<{ span: [number, number]; minima: Uint32Array | null; numbers: string[] }>, hashes = NEARCOPY_DEFAULTS.hashes): UnitBlock {
  const n = units.length;
  const b: UnitBlock = { spans: new Int32Array(2 * n), sigs: new Uint32Array(n * hashes), signed: new Uint8Array(n), numberAt: new Int32Array(n + 1), numbers: [] };
  units.forEach((u, k) => {
    b.spans[2 * k] = u.span[0];
    b.spans[2 * k + 1] = u.span[1];
    if (u.minima) {
      if (u.minima.length !== hashes) throw new Error(`unitBlock: ${u.minima.length} minima, not ${hashes}`);
      b.sigs.set(u.minima, k * hashes);
      b.signed[k] = 1;
    }
    b.numbers.push(...u.numbers);
    b.numberAt[k + 1] = b.numbers.length;
  });
  return b;
}

/** The numbers of a sentence (with their scale words), to tell whether a copy changed them. */
export function numbersOf(text: string): string[] {
  if (!/\d/.test(text)) return [];
  return [...text.matchAll(/\d[\d,.]*(?:\s+(?:الفا|الف|الاف|مليون|ملايين|thousand|million))?/g)].map((m) => m[0].replace(/الفا$/, "الف"));
}

/**
 * The MinHash signature of a sentence (base64 of `hashes` 32-bit minima over its word shingles,
 * numbers masked), or null when it is too short to tell copying. Computed once per article and
 * cached with it, so that finding copies across a corpus only compares signatures.
 */
export function signature(text: string, options: Partial<typeof NEARCOPY_DEFAULTS> = {}): string | null {
  return base64(minimaOf(text, { ...NEARCOPY_DEFAULTS, ...options }));
}

/** The MinHash minima of a text (see `signature`). */
export const minimaOf = (text: string, o: typeof NEARCOPY_DEFAULTS) => minHash(maskedWords(wordTable(text), 0, text.length)!, o);

/** The MinHash minima of a list of word hashes (see `signature`). */
function minHash(ws: number[], o: typeof NEARCOPY_DEFAULTS): Uint32Array | null {
  if (ws.length < o.minWords) return null;
  const sig = new Uint32Array(o.hashes).fill(0xffffffff);
  // each shingle of k words as one 32-bit hash (a shingle met twice leaves the minima as they are)
  for (let i = 0; i + o.shingle <= ws.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < o.shingle; j++) h = Math.imul(h ^ ws[i + j], 0x01000193);
    h >>>= 0;
    for (let k = 0; k < o.hashes; k++) {
      const v = remix(h, k);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}
