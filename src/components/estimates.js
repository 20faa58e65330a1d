/** Estimates: each fact's figures from every outlet that gives one, as intervals on one scale per fact. */
import * as Plot from "@observablehq/plot";
import { html } from "htl";
import { byId, emptyNote, isolate, outletKey, outletName } from "./text.js";
import { effectiveVerdict } from "./overview.js";
import { stripAxis, stripLayout, stripRows, stripScale, stripSvg, stripTicks, swatch } from "./strips.js";
import { verdictBadge } from "./verdicts.js";

/** The claim kinds that carry figures. */
export const ESTIMATE_KINDS = ["force_size", "casualties"];

/** Defaults: a log scale once the largest figure is this many times the smallest; headroom of each scale. */
export const ESTIMATE_DEFAULTS = { logRatio: 20, logPad: 2, linearPad: 1.15, openPad: 1.35 };

const OPEN = new Set(["more_than", "less_than"]);

/** A figure's shape: a point, a range, or an open bound above ("more than 150") or below. */
export function figureShape({ low, high }) {
  if (low != null && high != null) return low === high ? "point" : "range";
  return low != null ? "above" : "below";
}

/** A figure as numbers: "58", "24–99", "> 150", "≥ 5", "< 10", "≤ 3". */
export function figureText({ low, high, qualifier }) {
  const f = (n) => n.toLocaleString("en-US");
  const shape = figureShape({ low, high });
  if (shape === "point") return f(low);
  if (shape === "range") return `${f(low)}–${f(high)}`;
  if (shape === "above") return `${OPEN.has(qualifier) ? ">" : "≥"} ${f(low)}`;
  return `${OPEN.has(qualifier) ? "<" : "≤"} ${f(high)}`;
}

/** The mark of a figure on its strip, in data units (see stripSvg). */
export function figureMark(figure, { color = "currentColor", title } = {}) {
  const hollow = OPEN.has(figure.qualifier);
  switch (figureShape(figure)) {
    case "point":
      return { type: "dot", x: figure.low, color, title };
    case "range":
      return { type: "bar", x1: figure.low, x2: figure.high, color, title };
    case "above":
      return { type: "ray", x: figure.low, direction: 1, hollow, color, title };
    default:
      return { type: "ray", x: figure.high, direction: -1, hollow, color, title };
  }
}

/**
 * The scale of one fact's figures: linear from zero, or log when they span more than `logRatio`
 * (symlog when one is zero); with room for the rays of open bounds.
 * @example estimateScale([{low: 5, high: 5}, {low: 150, high: null}]) // {type: "log", domain: [2.5, 300]}
 */
export function estimateScale(figures, { logRatio, logPad, linearPad, openPad } = ESTIMATE_DEFAULTS) {
  const values = figures.flatMap((f) => [f.low, f.high]).filter((v) => v != null && Number.isFinite(v));
  const lo = Math.min(...values),
    hi = Math.max(...values);
  const open = figures.some((f) => f.high == null);
  if (lo > 0 && hi / lo >= logRatio) return { type: "log", domain: [lo / logPad, hi * logPad] };
  if (lo <= 0 && hi >= logRatio) return { type: "symlog", domain: [Math.min(0, lo), hi * logPad] };
  return { type: "linear", domain: [Math.min(0, lo), Math.max(1, hi * (open ? openPad : linearPad))] };
}

/**
 * The facts that carry figures, each with its outlets and their distinct figures (identical ones
 * merged, with the words each outlet used, as published where `words` has them), and its scale.
 * Filtered by kind, by the least number of outlets and by a query on the label; most outlets first.
 * @example estimateFacts(claims, {sources, clusters, minOutlets: 2})
 */
export function estimateFacts(claims, { sources = [], clusters = [], words = {}, kind = "all", minOutlets = 1, query = "" } = {}) {
  const sourceIndex = byId(sources);
  const claimIndex = claims instanceof Map ? claims : byId(claims);
  const q = String(query ?? "")
    .trim()
    .toLowerCase();
  const facts = [];
  for (const cluster of clusters ?? []) {
    if (!ESTIMATE_KINDS.includes(cluster.kind) || (kind !== "all" && cluster.kind !== kind)) continue;
    if (q && !`${cluster.label ?? ""} ${cluster.key ?? ""}`.toLowerCase().includes(q)) continue;
    const outlets = new Map();
    let count = 0;
    for (const id of cluster.claims) {
      const c = claimIndex.get(id);
      const v = c?.value;
      if (!v || (v.low == null && v.high == null)) continue;
      count++;
      const source = sourceIndex.get(c.source) ?? { id: c.source, outlet: null };
      const key = outletKey(source);
      const outlet = outlets.get(key) ?? { key, name: outletName(source), sources: new Set(), figures: new Map() };
      outlet.sources.add(c.source);
      const fk = `${v.low}|${v.high}|${v.qualifier}|${v.unit}`;
      const figure = outlet.figures.get(fk) ?? { low: v.low, high: v.high, qualifier: v.qualifier, unit: v.unit, words: [], claims: [] };
      const said = words?.[c.id]?.value ?? v.text;
      if (said && !figure.words.includes(said)) figure.words.push(said);
      figure.claims.push(c.id);
      outlet.figures.set(fk, figure);
      outlets.set(key, outlet);
    }
    if (!count || outlets.size < minOutlets) continue;
    const rows = [...outlets.values()].map((o) => ({ ...o, sources: [...o.sources], figures: [...o.figures.values()].sort(byValue) }));
    rows.sort((a, b) => byValue(a.figures[0], b.figures[0]) || a.name.localeCompare(b.name));
    const figures = rows.flatMap((o) => o.figures);
    facts.push({
      id: cluster.id,
      label: cluster.label || cluster.key,
      kind: cluster.kind,
      verdict: effectiveVerdict(cluster),
      unit: mostCommon(figures.map((f) => f.unit ?? "count")),
      claims: count,
      outlets: rows,
      scale: estimateScale(figures),
    });
  }
  return facts.sort((a, b) => b.outlets.length - a.outlets.length || b.claims - a.claims || a.label.localeCompare(b.label));
}

