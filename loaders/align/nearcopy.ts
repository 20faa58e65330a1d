import { endianness } from "node:os";
import { NEARCOPY_DEFAULTS, minimaOf, numbersOf, type UnitBlock } from "../text/minhash.ts";
import { byBandKey, mergeBand, runOf } from "./buckets.ts";

// (the tunables live with the signatures they shape, and are read and set here as well)
export { NEARCOPY_DEFAULTS };

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

/** The units of one article, in a corpus's order. */
export interface ArticleUnits {
  source: string;
  units: UnitBlock;
}

const LITTLE_ENDIAN = endianness() === "LE";

/**
 * Sentences that recur, nearly word for word, across articles — found with MinHash and banded
 * LSH so the cost grows with the number of sentences, not its square. Similarity is estimated
 * from the signatures (the share of equal minima estimates the shingles' Jaccard index).
 */
export function findCopies(sentences: SentenceRef[] | ArticleUnits[], options: Partial<typeof NEARCOPY_DEFAULTS> = {}): CopyPair[] {
  const o = { ...NEARCOPY_DEFAULTS, ...options };
  const t = new Signatures(sentences, o);
  return new Copies(t, allPairs(t).pairs).all();
}

/**
 * What finding copies keeps for the next run, so that adding articles compares only their
 * sentences: the articles it was made from, each band's buckets, and the pairs found.
 */
export interface CopyState {
  /** The options it was found with (JSON). */
  options: string;
  /** The articles in order: the caller's key for each (one that changes with its content) and its number of units. */
  articles: Array<[string, number]>;
  /** Per band: the band keys of the signed units in key order, and those units (their place in the corpus) alongside. */
  keys: Uint32Array[];
  members: Int32Array[];
  /** The copies as (i, j, equal minima) triples, i < j, in the order `findCopies` gives them. */
  pairs: Int32Array;
}

/**
 * `findCopies` for a corpus laid out as `articles` (each article's units consecutive, in that
 * order), with the state of the previous run. When the only change since then is articles added,
 * only their units are compared, and the buckets they push past `maxBucket` are re-checked: the
 * pairs are exactly those of `findCopies`, in the same order. Anything else (an article changed,
 * removed or moved, other options) is computed in full. `changed` tells, for each source, the
 * sources its copies with may differ from the previous run's (null when computed in full: any may).
 */
export function findCopiesKept(
  sentences: SentenceRef[] | ArticleUnits[],
  articles: Array<[string, number]>,
  previous: CopyState | null,
  options: Partial<typeof NEARCOPY_DEFAULTS> = {},
): { copies: Copies; state: CopyState; changed: Map<string, Set<string>> | null } {
  const o = { ...NEARCOPY_DEFAULTS, ...options };
  let units = 0;
  for (const [, n] of articles) units += n;
  const t = new Signatures(sentences, o);
  if (units !== t.n) throw new Error(`findCopiesKept: the articles hold ${units} units, not ${t.n}`);
  const grown = previous ? extend(t, articles, previous) : null;
  if (grown) return { copies: new Copies(t, grown.pairs), state: grown.state, changed: grown.changed };
  const { pairs, keys, members } = allPairs(t);
  return { copies: new Copies(t, pairs), state: { options: JSON.stringify(o), articles, keys, members, pairs }, changed: null };
}

/**
 * The corpus's units: each one's article (a small integer), span and signature, the signatures in
 * one flat array (row i at i·H). Made from the articles' `UnitBlock`s (signatures ready), or from
 * `SentenceRef`s (each signature decoded, or computed from the text, when first needed).
 */
