import type { Copies } from "../align/nearcopy.ts";
import type { Group } from "../align/cluster.ts";
import type { Gazetteer } from "../gazetteer/types.ts";
import { VERDICTS, type Claim, type Cluster, type SourceRow, type Value, type Verdict } from "../types.ts";

/** Scores per verdict, and what moves them. */
export const SCORE_DEFAULTS = {
  corroborated: 0.55,
  perExtraVoice: 0.15,
  max: 0.95,
  partial: 0.5,
  echoed: 0.35,
  singleSource: 0.3,
  namedUpstream: 0.05,
  contested: 0.15,
};

/** The score of a verdict, given how many independent voices the fact has and whether it names its upstream. */
export function scoreOf(verdict: Verdict, voices: number, named = false): number {
  return verdict === "corroborated"
    ? Math.min(SCORE_DEFAULTS.max, SCORE_DEFAULTS.corroborated + SCORE_DEFAULTS.perExtraVoice * (voices - 2))
    : verdict === "partial"
      ? SCORE_DEFAULTS.partial
      : verdict === "echoed"
        ? SCORE_DEFAULTS.echoed
        : verdict === "single-source"
          ? SCORE_DEFAULTS.singleSource + (named ? SCORE_DEFAULTS.namedUpstream : 0)
          : SCORE_DEFAULTS.contested;
}

/**
 * A fact as an analyst's verdict makes it: the verdict, its score, and stances that fit it (a fact
 * set corroborated, echoed or single-source has no source against it; contested and partial keep
 * the kit's stances).
 */
export function withVerdict(c: Cluster, verdict: Verdict): void {
  c.verdict = verdict;
  c.score = Math.round(scoreOf(verdict, verdict === "echoed" ? 1 : c.sources.length) * 100) / 100;
  if (verdict === "corroborated" || verdict === "echoed" || verdict === "single-source") for (const s of Object.keys(c.stances)) c.stances[s] = "confirms";
}

/** What scoring needs to know beyond the claims. */
export interface ScoreContext {
  g: Gazetteer;
  sources: Map<string, SourceRow>;
  /** Copied sentences and clauses of each source, sorted by where they start in it (`indexCopies`). */
  copiesAt: { get(source: string): CopiesOf | undefined };
  /** Articles that are near-copies of one another. */
  copiedArticles: Array<[string, string]>;
}

/** A number with thousands separators, as toLocaleString("en-US") writes it (integers without calling into ICU). */
const fmt = (n: number) => (Number.isSafeInteger(n) && n >= 0 ? String(n).replace(/\B(?=(\d{3})+$)/g, ",") : n.toLocaleString("en-US"));

/**
 * The copied units of one source, sorted by their start in it: where each starts, and the k-th's
 * copy (an index into `copies`, whose arrays tell its two units; `copies.pair` makes it a pair).
 */
export interface CopiesOf {
  starts: ArrayLike<number>;
  at: ArrayLike<number>;
  copies: Copies;
}

/**
 * Copies by source, each source's sorted by where they start in it (equal starts in the order of
 * `copies`). A source's list is made when first asked for: a run that judges few facts asks for
 * few. The copies' two ends are grouped by article once (a counting sort, in order).
 */
