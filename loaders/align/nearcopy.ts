import { createHash } from "node:crypto";

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

/** A sentence to compare: where it is and its normalised text. */
export interface SentenceRef {
  source: string;
  start: number;
  end: number;
  text: string;
}

/** Two sentences of different articles that are copies, and whether their numbers differ. */
export interface CopyPair {
  a: SentenceRef;
  b: SentenceRef;
  similarity: number;
  numbersA: string[];
  numbersB: string[];
}

const SEEDS = Array.from({ length: 64 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);

function hash32(s: string, seed: number): number {
  let h = seed ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  return (h ^ (h >>> 15)) >>> 0;
}

/** Words with numbers masked, so a copied sentence whose figure changed still matches. */
function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => (/\d/.test(w) ? "#" : w));
}

function shingles(ws: string[], k: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + k <= ws.length; i++) out.add(ws.slice(i, i + k).join(" "));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/** The numbers of a sentence (with their scale words), to tell whether a copy changed them. */
export function numbersOf(text: string): string[] {
  return [...text.matchAll(/\d[\d,.]*(?:\s+(?:الفا|الف|الاف|مليون|ملايين|thousand|million))?/g)].map((m) => m[0].replace(/الفا$/, "الف"));
}

/**
 * Sentences that recur, nearly word for word, across articles — found with MinHash and banded
 * LSH so the cost grows with the number of sentences, not its square.
 */
export function findCopies(sentences: SentenceRef[], options: Partial<typeof NEARCOPY_DEFAULTS> = {}): CopyPair[] {
  const o = { ...NEARCOPY_DEFAULTS, ...options };
  const sh: Array<Set<string> | null> = [];
  const buckets = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const ws = words(s.text);
    if (ws.length < o.minWords) return sh.push(null);
    const set = shingles(ws, o.shingle);
    sh.push(set);
    const sig = new Array<number>(o.hashes).fill(0xffffffff);
    for (const x of set) for (let h = 0; h < o.hashes; h++) sig[h] = Math.min(sig[h], hash32(x, SEEDS[h]));
    for (let b = 0; b < o.hashes / o.rows; b++) {
      const key = `${b}:${sig.slice(b * o.rows, (b + 1) * o.rows).join(",")}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
    return;
  });
  const seen = new Set<string>();
  const out: CopyPair[] = [];
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > o.maxBucket) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x], j = list[y];
        const a = sentences[i], b = sentences[j];
        if (a.source === b.source) continue;
        const key = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const sim = jaccard(sh[i]!, sh[j]!);
        if (sim >= o.threshold) out.push({ a, b, similarity: sim, numbersA: numbersOf(a.text), numbersB: numbersOf(b.text) });
      }
  }
  return out;
}

/** Pairs of articles most of whose sentences are copies of each other's (syndicated or copied). */
export function copiedArticles(pairs: CopyPair[], sentenceCount: Map<string, number>, share = NEARCOPY_DEFAULTS.articleShare): Array<[string, string]> {
  const count = new Map<string, number>();
  for (const p of pairs) {
    const key = [p.a.source, p.b.source].sort().join("\0");
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const out: Array<[string, string]> = [];
  for (const [key, n] of count) {
    const [a, b] = key.split("\0");
    const smaller = Math.min(sentenceCount.get(a) ?? 1, sentenceCount.get(b) ?? 1);
    if (n / smaller >= share) out.push([a, b]);
  }
  return out;
}

/** A short stable hash. */
export const shortHash = (s: string, n = 6) => createHash("sha1").update(s).digest("hex").slice(0, n);
