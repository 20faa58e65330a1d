/**
 * Who confirms a fact, who contradicts it, and who is silent: an outlet is silent on a fact when
 * one of its articles covers the fact's place and period (a claim placed in the fact's area —
 * its province, or the place itself when coarser — dated within the fact's window, or published
 * in it) and none of its articles says anything of the fact. Found through an index of claims by
 * area and month built once per page, so a fact costs the claims of its area and months, not the
 * corpus.
 */
import { areaOf, placeChain } from "./areas.js";
import { byId, outletKey, outletName } from "./text.js";

/**
 * How far around its articles' publication an undated fact reaches; how many days after a fact an
 * article published counts (news comes out after the event); the longest window judged; the
 * longest date indexed.
 */
export const SILENCE_DEFAULTS = { undatedPadDays: 31, reportDays: 3, maxWindowDays: 400, maxIndexDays: 400 };

const DAY = 864e5;
const STANCE_RANK = { contradicts: 3, differs: 2, confirms: 1 };

/** A date or a publication date (`{start, end}`, ISO days) as `[start, end)` in ms, or null. */
export function dayInterval(d) {
  if (!d || (d.start == null && d.end == null)) return null;
  const a = Date.parse(d.start ?? d.end),
    b = Date.parse(d.end ?? d.start) + DAY;
  return Number.isFinite(a) && Number.isFinite(b) && a < b ? [a, b] : null;
}

const overlaps = (x, y) => x != null && y != null && x[0] < y[1] && y[0] < x[1];
/** Is a date within a window, give or take `slack` days before it (a vaguer date, "2017", says nothing of a day)? */
const inside = (x, [a, b], slack) => x != null && x[0] >= a - slack * DAY && x[1] <= b;

/** The months (`YYYY-MM`) an interval touches. */
export function monthsOf([a, b]) {
  const out = [];
  const d = new Date(a);
  let y = d.getUTCFullYear(),
    m = d.getUTCMonth();
  for (;;) {
    const t = Date.UTC(y, m, 1);
    if (t >= b) break;
    out.push(`${y}-${String(m + 1).padStart(2, "0")}`);
    if (++m === 12) ((m = 0), y++);
  }
  return out;
}

/**
 * The index of where and when articles speak: per place (a claim's place and each place that holds
 * it) and month, the claims placed there and dated then, by their own date or their article's
 * publication (dates longer than `maxIndexDays`, "since 2011", say nothing of a period).
 * @example const coverage = coverageIndex(claims, {sources, clusters, entities})
 */
export function coverageIndex(claims, { sources = [], clusters = [], entities = new Map(), maxIndexDays = SILENCE_DEFAULTS.maxIndexDays } = {}) {
  const published = new Map(sources.map((s) => [s.id, dayInterval(s.published)]));
  const factOf = new Map();
  for (const f of clusters ?? []) for (const id of f.claims) factOf.set(id, f);
  const buckets = new Map();
  const short = (w) => w && w[1] - w[0] <= maxIndexDays * DAY;
  for (const c of claims instanceof Map ? claims.values() : (claims ?? [])) {
    if (c.place == null) continue;
    const months = new Set();
    for (const w of [dayInterval(c.date), published.get(c.source)]) if (short(w)) for (const m of monthsOf(w)) months.add(m);
    if (!months.size) continue;
    for (const p of placeChain(c.place, entities))
      for (const m of months) {
        const k = `${p}|${m}`;
        (buckets.get(k) ?? buckets.set(k, []).get(k)).push(c);
      }
  }
  return { buckets, published, factOf, sources: byId(sources), entities };
}

/**
 * A fact's window: from its claims' dates, else its articles' publication widened by
 * `undatedPadDays` on each side; `[start, end)` in ms with where it comes from, or null.
 */
