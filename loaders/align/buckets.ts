/**
 * A band's buckets as near-copy detection keeps them: the units' band keys sorted (a bucket is a
 * run of one key) with the units in the same order. Sorted arrays rather than maps, so that a
 * corpus's hundreds of thousands of units make a few typed arrays, kept whole between runs.
 */

/** A band's buckets: its keys sorted (radix, stable) and its units in the same order. */
export function byBandKey(keys: Uint32Array, units: ArrayLike<number>): { sorted: Uint32Array; members: Int32Array } {
  const order = orderByKey(keys);
  const sorted = new Uint32Array(keys.length);
  const members = new Int32Array(keys.length);
  for (let p = 0; p < keys.length; p++) ((sorted[p] = keys[order[p]]), (members[p] = units[order[p]]));
  return { sorted, members };
}

/** The run of `key` in sorted `keys`: [from, to). */
export function runOf(keys: Uint32Array, key: number): [number, number] {
  let lo = 0,
    hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < keys.length && keys[to] === key) to++;
  return [lo, to];
}

/**
 * A band's buckets with units added: `byBandKey` of the old units (renumbered by `remap`) followed
 * by the new ones, by merging the old sorted run with the few new keys rather than sorting all again.
 */
export function mergeBand(oldKeys: Uint32Array, oldMembers: Int32Array, remap: Int32Array, freshKeys: Uint32Array, fresh: number[]): { sorted: Uint32Array; members: Int32Array } {
  const order = Array.from(freshKeys.keys()).sort((x, y) => freshKeys[x] - freshKeys[y] || x - y);
  const m = oldKeys.length + fresh.length;
  const sorted = new Uint32Array(m);
  const members = new Int32Array(m);
  let p = 0;
  let w = 0;
  for (const x of order) {
    // the old units whose keys are not above this new one's come first (a stable sort keeps them ahead)
    const [, to] = runOf(oldKeys, freshKeys[x]);
    const upto = Math.max(p, to);
    sorted.set(oldKeys.subarray(p, upto), w);
    for (; p < upto; p++, w++) members[w] = remap[oldMembers[p]];
    sorted[w] = freshKeys[x];
    members[w++] = fresh[x];
  }
  sorted.set(oldKeys.subarray(p), w);
  for (; p < oldKeys.length; p++, w++) members[w] = remap[oldMembers[p]];
  return { sorted, members };
}

/** The positions of `keys` in the order of their values, equal values in position order (LSD radix sort, two 16-bit passes). */
export function orderByKey(keys: Uint32Array): Int32Array {
  const n = keys.length;
  let from = new Int32Array(n),
    to = new Int32Array(n);
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
