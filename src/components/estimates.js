/** Estimates: every figure as an interval, grouped by what is counted and where. */
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {clusterOfClaim, effectiveVerdict} from "./overview.js";
import {byId, emptyNote, entityName, formatDate, formatValue, outletName} from "./text.js";

/** The claim kinds that carry figures. */
export const ESTIMATE_KINDS = ["force_size", "casualties"];

/** How far an open-ended arrow reaches, as a factor of its bound. */
const OPEN_FACTOR = 2.5;

/** Figures grouped by kind, unit and scope (place), each row one claim with its interval. */
export function estimateGroups(claims, {sources = [], entities = new Map(), clusters = []} = {}) {
  const index = byId(sources);
  const factOf = clusterOfClaim(clusters);
  const rows = claims
    .filter((c) => ESTIMATE_KINDS.includes(c.kind) && c.value && (c.value.low != null || c.value.high != null))
    .map((c) => {
      const {low, high} = c.value;
      const fact = factOf.get(c.id);
      return {
        claim: c,
        id: c.id,
        outlet: outletName(index.get(c.source)),
        low,
        high,
        shape: low != null && high != null ? (low === high ? "exact" : "range") : "open",
        contested: fact ? effectiveVerdict(fact) === "contested" : false,
        group: `${c.kind === "casualties" ? "casualties" : "force size"} · ${c.value.unit ?? "count"} · ${c.place ? entityName(c.place, entities) : "no place given"}`,
        subject: c.subject ? entityName(c.subject, entities) : null,
        date: c.date ? formatDate(c.date) : index.get(c.source)?.published?.start ?? "undated"
      };
    });
  const groups = new Map();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups].sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * One interval chart per group: a point for an exact figure, a bar for a range, an arrow for an
 * open-ended one ("more than 150"); coloured by outlet; contested figures marked ✖ in the margin.
 * @example estimatesChart(claims, {sources, entities, clusters, width})
 */
export function estimatesChart(claims, {sources = [], entities = new Map(), clusters = [], width = 640, outlets, maxGroups = 30, maxRows = 40, maxLegend = 12} = {}) {
  const all = estimateGroups(claims ?? [], {sources, entities, clusters});
  if (!all.length) return emptyNote("No figures yet: force sizes and casualty counts appear here once claims are extracted.");
  const groups = all.length > maxGroups ? [...all].sort((a, b) => b[1].length - a[1].length).slice(0, maxGroups) : all;
  const outletDomain = outlets ?? [...new Set(groups.flatMap(([, rows]) => rows.map((r) => r.outlet)))].sort();
  const color = {domain: outletDomain, type: "categorical"};
  return html`<div class="estimates">${outletDomain.length <= maxLegend ? Plot.legend({color}) : null}${
    groups.length < all.length ? html`<p class="muted">Showing the ${groups.length} groups (of ${all.length}) with the most figures.</p>` : null
  }${groups.map(([group, allRows]) => {
    const rows = allRows.slice(0, maxRows);
    rows.sort((a, b) => (a.low ?? a.high) - (b.low ?? b.high));
    const values = rows.flatMap((r) => [r.low, r.high].filter((v) => v != null));
    const lo = Math.min(...values), hi = Math.max(...values);
    const positive = lo > 0;
    const open = rows.filter((r) => r.shape === "open").map((r) => r.low != null
      ? {...r, x1: r.low, x2: positive ? r.low * OPEN_FACTOR : r.low + Math.max(10, hi)}
      : {...r, x1: r.high, x2: positive ? r.high / OPEN_FACTOR : 0});
    const label = new Map(rows.map((r) => [r.id, `${r.outlet}${r.subject ? ` · ${r.subject}` : ""}`]));
    const title = (r) => `${r.outlet}: ${formatValue(r.claim.value)} (${r.claim.value.text})\n${r.subject ?? ""}\ndate: ${r.date}\n${r.claim.evidence}`;
    return html`<h3>${group}</h3>${Plot.plot({
      width,
      height: 40 + rows.length * 26,
      marginLeft: 200,
      marginRight: 90,
      x: {type: positive ? "log" : "symlog", label: rows[0].claim.value.unit ?? "count", grid: true, domain: [positive ? lo / OPEN_FACTOR : 0, hi * OPEN_FACTOR * 3]},
      y: {domain: rows.map((r) => r.id), tickFormat: (id) => label.get(id), label: null},
      color,
      marks: [
        Plot.ruleY(rows.filter((r) => r.shape === "range"), {y: "id", x1: "low", x2: "high", stroke: "outlet", strokeWidth: 6, title}),
        Plot.dot(rows.filter((r) => r.shape === "exact"), {y: "id", x: "low", fill: "outlet", r: 5, title}),
        Plot.arrow(open, {y1: "id", y2: "id", x1: "x1", x2: "x2", stroke: "outlet", strokeWidth: 2, title}),
        Plot.dot(open, {y: "id", x: "x1", fill: "outlet", r: 3.5}),
        Plot.text(rows, {y: "id", x: (r) => (r.shape === "open" ? Math.max(r.low ?? r.high, r.low != null ? r.low * OPEN_FACTOR : r.high) : r.high ?? r.low), text: (r) => formatValue({...r.claim.value, unit: null}), dx: 8, textAnchor: "start", fontSize: 11}),
        Plot.text(rows.filter((r) => r.contested), {y: "id", frameAnchor: "right", dx: 86, text: () => "✖ contested", fill: "#d55e00", fontWeight: "bold", textAnchor: "end"})
      ]
    })}${allRows.length > rows.length ? html`<p class="muted">… and ${allRows.length - rows.length} more figures in this group.</p>` : null}`;
  })}</div>`;
}