export function indexCopies(copies: Copies): { get(source: string): CopiesOf | undefined } {
  const { triples, article, starts: startOf, names, ids } = copies;
  const n = copies.size * 2;
  // end e is unit triples[3·(e>>1) + (e&1)]: the first or second unit of copy e>>1
  const unitOf = (e: number) => triples[3 * (e >> 1) + (e & 1)];
  const first = new Int32Array(names.length + 1);
  for (let e = 0; e < n; e++) first[article[unitOf(e)] + 1]++;
  for (let a = 0; a < names.length; a++) first[a + 1] += first[a];
  const ends = new Int32Array(n);
  const fill = first.slice(0, names.length);
  for (let e = 0; e < n; e++) ends[fill[article[unitOf(e)]]++] = e;
  const made = new Map<string, CopiesOf | undefined>();
  return {
    get(source: string): CopiesOf | undefined {
      if (made.has(source)) return made.get(source);
      const a = ids.get(source);
      let of: CopiesOf | undefined;
      if (a !== undefined && first[a + 1] > first[a]) {
        // (sorted as numbers start·n + e: by start, then in order)
        const order = new Float64Array(first[a + 1] - first[a]);
        for (let x = 0; x < order.length; x++) {
          const e = ends[first[a] + x];
          order[x] = startOf[unitOf(e)] * n + e;
        }
        order.sort();
        const starts = new Int32Array(order.length);
        const at = new Int32Array(order.length);
        for (let x = 0; x < order.length; x++) {
          const e = order[x] % n;
          starts[x] = startOf[unitOf(e)];
          at[x] = e >> 1;
        }
        of = { starts, at, copies };
      }
      made.set(source, of);
      return of;
    },
  };
}

/** The copies whose unit starts within the claim's sentence, at or before the claim: `pairs[from..to)`. */
function copiesAround(of: CopiesOf, c: Claim): [number, number] {
  let lo = 0, hi = of.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (of.starts[mid] <= c.span[0]) lo = mid + 1;
    else hi = mid;
  }
  let from = lo;
  while (from > 0 && of.starts[from - 1] >= c.context[0]) from--;
  return [from, lo];
}

/**
 * Is copy x closer than copy y: more alike, else longer, else earlier? (An order of its own, so the
 * pick never depends on the input's.) Told from the copies' arrays, without making either a pair.
 */
function closer(cp: Copies, x: number, y: number): boolean {
  const { triples: t, starts, ends } = cp;
  // (one run's copies share their number of minima: equal shares are equal counts)
  if (t[3 * x + 2] !== t[3 * y + 2]) return t[3 * x + 2] > t[3 * y + 2];
  const ax = t[3 * x], ay = t[3 * y];
  const lx = ends[ax] - starts[ax], ly = ends[ay] - starts[ay];
  if (lx !== ly) return lx > ly;
  return starts[ax] + starts[t[3 * x + 1]] < starts[ay] + starts[t[3 * y + 1]];
}

/** A value as a reader says it: "about 15,000", "more than 150", "between 10 and 99". */
export function describeValue(v: Value): string {
  const unit = v.unit && v.unit !== "parts" ? ` ${v.unit}` : "";
  if (v.parts) return v.parts.join(" and ");
  if (v.qualifier === "about" && v.low !== null && v.high !== null) return `about ${fmt(Math.round((v.low + v.high) / 2))}${unit}`;
  if (v.low !== null && v.high === null) return `${v.qualifier === "at_least" ? "at least" : "more than"} ${fmt(v.low)}${unit}`;
  if (v.low === null && v.high !== null) return `${v.qualifier === "at_most" ? "up to" : "fewer than"} ${fmt(v.high)}${unit}`;
  if (v.low !== null && v.low === v.high) return `${fmt(v.low)}${unit}`;
  return `${fmt(v.low ?? 0)}–${fmt(v.high ?? 0)}${unit}`;
}

const overlap = (a: Value, b: Value) => (a.low ?? -Infinity) <= (b.high ?? Infinity) && (b.low ?? -Infinity) <= (a.high ?? Infinity);

