import type { Problem, Source } from "./corpus/types.ts";
import { readInputs, type Inputs } from "./inputs.ts";
import type { Analysis, Claim, Cluster, EntityRow, Issue, SourceRow } from "./types.ts";
import { ancestors } from "./gazetteer/load.ts";
import type { Gazetteer } from "./gazetteer/types.ts";
import { compileMatcher } from "./gazetteer/match.ts";
import { analyzeArticle, stageTimes, type ArticleResult } from "./extract/article.ts";
import { KeptRuns, PackCache, articleKey, sharedAnalyses, type KeptRun } from "./cache.ts";
import { libraryVersion } from "./disk.ts";
import { createHash, hash } from "node:crypto";
import { align, type Group } from "./align/cluster.ts";
import { implicitContext } from "./align/implicit.ts";
import { NEARCOPY_DEFAULTS, findCopiesKept } from "./align/nearcopy.ts";
import { copiedArticles, outermostCopies } from "./align/copied.ts";
import { MAX_REASONS, SCORE_DEFAULTS, judge, withVerdict, type ScoreContext } from "./score/verdict.ts";
import { indexCopies } from "./score/copies.ts";
import { KeptVerdicts, VerdictTableWriter, keepVerdict, keptVerdict, type VerdictTable } from "./score/kept.ts";
import type { Review, loadReviews } from "./review/reviews.ts";
import { didYouMean } from "./review/apply.ts";
import { packResult, unpackResult, type PackedResult } from "./extract/packed.ts";
import { applyClaimReviews, applyClusterReviews } from "./review/apply.ts";
import { extractOnThreads, threadsFor } from "./incremental/threads.ts";

/** Options of one analysis run. */
export interface AnalyzeOptions {
  /** The corpus folder (`sources/`, optional `gazetteer/` and `reviews.yaml`). */
  corpus: string;
  /** Use and fill the per-article cache (default true). */
  cache?: boolean;
  /** Keep the whole result for other processes that ask for the same analysis (the site's loaders). */
  share?: boolean;
  /** Called after each article, for progress reports. */
  progress?: (done: number, total: number) => void;
}

/** What a run measured: per-stage times (ms) and cache use. */
export interface RunStats {
  times: Record<string, number>;
  extracted: number;
  cached: number;
  /** Whether the copies were the last run's, extended (else compared in full); facts judged afresh (the others kept their verdicts). */
  extended?: boolean;
  judged?: number;
}

const sourceRow = (s: Source): SourceRow => ({
  id: s.id,
  outlet: s.outlet,
  url: s.url,
  published: s.published,
  language: s.language,
  title: s.title,
  path: s.path,
  chars: s.chars,
  notes: s.notes,
});

/**
 * The pipeline, in order: read corpus → (per article, cached by content: normalise → segment →
 * find mentions → extract claims → resolve dates) → apply claim reviews → find copied text →
 * align → apply cluster reviews → score. A corpus with problems is refused with the list.
 */
