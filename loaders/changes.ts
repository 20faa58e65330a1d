import type { Analysis, Cluster } from "./types.ts";
import { describeValue } from "./score/verdict.ts";

/** What one analysis run changed against the previous one. */
export interface Changelog {
  at: string;
  sources: { added: string[]; removed: string[] };
  facts: {
    added: Array<{ id: string; label: string; verdict: string }>;
    removed: Array<{ id: string; label: string }>;
    verdicts: Array<{ id: string; label: string; from: string; to: string }>;
    values: Array<{ id: string; label: string; from: string[]; to: string[] }>;
    sources: Array<{ id: string; label: string; added: string[] }>;
  };
}

type Snapshot = Pick<Analysis, "sources" | "clusters" | "claims">;

const values = (a: Snapshot, c: Cluster) => {
  const ids = new Set(c.claims);
  return [...new Set(a.claims.filter((x) => ids.has(x.id) && x.value).map((x) => describeValue(x.value!)))].sort();
};

/** Compare two runs: new facts, verdicts and values that moved, sources added to a fact. */
export function diffAnalyses(before: Snapshot | null, after: Snapshot, at = new Date().toISOString()): Changelog {
  const prev = new Map((before?.clusters ?? []).map((c) => [c.id, c]));
  const next = new Map(after.clusters.map((c) => [c.id, c]));
  const prevSources = new Set((before?.sources ?? []).map((s) => s.id));
  const nextSources = new Set(after.sources.map((s) => s.id));
  const log: Changelog = {
    at,
    sources: { added: [...nextSources].filter((s) => !prevSources.has(s)), removed: [...prevSources].filter((s) => !nextSources.has(s)) },
    facts: { added: [], removed: [], verdicts: [], values: [], sources: [] },
  };
  if (!before) return log;
  for (const [id, c] of next) {
    const p = prev.get(id);
    if (!p) {
      log.facts.added.push({ id, label: c.label, verdict: c.verdict });
      continue;
    }
    if (p.verdict !== c.verdict) log.facts.verdicts.push({ id, label: c.label, from: p.verdict, to: c.verdict });
    const vp = values(before, p), vn = values(after, c);
    if (vp.join("|") !== vn.join("|")) log.facts.values.push({ id, label: c.label, from: vp, to: vn });
    const added = c.sources.filter((s) => !p.sources.includes(s));
    if (added.length) log.facts.sources.push({ id, label: c.label, added });
  }
  for (const [id, p] of prev) if (!next.has(id)) log.facts.removed.push({ id, label: p.label });
  return log;
}

/** One line per change, for the terminal. */
export function formatChangelog(log: Changelog): string[] {
  const out: string[] = [];
  for (const s of log.sources.added) out.push(`+ source ${s}`);
  for (const s of log.sources.removed) out.push(`- source ${s}`);
  for (const v of log.facts.verdicts) out.push(`~ ${v.label}: ${v.from} → ${v.to}`);
  for (const v of log.facts.values) out.push(`~ ${v.label}: values ${v.from.join(", ") || "none"} → ${v.to.join(", ") || "none"}`);
  for (const f of log.facts.added) out.push(`+ fact ${f.label} (${f.verdict})`);
  for (const f of log.facts.removed) out.push(`- fact ${f.label}`);
  return out;
}
