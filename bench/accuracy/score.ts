/**
 * Scoring an analysis against gold facts (the checks of ../shared/seeds/expected-facts.yaml's
 * header): per fact, the candidate claims of each source, whether one cluster holds them all,
 * its verdict, values and dates; must_not_merge pairs; expected issues; claim recall per kind and
 * language. Pure: it reads an `Analysis` and a gold set, nothing else.
 */
import type { Analysis, Claim, ClaimKind, Cluster } from "../../loaders/types.ts";
import { resolveSource, type Gold, type GoldFact, type GoldSource } from "./gold.ts";

/** What was checked of one fact. */
export interface FactResult {
  id: string;
  kind: ClaimKind;
  stretch: boolean;
  /** Per source key: the candidate claims, and whether one has the right values and dates. */
  sources: Record<string, { language: "ar" | "en"; candidates: string[]; right: boolean; problems: string[] }>;
  /** The fact carries a value, unit or date to check. */
  valued: boolean;
  aligned: boolean;
  cluster: string | null;
  verdict: string | null;
  expect: string;
  /** Aligned with the expected verdict. */
  right: boolean;
  /** Every source has a candidate with the right values and dates. */
  valuesRight: boolean;
  problems: string[];
}

/** n out of N. */
export interface Ratio {
  n: number;
  of: number;
}
const ratio = (n = 0, of = 0): Ratio => ({ n, of });
const add = (r: Ratio, ok: boolean) => {
  r.of++;
  if (ok) r.n++;
};

/** The figures of one set. */
export interface SetScore {
  facts: number;
  aligned: Ratio;
  verdict: Ratio;
  values: Ratio;
  mustNotMerge: Ratio;
  issues: Ratio;
  stretch: Ratio;
  /** Claim recall per `kind/language`: gold entries found with the right kind, entities and values. */
  recall: Record<string, Ratio>;
  results: FactResult[];
  /** Must-not-merge pairs that were merged, and expected issues not found. */
  failures: string[];
}

/** Problems of a claim's value, unit and date against a gold entry (none: right). */
export function valueProblems(c: Claim, s: GoldSource): string[] {
  const out: string[] = [];
  const v = c.value,
    d = c.date;
  if (s.value) {
    if (!v) out.push("no value");
    else {
      if (s.value.exact !== undefined && !(v.low === s.value.exact && v.high === s.value.exact)) out.push(`value ${v.low}..${v.high} is not exactly ${s.value.exact}`);
      if (s.value.low !== undefined && v.low !== s.value.low) out.push(`low ${v.low} is not ${s.value.low}`);
      if (s.value.contains !== undefined) {
        const n = s.value.contains;
        if (!((v.low ?? -Infinity) <= n && n <= (v.high ?? Infinity))) out.push(`value ${v.low}..${v.high} does not contain ${n}`);
        if (s.value.widest !== undefined && (v.low === null || v.high === null || v.high - v.low > s.value.widest * n)) out.push(`value ${v.low}..${v.high} wider than ${s.value.widest * 100}%`);
      }
    }
  }
  if (s.unit && c.kind === "casualties" && v?.unit !== s.unit) out.push(`unit ${v?.unit ?? "none"}, not ${s.unit}`);
  if (s.date) {
    if (!d) out.push("no date");
    else {
      const dc = s.date.contains,
        w = s.date.within;
      if (dc && !((d.start ?? "") <= dc && dc <= (d.end ?? "9999"))) out.push(`date ${d.start}..${d.end} does not contain ${dc}`);
      if (w && !(d.start && d.end && d.start >= w[0] && d.end <= w[1])) out.push(`date ${d.start}..${d.end} not within ${w.join("..")}`);
      if (s.date.ends_by && !(d.end && d.end <= s.date.ends_by)) out.push(`date ends ${d.end}, not by ${s.date.ends_by}`);
      if (s.date.precision && d.precision !== s.date.precision) out.push(`precision ${d.precision}, not ${s.date.precision}`);
    }
  }
  return out;
}