export async function analyze(options: AnalyzeOptions, stats?: RunStats, given?: Inputs): Promise<Analysis> {
  const times: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = (times[name] ?? 0) + now - t;
    t = now;
  };
  // the cache's big files are read on libuv's threads while this thread stats the corpus (not
  // when the whole analysis is shared: the site's loaders after the first need none of them)
  const ahead = options.cache !== false && !options.share;
  const packBytes = ahead ? PackCache.prefetch(options.corpus) : Promise.resolve(undefined);
  const keptBytes = ahead ? KeptRuns.prefetch(options.corpus) : Promise.resolve(undefined);
  const { sources, problems, g, reviews, reviewsHash, key: wholeKey } = given ?? readInputs(options);
  lap("read");
  // the same corpus, gazetteer, reviews and library give the same analysis: the site's several
  // data loaders, and a rebuild with nothing new, reuse it
  const whole = options.cache === false || !options.share ? null : sharedAnalyses();
  const done = whole?.get(wholeKey);
  if (done) {
    if (stats) Object.assign(stats, { times, extracted: 0, cached: sources.length });
    return done;
  }

  const cache = options.cache === false ? null : new PackCache<ArticleResult, PackedResult>(options.corpus, { codec: { encode: packResult, decode: unpackResult }, bytes: await packBytes });
  const { results, keys } = await extractArticles(sources, g, cache, options.progress);
  Object.assign(times, Object.fromEntries(Object.entries(stageTimes).map(([k, v]) => [k, v])));
  lap("extract (total)");

  const { claims, active, issues } = claimsOf(results, problems, sources, reviews);

  // what the last run kept: its copies, extended when articles were only added, and its verdicts
  const keptRuns = cache
    ? new KeptRuns<VerdictTable>(
        options.corpus,
        createHash("sha256")
          .update(`${libraryVersion()}\n${g.hash}\n${reviewsHash}\n${JSON.stringify([NEARCOPY_DEFAULTS, SCORE_DEFAULTS, MAX_REASONS])}`)
          .digest("hex"),
      )
    : null;
  const kept = keptRuns?.read(await keptBytes) ?? null;
  const copied = findCopied(results, keys, kept);
  lap("near-copies");

  const published = new Map(sources.map((s) => [s.id, s.published]));
  const { implicit, implicitPlace } = implicitContext(active, g, published, new Map(results.map((r) => [r.source, r.lead])));
  const { groups } = align(active, g, { implicit, implicitPlace });
  lap("align");

  const named = nameGroups(groups);
  const { merged, staleClusters, splitFrom } = applyClusterReviews(named, reviews);
  issues.push(...staleClusters);
  const sourceRows = sources.map(sourceRow);
  const ctx = { g, sources: new Map(sourceRows.map((s) => [s.id, s])), copiesAt: copied.copiesAt, copiedArticles: copied.pairs };
  // a fact whose claims are the same, and whose sources' copies of one another are the same,
  // keeps its verdict (a new article's copies change only facts with its claims: new facts)
  const reuse = kept && copied.changed ? KeptVerdicts.read(kept.verdicts) : null;
  const { clusters, verdicts, judged } = judgeFacts(merged, ctx, reuse, copied.changed);
  applyVerdictReviews(clusters, reviews, issues, splitFrom);
  lap("score");

  issues.push(...copyIssues(copied));
  const analysis: Analysis = { sources: sourceRows, claims, clusters, entities: entityRows(claims, g), issues };
  whole?.set(wholeKey, analysis);
  if (keptRuns && (copied.state !== kept?.copies || judged)) keptRuns.write({ copies: copied.state, verdicts: verdicts.table() });
  await Promise.all([cache?.flush(), whole?.flush()]);
  lap("write");
  if (stats) {
    stats.times = times;
    stats.extracted = cache ? cache.misses : sources.length;
    stats.cached = cache ? cache.hits : 0;
    stats.extended = copied.changed !== null;
    stats.judged = judged;
  }
  return analysis;
}

/**
 * Each article's own results, from the cache by content or extracted now (and cached); with their
 * cache keys. The articles to extract are extracted on worker threads when they are many (see
 * incremental/threads.ts; the same results as on this thread).
 */
async function extractArticles(sources: Source[], g: Gazetteer, cache: PackCache<ArticleResult, PackedResult> | null, progress: AnalyzeOptions["progress"]): Promise<{ results: ArticleResult[]; keys: string[] }> {
  for (const k of Object.keys(stageTimes)) stageTimes[k] = 0;
  const results: ArticleResult[] = new Array(sources.length);
  const keys = sources.map((s) => articleKey(s.id, s.hash, g.hash));
  const missing: number[] = [];
  let done = 0;
  sources.forEach((s, i) => {
    const r = cache?.get(keys[i]) ?? null;
    if (r) ((results[i] = r), progress?.(++done, sources.length));
    else missing.push(i);
  });
  const threads = threadsFor(missing.length);
  if (threads > 1) {
    const times = await extractOnThreads(
      missing.map((i) => sources[i]),
      g,
      threads,
      (j, packed) => {
        const i = missing[j];
        results[i] = unpackResult(packed);
        cache?.setStored(keys[i], packed);
        progress?.(++done, sources.length);
      },
    );
    for (const [stage, ms] of Object.entries(times)) stageTimes[stage] = (stageTimes[stage] ?? 0) + ms;
    return { results, keys };
  }
  const matcher = missing.length ? compileMatcher(g) : null;
  for (const i of missing) {
    const r = analyzeArticle(sources[i], matcher!);
    cache?.set(keys[i], r);
    results[i] = r;
    progress?.(++done, sources.length);
  }
  return { results, keys };
}

