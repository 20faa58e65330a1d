import type { Copies } from "../align/nearcopy.ts";
import { closer, copiesAround, type CopiesOf } from "./copies.ts";
import type { Group } from "../align/cluster.ts";
import type { Gazetteer } from "../gazetteer/types.ts";
import type { Claim, Cluster, SourceRow, Value, Verdict } from "../types.ts";
import { QUANTITY_DEFAULTS } from "../extract/quantity/defaults.ts";

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

const overlap = (a: Value, b: Value) => (a.low ?? -Infinity) <= upper(b) && (b.low ?? -Infinity) <= upper(a);
/**
 * The most a figure says: "several" or «عدة» wounded, an early word for a toll not yet counted, says
 * "some", not "ten at most": it contradicts no larger count (it still contradicts a smaller one).
 */
const upper = (v: Value) => (v.qualifier === "vague" && v.high !== null && v.high <= QUANTITY_DEFAULTS.vague.several[1] ? Infinity : (v.high ?? Infinity));

class Voices {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) ((p = this.find(p)), this.parent.set(x, p));
    return p;
  }
  union(a: string, b: string) {
    const ra = this.find(a),
      rb = this.find(b);
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
    const ia = this.id(a),
      ib = this.id(b);
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
  const sh = sharedOf(ctx);
  const bySource = new Map<string, Claim[]>();
  for (const c of gr.claims) {
    const list = bySource.get(c.source);
    if (list) list.push(c);
    else bySource.set(c.source, [c]);
  }
  // the reasons, each once, in the order found; the headline goes before them
  const j: Judging = { gr, ctx, sh, bySource, srcs: [...bySource.keys()].sort(), reasons: new Reasons(), voices: new Voices(), contradictions: [], differs: new Set() };
  const head: string[] = [];

  // independence: one upstream, one outlet, or copied text make one voice
  joinVoices(j);
  const copied = copiedClaims(j);
  const voiceCount = new Set(j.srcs.map((s) => j.voices.find(s))).size;

  // agreement: of reused sentences, figures, parts of a place, rosters
  reusedSentences(j, copied);
  const figures = compareFigures(j);
  compareParts(j);
  if (gr.kind === "presence" && j.srcs.length > 1) rosterReason(j);

  const verdict = verdictOf(j, voiceCount);
  const named = gr.claims.some((c) => c.attribution?.includes(":"));
  const score = scoreOf(verdict, voiceCount, named);
  headline(j, verdict, voiceCount, figures.valued, head);
  const stances = stancesOf(j, verdict, figures);
  return factRow(gr, j.srcs, { verdict, score: Math.round(score * 100) / 100, reasons: j.reasons.shown(head), label: labelOf(gr, sh.name) }, stances);
}

/** What judging one fact works on, stage after stage (see `judge`). */
interface Judging {
  gr: Group;
  ctx: ScoreContext;
  sh: Shared;
  /** The fact's claims by source, and its sources sorted. */
  bySource: Map<string, Claim[]>;
  srcs: string[];
  reasons: Reasons;
  /** Sources joined into one voice (one upstream, one outlet, copied text). */
  voices: Voices;
  /** Pairs of sources that contradict each other, in the order found. */
  contradictions: Array<[string, string]>;
  /** Sources whose parts of a place overlap another's only in part. */
  differs: Set<string>;
}

/** Independence, from what the sources are: one named upstream, one outlet, near-copied articles. */
function joinVoices(j: Judging): void {
  const { srcs, voices, reasons, bySource } = j;
  const { name, label, partners } = j.sh;
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
    const o = j.ctx.sources.get(s)?.outlet;
    if (!o) continue;
    const prev = outlets.get(o);
    if (prev) (voices.union(prev, s), reasons.add(`${label(s)} published two of these articles: one voice`));
    else outlets.set(o, s);
  }
  for (const a of srcs)
    for (const b of partners.get(a) ?? [])
      if (a < b && bySource.has(b)) {
        voices.union(a, b);
        reasons.add(`${label(a)} and ${label(b)} publish nearly the same article: one voice`);
      }
}