/** Scores an analysis against one gold set. */
export class Scorer {
  private readonly clusterOf = new Map<string, Cluster>();
  private readonly names = new Map<string, string>();
  private readonly bySource = new Map<string, Claim[]>();
  constructor(
    readonly a: Analysis,
    readonly gold: Gold,
    readonly bodies: Map<string, string>,
    readonly languages: Map<string, "ar" | "en">,
  ) {
    for (const cl of a.clusters) for (const id of cl.claims) this.clusterOf.set(id, cl);
    for (const e of a.entities) this.names.set(e.id, e.name_en);
    for (const c of a.claims) {
      if (c.review?.action === "reject") continue;
      let list = this.bySource.get(c.source);
      if (!list) this.bySource.set(c.source, (list = []));
      list.push(c);
    }
  }

  /** A pattern holds for an entity id (tried on the id and its English name). */
  private matches(id: string | null, pattern: string | undefined): boolean {
    if (!pattern) return true;
    if (!id) return false;
    const re = new RegExp(pattern, "i");
    return re.test(id) || re.test(this.names.get(id) ?? "");
  }

  /** The source id a gold key names. */
  source(key: string): string {
    const id = resolveSource(this.bodies, key);
    if (!id) throw new Error(`no source ${key}`);
    return id;
  }

  /** The claims of the fact's kind and entities whose span overlaps the source's evidence. */
  candidates(f: GoldFact, key: string): Claim[] {
    const src = this.source(key);
    const ev = f.sources[key].evidence;
    const at = this.bodies.get(src)!.indexOf(ev);
    if (at < 0) throw new Error(`evidence of ${f.id} not in ${src}: ${ev}`);
    const unit = f.kind === "casualties" ? f.sources[key].unit : undefined;
    return (this.bySource.get(src) ?? []).filter(
      (c) =>
        c.kind === f.kind &&
        (!unit || c.value?.unit === unit) &&
        c.span[0] < at + ev.length &&
        c.span[1] > at &&
        this.matches(c.subject, f.subject) &&
        (!f.subject_not || !this.matches(c.subject, f.subject_not)) &&
        this.matches(c.place, f.place),
    );
  }

  check(f: GoldFact): FactResult {
    const keys = Object.keys(f.sources);
    const r: FactResult = {
      id: f.id,
      kind: f.kind,
      stretch: !!f.stretch,
      sources: {},
      valued: keys.some((k) => f.sources[k].value || f.sources[k].date || (f.kind === "casualties" && f.sources[k].unit)),
      aligned: false,
      cluster: null,
      verdict: null,
      expect: f.expect,
      right: false,
      valuesRight: true,
      problems: [],
    };
    const pick: Record<string, Claim[]> = {};
    for (const key of keys) {
      const list = this.candidates(f, key);
      const good = list.filter((c) => valueProblems(c, f.sources[key]).length === 0);
      const problems = !list.length ? ["no candidate claim"] : !good.length ? valueProblems(list[0], f.sources[key]) : [];
      pick[key] = good.length ? good : list;
      r.sources[key] = { language: this.languages.get(this.source(key)) ?? "ar", candidates: list.map((c) => c.id), right: good.length > 0, problems };
      if (!good.length) r.valuesRight = false;
      r.problems.push(...problems.map((p) => `${key}: ${p}`));
    }
    // one cluster holding a candidate of every source (the one with the expected verdict first)
    const holders = new Map<string, { cl: Cluster; keys: Set<string> }>();
    for (const [key, list] of Object.entries(pick))
      for (const c of list) {
        const cl = this.clusterOf.get(c.id);
        if (!cl) continue;
        const h = holders.get(cl.id) ?? { cl, keys: new Set<string>() };
        h.keys.add(key);
        holders.set(cl.id, h);
      }
    const full = [...holders.values()].filter((h) => h.keys.size === keys.length);
    const best = full.find((h) => h.cl.verdict === f.expect) ?? full[0] ?? null;
    r.aligned = !!best;
    r.cluster = best?.cl.id ?? null;
    r.verdict = best?.cl.verdict ?? null;
    r.right = !!best && best.cl.verdict === f.expect;
    if (!best) r.problems.push(`no one fact holds claims of all of ${keys.join(", ")}`);
    else if (!r.right) r.problems.push(`verdict ${best.cl.verdict}, expected ${f.expect}`);
    return r;
  }

