import type { Analysis, Cluster, Verdict } from "../types.ts";

/** The rating each verdict gets on ClaimReview's 1–5 scale, and its human label. */
export const RATINGS: Record<Verdict, { value: number; name: string }> = {
  corroborated: { value: 5, name: "Corroborated by independent sources" },
  partial: { value: 4, name: "Partly corroborated" },
  echoed: { value: 3, name: "Repeated from a single origin" },
  "single-source": { value: 2, name: "Single source, unverified" },
  contested: { value: 1, name: "Contested by other sources" },
};

/**
 * ClaimReview JSON-LD (schema.org) for the facts an analyst has reviewed: what was claimed, who
 * claimed it and when, the rating with its name, the review's page and its author.
 */
export function claimReviews(a: Analysis, siteUrl: string, today = new Date().toISOString().slice(0, 10)): object[] {
  const sources = new Map(a.sources.map((s) => [s.id, s]));
  const claims = new Map(a.claims.map((c) => [c.id, c]));
  const base = siteUrl.replace(/\/$/, "");
  return a.clusters
    .filter((c): c is Cluster & { review: NonNullable<Cluster["review"]> } => !!c.review)
    .map((c) => {
      const first = c.claims.map((id) => claims.get(id)!).filter(Boolean)[0];
      const src = sources.get(first?.source ?? c.sources[0]);
      const rating = RATINGS[c.verdict];
      return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: `${base}/facts#${encodeURIComponent(c.id)}`,
        claimReviewed: first ? first.evidence.replace(/\s+/g, " ").trim() : c.label,
        datePublished: today,
        author: { "@type": "Organization", name: c.review.by ? `${c.review.by} (Triangulate)` : "Triangulate analysts" },
        itemReviewed: {
          "@type": "Claim",
          author: { "@type": "Organization", name: src?.outlet ?? "unknown outlet" },
          datePublished: src?.published?.start ?? undefined,
          appearance: c.sources
            .map((s) => sources.get(s)?.url)
            .filter(Boolean)
            .map((url) => ({ "@type": "CreativeWork", url })),
        },
        reviewRating: { "@type": "Rating", ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
        reviewBody: [c.review.note, ...c.reasons].filter(Boolean).join(" "),
      };
    });
}