/** Two claims of the fact found in a copied unit and its copy (`x`, an index into `copies`). */
interface CopiedClaims {
  a: Claim;
  b: Claim;
  x: number;
  copies: Copies;
}

/**
 * Independence, from the text: the claims found in copied units, with the closest copy that
 * carries each pair (their sources become one voice). A large fact meets thousands of copies, and
 * a pair is made only for the few whose numbers a reason quotes.
 */
function copiedClaims(j: Judging): CopiedClaims[] {
  const copied: CopiedClaims[] = [];
  // the claims a claim was found copied in, and where in `copied` (a few per claim: a list, not a map)
  const metD: Claim[] = [];
  const metAt: number[] = [];
  for (const c of j.gr.claims) {
    const of = j.ctx.copiesAt.get(c.source);
    if (!of) continue;
    metD.length = metAt.length = 0;
    const { copies: cp } = of;
    const { triples, article, starts, ends, names } = cp;
    const [from, to] = copiesAround(of, c);
    for (let i = to - 1; i >= from; i--) {
      const x = of.at[i];
      const ua = triples[3 * x],
        ub = triples[3 * x + 1];
      const mineIsA = names[article[ua]] === c.source;
      const mine = mineIsA ? ua : ub;
      const other = mineIsA ? ub : ua;
      const otherSource = names[article[other]];
      // (each copy is taken from the side of the earlier source id, so it is met once)
      if (c.source > otherSource || c.span[0] < starts[mine] || c.span[1] > ends[mine]) continue;
      const ds = j.bySource.get(otherSource);
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
        j.voices.union(c.source, d.source);
      } else if (closer(cp, x, copied[at].x)) copied[at].x = x;
    }
  }
  return copied;
}

/** Agreement of reused sentences: a copy whose number changed contradicts; one that kept it is one voice. */
function reusedSentences(j: Judging, copied: CopiedClaims[]): void {
  const { when, who } = j.sh;
  for (const { a: x, b: y, x: copy, copies } of copied) {
    // tell it in the order of publication: who printed it first, who reprinted it
    const [a, b] = when(x.source) <= when(y.source) ? [x, y] : [y, x];
    const alike = Math.round(copies.similarity(copy) * 100);
    if (a.value && b.value && !sameValue(a.value, b.value)) {
      const pair = copies.pair(copy);
      const na = pair.a.source === a.source ? pair.numbersA : pair.numbersB;
      const nb = pair.a.source === a.source ? pair.numbersB : pair.numbersA;
      j.contradictions.push([a.source, b.source]);
      j.reasons.add(
        `reused sentence with a changed number: ${who(a)} printed this sentence with ${describeValue(a.value)}; ${who(b)} prints the same sentence (${alike}% alike) with ${describeValue(b.value)} (numbers ${na.join(", ")} → ${nb.join(", ")})`,
      );
    } else j.reasons.addNamed(who(a), who(b), alike, oneVoice);
  }
}

/** The fact's figures as `compareFigures` finds them. */
interface Figures {
  /** The claims with a figure. */
  valued: Claim[];
  /** Each outlet's latest figure, by outlet. */
  latest: Map<string, Claim>;
  /** The figure most independent voices give; whether another, not overlapping it, has as many. */
  reference: Claim | null;
  tie: boolean;
}

/**
 * Agreement of figures: each outlet's own latest (a later article of the outlet, else a later
 * mention in its article: "the toll rose to"), so that an outlet updating its figure is an update,
 * not a contradiction; figures whose intervals do not overlap contradict; the reference is the
 * figure most independent voices give (their figures overlap it).
 */
