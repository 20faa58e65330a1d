import type { Group } from "../align/cluster.ts";
import type { Claim, Issue } from "../types.ts";
import { nearestId, type Review } from "./reviews.ts";

/** ` (nearest: <id>)` for the existing id most like a stale one (those of its own article first), or nothing. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const all = [...known];
  const source = id.split("#")[0];
  const own = all.filter((k) => k.startsWith(`${source}#`));
  const near = nearestId(id, own.length ? own : all);
  return near ? ` (nearest: ${near})` : "";
}

const stale = (r: Review, what: string, near = ""): Issue => ({
  type: "stale_review",
  source: null,
  span: null,
  message: `${r.at}: review of ${what}, which no longer exists (the article or the extraction changed): update or remove it${near}`,
});

/**
 * Apply the reviews that act on claims: rejected claims stay in the output, marked, but take no
 * part in alignment; corrected values and dates replace the machine's. The claims given are not
 * changed (they may be cached results): a reviewed claim is a copy.
 */
export function applyClaimReviews(given: Claim[], reviews: Review[]) {
  // (the index of every claim is made when a review first looks one up: most runs have none)
  let index: Map<string, Claim> | undefined;
  const byId = () => (index ??= new Map(given.map((c) => [c.id, c])));
  /** The reviewed claims, by id: copies of the machine's, each made once. */
  const copies = new Map<string, Claim>();
  const own = (id: string) => copies.get(id) ?? copies.set(id, { ...byId().get(id)! }).get(id)!;
  const rejected = new Set<string>();
  const issues: Issue[] = [];
  for (const r of reviews) {
    if ("reject" in r) {
      if (!byId().has(r.reject)) issues.push(stale(r, `claim ${r.reject}`, didYouMean(r.reject, byId().keys())));
      else ((own(r.reject).review = { action: "rejected", note: r.note ?? null, by: r.by ?? null }), rejected.add(r.reject));
    } else if ("correct" in r) {
      if (!byId().has(r.correct)) issues.push(stale(r, `claim ${r.correct}`, didYouMean(r.correct, byId().keys())));
      else {
        const c = own(r.correct);
        if (r.value) c.value = { ...(c.value ?? { unit: null, text: "" }), low: r.value.low, high: r.value.high, qualifier: r.value.qualifier ?? "corrected" } as Claim["value"];
        if (r.date) c.date = { ...r.date, text: c.date?.text ?? "" };
        c.review = { action: "corrected", note: r.note ?? null, by: r.by ?? null };
      }
    } else if ("split" in r && !byId().has(r.split)) issues.push(stale(r, `claim ${r.split}`, didYouMean(r.split, byId().keys())));
  }
  const claims = copies.size ? given.map((c) => copies.get(c.id) ?? c) : given;
  return { claims, active: rejected.size ? claims.filter((c) => !rejected.has(c.id)) : claims, stale: issues };
}

/** Apply merges and splits of facts; stale ones are reported. */
export function applyClusterReviews(named: Array<{ id: string; group: Group }>, reviews: Review[]) {
  let list = [...named];
  const issues: Issue[] = [];
  const splitFrom = new Map<string, string>();
  for (const r of reviews) {
    if ("split" in r) {
      const at = list.find((x) => x.group.claims.some((c) => c.id === r.split));
      if (!at || at.group.claims.length < 2) continue;
      const claim = at.group.claims.find((c) => c.id === r.split)!;
      at.group = { ...at.group, claims: at.group.claims.filter((c) => c !== claim) };
      const id = `${at.id}-split-${r.split.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
      splitFrom.set(id, at.id);
      list.push({ id, group: { ...at.group, claims: [claim], subject: claim.subject, object: claim.object, place: claim.place } });
    } else if ("merge" in r) {
      const parts = r.merge.map((id) => list.find((x) => x.id === id));
      const missing = r.merge.filter((_, i) => !parts[i]);
      if (missing.length) {
        issues.push(
          stale(
            r,
            `cluster(s) ${missing.join(", ")}`,
            didYouMean(
              missing[0],
              list.map((x) => x.id),
            ),
          ),
        );
        continue;
      }
      const [first, ...rest] = parts as Array<{ id: string; group: Group }>;
      first.group = { ...first.group, claims: [...first.group.claims, ...rest.flatMap((p) => p.group.claims)] };
      list = list.filter((x) => !rest.includes(x));
    }
  }
  return { merged: list, staleClusters: issues, splitFrom };
}