class Signatures {
  readonly n: number;
  readonly H: number;
  readonly bands: number;
  readonly sigs: Uint32Array;
  /** 0: not decoded yet; 1: signed; 2: no usable signature. */
  readonly status: Uint8Array;
  readonly article: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The articles' names (sources) by number, and their numbers by name. */
  readonly names: string[] = [];
  readonly ids = new Map<string, number>();
  /** How many equal minima make a copy (the share of equal minima estimates the Jaccard index). */
  readonly need: number;
  /** The units as given, if given as refs. */
  private readonly refs: SentenceRef[] | null;
  /** Of units given as blocks: all their numbers, unit i's at [numberAt[i], numberAt[i+1]). */
  private readonly numberAt: Int32Array | null = null;
  private readonly numberList: string[] = [];
  private readonly numbersOf: Array<string[] | undefined>;
  private readonly made: Array<SentenceRef | undefined>;
  // (on little-endian machines a signature is decoded straight into its row: no buffer per sentence)
  private readonly rows: Buffer | null;
  private readonly b64Length: number;
  constructor(
    units: SentenceRef[] | ArticleUnits[],
    readonly o: typeof NEARCOPY_DEFAULTS,
  ) {
    this.H = o.hashes;
    this.bands = o.hashes / o.rows;
    this.need = Math.ceil(o.threshold * this.H - 1e-9);
    this.b64Length = Math.ceil((this.H * 4) / 3) * 4;
    const blocks = units.length && "units" in units[0] ? (units as ArticleUnits[]) : null;
    let n = 0;
    if (blocks) for (const x of blocks) n += x.units.signed.length;
    else n = units.length;
    this.n = n;
    this.sigs = new Uint32Array(n * this.H);
    this.status = new Uint8Array(n);
    this.article = new Int32Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.numbersOf = new Array(n);
    this.made = new Array(n);
    this.rows = LITTLE_ENDIAN ? Buffer.from(this.sigs.buffer) : null;
    if (blocks) {
      this.refs = null;
      const numberAt = (this.numberAt = new Int32Array(n + 1));
      let i = 0;
      for (const { source, units: b } of blocks) {
        const k = b.signed.length;
        if (b.spans.length !== 2 * k || b.sigs.length !== k * this.H || b.numberAt.length !== k + 1 || b.numberAt[k] !== b.numbers.length) throw new Error(`near-copies: the units of ${source} do not fit together`);
        this.article.fill(this.articleOf(source), i, i + k);
        this.sigs.set(b.sigs, i * this.H);
        for (let x = 0; x < k; x++) {
          this.status[i + x] = b.signed[x] ? 1 : 2;
          this.starts[i + x] = b.spans[2 * x];
          this.ends[i + x] = b.spans[2 * x + 1];
          numberAt[i + x + 1] = this.numberList.length + b.numberAt[x + 1];
        }
        for (const num of b.numbers) this.numberList.push(num);
        i += k;
      }
    } else {
      const refs = (this.refs = units as SentenceRef[]);
      for (let i = 0; i < n; i++) {
        this.article[i] = this.articleOf(refs[i].source);
        this.starts[i] = refs[i].start;
        this.ends[i] = refs[i].end;
      }
    }
  }
  /** The number of a source's article (numbered as first met). */
  private articleOf(source: string): number {
    const a = this.ids.get(source);
    if (a !== undefined) return a;
    this.ids.set(source, this.names.length);
    return this.names.push(source) - 1;
  }
  /** The numbers of unit i (see `numbersOf`). */
  numbers(i: number): string[] {
    const known = this.numbersOf[i];
    if (known) return known;
    const r = this.refs?.[i];
    return (this.numbersOf[i] = r ? (r.numbers ?? numbersOf(r.text ?? "")) : this.numberList.slice(this.numberAt![i], this.numberAt![i + 1]));
  }
  /** Do units i and j give the very same numbers, in the same order? (Of units given as blocks, read in place; else null: compare `numbers`.) */
  sameNumbersAt(i: number, j: number): boolean | null {
    const at = this.numberAt;
    if (!at || this.refs) return null;
    const a = at[i],
      n = at[i + 1] - a,
      b = at[j];
    if (at[j + 1] - b !== n) return false;
    const list = this.numberList;
    for (let k = 0; k < n; k++) if (list[a + k] !== list[b + k]) return false;
    return true;
  }
  /** Unit i as a ref (the one given, if given as refs). */
  ref(i: number): SentenceRef {
    return this.refs?.[i] ?? (this.made[i] ??= { source: this.names[this.article[i]], start: this.starts[i], end: this.ends[i], numbers: this.numbers(i) });
  }
  /** Decode unit i's signature into its row; true if it has a usable one. */
  decode(i: number): boolean {
    if (this.status[i]) return this.status[i] === 1;
    const { H, sigs } = this;
    const s = this.refs![i];
    if (s.sig === undefined) {
      const minima = minimaOf(s.text ?? "", this.o);
      if (minima) sigs.set(minima, i * H);
      this.status[i] = minima ? 1 : 2;
      return minima !== null;
    }
    const b64 = s.sig;
    let ok = false;
    if (b64 && this.rows) {
      ok = b64.length === this.b64Length && this.rows.write(b64, i * H * 4, H * 4, "base64") === H * 4;
      if (!ok) sigs.fill(0, i * H, (i + 1) * H);
    } else if (b64) {
      const buf = Buffer.from(b64, "base64");
      ok = buf.length === H * 4;
      if (ok) for (let k = 0; k < H; k++) sigs[i * H + k] = buf.readUInt32LE(k * 4);
    }
    this.status[i] = ok ? 1 : 2;
    return ok;
  }
  /** The key of unit i's (decoded) signature in band b. */
  key(i: number, b: number): number {
    let h = 0x811c9dc5 ^ b;
    for (let r = b * this.o.rows; r < (b + 1) * this.o.rows; r++) h = Math.imul(h ^ this.sigs[i * this.H + r], 0x01000193);
    return h >>> 0;
  }
  /** The equal minima of units i and j (both decoded), or -1 once they cannot reach `need`. */
  same(i: number, j: number): number {
    const { H, sigs } = this;
    let same = 0,
      miss = 0;
    for (let k = 0; k < H && miss <= H - this.need; k++)
      if (sigs[i * H + k] === sigs[j * H + k]) same++;
      else miss++;
    return same >= this.need ? same : -1;
  }
}

