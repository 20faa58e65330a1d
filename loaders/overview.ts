import type { Analysis } from "./types.ts";

/**
 * What the overview page needs, and no more: counts, the outlets, and per fact its kind, label,
 * verdict and each source's stance. At thousands of articles this stays small (no claims, no
 * reasons), so the page loads fast. A fact's sources are its stances' keys, not given twice (a
 * sixth of the file gzipped: 269 → 227 KB at 2,897 articles).
 */
export function overviewData(a: Analysis) {
  return {
    claims: a.claims.length,
    issues: a.issues.length,
    sources: a.sources.map(({ id, outlet }) => ({ id, outlet })),
    facts: a.clusters.map(({ id, kind, label, verdict, review, stances }) => ({
      id,
      kind,
      label,
      verdict,
      ...(review?.verdict ? { review: { verdict: review.verdict } } : {}),
      stances,
    })),
  };
}
