/**
 * Checks a `triangulate analyze` result against an expected-facts YAML file (the format of
 * ../shared/seeds/expected-facts.yaml): per fact, the candidate claims of each listed source, whether
 * one cluster holds them all, and its verdict. Used by the tests; prints a per-fact report.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Analysis, Claim, Cluster } from "../loaders/types.ts";

export interface ExpectedSource {
  evidence: string;
  value?: { exact?: number; low?: number; contains?: number; widest?: number };
  date?: { contains?: string; within?: [string, string]; ends_by?: string; precision?: string };
  unit?: string;
  attribution?: string;
}
export interface ExpectedFact {
  id: string;
  kind: Claim["kind"];
  subject?: string;
  subject_not?: string;
  place?: string;
  sources: Record<string, ExpectedSource>;
  expect: Cluster["verdict"];
  stretch?: boolean;
}
export interface Expected {
  facts: ExpectedFact[];
  expected_issues: Array<{ id: string; source: string; evidence: string }>;
  must_not_merge: Array<[string, string]>;
}

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
  readonly byId: Map<string, Claim>;
  readonly clusterOf = new Map<string, Cluster>();
  constructor(
    readonly a: Analysis,
    readonly bodies: Map<string, string>,
  ) {
    this.byId = new Map(a.claims.map((c) => [c.id, c]));
    for (const cl of a.clusters) for (const id of cl.claims) this.clusterOf.set(id, cl);
  }
  /** The source id whose name starts with the seed's three digits. */
  sourceId(short: string): string {
    const id = this.a.sources.find((s) => s.id.startsWith(short))?.id;
    if (!id) throw new Error(`no source ${short}`);
    return id;
  }
  private matches(id: string | null, pattern: string | undefined): boolean {
    if (!pattern) return true;
    if (!id) return false;
    const re = new RegExp(pattern, "i");
    const name = this.a.entities.find((e) => e.id === id)?.name_en ?? "";
    return re.test(id) || re.test(name);
  }
  candidates(f: ExpectedFact, short: string): Claim[] {
    const src = this.sourceId(short);
    const body = this.bodies.get(src)!;
    const ev = f.sources[short].evidence;
    const at = body.indexOf(ev);
    if (at < 0) throw new Error(`evidence of ${f.id} not in ${src}: ${ev}`);
    return this.a.claims.filter(
      (c) =>
        c.source === src &&
        c.kind === f.kind &&
        c.span[0] < at + ev.length &&
        c.span[1] > at &&
        !c.review &&
        this.matches(c.subject, f.subject) &&
        (!f.subject_not || !this.matches(c.subject, f.subject_not)) &&
        this.matches(c.place, f.place),
    );
  }
  static valueProblems(c: Claim, s: ExpectedSource): string[] {
    const out: string[] = [];
    const v = c.value, d = c.date;
    if (s.value) {
      if (!v) return ["no value"];
      if (s.value.exact !== undefined && !(v.low === s.value.exact && v.high === s.value.exact)) out.push(`value ${v.low}..${v.high} is not exactly ${s.value.exact}`);
      if (s.value.low !== undefined && v.low !== s.value.low) out.push(`low ${v.low} is not ${s.value.low}`);
      if (s.value.contains !== undefined) {
        const n = s.value.contains;
        if (!((v.low ?? -Infinity) <= n && n <= (v.high ?? Infinity))) out.push(`value ${v.low}..${v.high} does not contain ${n}`);
        if (s.value.widest !== undefined && (v.low === null || v.high === null || v.high - v.low > s.value.widest * n)) out.push(`value ${v.low}..${v.high} wider than ${s.value.widest * 100}%`);
      }
    }
    if (s.date) {
      if (!d) return [...out, "no date"];
      if (s.date.contains && !((d.start ?? "") <= s.date.contains && s.date.contains <= (d.end ?? "9999"))) out.push(`date ${d.start}..${d.end} does not contain ${s.date.contains}`);
      if (s.date.within && !(d.start && d.end && d.start >= s.date.within[0] && d.end <= s.date.within[1])) out.push(`date ${d.start}..${d.end} not within ${s.date.within.join("..")}`);
      if (s.date.ends_by && !(d.end && d.end <= s.date.ends_by)) out.push(`date ends ${d.end}, not by ${s.date.ends_by}`);
      if (s.date.precision && d.precision !== s.date.precision) out.push(`precision ${d.precision}, not ${s.date.precision}`);
    }
    return out;
  }
  check(f: ExpectedFact): FactReport {
    const report: FactReport = { id: f.id, stretch: !!f.stretch, sources: {}, cluster: null, aligned: false, verdict: null, ok: false, problems: [] };
    const cands: Record<string, Claim[]> = {};
    for (const short of Object.keys(f.sources)) {
      const list = this.candidates(f, short);
      const withValues = list.filter((c) => Checker.valueProblems(c, f.sources[short]).length === 0);
      const problems = !list.length ? ["no candidate claim"] : !withValues.length ? Checker.valueProblems(list[0], f.sources[short]) : [];
      cands[short] = withValues.length ? withValues : list;
      report.sources[short] = { candidates: list.map((c) => c.id), problems };
      report.problems.push(...problems.map((p) => `${short}: ${p}`));
    }
    // one cluster holding a candidate of every listed source
    const clusters = new Map<string, { cl: Cluster; shorts: Set<string> }>();
    for (const [short, list] of Object.entries(cands))
      for (const c of list) {
        const cl = this.clusterOf.get(c.id);
        if (!cl) continue;
        const e = clusters.get(cl.id) ?? { cl, shorts: new Set<string>() };
        e.shorts.add(short);
        clusters.set(cl.id, e);
      }
    const need = Object.keys(f.sources).length;
    const full = [...clusters.values()].filter((x) => x.shorts.size === need);
    const best = full.find((x) => x.cl.verdict === f.expect) ?? full[0] ?? null;
    report.cluster = best?.cl ?? null;
    report.aligned = !!best;
    report.verdict = best?.cl.verdict ?? null;
    if (!best) report.problems.push(`no single cluster holds candidates of all of ${Object.keys(f.sources).join(", ")}`);
    else if (best.cl.verdict !== f.expect) report.problems.push(`verdict ${best.cl.verdict}, expected ${f.expect}`);
    report.ok = report.problems.length === 0;
    return report;
  }
  /** Cluster ids holding candidates of the fact. */
  clustersOf(f: ExpectedFact): Set<string> {
    const out = new Set<string>();
    for (const short of Object.keys(f.sources)) for (const c of this.candidates(f, short)) if (this.clusterOf.get(c.id)) out.add(this.clusterOf.get(c.id)!.id);
    return out;
  }
}