/** The articles' claims with the analysts' reviews applied (`active`: those not rejected), and the issues so far. */
function claimsOf(results: ArticleResult[], problems: Problem[], sources: Source[], reviews: Review[]) {
  const rawClaims: Claim[] = [];
  const issues: Issue[] = [];
  for (const r of results) {
    for (const c of r.claims) rawClaims.push(c);
    for (const i of r.issues) issues.push(i);
  }
  for (const p of problems) if (p.duplicateOf) issues.push({ type: "duplicate_article", source: sources.find((s) => s.path === p.path)?.id ?? null, span: null, message: `${p.path}: ${p.message}` });
  const { claims, active, stale } = applyClaimReviews(rawClaims, reviews);
  issues.push(...stale);
  return { claims, active, issues };
}

/**
 * The copies between the articles' units (extended from the last run's when articles were only
 * added), indexed by source, the outermost of them, and the articles that are near-copies.
 */
function findCopied(results: ArticleResult[], keys: string[], kept: KeptRun<VerdictTable> | null) {
  const units = results.map((r) => ({ source: r.source, units: r.units }));
  const layout = results.map((r, i): [string, number] => [keys[i], r.units.signed.length]);
  const { copies, state, changed } = findCopiesKept(units, layout, kept?.copies ?? null);
  const unique = outermostCopies(copies);
  return { copies, state, changed, copiesAt: indexCopies(copies), unique, pairs: copiedArticles(copies, unique) };
}

/** Judge each fact, or take back the verdict the last run kept for it when nothing it was judged from changed. */
function judgeFacts(merged: Array<{ id: string; group: Group }>, ctx: ScoreContext, reuse: KeptVerdicts | null, changed: Map<string, Set<string>> | null): { clusters: Cluster[]; verdicts: VerdictTableWriter; judged: number } {
  const verdicts = new VerdictTableWriter();
  let judged = 0;
  const clusters: Cluster[] = merged.map(({ id, group }) => {
    const key = factKey(group);
    const k = reuse?.get(key);
    let j = k && !copiesChanged(group, changed!) ? keptVerdict(group, k) : null;
    if (!j) ((j = judge(group, ctx)), judged++);
    verdicts.add(key, keepVerdict(j));
    // (reasons get the analysts' decisions below: the kept verdict is the machine's)
    return { id, ...j, reasons: [...j.reasons] };
  });
  return { clusters, verdicts, judged };
}

/** What the copies tell an analyst: sentences reused with other numbers, and articles that are near-copies. */
function copyIssues({ copies, unique, pairs }: ReturnType<typeof findCopied>): Issue[] {
  const issues: Issue[] = [];
  for (const x of unique) {
    const i = copies.triples[3 * x],
      j = copies.triples[3 * x + 1];
    // (most copies give the very same numbers: told without making lists of them)
    if (copies.sameNumbersAt(i, j)) continue;
    const numbersA = copies.numbers(i),
      numbersB = copies.numbers(j);
    if (sameNumbers(numbersA, numbersB)) continue;
    issues.push({
      type: "reused_sentence_changed_numbers",
      source: copies.source(j),
      span: [copies.starts[j], copies.ends[j]],
      message: `this sentence repeats one of ${copies.source(i)} (${Math.round(copies.similarity(x) * 100)}% alike) with different numbers: ${numbersA.join(", ")} there, ${numbersB.join(", ")} here`,
    });
  }
  for (const [a, b] of pairs) issues.push({ type: "near_copy", source: b, span: null, message: `${b} is nearly a copy of ${a}: most of its sentences appear there too` });
  return issues;
}