class Voices {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) (p = this.find(p)), this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string) {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** The reason two outlets' copied sentence gives (see `Reasons.addNamed`). */
export const oneVoice = (a: string, b: string, alike: number) => `${a} and ${b} print the same sentence (${alike}% alike): one voice`;

/**
 * A fact's reasons, each once, in the order found, as shown: the headline first, at most
 * `MAX_REASONS`, the rest counted. A large fact finds thousands of copied sentences: a reason whose
 * text two names and a number fix (`addNamed`) is told apart from the others by those alone, and
 * spelt out only while it may still be shown.
 */
export class Reasons {
  private readonly texts = new Set<string>();
  private readonly named = new Set<number>();
  private readonly ids = new Map<string, number>();
  /** The first reasons found, spelt out: never more than can be shown (`MAX_REASONS`, fewer beside a headline). */
  private readonly first: string[] = [];
  private count = 0;
  get size(): number {
    return this.count;
  }
  add(text: string): void {
    if (this.texts.has(text)) return;
    this.texts.add(text);
    this.push(text);
  }
  /**
   * `make(a, b, n)`: a reason whose text differs for different names or numbers, and from every
   * other kind's (it alone ends "% alike): one voice"); n is a whole percentage.
   */
  addNamed(a: string, b: string, n: number, make: (a: string, b: string, n: number) => string): void {
    const ia = this.id(a), ib = this.id(b);
    if (ia >= 2 ** 21 || ib >= 2 ** 21 || !Number.isInteger(n) || n < 0 || n > 127) return this.add(make(a, b, n));
    const key = (ia * 2 ** 21 + ib) * 128 + n;
    if (this.named.has(key)) return;
    this.named.add(key);
    if (this.first.length < MAX_REASONS) this.first.push(make(a, b, n));
    this.count++;
  }
  /**
   * The reasons as shown: the headline's lines first (a reason equal to one is not told again),
   * then the others, capped. A headline line is never a copied sentence's reason (judge's
   * headlines end otherwise), so only the reasons added whole are checked against it.
   */
  shown(head: string[]): string[] {
    const top = [...new Set(head)];
    const total = top.length + this.count - top.filter((h) => this.texts.has(h)).length;
    const all = [...top, ...this.first.filter((r) => !top.includes(r))];
    if (total <= MAX_REASONS) return all;
    return [...all.slice(0, MAX_REASONS), `… and ${total - MAX_REASONS} more of the same kinds`];
  }
  private id(name: string): number {
    let i = this.ids.get(name);
    if (i === undefined) this.ids.set(name, (i = this.ids.size));
    return i;
  }
  private push(text: string): void {
    if (this.first.length < MAX_REASONS) this.first.push(text);
    this.count++;
  }
}

/** What every fact of a context needs, worked out once per context rather than per fact. */
interface Shared {
  /** The near-copy partners of each source (not a scan of all near-copy pairs per fact). */
  partners: Map<string, string[]>;
  name(id: string | null): string;
  label(source: string): string;
  year(source: string): string | null;
  /** When a source was published (for ordering; undated last). */
  when(source: string): string;
  /** An outlet and its year: "Enab Baladi (2022)". */
  who(c: Claim): string;
}
/**
 * The shared part of a context, made once: the naming helpers are not closures made per fact
 * (under tsx, which keeps function names, each named closure costs a `defineProperty`).
 */
const shared = new WeakMap<ScoreContext, Shared>();
function sharedOf(ctx: ScoreContext): Shared {
  let w = shared.get(ctx);
  if (w) return w;
  const { g, sources } = ctx;
  const partners = new Map<string, string[]>();
  for (const [a, b] of ctx.copiedArticles) {
    (partners.get(a) ?? partners.set(a, []).get(a)!).push(b);
    (partners.get(b) ?? partners.set(b, []).get(b)!).push(a);
  }
  const whoOf = new Map<string, string>();
  const label = (s: string) => sources.get(s)?.outlet ?? `unknown outlet (${s.slice(0, 3)})`;
  const year = (s: string) => sources.get(s)?.published?.start.slice(0, 4) ?? null;
  w = {
    partners,
    name: (id) => (id ? (g.entities.get(id)?.name_en ?? id) : "unknown"),
    label,
    year,
    when: (x) => sources.get(x)?.published?.start ?? "9999",
    who: (c) => whoOf.get(c.source) ?? whoOf.set(c.source, `${label(c.source)}${year(c.source) ? ` (${year(c.source)})` : ""}`).get(c.source)!,
  };
  shared.set(ctx, w);
  return w;
}

/**
 * Judge one fact: who says what, which outlets are independent, whether their values agree, and
 * the verdict, score and reasons a reader can follow.
 */
export function judge(gr: Group, ctx: ScoreContext): Omit<Cluster, "id"> {
  const { sources } = ctx;
  const { partners, name, label, year, when, who } = sharedOf(ctx);
  const bySource = new Map<string, Claim[]>();
  for (const c of gr.claims) {
    const list = bySource.get(c.source);
    if (list) list.push(c);
    else bySource.set(c.source, [c]);
  }
  const srcs = [...bySource.keys()].sort();
  // the reasons, each once, in the order found; the headline goes before them
  const reasons = new Reasons();
  const head: string[] = [];

  // independence: one upstream, one outlet, or copied text make one voice
  const voices = new Voices();
  const upstream = new Map<string, string>();
  for (const [s, cs] of bySource) {
    const named = cs.map((c) => c.attribution).filter((a): a is string => !!a && a.includes(":"));
    if (named.length === cs.length && new Set(named).size === 1) {
      const prev = upstream.get(named[0]);
      if (prev) voices.union(prev, s);
      else upstream.set(named[0], s);
    }
  }
  if (upstream.size) {
    const byRoot = new Map<string, string[]>();
    for (const x of srcs) {
      const r = voices.find(x);
      (byRoot.get(r) ?? byRoot.set(r, []).get(r)!).push(x);
    }
    for (const [up, s] of upstream) {
      const all = byRoot.get(voices.find(s))!;
      if (all.length > 1) reasons.add(`${all.map(label).join(" and ")} all cite ${name(up)}: one voice`);
    }
  }
  const outlets = new Map<string, string>();
  for (const s of srcs) {
    const o = sources.get(s)?.outlet;
    if (!o) continue;
    const prev = outlets.get(o);
    if (prev) voices.union(prev, s), reasons.add(`${label(s)} published two of these articles: one voice`);
    else outlets.set(o, s);
  }
  for (const a of srcs)
    for (const b of partners.get(a) ?? [])
      if (a < b && bySource.has(b)) {
        voices.union(a, b);
        reasons.add(`${label(a)} and ${label(b)} publish nearly the same article: one voice`);
      }
  // claims found in copied units, with the copy (an index into `copies`): a large fact meets
  // thousands, and a pair is made only for the few whose numbers a reason quotes
  const copied: Array<{ a: Claim; b: Claim; x: number; copies: Copies }> = [];
  // the claims a claim was found copied in, and where in `copied` (a few per claim: a list, not a map)
  const metD: Claim[] = [];
  const metAt: number[] = [];
  for (const c of gr.claims) {
    const of = ctx.copiesAt.get(c.source);
    if (!of) continue;
    metD.length = metAt.length = 0;
    const { copies: cp } = of;
    const { triples, article, starts, ends, names } = cp;
    const [from, to] = copiesAround(of, c);
    for (let i = to - 1; i >= from; i--) {
      const x = of.at[i];
      const ua = triples[3 * x], ub = triples[3 * x + 1];
      const mineIsA = names[article[ua]] === c.source;
      const mine = mineIsA ? ua : ub;
      const other = mineIsA ? ub : ua;
      const otherSource = names[article[other]];
      // (each copy is taken from the side of the earlier source id, so it is met once)
      if (c.source > otherSource || c.span[0] < starts[mine] || c.span[1] > ends[mine]) continue;
      const ds = bySource.get(otherSource);
      if (!ds) continue;
      let d: Claim | undefined;
      for (const y of ds)
        if (y.span[0] >= starts[other] && y.span[1] <= ends[other]) {
          d = y;
          break;
        }
      if (!d) continue;
      // two claims met through several copied units (a sentence, a clause of it): the closest copy tells it
      const k = metD.indexOf(d);
      const at = k < 0 ? undefined : metAt[k];
      if (at === undefined) {
        metD.push(d);
        metAt.push(copied.length);
        copied.push({ a: c, b: d, x, copies: cp });
        voices.union(c.source, d.source);
      } else if (closer(cp, x, copied[at].x)) copied[at].x = x;
    }
  }
  const voiceCount = new Set(srcs.map((s) => voices.find(s))).size;

  // agreement
  const contradictions: Array<[string, string]> = [];
  const differs = new Set<string>();
  for (const { a: x, b: y, x: copy, copies } of copied) {
    // tell it in the order of publication: who printed it first, who reprinted it
    const [a, b] = when(x.source) <= when(y.source) ? [x, y] : [y, x];
    const alike = Math.round(copies.similarity(copy) * 100);
    if (a.value && b.value && !sameValue(a.value, b.value)) {
      const pair = copies.pair(copy);
      const na = pair.a.source === a.source ? pair.numbersA : pair.numbersB;
      const nb = pair.a.source === a.source ? pair.numbersB : pair.numbersA;
      contradictions.push([a.source, b.source]);
      reasons.add(
        `reused sentence with a changed number: ${who(a)} printed this sentence with ${describeValue(a.value)}; ${who(b)} prints the same sentence (${alike}% alike) with ${describeValue(b.value)} (numbers ${na.join(", ")} → ${nb.join(", ")})`,
      );
    } else reasons.addNamed(who(a), who(b), alike, oneVoice);
  }
  // figures: each outlet's own latest (a later article of the outlet, else a later mention in its
  // article: "the toll rose to"), so that an outlet updating its figure is an update, not a contradiction
  const valued = gr.claims.filter((c) => c.value && c.value.unit !== "parts" && (c.value.low !== null || c.value.high !== null));
  const outletOf = (src: string) => sources.get(src)?.outlet ?? src;
  const latest = new Map<string, Claim>();
  const history = new Map<string, Claim[]>();
  for (const c of valued) {
    const o = outletOf(c.source);
    (history.get(o) ?? history.set(o, []).get(o)!).push(c);
    const cur = latest.get(o);
    if (!cur || when(c.source) > when(cur.source) || (c.source === cur.source && c.span[0] > cur.span[0])) latest.set(o, c);
  }
  for (const [o, cs] of history) {
    const distinct = cs.filter((c, i) => cs.findIndex((d) => sameValue(d.value!, c.value!)) === i);
    if (distinct.length > 1) reasons.add(`${label(latest.get(o)!.source)} updated its figure: ${distinct.map((c) => describeValue(c.value!)).join(" → ")} (the latest counts)`);
  }
  const figures = [...latest.values()];
  const contradicting = new Set(contradictions.map(([x, y]) => (x < y ? `${x}\0${y}` : `${y}\0${x}`)));
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i], b = figures[j];
      // (outlets relaying one upstream with different figures disagree too: the reasons say they share it)
      if (overlap(a.value!, b.value!)) continue;
      const pair = a.source < b.source ? `${a.source}\0${b.source}` : `${b.source}\0${a.source}`;
      if (contradicting.has(pair)) continue;
      contradicting.add(pair);
      contradictions.push([a.source, b.source]);
      const ya = year(a.source), yb = year(b.source);
      reasons.add(
        `${describeValue(a.value!)} (${label(a.source)}${ya ? `, ${ya}` : ""}) vs ${describeValue(b.value!)} (${label(b.source)}${yb ? `, ${yb}` : ""}): intervals do not overlap` +
          (ya && yb && ya !== yb ? `; published ${Math.abs(+ya - +yb)} year(s) apart, so the world may have changed` : ""),
      );
    }
  // the reference: the figure most independent voices give (their figures overlap it)
  const support = (c: Claim) => new Set(figures.filter((d) => overlap(c.value!, d.value!)).map((d) => voices.find(d.source))).size;
  const ranked = figures.map((c) => ({ c, n: support(c) })).sort((x, y) => y.n - x.n);
  const reference = ranked[0]?.c ?? null;
  const tie = ranked.length > 1 && ranked.some((r) => r.n === ranked[0].n && !overlap(r.c.value!, reference!.value!));
  if (tie && contradictions.length) reasons.add(`the outlets split evenly: no figure is given by more independent voices than another`);
  else if (reference && contradictions.length) reasons.add(`most independent voices give ${describeValue(reference.value!)}`);
  // control: the parts of a place each outlet says are held
  const partsBy = new Map<string, Set<string>>();
  for (const c of gr.claims)
    if (c.value?.parts) {
      const set = partsBy.get(c.source) ?? partsBy.set(c.source, new Set()).get(c.source)!;
      for (const p of c.value.parts) set.add(p);
    }
  const partSources = [...partsBy.keys()];
  for (let i = 0; i < partSources.length; i++)
    for (let j = i + 1; j < partSources.length; j++) {
      const a = partsBy.get(partSources[i])!, b = partsBy.get(partSources[j])!;
      const shared = [...a].filter((x) => b.has(x));
      if (shared.length === a.size && a.size === b.size) continue;
      const what = `${label(partSources[i])} says ${[...a].join(" and ")}, ${label(partSources[j])} says ${[...b].join(" and ")}`;
      if (shared.length) {
        differs.add(partSources[j]);
        reasons.add(`${what}: they share ${shared.join(", ")} (sets overlap in part)`);
      } else {
        contradictions.push([partSources[i], partSources[j]]);
        reasons.add(`${what}: no part in common`);
      }
    }
  // presence: the places each outlet names for the group (a roster). Naming other towns of the
  // same area does not deny a place: the reasons list them, the verdict counts the voices.
  if (gr.kind === "presence" && srcs.length > 1) {
    const placesBy = new Map(srcs.map((s) => [s, new Set(bySource.get(s)!.map((c) => c.place).filter((p): p is string => !!p))]));
    const counts = new Map<string, number>();
    for (const set of placesBy.values()) for (const p of set) counts.set(p, (counts.get(p) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n > 1).map(([p]) => name(p));
    reasons.add(
      `${srcs.map((s) => `${label(s)}: ${[...placesBy.get(s)!].map(name).join(", ") || "no town named"}`).join("; ")}` +
        (shared.length ? ` (named by more than one: ${shared.join(", ")})` : ` (different places of ${name(gr.anchor ?? gr.place)})`),
    );
  }

  let verdict: Verdict;
  if (contradictions.length) verdict = "contested";
  else if (srcs.length === 1) verdict = "single-source";
  else if (voiceCount === 1) verdict = "echoed";
  else if (differs.size) verdict = "partial";
  else verdict = "corroborated";

  const named = gr.claims.some((c) => c.attribution?.includes(":"));
  const score = scoreOf(verdict, voiceCount, named);
  if (verdict === "corroborated") {
    const values = valued.map((c) => `${describeValue(c.value!)} (${label(c.source)})`);
    head.unshift(`${voiceCount} independent outlets agree${values.length ? `: ${values.join(", ")}` : ""}`);
  } else if (verdict === "single-source") {
    const c = gr.claims[0];
    head.unshift(`only ${label(c.source)} reports it${c.attribution ? `, citing ${c.attribution.includes(":") ? name(c.attribution) : c.attribution}` : ""}`);
  } else if (verdict === "echoed" && !reasons.size) reasons.add(`${srcs.length} articles, one voice`);
  else if (verdict === "partial") head.unshift(`${voiceCount} independent outlets overlap in part`);

  // stances against the reference figure (a tie leaves every figure differing); a source with no figure confirms the fact
  const stances = stanceRecord();
  const partOnly = (v: Value, r: Value) => overlap(v, r) && !((v.low ?? -Infinity) >= (r.low ?? -Infinity) && (v.high ?? Infinity) <= (r.high ?? Infinity)) && !((r.low ?? -Infinity) >= (v.low ?? -Infinity) && (r.high ?? Infinity) <= (v.high ?? Infinity));
  const against = new Set(contradictions.flat());
  for (const s of srcs) {
    const mine = latest.get(outletOf(s));
    if (mine && reference && contradictions.length)
      stances[s] = tie ? "differs" : !overlap(mine.value!, reference.value!) ? "contradicts" : partOnly(mine.value!, reference.value!) ? "differs" : "confirms";
    else stances[s] = differs.has(s) ? "differs" : !mine && against.has(s) ? "contradicts" : "confirms";
  }
  // (a dispute of parts or of reused sentences, with no figures to rank: the later of each pair contradicts)
  if (verdict === "contested" && Object.values(stances).every((x) => x === "confirms")) for (const [, b] of contradictions) stances[b] = "contradicts";

  return factRow(gr, srcs, { verdict, score: Math.round(score * 100) / 100, reasons: reasons.shown(head), label: labelOf(gr, name) }, stances);
}

