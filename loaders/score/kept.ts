/**
 * What a run keeps of its verdicts for the next (see `KeptRuns` in cache.ts): a fact whose claims
 * and copies are unchanged takes its verdict back from here instead of being judged again.
 */
import type { Group } from "../align/cluster.ts";
import { VERDICTS, type Cluster, type Verdict } from "../types.ts";
import { factRow, stanceRecord } from "./verdict.ts";

/** A verdict kept between runs (see `KeptRuns`): what `judge` found beyond what its group already says. */
export interface KeptVerdict {
  verdict: Verdict;
  score: number;
  reasons: string[];
  label: string;
  /** Each source's stance, in the order of the fact's sources: c(onfirms), d(iffers), x (contradicts). */
  stances: string;
}
const STANCE_CODE = { confirms: "c", differs: "d", contradicts: "x" } as const;
const STANCE_OF: Record<string, Cluster["stances"][string]> = { c: "confirms", d: "differs", x: "contradicts" };

/** What to keep of a judged fact. */
export function keepVerdict(j: Omit<Cluster, "id">): KeptVerdict {
  return { verdict: j.verdict, score: j.score, reasons: j.reasons, label: j.label, stances: j.sources.map((s) => STANCE_CODE[j.stances[s]]).join("") };
}

/** The judged fact again, from its group and what was kept (as `judge` gives it); null if what was kept does not fit. */
export function keptVerdict(gr: Group, k: KeptVerdict): Omit<Cluster, "id"> | null {
  const sources = [...new Set(gr.claims.map((c) => c.source))].sort();
  if (typeof k?.stances !== "string" || k.stances.length !== sources.length || !VERDICTS.includes(k.verdict) || typeof k.score !== "number") return null;
  if (!Array.isArray(k.reasons) || !k.reasons.every((r) => typeof r === "string") || typeof k.label !== "string") return null;
  const stances = stanceRecord();
  for (let i = 0; i < sources.length; i++) {
    const s = STANCE_OF[k.stances[i]];
    if (!s) return null;
    stances[sources[i]] = s;
  }
  return factRow(gr, sources, k, stances);
}

/**
 * A run's kept verdicts by fact key, in columns: the next run reads them back from the kept file
 * (see `KeptRuns`), and V8 reads a few arrays far faster than ten thousand small objects.
 */
export interface VerdictTable {
  keys: string[];
  /** Indexes into VERDICTS. */
  verdicts: Uint8Array;
  scores: Float64Array;
  labels: string[];
  stances: string[];
  /** Fact i's reasons are `reasons[reasonsAt[i]]` up to `reasons[reasonsAt[i + 1]]`. */
  reasonsAt: Int32Array;
  reasons: string[];
}

/** Kept verdicts made into a table, one fact at a time. */
export class VerdictTableWriter {
  private readonly keys: string[] = [];
  private readonly verdicts: number[] = [];
  private readonly scores: number[] = [];
  private readonly labels: string[] = [];
  private readonly stances: string[] = [];
  private readonly reasonsAt: number[] = [0];
  private readonly reasons: string[] = [];
  add(key: string, k: KeptVerdict): void {
    this.keys.push(key);
    this.verdicts.push(VERDICTS.indexOf(k.verdict));
    this.scores.push(k.score);
    this.labels.push(k.label);
    this.stances.push(k.stances);
    for (const r of k.reasons) this.reasons.push(r);
    this.reasonsAt.push(this.reasons.length);
  }
  table(): VerdictTable {
    const { keys, labels, stances, reasons } = this;
    return { keys, verdicts: Uint8Array.from(this.verdicts), scores: Float64Array.from(this.scores), labels, stances, reasonsAt: Int32Array.from(this.reasonsAt), reasons };
  }
}

/** A kept verdict table, looked up by fact key (a key kept twice gives the later verdict). */
export class KeptVerdicts {
  private readonly at = new Map<string, number>();
  private constructor(private readonly t: VerdictTable) {
    t.keys.forEach((k, i) => this.at.set(k, i));
  }
  /** The table read back, if its columns fit one another (else none: every fact is judged). */
  static read(t: VerdictTable | null | undefined): KeptVerdicts | null {
    if (!t || !Array.isArray(t.keys) || !(t.verdicts instanceof Uint8Array) || !(t.scores instanceof Float64Array) || !Array.isArray(t.labels) || !Array.isArray(t.stances)) return null;
    if (!(t.reasonsAt instanceof Int32Array) || !Array.isArray(t.reasons)) return null;
    const n = t.keys.length;
    if (t.verdicts.length !== n || t.scores.length !== n || t.labels.length !== n || t.stances.length !== n || t.reasonsAt.length !== n + 1) return null;
    if (t.reasonsAt[0] !== 0 || t.reasonsAt[n] !== t.reasons.length) return null;
    for (let i = 0; i < n; i++) if (t.reasonsAt[i + 1] < t.reasonsAt[i] || typeof t.keys[i] !== "string") return null;
    return new KeptVerdicts(t);
  }
  /** The verdict kept for a fact (checked against the fact by `keptVerdict`). */
  get(key: string): KeptVerdict | undefined {
    const i = this.at.get(key);
    if (i === undefined) return undefined;
    const t = this.t;
    return { verdict: VERDICTS[t.verdicts[i]], score: t.scores[i], reasons: t.reasons.slice(t.reasonsAt[i], t.reasonsAt[i + 1]), label: t.labels[i], stances: t.stances[i] };
  }
}