  /** The facts (cluster ids) that hold a candidate of a gold fact (those with the right values, where some have them). */
  clustersOf(f: GoldFact): Set<string> {
    const out = new Set<string>();
    for (const key of Object.keys(f.sources)) {
      const list = this.candidates(f, key);
      const good = list.filter((c) => valueProblems(c, f.sources[key]).length === 0);
      for (const c of good.length ? good : list) {
        const cl = this.clusterOf.get(c.id);
        if (cl) out.add(cl.id);
      }
    }
    return out;
  }

  score(): SetScore {
    const s: SetScore = { facts: 0, aligned: ratio(), verdict: ratio(), values: ratio(), mustNotMerge: ratio(), issues: ratio(), stretch: ratio(), recall: {}, results: [], failures: [] };
    for (const f of this.gold.facts) {
      const r = this.check(f);
      s.results.push(r);
      for (const [, src] of Object.entries(r.sources)) add((s.recall[`${f.kind}/${src.language}`] ??= ratio()), src.right);
      if (r.stretch) {
        add(s.stretch, r.right && r.valuesRight);
        continue;
      }
      s.facts++;
      add(s.aligned, r.aligned);
      add(s.verdict, r.right);
      if (r.valued) add(s.values, r.valuesRight);
    }
    const byId = new Map(this.gold.facts.map((f) => [f.id, f]));
    for (const [x, y] of this.gold.must_not_merge) {
      const cx = this.clustersOf(byId.get(x)!),
        cy = this.clustersOf(byId.get(y)!);
      const shared = [...cx].filter((id) => cy.has(id));
      add(s.mustNotMerge, shared.length === 0);
      if (shared.length) s.failures.push(`merged: ${x} and ${y} share ${shared.join(", ")}`);
    }
    for (const i of this.gold.expected_issues) {
      const src = this.source(i.source);
      const at = this.bodies.get(src)!.indexOf(i.evidence);
      const hit = this.a.issues.some((x) => x.source === src && x.span && x.span[0] < at + i.evidence.length && x.span[1] > at);
      add(s.issues, hit);
      if (!hit) s.failures.push(`issue not found: ${i.id}`);
    }
    return s;
  }
}

/** Sum ratios. */
export function sum(rs: Ratio[]): Ratio {
  return rs.reduce((a, r) => ratio(a.n + r.n, a.of + r.of), ratio());
}

/** Sum the figures of several sets. */
export function total(scores: SetScore[]): Omit<SetScore, "results" | "failures"> {
  const recall: Record<string, Ratio> = {};
  for (const s of scores) for (const [k, r] of Object.entries(s.recall)) recall[k] = sum([recall[k] ?? ratio(), r]);
  const pick = (k: "aligned" | "verdict" | "values" | "mustNotMerge" | "issues" | "stretch") => sum(scores.map((s) => s[k]));
  return { facts: scores.reduce((a, s) => a + s.facts, 0), aligned: pick("aligned"), verdict: pick("verdict"), values: pick("values"), mustNotMerge: pick("mustNotMerge"), issues: pick("issues"), stretch: pick("stretch"), recall };
}

/** A fact's one-line report. */
export function describe(r: FactResult): string {
  const mark = r.right && r.valuesRight ? "ok " : r.right ? "val" : r.aligned ? "vrd" : "---";
  return `${mark} ${r.id} (${r.kind}${r.stretch ? ", stretch" : ""})${r.problems.length ? `: ${r.problems.join("; ")}` : ""}`;
}