/** Every copy pair of the corpus (all its signatures decoded), and the buckets that found them. */
function allPairs(t: Signatures): { pairs: Int32Array; keys: Uint32Array[]; members: Int32Array[] } {
  const { n, bands, o } = t;
  const signed: number[] = [];
  for (let i = 0; i < n; i++) if (t.decode(i)) signed.push(i);
  // the buckets of each band: its signed sentences sorted by band key (radix sort, no maps), a
  // bucket being a run of one key; each sentence's run in each band is kept as [from, to)
  const m = signed.length;
  const keys: Uint32Array[] = [];
  const members: Int32Array[] = [];
  const runFrom = new Int32Array(n * bands);
  const runTo = new Int32Array(n * bands);
  const bandKeys = new Uint32Array(m);
  for (let b = 0; b < bands; b++) {
    for (let x = 0; x < m; x++) bandKeys[x] = t.key(signed[x], b);
    const { sorted, members: list } = byBandKey(bandKeys, signed);
    for (let from = 0; from < m;) {
      let to = from + 1;
      while (to < m && sorted[to] === sorted[from]) to++;
      for (let p = from; p < to; p++) {
        runFrom[list[p] * bands + b] = from;
        runTo[list[p] * bands + b] = to;
      }
      from = to;
    }
    keys.push(sorted);
    members.push(list);
  }
  // candidates of each sentence: the later sentences sharing one of its (not boilerplate) buckets;
  // a stamp per sentence, rather than a set of pairs, tells a candidate met through two buckets
  const stamp = new Int32Array(n).fill(-1);
  // pairs in the order of their sentences (i, then j), whichever band found them
  const out: number[] = [];
  const mine: number[] = [];
  for (let i = 0; i < n; i++) {
    if (t.status[i] !== 1) continue;
    mine.length = 0;
    for (let b = 0; b < bands; b++) {
      const from = runFrom[i * bands + b],
        to = runTo[i * bands + b];
      if (to - from < 2 || to - from > o.maxBucket) continue;
      const list = members[b];
      for (let p = from; p < to; p++) {
        const j = list[p];
        if (j <= i || stamp[j] === i) continue;
        stamp[j] = i;
        if (t.article[i] === t.article[j]) continue;
        const same = t.same(i, j);
        if (same >= 0) mine.push(j, same);
      }
    }
    if (mine.length > 2) sortPairsOf(mine);
    for (let x = 0; x < mine.length; x += 2) out.push(i, mine[x], mine[x + 1]);
  }
  return { pairs: Int32Array.from(out), keys, members };
}