/** A judged fact as the output gives it (keys in this order), from its group and what was found of it. */
function factRow(gr: Group, sources: string[], found: Pick<Cluster, "verdict" | "score" | "reasons" | "label">, stances: Cluster["stances"]): Omit<Cluster, "id"> {
  return {
    kind: gr.kind,
    key: gr.key,
    claims: gr.claims.map((c) => c.id),
    sources,
    verdict: found.verdict,
    score: found.score,
    reasons: found.reasons,
    label: found.label,
    subject: gr.subject,
    object: gr.object,
    place: gr.anchor ?? gr.place,
    stances,
  };
}

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

/**
 * A fact's stances by source: a record without a prototype, so that any source name is a plain key
 * ("__proto__" too), and (in V8) a dictionary from the start — facts name different sources, and
 * plain objects given ever other keys cost a hidden class per key added.
 */
const stanceRecord = (): Cluster["stances"] => Object.create(null);

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

const sameValue = (a: Value, b: Value) => a.low === b.low && a.high === b.high;

/** At most this many reasons of a fact are spelt out; the rest are counted (see `Reasons`). */
export const MAX_REASONS = 12;

/** One line naming the fact. */
function labelOf(gr: Group, name: (id: string | null) => string): string {
  const c = gr.claims;
  // the earliest dated claim (the first of equals)
  let first: Claim | null = null;
  for (const x of c) if (x.date?.start && (!first || x.date.start < first.date!.start!)) first = x;
  const p = first?.date?.precision;
  const when = first ? `, ${first.date!.start!.slice(0, p === "year" ? 4 : p === "month" ? 7 : 10)}` : "";
  const unit = c.find((x) => x.value?.unit)?.value?.unit;
  const where = gr.anchor ?? gr.place;
  switch (gr.kind) {
    case "presence":
      return `${name(gr.subject)} present ${where ? `in ${name(where)}` : "(no place named)"}`;
    case "force_size":
      return `${name(gr.subject)}: number of ${unit ?? "members"}${gr.place ? ` in ${name(gr.place)}` : ""}`;
    case "attack":
      if (gr.key.includes("|pattern|")) return `Attacks by ${name(gr.subject)}${where ? ` in ${name(where)}` : ""} (repeated, no date)`;
      return `Attack${gr.subject ? ` by ${name(gr.subject)}` : ""}${gr.place ? ` at ${name(gr.place)}` : ""}${when}`;
    case "casualties":
      return `${unit === "wounded" ? "Wounded" : "Killed"}${gr.subject ? ` among ${name(gr.subject)}` : ""}${gr.place ? ` near ${name(gr.place)}` : ""}${when}`;
    case "control":
      return `${gr.subject ? name(gr.subject) : "Someone unnamed"} ${c[0].change === "lost" ? "loses" : "holds"} ${where ? name(where) : "a place not named"}${when}`;
    case "leadership":
      return `${name(gr.subject)} leads ${name(gr.object)}`;
  }
}
