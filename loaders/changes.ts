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
    /** A fact whose claims are now one fact under another id (its key moved). */
    renamed?: Array<{ from: string; id: string; label: string }>;
    /** A fact whose claims are now in several facts. */
    split?: Array<{ from: string; into: string[]; label: string }>;
    /** Facts whose claims are now in one fact. */
    merged?: Array<{ from: string[]; id: string; label: string }>;
  };
}

type Snapshot = Pick<Analysis, "sources" | "clusters" | "claims">;

/** A snapshot's claims by id, made once per snapshot (a fact's values are looked up, not searched for). */
const indexes = new WeakMap<Snapshot, Map<string, Analysis["claims"][number]>>();
const byId = (a: Snapshot) => indexes.get(a) ?? indexes.set(a, new Map(a.claims.map((c) => [c.id, c]))).get(a)!;
const values = (a: Snapshot, c: Cluster) => {
  const index = byId(a);
  const out = new Set<string>();
  for (const id of c.claims) {
    const x = index.get(id);
    if (x?.value) out.add(describeValue(x.value));
  }
  return [...out].sort();
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
  // where each claim went: a fact that vanished and one that appeared with its claims are one fact
  // re-keyed, split or merged, told with both ids, never as a new fact and a lost one
  const factOf = (a: Snapshot) => {
    const m = new Map<string, string>();
    for (const c of a.clusters) for (const id of c.claims) m.set(id, c.id);
    return m;
  };
  const nowIn = factOf(after),
    wasIn = factOf(before);
  const targets = (c: Cluster) => [...new Set(c.claims.map((id) => nowIn.get(id)).filter((x): x is string => !!x))];
  const origins = (c: Cluster) => [...new Set(c.claims.map((id) => wasIn.get(id)).filter((x): x is string => !!x))];
  const explained = new Set<string>();
  log.facts.renamed = [];
  log.facts.split = [];
  log.facts.merged = [];
  for (const [id, p] of prev) {
    if (next.has(id)) continue;
    const into = targets(p);
    if (into.length > 1) log.facts.split.push({ from: id, into, label: p.label });
    else if (into.length === 1 && !prev.has(into[0]) && origins(next.get(into[0])!).length === 1) log.facts.renamed.push({ from: id, id: into[0], label: next.get(into[0])!.label });
    else continue;
    explained.add(id);
    for (const x of into) explained.add(x);
  }
  for (const [id, c] of next) {
    const from = origins(c);
    if (from.length > 1 && from.some((x) => !next.has(x)) && !log.facts.renamed.some((r) => r.id === id)) {
      log.facts.merged.push({ from, id, label: c.label });
      explained.add(id);
      for (const x of from) if (!next.has(x)) explained.add(x);
    }
  }
  for (const [id, c] of next) {
    const p = prev.get(id) ?? prev.get(log.facts.renamed.find((r) => r.id === id)?.from ?? "");
    if (!p) {
      if (!explained.has(id)) log.facts.added.push({ id, label: c.label, verdict: c.verdict });
      continue;
    }
    if (p.verdict !== c.verdict) log.facts.verdicts.push({ id, label: c.label, from: p.verdict, to: c.verdict });
    const vp = values(before, p),
      vn = values(after, c);
    if (vp.join("|") !== vn.join("|")) log.facts.values.push({ id, label: c.label, from: vp, to: vn });
    const added = c.sources.filter((s) => !p.sources.includes(s));
    if (added.length) log.facts.sources.push({ id, label: c.label, added });
  }
  for (const [id, p] of prev) if (!next.has(id) && !explained.has(id)) log.facts.removed.push({ id, label: p.label });
  return log;
}

/** One line per change, for the terminal. */
export function formatChangelog(log: Changelog): string[] {
  const out: string[] = [];
  for (const s of log.sources.added) out.push(`+ source ${s}`);
  for (const s of log.sources.removed) out.push(`- source ${s}`);
  for (const v of log.facts.verdicts) out.push(`~ ${v.label}: ${v.from} → ${v.to}`);
  for (const v of log.facts.values) out.push(`~ ${v.label}: values ${v.from.join(", ") || "none"} → ${v.to.join(", ") || "none"}`);
  for (const r of log.facts.renamed ?? []) out.push(`~ ${r.label}: now ${r.id} (was ${r.from})`);
  for (const r of log.facts.split ?? []) out.push(`~ ${r.label}: split into ${r.into.join(", ")} (was ${r.from})`);
  for (const r of log.facts.merged ?? []) out.push(`~ ${r.label}: ${r.from.join(", ")} merged into ${r.id}`);
  for (const f of log.facts.added) out.push(`+ fact ${f.label} (${f.verdict})`);
  for (const f of log.facts.removed) out.push(`- fact ${f.label}`);
  return out;
}