/** Sort (j, same) couples by j (a few per sentence: insertion sort). */
function sortPairsOf(mine: number[]): void {
  for (let x = 2; x < mine.length; x += 2) {
    const j = mine[x],
      same = mine[x + 1];
    let y = x - 2;
    for (; y >= 0 && mine[y] > j; y -= 2) ((mine[y + 2] = mine[y]), (mine[y + 3] = mine[y + 1]));
    ((mine[y + 2] = j), (mine[y + 3] = same));
  }
}

/**
 * The copies found in a corpus: (i, j, equal minima) triples over its units, i < j, in the order of
 * i then j. Read as `CopyPair` objects only where needed (`pair`, `all`): a corpus holds hundreds
 * of thousands of copies, and most runs look at few of them one by one.
 */
export class Copies {
  /** Each unit's article, as a number (see `names`), and its span. */
  readonly article: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly names: string[];
  readonly ids: Map<string, number>;
  /** How many minima a signature has (equal minima ÷ this is a copy's similarity). */
  private readonly hashes: number;
  private readonly made: Array<CopyPair | undefined>;
  constructor(
    private readonly t: Signatures,
    readonly triples: Int32Array,
  ) {
    this.article = t.article;
    this.starts = t.starts;
    this.ends = t.ends;
    this.names = t.names;
    this.ids = t.ids;
    this.hashes = t.H;
    this.made = new Array(triples.length / 3);
  }
  get size(): number {
    return this.triples.length / 3;
  }
  /** The numbers of unit i (see `numbersOf`). */
  numbers(i: number): string[] {
    return this.t.numbers(i);
  }
  /** Do units i and j give the very same numbers? (null: not known without `numbers`.) */
  sameNumbersAt(i: number, j: number): boolean | null {
    return this.t.sameNumbersAt(i, j);
  }
  /** The source of unit i. */
  source(i: number): string {
    return this.names[this.article[i]];
  }
  /** The similarity of copy x (the share of equal minima). */
  similarity(x: number): number {
    return this.triples[3 * x + 2] / this.hashes;
  }
  /** Copy x as a pair (one object per copy, however often asked for). */
  pair(x: number): CopyPair {
    const known = this.made[x];
    if (known) return known;
    const i = this.triples[3 * x],
      j = this.triples[3 * x + 1];
    return (this.made[x] = { a: this.t.ref(i), b: this.t.ref(j), similarity: this.similarity(x), numbersA: this.numbers(i), numbersB: this.numbers(j) });
  }
  /** Every copy as a pair, in order. */
  all(): CopyPair[] {
    return Array.from({ length: this.size }, (_, x) => this.pair(x));
  }
}

/**
 * The pairs and state of the previous run, extended by the articles added since; null when
 * anything else changed. Buckets only grow when articles are added, so: every new pair has a new
 * unit; an old pair is lost only when each bucket its units share grew past `maxBucket`; no
 * other pair changes.
 */
function extend(t: Signatures, articles: Array<[string, number]>, prev: CopyState): { pairs: Int32Array; state: CopyState; changed: Map<string, Set<string>> } | null {
  const old = oldPlaces(t, articles, prev);
  if (!old) return null;
  if (!old.added.includes(1)) return { pairs: prev.pairs, state: prev, changed: new Map() };
  const fresh = freshUnits(t, articles, old.added, old.starts);
  const g: Growth = { t, prev, remap: old.remap, fresh, byKey: bandsOf(t, fresh), changed: new Map() };
  const { found, more } = newPairs(g);
  const pairs = mergePairs(g, crossedUnits(g), found, more);
  const { keys, members } = grownBuckets(g);
  return { pairs, state: { options: prev.options, articles, keys, members, pairs }, changed: g.changed };
}