function compareFigures(j: Judging): Figures {
  const { label, year, when } = j.sh;
  const { reasons, contradictions, voices } = j;
  const valued = j.gr.claims.filter((c) => c.value && c.value.unit !== "parts" && (c.value.low !== null || c.value.high !== null));
  const latest = new Map<string, Claim>();
  const history = new Map<string, Claim[]>();
  for (const c of valued) {
    const o = outletOf(j, c.source);
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
    for (let k = i + 1; k < figures.length; k++) {
      const a = figures[i],
        b = figures[k];
      // (outlets relaying one upstream with different figures disagree too: the reasons say they share it)
      if (overlap(a.value!, b.value!)) continue;
      const pair = a.source < b.source ? `${a.source}\0${b.source}` : `${b.source}\0${a.source}`;
      if (contradicting.has(pair)) continue;
      contradicting.add(pair);
      contradictions.push([a.source, b.source]);
      const ya = year(a.source),
        yb = year(b.source);
      reasons.add(
        `${describeValue(a.value!)} (${label(a.source)}${ya ? `, ${ya}` : ""}) vs ${describeValue(b.value!)} (${label(b.source)}${yb ? `, ${yb}` : ""}): intervals do not overlap` +
          (ya && yb && ya !== yb ? `; published ${Math.abs(+ya - +yb)} year(s) apart, so the world may have changed` : ""),
      );
    }
  const support = (c: Claim) => new Set(figures.filter((d) => overlap(c.value!, d.value!)).map((d) => voices.find(d.source))).size;
  const ranked = figures.map((c) => ({ c, n: support(c) })).sort((x, y) => y.n - x.n);
  const reference = ranked[0]?.c ?? null;
  const tie = ranked.length > 1 && ranked.some((r) => r.n === ranked[0].n && !overlap(r.c.value!, reference!.value!));
  if (tie && contradictions.length) reasons.add(`the outlets split evenly: no figure is given by more independent voices than another`);
  else if (reference && contradictions.length) reasons.add(`most independent voices give ${describeValue(reference.value!)}`);
  return { valued, latest, reference, tie };
}

/** The outlet of a source (the source itself when its outlet is unknown). */
const outletOf = (j: Judging, source: string) => j.ctx.sources.get(source)?.outlet ?? source;

/** Agreement of control: the parts of a place each outlet says are held (sets that overlap in part differ; disjoint ones contradict). */
function compareParts(j: Judging): void {
  const { label } = j.sh;
  const partsBy = new Map<string, Set<string>>();
  for (const c of j.gr.claims)
    if (c.value?.parts) {
      const set = partsBy.get(c.source) ?? partsBy.set(c.source, new Set()).get(c.source)!;
      for (const p of c.value.parts) set.add(p);
    }
  const partSources = [...partsBy.keys()];
  for (let i = 0; i < partSources.length; i++)
    for (let k = i + 1; k < partSources.length; k++) {
      const a = partsBy.get(partSources[i])!,
        b = partsBy.get(partSources[k])!;
      const shared = [...a].filter((x) => b.has(x));
      if (shared.length === a.size && a.size === b.size) continue;
      const what = `${label(partSources[i])} says ${[...a].join(" and ")}, ${label(partSources[k])} says ${[...b].join(" and ")}`;
      if (shared.length) {
        j.differs.add(partSources[k]);
        j.reasons.add(`${what}: they share ${shared.join(", ")} (sets overlap in part)`);
      } else {
        j.contradictions.push([partSources[i], partSources[k]]);
        j.reasons.add(`${what}: no part in common`);
      }
    }
}

/**
 * Presence: the places each outlet names for the group (a roster). Naming other towns of the same
 * area does not deny a place: the reasons list them, the verdict counts the voices.
 */
function rosterReason(j: Judging): void {
  const { name, label } = j.sh;
  const { srcs, bySource, gr } = j;
  const placesBy = new Map(
    srcs.map((s) => [
      s,
      new Set(
        bySource
          .get(s)!
          .map((c) => c.place)
          .filter((p): p is string => !!p),
      ),
    ]),
  );
  const counts = new Map<string, number>();
  for (const set of placesBy.values()) for (const p of set) counts.set(p, (counts.get(p) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n > 1).map(([p]) => name(p));
  j.reasons.add(
    `${srcs.map((s) => `${label(s)}: ${[...placesBy.get(s)!].map(name).join(", ") || "no town named"}`).join("; ")}` +
      (shared.length ? ` (named by more than one: ${shared.join(", ")})` : ` (different places of ${name(gr.anchor ?? gr.place)})`),
  );
}

/** The verdict from what was found: contradictions, sources, voices, parts that differ. */
function verdictOf(j: Judging, voiceCount: number): Verdict {
  if (j.contradictions.length) return "contested";
  if (j.srcs.length === 1) return "single-source";
  if (voiceCount === 1) return "echoed";
  if (j.differs.size) return "partial";
  return "corroborated";
}

/** The headline of a verdict, put before the reasons (`head`), or the one reason an echo with none gets. */
function headline(j: Judging, verdict: Verdict, voiceCount: number, valued: Claim[], head: string[]): void {
  const { label, name } = j.sh;
  if (verdict === "corroborated") {
    const values = valued.map((c) => `${describeValue(c.value!)} (${label(c.source)})`);
    head.unshift(`${voiceCount} independent outlets agree${values.length ? `: ${values.join(", ")}` : ""}`);
  } else if (verdict === "single-source") {
    const c = j.gr.claims[0];
    head.unshift(`only ${label(c.source)} reports it${c.attribution ? `, citing ${c.attribution.includes(":") ? name(c.attribution) : c.attribution}` : ""}`);
  } else if (verdict === "echoed" && !j.reasons.size) j.reasons.add(`${j.srcs.length} articles, one voice`);
  else if (verdict === "partial") head.unshift(`${voiceCount} independent outlets overlap in part`);
}

/** Does v overlap r only in part (neither holds the other)? */
const partOnly = (v: Value, r: Value) =>
  overlap(v, r) && !((v.low ?? -Infinity) >= (r.low ?? -Infinity) && (v.high ?? Infinity) <= (r.high ?? Infinity)) && !((r.low ?? -Infinity) >= (v.low ?? -Infinity) && (r.high ?? Infinity) <= (v.high ?? Infinity));

/** Each source's stance against the reference figure (a tie leaves every figure differing); a source with no figure confirms the fact. */
function stancesOf(j: Judging, verdict: Verdict, { latest, reference, tie }: Figures): Cluster["stances"] {
  const { contradictions, differs } = j;
  const stances = stanceRecord();
  const against = new Set(contradictions.flat());
  for (const s of j.srcs) {
    const mine = latest.get(outletOf(j, s));
    if (mine && reference && contradictions.length) stances[s] = tie ? "differs" : !overlap(mine.value!, reference.value!) ? "contradicts" : partOnly(mine.value!, reference.value!) ? "differs" : "confirms";
    else stances[s] = differs.has(s) ? "differs" : !mine && against.has(s) ? "contradicts" : "confirms";
  }
  // (a dispute of parts or of reused sentences, with no figures to rank: the later of each pair contradicts)
  if (verdict === "contested" && Object.values(stances).every((x) => x === "confirms")) for (const [, b] of contradictions) stances[b] = "contradicts";
  return stances;
}

/** A judged fact as the output gives it (keys in this order), from its group and what was found of it. */
export function factRow(gr: Group, sources: string[], found: Pick<Cluster, "verdict" | "score" | "reasons" | "label">, stances: Cluster["stances"]): Omit<Cluster, "id"> {
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

/**
 * A fact's stances by source: a record without a prototype, so that any source name is a plain key
 * ("__proto__" too), and (in V8) a dictionary from the start — facts name different sources, and
 * plain objects given ever other keys cost a hidden class per key added.
 */
export const stanceRecord = (): Cluster["stances"] => Object.create(null);

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
