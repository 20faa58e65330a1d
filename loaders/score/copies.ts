/**
 * The copied sentences and clauses of each source, found by where they start in it: what judging
 * a fact reads to tell which of its claims were copied from which.
 */
import type { Copies } from "../align/nearcopy.ts";
import type { Claim } from "../types.ts";

/**
 * The copied units of one source, sorted by their start in it: where each starts, and the k-th's
 * copy (an index into `copies`, whose arrays tell its two units; `copies.pair` makes it a pair).
 */
export interface CopiesOf {
  starts: ArrayLike<number>;
  at: ArrayLike<number>;
  copies: Copies;
}

/**
 * Copies by source, each source's sorted by where they start in it (equal starts in the order of
 * `copies`). A source's list is made when first asked for: a run that judges few facts asks for
 * few. The copies' two ends are grouped by article once (a counting sort, in order).
 */
export function indexCopies(copies: Copies): { get(source: string): CopiesOf | undefined } {
  const { triples, article, starts: startOf, names, ids } = copies;
  const n = copies.size * 2;
  // end e is unit triples[3·(e>>1) + (e&1)]: the first or second unit of copy e>>1
  const unitOf = (e: number) => triples[3 * (e >> 1) + (e & 1)];
  const first = new Int32Array(names.length + 1);
  for (let e = 0; e < n; e++) first[article[unitOf(e)] + 1]++;
  for (let a = 0; a < names.length; a++) first[a + 1] += first[a];
  const ends = new Int32Array(n);
  const fill = first.slice(0, names.length);
  for (let e = 0; e < n; e++) ends[fill[article[unitOf(e)]]++] = e;
  const made = new Map<string, CopiesOf | undefined>();
  return {
    get(source: string): CopiesOf | undefined {
      if (made.has(source)) return made.get(source);
      const a = ids.get(source);
      let of: CopiesOf | undefined;
      if (a !== undefined && first[a + 1] > first[a]) {
        // (sorted as numbers start·n + e: by start, then in order)
        const order = new Float64Array(first[a + 1] - first[a]);
        for (let x = 0; x < order.length; x++) {
          const e = ends[first[a] + x];
          order[x] = startOf[unitOf(e)] * n + e;
        }
        order.sort();
        const starts = new Int32Array(order.length);
        const at = new Int32Array(order.length);
        for (let x = 0; x < order.length; x++) {
          const e = order[x] % n;
          starts[x] = startOf[unitOf(e)];
          at[x] = e >> 1;
        }
        of = { starts, at, copies };
      }
      made.set(source, of);
      return of;
    },
  };
}

/** The copies whose unit starts within the claim's sentence, at or before the claim: `pairs[from..to)`. */
export function copiesAround(of: CopiesOf, c: Claim): [number, number] {
  let lo = 0,
    hi = of.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (of.starts[mid] <= c.span[0]) lo = mid + 1;
    else hi = mid;
  }
  let from = lo;
  while (from > 0 && of.starts[from - 1] >= c.context[0]) from--;
  return [from, lo];
}

/**
 * Is copy x closer than copy y: more alike, else longer, else earlier? (An order of its own, so the
 * pick never depends on the input's.) Told from the copies' arrays, without making either a pair.
 */
export function closer(cp: Copies, x: number, y: number): boolean {
  const { triples: t, starts, ends } = cp;
  // (one run's copies share their number of minima: equal shares are equal counts)
  if (t[3 * x + 2] !== t[3 * y + 2]) return t[3 * x + 2] > t[3 * y + 2];
  const ax = t[3 * x],
    ay = t[3 * y];
  const lx = ends[ax] - starts[ax],
    ly = ends[ay] - starts[ay];
  if (lx !== ly) return lx > ly;
  return starts[ax] + starts[t[3 * x + 1]] < starts[ay] + starts[t[3 * y + 1]];
}
