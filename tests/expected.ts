/**
 * The seed test's view of the accuracy harness's scorer (bench/accuracy/score.ts): checks a
 * `triangulate analyze` result against an expected-facts YAML file (the format of
 * ../shared/seeds/expected-facts.yaml) fact by fact, with one scorer for the seeds and the gold.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Analysis, Cluster } from "../loaders/types.ts";
import type { Gold, GoldFact } from "../bench/accuracy/gold.ts";
import { Scorer } from "../bench/accuracy/score.ts";

export type Expected = Gold;
export type ExpectedFact = GoldFact;

export const loadExpected = (file: string): Expected => parse(readFileSync(file, "utf8"));

/** Everything checked for one fact. */
export interface FactReport {
  id: string;
  stretch: boolean;
  /** Per source: candidate claim ids, and what is wrong with them if anything. */
  sources: Record<string, { candidates: string[]; problems: string[] }>;
  cluster: Cluster | null;
  aligned: boolean;
  verdict: string | null;
  ok: boolean;
  problems: string[];
}

export class Checker {
  private readonly scorer: Scorer;
  private readonly clusters: Map<string, Cluster>;
  constructor(
    readonly a: Analysis,
    readonly bodies: Map<string, string>,
  ) {
    const languages = new Map(a.sources.map((s) => [s.id, s.language]));
    this.scorer = new Scorer(a, { facts: [], expected_issues: [], must_not_merge: [] }, bodies, languages);
    this.clusters = new Map(a.clusters.map((c) => [c.id, c]));
  }
  /** The source id a seed key ("000") names. */
  sourceId(short: string): string {
    return this.scorer.source(short);
  }
  check(f: ExpectedFact): FactReport {
    const r = this.scorer.check(f);
    const sources = Object.fromEntries(Object.entries(r.sources).map(([k, s]) => [k, { candidates: s.candidates, problems: s.problems }]));
    return { id: r.id, stretch: r.stretch, sources, cluster: r.cluster ? (this.clusters.get(r.cluster) ?? null) : null, aligned: r.aligned, verdict: r.verdict, ok: r.problems.length === 0, problems: r.problems };
  }
  /** Cluster ids holding candidates of the fact. */
  clustersOf(f: ExpectedFact): Set<string> {
    return this.scorer.clustersOf(f);
  }
}