/** A previous run being extended by new units (see `extend`). */
interface Growth {
  t: Signatures;
  prev: CopyState;
  /** Each old unit's number now. */
  remap: Int32Array;
  /** The new units (those signed), and per band their keys (key → units). */
  fresh: number[];
  byKey: Array<Map<number, number[]>>;
  /** For each source, the sources its copies with may differ from the previous run's. */
  changed: Map<string, Set<string>>;
}

/**
 * Where each old unit is now (the old articles in the same order, each with as many units), which
 * articles are new, and where each article's units start; null when the previous state does not
 * fit (other options, an article changed, removed or moved, or a damaged state).
 */
function oldPlaces(t: Signatures, articles: Array<[string, number]>, prev: CopyState): { remap: Int32Array; added: Uint8Array; starts: number[] } | null {
  const { bands, o } = t;
  if (prev.options !== JSON.stringify(o) || prev.keys.length !== bands || prev.members.length !== bands) return null;
  const at = new Map<string, number>();
  const starts: number[] = [];
  for (let a = 0, u = 0; a < articles.length; u += articles[a][1], a++) (at.set(articles[a][0], a), starts.push(u));
  let nOld = 0;
  for (const [, k] of prev.articles) nOld += k;
  const remap = new Int32Array(nOld);
  const added = new Uint8Array(articles.length).fill(1);
  let last = -1;
  for (let a = 0, u = 0; a < prev.articles.length; u += prev.articles[a][1], a++) {
    const [key, k] = prev.articles[a];
    const now = at.get(key);
    if (now === undefined || now <= last || articles[now][1] !== k) return null;
    last = now;
    added[now] = 0;
    for (let x = 0; x < k; x++) remap[u + x] = starts[now] + x;
  }
  for (let b = 0; b < bands; b++) if (prev.keys[b].length !== prev.members[b].length) return null;
  // (a damaged state is no state)
  if (prev.pairs.length % 3) return null;
  for (let x = 0; x < prev.pairs.length; x += 3) if (prev.pairs[x] < 0 || prev.pairs[x] >= prev.pairs[x + 1] || prev.pairs[x + 1] >= nOld) return null;
  for (const list of prev.members) for (const i of list) if (i < 0 || i >= nOld) return null;
  return { remap, added, starts };
}

/** The signed units of the articles added. */
function freshUnits(t: Signatures, articles: Array<[string, number]>, added: Uint8Array, starts: number[]): number[] {
  const fresh: number[] = [];
  for (let a = 0; a < articles.length; a++)
    if (added[a]) {
      for (let x = 0; x < articles[a][1]; x++) if (t.decode(starts[a] + x)) fresh.push(starts[a] + x);
    }
  return fresh;
}

/** Per band, the keys of units (key → units). */
function bandsOf(t: Signatures, units: number[]): Array<Map<number, number[]>> {
  const byKey: Array<Map<number, number[]>> = [];
  for (let b = 0; b < t.bands; b++) {
    const m = new Map<number, number[]>();
    for (const i of units) {
      const k = t.key(i, b);
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    }
    byKey.push(m);
  }
  return byKey;
}

/** How many units band b's bucket `key` holds, old and new. */
function bucketSize(g: Growth, b: number, key: number): number {
  const [from, to] = runOf(g.prev.keys[b], key);
  return to - from + (g.byKey[b].get(key)?.length ?? 0);
}

/** Record that the copies between the sources of units i and j changed. */
function noteChange(g: Growth, i: number, j: number): void {
  const { t, changed } = g;
  const a = t.names[t.article[i]],
    b = t.names[t.article[j]];
  (changed.get(a) ?? changed.set(a, new Set()).get(a)!).add(b);
  (changed.get(b) ?? changed.set(b, new Set()).get(b)!).add(a);
}

/**
 * The new pairs: each new unit against its buckets' members, old and new. `found` has the equal
 * minima of every pair compared (by id i·n + j), `more` the ids of those that are copies, in order.
 */