/** The gazetteer entries the claims refer to, with their ancestors, by id. */
function entityRows(claims: Claim[], g: Gazetteer): EntityRow[] {
  const used = new Set<string>();
  for (const c of claims) {
    if (c.subject && g.entities.has(c.subject)) used.add(c.subject);
    if (c.object && g.entities.has(c.object)) used.add(c.object);
    if (c.place && g.entities.has(c.place)) used.add(c.place);
    if (c.attribution && g.entities.has(c.attribution)) used.add(c.attribution);
  }
  for (const id of [...used]) for (const a of ancestors(g, id)) used.add(a);
  return [...used].sort().map((id) => {
    const e = g.entities.get(id)!;
    return { id, type: e.type, name_en: e.name_en, name_ar: e.name_ar, aliases: e.aliases, parent: e.parent, lat: e.lat, lon: e.lon };
  });
}

/** What a fact's verdict is judged from, besides its sources' copies: its kind, key, entities and claims. */
function factKey(gr: Group): string {
  const ids = new Array<string>(gr.claims.length + 1);
  ids[0] = `${gr.kind}\0${gr.key}\0${gr.subject}\0${gr.object}\0${gr.place}\0${gr.anchor}`;
  for (let i = 0; i < gr.claims.length; i++) ids[i + 1] = gr.claims[i].id;
  return hash("sha1", ids.join("\0"), "base64");
}

/** Did the copies between two of the fact's sources change since the last run? (Only those between its own sources count in its verdict.) */
function copiesChanged(gr: Group, changed: Map<string, Set<string>>): boolean {
  if (!changed.size) return false;
  // (most facts have no source whose copies changed)
  if (!gr.claims.some((c) => changed.has(c.source))) return false;
  const sources = new Set(gr.claims.map((c) => c.source));
  for (const s of sources) for (const other of changed.get(s) ?? []) if (sources.has(other)) return true;
  return false;
}

/** Do a copied sentence's numbers read the same in both articles? ("1 500" and "1,500" do.) */
function sameNumbers(a: string[], b: string[]): boolean {
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i === a.length) return true;
  }
  // (joined, they can read the same only if they are as long)
  let la = a.length,
    lb = b.length;
  for (const x of a) la += x.length;
  for (const x of b) lb += x.length;
  return la === lb && a.join() === b.join();
}

/** Stable, readable cluster ids from the blocking key (and the date for events). */
function nameGroups(groups: Group[]): Array<{ id: string; group: Group }> {
  const seen = new Map<string, number>();
  return groups.map((group) => {
    let date: string | undefined;
    for (const c of group.claims) {
      const d = c.date?.start;
      if (d && (date === undefined || d < date)) date = d;
    }
    const base = (group.key + (date && (group.kind === "attack" || group.kind === "casualties") ? `|${date}` : ""))
      .replace(/(militia|force|place|person|org|country|side):/g, "")
      .replace(/[^a-z0-9]+/gi, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, group };
  });
}

/** Analysts' verdicts replace the machine's, with the machine's kept in the reasons. */
function applyVerdictReviews(clusters: Cluster[], reviews: ReturnType<typeof loadReviews>["reviews"], issues: Issue[], splitFrom: Map<string, string>) {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  for (const r of reviews) {
    if (!("verdict" in r)) continue;
    const c = byId.get(r.verdict) ?? byId.get(splitFrom.get(r.verdict) ?? "");
    if (!c) {
      issues.push({ type: "stale_review", source: null, span: null, message: `${r.at}: verdict review for cluster ${r.verdict}, which no longer exists: update or remove it${didYouMean(r.verdict, byId.keys())}` });
      continue;
    }
    c.reasons.unshift(`analyst decision${r.by ? ` by ${r.by}` : ""}: ${r.set}${r.note ? ` — ${r.note}` : ""} (the kit said ${c.verdict})`);
    c.review = { verdict: r.set, note: r.note ?? null, by: r.by ?? null };
    // (the score and stances follow the analyst's verdict: the overview, exports and changelog read them)
    withVerdict(c, r.set);
  }
}

export type { Claim };
