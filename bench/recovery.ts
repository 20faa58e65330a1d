/** How many of the facts planted by `bench/synth.ts` the kit found again. */
import type { Analysis, Cluster } from "../loaders/types.ts";
import type { Planted, PlantedFact } from "./synth.ts";

/** Counts of planted facts (reported by 2+ outlets) that the kit recovered. */
export interface Recovery {
  /** Planted agreements: same fact, compatible values, 2+ outlets. */
  agreements: number;
  /** …grouped into one fact with 2+ of their sources. */
  grouped: number;
  /** …and judged corroborated, partial or echoed (not contested). */
  agreed: number;
  /** Planted contradictions: same fact, incompatible values, 2+ outlets. */
  contradictions: number;
  /** …whose values met in one fact judged contested. */
  contested: number;
  /** Planted near-copied articles, and those the kit reported as near-copies. */
  nearCopies: number;
  nearCopiesFound: number;
}

const AGREE = new Set(["corroborated", "partial", "echoed"]);

/**
 * Match each planted fact with the kit's fact of the same kind, at the same place, that holds the
 * most of its reporting articles; an event's agreement is its attack, its contradiction the
 * casualty figure.
 */
export function recovery(a: Analysis, planted: Planted): Recovery {
  const bySource = new Map<string, Cluster[]>();
  const claimPlace = new Map(a.claims.map((c) => [c.id, c.place]));
  for (const cl of a.clusters) for (const s of cl.sources) bySource.set(s, [...(bySource.get(s) ?? []), cl]);
  const best = (f: PlantedFact, kind: string): { cluster: Cluster; n: number } | null => {
    const sources = new Set(f.reports.map((r) => r.source));
    const counts = new Map<Cluster, number>();
    for (const s of sources) for (const cl of bySource.get(s) ?? []) if (cl.kind === kind && cl.claims.some((id) => claimPlace.get(id) === f.place)) counts.set(cl, (counts.get(cl) ?? 0) + 1);
    let top: { cluster: Cluster; n: number } | null = null;
    for (const [cluster, n] of counts) if (!top || n > top.n) top = { cluster, n };
    return top;
  };
  const r: Recovery = { agreements: 0, grouped: 0, agreed: 0, contradictions: 0, contested: 0, nearCopies: planted.nearCopies.length, nearCopiesFound: 0 };
  for (const f of planted.facts) {
    if (new Set(f.reports.map((x) => x.outlet)).size < 2) continue;
    const values = new Set(f.reports.map((x) => x.value));
    if (f.contested && values.size > 1) {
      r.contradictions++;
      const b = best(f, f.kind === "attack" ? "casualties" : f.kind);
      if (b && b.n >= 2 && b.cluster.verdict === "contested") r.contested++;
    } else if (!f.contested) {
      r.agreements++;
      const b = best(f, f.kind);
      if (b && b.n >= 2) {
        r.grouped++;
        if (AGREE.has(b.cluster.verdict)) r.agreed++;
      }
    }
  }
  const found = new Set(a.issues.filter((i) => i.type === "near_copy").map((i) => i.message));
  for (const [x, y] of planted.nearCopies) if ([...found].some((m) => m.includes(x) && m.includes(y))) r.nearCopiesFound++;
  return r;
}