const valueOf = (f) => f.low ?? f.high;
const byValue = (a, b) => valueOf(a) - valueOf(b) || (a.high ?? Infinity) - (b.high ?? Infinity);

function mostCommon(values) {
  const n = new Map();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "count";
}

/** The colour of each outlet of a panel (Plot's categorical scheme): distinct for up to ten; the label always names the outlet. */
export function outletColors(names) {
  const domain = [...new Set(names)].sort();
  const scale = Plot.scale({ color: { type: "categorical", domain } });
  return (name) => scale.apply(name);
}

/**
 * Each fact's figures from every outlet on one shared scale (one panel per fact, most outlets
 * first): a dot for an exact figure, a bar for a range ("dozens" is 24–99, "about 15,000"
 * 13,500–16,500), a ray to the end of the scale for an open bound (filled: "at least 5"; hollow:
 * "more than 150"). Each row's label holds the outlet once, then each of its figures with the words
 * it used, whole (they wrap; Arabic in a `<bdi>`).
 * @example estimatesChart(claims, {sources, clusters, words, width, minOutlets: 2})
 */
export function estimatesChart(claims, { sources = [], clusters = [], words = {}, width = 640, kind = "all", minOutlets = 1, query = "", maxFacts = 25, factsPath = "./facts" } = {}) {
  const facts = estimateFacts(claims ?? [], { sources, clusters, words, kind, minOutlets, query });
  if (!facts.length)
    return emptyNote(minOutlets > 1 ? `No fact has figures from ${minOutlets} or more outlets: lower the number of outlets to see the others.` : "No figures yet: force sizes and casualty counts appear here once claims are extracted.");
  const shown = facts.slice(0, maxFacts);
  const layout = stripLayout(width);
  return html`<div class="strips estimates">
    ${markKey()}${facts.length > shown.length ? html`<p class="muted">Showing the ${shown.length} facts (of ${facts.length}) that the most outlets give figures for; filter to see others.</p>` : null}${shown.map((fact) => {
      const x = stripScale(fact.scale, layout.stripWidth);
      const color = outletColors(fact.outlets.map((o) => o.name));
      const ticks = stripTicks(x, layout.stripWidth);
      const rows = fact.outlets.flatMap((o) =>
        o.figures.map((f, i) => {
          const said = f.words.slice(0, 2);
          const title = `${isolate(o.name)}: ${figureText(f)} ${f.unit ?? ""}\n${f.words.join("\n")}`;
          return {
            label: html`${i === 0 ? html`<div class="outlet">${swatch(color(o.name))}<bdi>${o.name}</bdi></div>` : null}
              <div class="figure">
                <span class="value">${figureText(f)}</span>${said.map(
                  (w) => html` <bdi dir="auto" class="said">${w}</bdi>`,
                )}${f.words.length > said.length ? html` <span class="muted">+${f.words.length - said.length} more wordings</span>` : null}${f.claims.length > 1 ? html` <span class="muted">×${f.claims.length}</span>` : null}
              </div>`,
            marks: [figureMark(f, { color: color(o.name), title })],
          };
        }),
      );
      return html`<section class="strip-group" data-fact=${fact.id}>
        <h3><a href=${`${factsPath}#${encodeURIComponent(fact.id)}`}>${fact.label}</a> ${verdictBadge(fact.verdict)}</h3>
        <p class="meta">${fact.outlets.length} outlet${fact.outlets.length === 1 ? "" : "s"} · ${fact.claims} figure${fact.claims === 1 ? "" : "s"} · ${fact.scale.type === "linear" ? "linear scale from 0" : "log scale"}</p>
        ${stripRows(rows, x, { width, layout, ticks, axis: stripAxis(x, { width: layout.stripWidth, ticks, label: fact.unit }) })}
      </section>`;
    })}
  </div>`;
}

/** What the marks mean, drawn with the marks themselves. */
function markKey() {
  const w = 70;
  const x = stripScale({ type: "linear", domain: [0, 10] }, w, { inset: 12 });
  const item = (mark, text) => html`<span class="key-item">${stripSvg([{ ...mark, color: "currentColor" }], x, { width: w, height: 16 })} ${text}</span>`;
  return html`<div class="legend mark-key">
    ${[
      item({ type: "dot", x: 5 }, "an exact figure"),
      item({ type: "bar", x1: 2, x2: 8 }, "a range (\u201cdozens\u201d, \u201cabout 15,000\u201d)"),
      item({ type: "ray", x: 3, direction: 1 }, "at least"),
      item({ type: "ray", x: 3, direction: 1, hollow: true }, "more than"),
      item({ type: "ray", x: 7, direction: -1 }, "at most"),
    ]}
  </div>`;
}
