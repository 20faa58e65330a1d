/**
 * What the kit is measured against: the alignment a hand-made notebook would do (every pair of
 * claims compared by string similarity of their evidence, joined with union-find), and a floor
 * (one pass of one regex over the corpus text).
 */
import stringSimilarity from "string-similarity";
import type { Gazetteer } from "../loaders/gazetteer/types.ts";

/** Defaults of the baseline. */
export const BASELINE_DEFAULTS = {
  /** Dice coefficient from which two claims are one fact. */
  threshold: 0.5,
  /** Stop after this long and extrapolate from the pairs compared. */
  budgetMs: 60_000,
};

/** What the all-pairs baseline did, and what it would cost to finish. */
export interface AllPairsResult {
  claims: number;
  pairs: number;
  compared: number;
  ms: number;
  /** ms for every pair: measured if finished, else extrapolated at the measured rate. */
  fullMs: number;
  finished: boolean;
  /** Groups found among the pairs compared. */
  groups: number;
}

/**
 * Compare every pair of texts (Dice on bigrams, as `compareTwoStrings`) and union the similar ones,
 * row by row, until done or out of time; the rate of the rows done extrapolates the rest.
 */
export function allPairs(texts: string[], options: Partial<typeof BASELINE_DEFAULTS> = {}): AllPairsResult {
  const o = { ...BASELINE_DEFAULTS, ...options };
  const n = texts.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const pairs = (n * (n - 1)) / 2;
  let compared = 0;
  const t0 = performance.now();
  let finished = true;
  rows: for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (stringSimilarity.compareTwoStrings(texts[i], texts[j]) >= o.threshold) parent[find(j)] = find(i);
    compared += n - 1 - i;
    // check the clock once per row: a row of thousands of comparisons is a few ms
    if (performance.now() - t0 > o.budgetMs && i < n - 1) {
      finished = false;
      break rows;
    }
  }
  const ms = performance.now() - t0;
  let groups = 0;
  for (let i = 0; i < n; i++) if (find(i) === i) groups++;
  return { claims: n, pairs, compared, ms, fullMs: finished ? ms : (ms * pairs) / compared, finished, groups };
}

/** The names of the gazetteer's militias, as one alternation (longest first). */
export function militiaPattern(g: Gazetteer): RegExp {
  const names = new Set<string>();
  for (const e of g.entities.values()) if (e.type === "militia") for (const s of [e.name_ar, ...e.aliases]) names.add(s);
  const escaped = [...names].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(escaped.join("|"), "g");
}

/** The floor: one pass of one regex over all the texts; returns the time (ms) and the matches. */
export function regexFloor(texts: string[], re: RegExp): { ms: number; matches: number } {
  const t0 = performance.now();
  let matches = 0;
  for (const t of texts) {
    re.lastIndex = 0;
    while (re.exec(t)) matches++;
  }
  return { ms: performance.now() - t0, matches };
}