function newPairs(g: Growth): { found: Map<number, number>; more: number[] } {
  const { t, prev, remap, byKey } = g;
  const { n, bands, o } = t;
  const found = new Map<number, number>();
  for (const i of g.fresh)
    for (let b = 0; b < bands; b++) {
      const key = t.key(i, b);
      const [from, to] = runOf(prev.keys[b], key);
      const mates = byKey[b].get(key)!;
      if (to - from + mates.length < 2 || to - from + mates.length > o.maxBucket) continue;
      for (let p = from; p < to + mates.length; p++) {
        const j = p < to ? remap[prev.members[b][p]] : mates[p - to];
        if (j === i || t.article[i] === t.article[j]) continue;
        const [x, y] = i < j ? [i, j] : [j, i];
        const id = x * n + y;
        if (found.has(id)) continue;
        t.decode(j);
        found.set(id, t.same(x, y));
      }
    }
  const more: number[] = [];
  for (const [id, same] of found) if (same >= 0) more.push(id);
  more.sort((x, y) => x - y);
  return { found, more };
}

/** The old units in a bucket the new units push past `maxBucket` (1 each): their old pairs may be lost. */
function crossedUnits(g: Growth): Uint8Array {
  const { t, prev, remap, byKey } = g;
  const crossed = new Uint8Array(t.n);
  for (let b = 0; b < t.bands; b++)
    for (const [key, mates] of byKey[b]) {
      const [from, to] = runOf(prev.keys[b], key);
      if (to - from < 2 || to - from > t.o.maxBucket || to - from + mates.length <= t.o.maxBucket) continue;
      for (let p = from; p < to; p++) crossed[remap[prev.members[b][p]]] = 1;
    }
  return crossed;
}

/** Do units i and j still share a bucket that is not boilerplate (at most `maxBucket`)? */
function stillShared(g: Growth, i: number, j: number): boolean {
  const { t } = g;
  t.decode(i);
  t.decode(j);
  for (let b = 0; b < t.bands; b++) {
    const key = t.key(i, b);
    if (key !== t.key(j, b)) continue;
    const size = bucketSize(g, b, key);
    if (size >= 2 && size <= t.o.maxBucket) return true;
  }
  return false;
}

/**
 * The old pairs (in order, as their order is kept; those of crossed units only if another bucket
 * still holds both) merged with the new ones, as triples; each pair lost or added is noted as a change.
 */
function mergePairs(g: Growth, crossed: Uint8Array, found: Map<number, number>, more: number[]): Int32Array {
  const { prev, remap } = g;
  const n = g.t.n;
  const out = new Int32Array(prev.pairs.length + more.length * 3);
  let w = 0,
    q = 0;
  for (let x = 0; x < prev.pairs.length; x += 3) {
    const i = remap[prev.pairs[x]],
      j = remap[prev.pairs[x + 1]];
    for (; q < more.length && more[q] < i * n + j; q++) ((out[w++] = Math.floor(more[q] / n)), (out[w++] = more[q] % n), (out[w++] = found.get(more[q])!));
    if (crossed[i] && crossed[j] && !stillShared(g, i, j)) {
      noteChange(g, i, j);
      continue;
    }
    ((out[w++] = i), (out[w++] = j), (out[w++] = prev.pairs[x + 2]));
  }
  for (; q < more.length; q++) ((out[w++] = Math.floor(more[q] / n)), (out[w++] = more[q] % n), (out[w++] = found.get(more[q])!));
  for (const id of more) noteChange(g, Math.floor(id / n), id % n);
  return out.slice(0, w);
}

/**
 * The buckets with the new units in: each band's old buckets merged with its new units (sorted by
 * key, equal keys in unit order), as a stable sort of the old units followed by the new gives them.
 */
function grownBuckets(g: Growth): { keys: Uint32Array[]; members: Int32Array[] } {
  const { t, prev, remap, fresh } = g;
  const keys: Uint32Array[] = [];
  const members: Int32Array[] = [];
  const freshKeys = new Uint32Array(fresh.length);
  for (let b = 0; b < t.bands; b++) {
    for (let x = 0; x < fresh.length; x++) freshKeys[x] = t.key(fresh[x], b);
    const band = mergeBand(prev.keys[b], prev.members[b], remap, freshKeys, fresh);
    keys.push(band.sorted);
    members.push(band.members);
  }
  return { keys, members };
}
