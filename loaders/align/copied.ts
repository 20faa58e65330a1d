/**
 * What the copies found in a corpus say about its sentences and articles: a copied clause inside
 * a copied sentence is one copy, and articles most of whose sentences are copies are near-copies.
 */
import { NEARCOPY_DEFAULTS } from "../text/minhash.ts";
import type { Copies } from "./nearcopy.ts";

/**
 * A clause copied inside a copied sentence is one copy, not two: the outermost copies (their
 * numbers in `copies`). The copies come in the order of their first unit, so those of one article
 * are a run: each run is split by the other article (in the order they first appear).
 */
export function outermostCopies(copies: Copies): Int32Array {
  const { triples, article, starts, ends } = copies;
  const n = copies.size;
  const out = new Int32Array(n);
  let w = 0;
  const sources = copies.names.length;
  const done = new Uint8Array(sources);
  // a source's copies, listed per other source (in the order first met) as linked lists
  const seen = new Int32Array(sources).fill(-1);
  const first = new Int32Array(sources),
    last = new Int32Array(sources),
    next = new Int32Array(n);
  const others: number[] = [];
  // does copy y hold copy x (both its units inside y's, and y's first one longer)?
  const holds = (y: number, x: number) => {
    const qa = triples[3 * y],
      qb = triples[3 * y + 1],
      pa = triples[3 * x],
      pb = triples[3 * x + 1];
    return starts[qa] <= starts[pa] && ends[qa] >= ends[pa] && starts[qb] <= starts[pb] && ends[qb] >= ends[pb] && ends[qa] - starts[qa] > ends[pa] - starts[pa];
  };
  for (let from = 0; from < n;) {
    const source = article[triples[3 * from]];
    if (done[source]) throw new Error("outermostCopies: the pairs are not in the order of their first sentence");
    done[source] = 1;
    let to = from;
    others.length = 0;
    for (; to < n && article[triples[3 * to]] === source; to++) {
      const other = article[triples[3 * to + 1]];
      next[to] = -1;
      if (seen[other] === source) next[last[other]] = to;
      else ((seen[other] = source), (first[other] = to), others.push(other));
      last[other] = to;
    }
    for (const other of others) {
      const head = first[other];
      if (next[head] < 0) out[w++] = head;
      else
        for (let x = head; x >= 0; x = next[x]) {
          let held = false;
          for (let y = head; y >= 0 && !held; y = next[y]) held = y !== x && holds(y, x);
          if (!held) out[w++] = x;
        }
    }
    from = to;
  }
  return out.slice(0, w);
}

/** Pairs of articles most of whose sentences (of those in `which`, numbers in `copies`) are copies of each other's (syndicated or copied). */
export function copiedArticles(copies: Copies, which: Int32Array, share = NEARCOPY_DEFAULTS.articleShare): Array<[string, string]> {
  const { triples, article, names } = copies;
  const unitsOf = new Int32Array(names.length);
  for (let i = 0; i < article.length; i++) unitsOf[article[i]]++;
  // (articles come in the order of their names, but for a caller's own order: then names are compared)
  let sorted = true;
  for (let i = 1; i < names.length && sorted; i++) sorted = names[i - 1] < names[i];
  // counted per article (the one whose name sorts first), then per partner, in the order met
  const count = new Map<number, Map<number, number>>();
  for (const x of which) {
    const i = article[triples[3 * x]],
      j = article[triples[3 * x + 1]];
    const first = sorted ? i < j : names[i] < names[j];
    const a = first ? i : j,
      b = first ? j : i;
    const of = count.get(a) ?? count.set(a, new Map()).get(a)!;
    of.set(b, (of.get(b) ?? 0) + 1);
  }
  const out: Array<[string, string]> = [];
  for (const [a, of] of count)
    for (const [b, n] of of) {
      const smaller = Math.min(unitsOf[a], unitsOf[b]);
      if (n / smaller >= share) out.push([names[a], names[b]]);
    }
  return out;
}
