import { hash } from "node:crypto";
import { endianness } from "node:os";

/** Tunables of near-copy detection. */
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

/** A sentence to compare: where it is, and its normalised text or what was computed from it. */
export interface SentenceRef {
  source: string;
  start: number;
  end: number;
  /** Its normalised text: needed unless both `sig` and `numbers` are given. */
  text?: string;
  /** Its MinHash signature if already known (see `signature`); null for a sentence too short. */
  sig?: string | null;
  /** Its numbers if already known (see `numbersOf`). */
  numbers?: string[];
}

/** Two sentences of different articles that are copies, and whether their numbers differ. */
export interface CopyPair {
  a: SentenceRef;
  b: SentenceRef;
  similarity: number;
  numbersA: string[];
  numbersB: string[];
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

const LITTLE_ENDIAN = endianness() === "LE";
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
 * The signatures of a sentence and of stretches of it (its clauses), as `signature` gives them for
 * each stretch's text, with the sentence's words found once. `units` are offsets into `text`; a
 * stretch whose edge cuts a word is read on its own.
 */
export function unitSignatures(text: string, units: Array<{ start: number; end: number }>, known?: { words: Array<{ text: string; start: number; end: number }>; offset: number }): Array<string | null> {
  const t = wordTable(text, known);
  return units.map((u) => {
    const ws = maskedWords(t, u.start, u.end);
    return ws ? minHash(ws, NEARCOPY_DEFAULTS) : signature(text.slice(u.start, u.end));
  });
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
  return minHash(maskedWords(wordTable(text), 0, text.length)!, { ...NEARCOPY_DEFAULTS, ...options });
}

/** The MinHash signature of a list of word hashes (see `signature`). */
function minHash(ws: number[], o: typeof NEARCOPY_DEFAULTS): string | null {
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
  return Buffer.from(sig.buffer).toString("base64");
}

/**
 * Sentences that recur, nearly word for word, across articles — found with MinHash and banded
 * LSH so the cost grows with the number of sentences, not its square. Similarity is estimated
 * from the signatures (the share of equal minima estimates the shingles' Jaccard index).
 */
export function findCopies(sentences: SentenceRef[], options: Partial<typeof NEARCOPY_DEFAULTS> = {}): CopyPair[] {
  const o = { ...NEARCOPY_DEFAULTS, ...options };
  const H = o.hashes;
  const bands = H / o.rows;
  const n = sentences.length;
  // all signatures in one flat array (row i at i·H), each sentence's article as a small integer
  const sigs = new Uint32Array(n * H);
  const has = new Uint8Array(n);
  const article = new Int32Array(n);
  const articles = new Map<string, number>();
  const signed: number[] = [];
  // (on little-endian machines a signature is decoded straight into its row: no buffer per sentence)
  const rows = LITTLE_ENDIAN ? Buffer.from(sigs.buffer) : null;
  const b64Length = Math.ceil((H * 4) / 3) * 4;
  for (let i = 0; i < n; i++) {
    const s = sentences[i];
    let a = articles.get(s.source);
    if (a === undefined) articles.set(s.source, (a = articles.size));
    article[i] = a;
    const b64 = s.sig === undefined ? signature(s.text ?? "", o) : s.sig;
    if (!b64) continue;
    if (rows) {
      if (b64.length !== b64Length || rows.write(b64, i * H * 4, H * 4, "base64") !== H * 4) {
        sigs.fill(0, i * H, (i + 1) * H);
        continue;
      }
    } else {
      const buf = Buffer.from(b64, "base64");
      if (buf.length !== H * 4) continue;
      for (let k = 0; k < H; k++) sigs[i * H + k] = buf.readUInt32LE(k * 4);
    }
    has[i] = 1;
    signed.push(i);
  }
  // the buckets of each band: its signed sentences sorted by band key (radix sort, no maps), a
  // bucket being a run of one key; each sentence's run in each band is kept as [from, to)
  const m = signed.length;
  const members: Int32Array[] = [];
  const runFrom = new Int32Array(n * bands);
  const runTo = new Int32Array(n * bands);
  const keys = new Uint32Array(m);
  for (let b = 0; b < bands; b++) {
    for (let x = 0; x < m; x++) {
      const i = signed[x];
      let h = 0x811c9dc5 ^ b;
      for (let r = b * o.rows; r < (b + 1) * o.rows; r++) h = Math.imul(h ^ sigs[i * H + r], 0x01000193);
      keys[x] = h >>> 0;
    }
    const order = orderByKey(keys);
    const list = new Int32Array(m);
    for (let p = 0; p < m; p++) list[p] = signed[order[p]];
    for (let from = 0; from < m; ) {
      let to = from + 1;
      while (to < m && keys[order[to]] === keys[order[from]]) to++;
      for (let p = from; p < to; p++) {
        runFrom[list[p] * bands + b] = from;
        runTo[list[p] * bands + b] = to;
      }
      from = to;
    }
    members.push(list);
  }
  // candidates of each sentence: the later sentences sharing one of its (not boilerplate) buckets;
  // a stamp per sentence, rather than a set of pairs, tells a candidate met through two buckets
  const stamp = new Int32Array(n).fill(-1);
  const numbers: Array<string[] | undefined> = new Array(n);
  const numbersAt = (i: number) => (numbers[i] ??= sentences[i].numbers ?? numbersOf(sentences[i].text ?? ""));
  // the share of equal minima estimates the Jaccard index; stop once it cannot reach the threshold
  const need = Math.ceil(o.threshold * H - 1e-9);
  // pairs in the order of their sentences (i, then j), whichever band found them
  const out: CopyPair[] = [];
  const mine: Array<{ j: number; pair: CopyPair }> = [];
  for (let i = 0; i < n; i++) {
    if (!has[i]) continue;
    mine.length = 0;
    for (let b = 0; b < bands; b++) {
      const from = runFrom[i * bands + b], to = runTo[i * bands + b];
      if (to - from < 2 || to - from > o.maxBucket) continue;
      const list = members[b];
      for (let p = from; p < to; p++) {
        const j = list[p];
        if (j <= i || stamp[j] === i) continue;
        stamp[j] = i;
        if (article[i] === article[j]) continue;
        let same = 0, miss = 0;
        for (let k = 0; k < H && miss <= H - need; k++)
          if (sigs[i * H + k] === sigs[j * H + k]) same++;
          else miss++;
        if (same >= need) mine.push({ j, pair: { a: sentences[i], b: sentences[j], similarity: same / H, numbersA: numbersAt(i), numbersB: numbersAt(j) } });
      }
    }
    if (mine.length > 1) mine.sort((x, y) => x.j - y.j);
    for (const m of mine) out.push(m.pair);
  }
  return out;
}

/** The positions of `keys` in the order of their values, equal values in position order (LSD radix sort, two 16-bit passes). */
export function orderByKey(keys: Uint32Array): Int32Array {
  const n = keys.length;
  let from = new Int32Array(n), to = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  const count = new Int32Array(0x10001);
  for (let shift = 0; shift < 32; shift += 16) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[((keys[i] >>> shift) & 0xffff) + 1]++;
    for (let d = 1; d <= 0x10000; d++) count[d] += count[d - 1];
    for (let i = 0; i < n; i++) {
      const x = from[i];
      to[count[(keys[x] >>> shift) & 0xffff]++] = x;
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Pairs of articles most of whose sentences are copies of each other's (syndicated or copied). */
export function copiedArticles(pairs: CopyPair[], sentenceCount: Map<string, number>, share = NEARCOPY_DEFAULTS.articleShare): Array<[string, string]> {
  // counted per article, then per partner (no string key built per pair)
  const count = new Map<string, Map<string, number>>();
  for (const p of pairs) {
    const [a, b] = p.a.source < p.b.source ? [p.a.source, p.b.source] : [p.b.source, p.a.source];
    const of = count.get(a) ?? count.set(a, new Map()).get(a)!;
    of.set(b, (of.get(b) ?? 0) + 1);
  }
  const out: Array<[string, string]> = [];
  for (const [a, of] of count)
    for (const [b, n] of of) {
      const smaller = Math.min(sentenceCount.get(a) ?? 1, sentenceCount.get(b) ?? 1);
      if (n / smaller >= share) out.push([a, b]);
    }
  return out;
}

/** A short stable hash. */
export const shortHash = (s: string, n = 6) => hash("sha1", s, "hex").slice(0, n);
