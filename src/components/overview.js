/** The overview: counts, and the facts × outlets matrix. */
import * as Plot from "@observablehq/plot";
import { html } from "htl";
import { STANCE_STYLES, VERDICTS, verdictBadge, verdictColor } from "./verdicts.js";
import { articleHref, byId, emptyNote, isolate, outletKey, outletName } from "./text.js";

/**
 * Facts by verdict as horizontal bars, each labelled with its verdict and count.
 * @example verdictBars(clusters, {width})
 */
export function verdictBars(clusters, { width, height = 160, ...options } = {}) {
  if (!clusters?.length) return emptyNote("No facts yet: the pipeline has not aligned any claims.");
  const counts = VERDICTS.map((verdict) => ({ verdict, count: clusters.filter((c) => effectiveVerdict(c) === verdict).length }));
  return Plot.plot({
    width,
    height,
    marginLeft: 110,
    marginRight: 40,
    x: { label: "facts", grid: true },
    y: { domain: VERDICTS, label: null },
    color: verdictColor,
    marks: [Plot.barX(counts, { x: "count", y: "verdict", fill: "verdict" }), Plot.text(counts, { x: "count", y: "verdict", text: (d) => String(d.count), dx: 4, textAnchor: "start" }), Plot.ruleX([0])],
    ...options,
  });
}

/** A cluster's verdict after any analyst review. */
export const effectiveVerdict = (cluster) => cluster.review?.verdict ?? cluster.verdict;

const STANCE_RANK = { contradicts: 3, differs: 2, confirms: 1 };
const VERDICT_RANK = Object.fromEntries(VERDICTS.map((v, i) => [v, i]));

/** Orders of the matrix rows. */
export const MATRIX_ORDERS = {
  verdict: (a, b) => VERDICT_RANK[effectiveVerdict(a)] - VERDICT_RANK[effectiveVerdict(b)] || b.sources.length - a.sources.length,
  kind: (a, b) => a.kind.localeCompare(b.kind) || VERDICT_RANK[effectiveVerdict(a)] - VERDICT_RANK[effectiveVerdict(b)],
  outlets: (a, b) => b.sources.length - a.sources.length || VERDICT_RANK[effectiveVerdict(a)] - VERDICT_RANK[effectiveVerdict(b)],
};

/** The outlets (columns) of the matrix: sources grouped by outlet, most active first. */
export function matrixOutlets(clusters, sources) {
  const index = byId(sources);
  const columns = new Map();
  for (const s of sources ?? []) {
    const key = outletKey(s);
    if (!columns.has(key)) columns.set(key, { key, name: outletName(s), sources: [], facts: 0 });
    columns.get(key).sources.push(s.id);
  }
  for (const c of clusters ?? []) {
    const keys = new Set(c.sources.map((id) => outletKey(index.get(id) ?? { id })));
    for (const k of keys) if (columns.has(k)) columns.get(k).facts++;
  }
  return [...columns.values()].sort((a, b) => b.facts - a.facts || a.name.localeCompare(b.name));
}

/** How an outlet stands on a fact: the strongest stance of its articles, or "silent". */
export function outletStance(cluster, outlet) {
  return outletStanceSource(cluster, outlet).stance;
}

/** An outlet's stance on a fact and the article that takes it (null when silent). */
export function outletStanceSource(cluster, outlet) {
  let best = { stance: "silent", source: null };
  for (const id of outlet.sources) {
    const s = cluster.stances?.[id] ?? (cluster.sources.includes(id) ? "confirms" : null);
    if (s && (STANCE_RANK[s] ?? 0) > (STANCE_RANK[best.stance] ?? 0)) best = { stance: s, source: id };
  }
  return best;
}

/**
 * The facts × outlets matrix: one row per fact (linking to its view on the Facts page), one column
 * per outlet, each cell the outlet's stance. Shows the first `limit` rows in `sort` order.
 * @example factsMatrix(clusters, {sources, sort: "verdict"})
 */
export function factsMatrix(clusters, { sources = [], sort = "verdict", limit = 150, maxOutlets = 40, factsPath = "./facts" } = {}) {
  if (!clusters?.length) return emptyNote("No facts yet: when claims have been aligned, each fact appears here with each outlet's stance.");
  const rows = [...clusters].sort(MATRIX_ORDERS[sort] ?? MATRIX_ORDERS.verdict).slice(0, limit);
  const active = matrixOutlets(rows, sources).filter((o) => o.facts > 0);
  const outlets = active.slice(0, maxOutlets);
  return html`<div class="scroll">
      <table class="matrix facts-matrix">
        <thead>
          <tr>
            <th>fact</th>
            <th class="kind">kind</th>
            <th>verdict</th>
            ${outlets.map((o) => html`<th class="outlet" title=${isolate(o.name)}><bdi dir="auto">${o.name}</bdi></th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (c) =>
              html`<tr data-fact=${c.id}>
                <td><a href=${`${factsPath}#${encodeURIComponent(c.id)}`}>${c.label || c.key}</a></td>
                <td class="muted kind">${c.kind}</td>
                <td>${verdictBadge(effectiveVerdict(c))}</td>
                ${outlets.map((o) => {
                  const { stance, source } = outletStanceSource(c, o);
                  const s = STANCE_STYLES[stance];
                  // a stance links to the article that takes it
                  return html`<td class=${`stance stance-${stance}`} title=${`${isolate(o.name)}: ${s.label}`}>${source ? html`<a href=${articleHref(source)} aria-label=${`${isolate(o.name)}: ${s.label}; open the article`}>${s.glyph}</a>` : s.glyph}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${clusters.length > limit ? html`<p class="muted">Showing ${limit} of ${clusters.length} facts; the Facts page lists them all.</p>` : null}${
      active.length > outlets.length ? html`<p class="muted">Showing the ${outlets.length} outlets with the most of these facts; ${active.length - outlets.length} more are not shown.</p>` : null
    }`;
}

/** Map each claim id to the fact (cluster) that holds it. */
export function clusterOfClaim(clusters) {
  const m = new Map();
  for (const c of clusters ?? []) for (const id of c.claims) m.set(id, c);
  return m;
}