export function factWindow(cluster, { claims, published, undatedPadDays = SILENCE_DEFAULTS.undatedPadDays }) {
  const dated = cluster.claims.map((id) => dayInterval(claims.get(id)?.date)).filter(Boolean);
  if (dated.length) return { start: Math.min(...dated.map((w) => w[0])), end: Math.max(...dated.map((w) => w[1])), from: "claims" };
  const pub = cluster.sources.map((id) => published.get(id)).filter(Boolean);
  if (!pub.length) return null;
  return { start: Math.min(...pub.map((w) => w[0])) - undatedPadDays * DAY, end: Math.max(...pub.map((w) => w[1])) + undatedPadDays * DAY, from: "published" };
}

/** The areas of a fact: of its place, else of its claims' places. */
export function factAreas(cluster, { claims, entities }) {
  const places = cluster.place != null ? [cluster.place] : cluster.claims.map((id) => claims.get(id)?.place).filter((p) => p != null);
  return [...new Set(places.map((p) => areaOf(p, entities)))];
}

/**
 * The outlets that say something of a fact, by their strongest stance (contradicts, then differs,
 * then confirms), each with its articles in the fact.
 * @example factStances(cluster, sources) // {confirms: [{key, name, sources}], contradicts: [], differs: []}
 */
export function factStances(cluster, sources = []) {
  const index = sources instanceof Map ? sources : byId(sources);
  const outlets = new Map();
  for (const id of cluster.sources) {
    const source = index.get(id) ?? { id, outlet: null };
    const key = outletKey(source);
    const stance = cluster.stances?.[id] ?? "confirms";
    const o = outlets.get(key) ?? { key, name: outletName(source), stance, sources: [] };
    o.sources.push(id);
    if ((STANCE_RANK[stance] ?? 0) > (STANCE_RANK[o.stance] ?? 0)) o.stance = stance;
    outlets.set(key, o);
  }
  const by = { confirms: [], contradicts: [], differs: [] };
  for (const o of [...outlets.values()].sort((a, b) => a.name.localeCompare(b.name))) (by[o.stance] ?? by.confirms).push(o);
  return by;
}

/**
 * The outlets silent on a fact, each with the articles that make it count (and per article the
 * first claim that places it there and then, with why: its date lies within the window (give or
 * take `reportDays`), or its article came out in it or up to `reportDays` after); or `judged: false` with the reason when the
 * fact has no place or no period to judge.
 * @example silentOutlets(cluster, coverage, {claims: claimIndex})
 */
export function silentOutlets(cluster, coverage, { claims, maxWindowDays = SILENCE_DEFAULTS.maxWindowDays, undatedPadDays = SILENCE_DEFAULTS.undatedPadDays, reportDays = SILENCE_DEFAULTS.reportDays } = {}) {
  const { buckets, published, factOf, sources, entities } = coverage;
  const areas = factAreas(cluster, { claims, entities });
  if (!areas.length) return { judged: false, why: "the fact has no place", areas, window: null, outlets: [] };
  const window = factWindow(cluster, { claims, published, undatedPadDays });
  if (!window) return { judged: false, why: "neither the fact nor its articles are dated", areas, window, outlets: [] };
  if (window.end - window.start > maxWindowDays * DAY) return { judged: false, why: "the fact spans more than a year", areas, window, outlets: [] };
  const reported = [window.start, window.end + reportDays * DAY];
  const speaking = new Set(cluster.sources.map((id) => outletKey(sources.get(id) ?? { id })));
  const seen = new Set();
  const outlets = new Map();
  for (const area of areas)
    for (const m of monthsOf(reported))
      for (const c of buckets.get(`${area}|${m}`) ?? []) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        const source = sources.get(c.source) ?? { id: c.source, outlet: null };
        const key = outletKey(source);
        if (speaking.has(key)) continue;
        const why = inside(dayInterval(c.date), reported, reportDays) ? "dated" : overlaps(published.get(c.source), reported) ? "published" : null;
        if (!why) continue;
        const o = outlets.get(key) ?? { key, name: outletName(source), articles: new Map() };
        if (!o.articles.has(source.id)) o.articles.set(source.id, { source, claim: c, why, fact: factOf.get(c.id) ?? null });
        outlets.set(key, o);
      }
  return {
    judged: true,
    areas,
    window,
    outlets: [...outlets.values()].map((o) => ({ ...o, articles: [...o.articles.values()] })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
