/**
 * Labelled strips on one shared x scale, for the charts that compare (estimates, events): each row
 * is an HTML label (it wraps, so it is never clipped, and untrusted words stay text in a `<bdi>`)
 * beside its strip, or above it on a narrow screen; the strips of a group share one scale and axis.
 */
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { html, svg } from "htl";

/** Layout and drawing defaults, in pixels. */
export const STRIP_DEFAULTS = {
  narrow: 560, // below this width a label goes above its strip
  labelShare: 0.4,
  minLabel: 180,
  maxLabel: 380,
  gap: 12,
  inset: 26, // room at each end of a strip: a ray's head, the axis's outer tick labels
  height: 20,
  minBar: 8, // a span narrower than this is drawn as a dot, never as a sliver
  minCaps: 16, // a bar shows its end caps from this width
};

/**
 * How a width splits into label and strip: side by side, or (narrow) the label above its strip.
 * @example stripLayout(960) // {stacked: false, labelWidth: 380, stripWidth: 568}
 */
export function stripLayout(width, { narrow, labelShare, minLabel, maxLabel, gap } = STRIP_DEFAULTS) {
  const w = Math.max(200, Math.floor(width));
  if (w < narrow) return { stacked: true, labelWidth: w, stripWidth: w };
  const labelWidth = Math.round(Math.min(maxLabel, Math.max(minLabel, w * labelShare)));
  return { stacked: false, labelWidth, stripWidth: w - labelWidth - gap };
}

const SCALES = { linear: d3.scaleLinear, log: d3.scaleLog, symlog: d3.scaleSymlog, utc: d3.scaleUtc };

/** A d3 scale over a strip's drawable range: `{type, domain}` and the strip's width. */
export function stripScale({ type = "linear", domain }, width, { inset } = STRIP_DEFAULTS) {
  const make = SCALES[type];
  if (!make) throw new Error(`unknown strip scale: ${type}`);
  return make()
    .domain(domain)
    .range([inset, Math.max(inset + 1, width - inset)]);
}

/** Tick values for a strip scale: fewer on a narrow strip, powers of ten (and 2×, 5×) on a log scale. */
export function stripTicks(x, width) {
  const n = Math.max(2, Math.floor(width / 90));
  if (x.base) {
    const [a, b] = x.domain();
    const all = [];
    for (let p = Math.floor(Math.log10(a)); p <= Math.ceil(Math.log10(b)); p++) for (const m of [1, 2, 5]) all.push(m * 10 ** p);
    const inside = all.filter((t) => t >= a && t <= b);
    const decades = inside.filter((t) => Number.isInteger(Math.log10(t)));
    return inside.length <= n ? inside : decades.length <= n ? decades : decades.filter((_, i) => i % Math.ceil(decades.length / n) === 0);
  }
  return x.ticks(n);
}

const compact = d3.format("~s");
/** Tick labels: "1k", "20k", "1M" for counts (never "1G"), the scale's own format for dates. */
export const tickFormat = (x) => (x.base || !(x.domain()[0] instanceof Date) ? (d) => (Math.abs(d) < 1000 ? d3.format(",")(d) : compact(d).replace("G", "B")) : x.tickFormat());

/**
 * One strip's SVG: grid lines at `ticks`, then its marks in data units (`x` maps them to pixels):
 * `{type: "dot", x, hollow}`, `{type: "bar", x1, x2}` (a dot where it would be under `minBar`
 * pixels), `{type: "ray", x, direction: 1 | -1, hollow}` (a bound with an arrow to the strip's end:
 * "more than 150"), each with `color`, `title` (a tooltip) and an optional `lane` of `lanes`.
 */
export function stripSvg(marks, x, { width, height = STRIP_DEFAULTS.height, ticks = [], lanes = 1, minBar = STRIP_DEFAULTS.minBar } = {}) {
  const [r0, r1] = x.range();
  const laneY = (m) => (height * ((m.lane ?? 0) + 0.5)) / lanes;
  const r = Math.min(4.5, height / lanes / 2 - 1);
  const at = (v) => Math.max(r0 - 4, Math.min(r1 + 4, x(v)));
  const shapes = marks.map((m) => {
    const y = laneY(m);
    const tip = m.title ? svg`<title>${m.title}</title>` : null;
    if (m.type === "bar") {
      const a = at(m.x1),
        b = at(m.x2);
      if (b - a < minBar) return dot(m, (a + b) / 2, y, r, tip);
      const caps = b - a >= STRIP_DEFAULTS.minCaps ? [a, b].map((c) => svg`<line x1=${c} x2=${c} y1=${y - r} y2=${y + r} stroke=${m.color} stroke-width="2"></line>`) : null;
      return svg`<g class="mark bar">${tip}<rect x=${a} y=${y - r + 1} width=${b - a} height=${2 * r - 2} rx=${Math.min(r - 1, (b - a) / 2)} fill=${m.color} fill-opacity="0.75"></rect>${caps}</g>`;
    }
    if (m.type === "ray") {
      const a = at(m.x);
      const end = m.direction < 0 ? r0 - 6 : r1 + 6;
      const head = m.direction < 0 ? `${end},${y} ${end + 7},${y - 4} ${end + 7},${y + 4}` : `${end},${y} ${end - 7},${y - 4} ${end - 7},${y + 4}`;
      return svg`<g class="mark ray">${tip}<line x1=${a} x2=${end} y1=${y} y2=${y} stroke=${m.color} stroke-width="2" stroke-dasharray="5 3"></line><polygon points=${head} fill=${m.color}></polygon>${dot(m, a, y, r, null)}</g>`;
    }
    return dot(m, at(m.x), y, r, tip);
  });
  return svg`<svg class="strip-svg" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`} role="img">${ticks.map(
    (t) => svg`<line x1=${x(t)} x2=${x(t)} y1="0" y2=${height} stroke="currentColor" stroke-opacity="0.1"></line>`,
  )}${shapes}</svg>`;
}

function dot(m, cx, cy, r, tip) {
  return svg`<g class="mark dot">${tip}<circle cx=${cx} cy=${cy} r=${r} fill=${m.hollow ? "var(--theme-background, white)" : m.color} stroke=${m.color} stroke-width="2"></circle></g>`;
}

/** The axis under (or above) a group of strips: Plot's axis over the same scale and ticks. */
export function stripAxis(x, { width, label = null, ticks, anchor = "bottom" } = {}) {
  const [r0, r1] = x.range();
  const type = x.base ? "log" : x.constant ? "symlog" : x.domain()[0] instanceof Date ? "utc" : "linear";
  return Plot.plot({
    width,
    height: label ? 40 : 28,
    marginTop: anchor === "top" ? (label ? 36 : 24) : 0,
    marginBottom: anchor === "top" ? 0 : label ? 36 : 24,
    marginLeft: 0,
    marginRight: 0,
    x: { type, domain: x.domain(), range: [r0, r1], label, labelAnchor: "right", labelArrow: "none" },
    marks: [Plot.axisX(ticks ?? stripTicks(x, width), { anchor, tickFormat: tickFormat(x), label })],
  });
}

/** A small colour swatch for a label, so a label and its marks read together. */
export const swatch = (color) => html`<span class="swatch" aria-hidden="true" style=${{ background: color }}></span>`;

/**
 * Rows of labelled strips: `rows` are `{label: Node, marks, lanes?, head?}` (a `head` row is a
 * group header across both columns); all strips share `x`. Ends with `axis` (a node) if given.
 */
export function stripRows(rows, x, { width, ticks, layout = stripLayout(width), height = STRIP_DEFAULTS.height, axis = null, top = null } = {}) {
  const { stacked, labelWidth, stripWidth } = layout;
  const columns = stacked ? `${stripWidth}px` : `${labelWidth}px ${stripWidth}px`;
  const spacer = () => (stacked ? null : html`<div class="strip-spacer"></div>`);
  // one flat list of cells: htl wraps a template of several roots in a span, which would break the grid
  const cells = [];
  if (top) cells.push(spacer(), html`<div class="strip-axis top">${top}</div>`);
  for (const row of rows) {
    if (row.head) cells.push(html`<div class="strip-head">${row.head}</div>`);
    else cells.push(html`<div class="strip-label">${row.label}</div>`, html`<div class="strip">${stripSvg(row.marks, x, { width: stripWidth, height: (row.lanes ?? 1) * height, ticks, lanes: row.lanes ?? 1 })}</div>`);
  }
  if (axis) cells.push(spacer(), html`<div class="strip-axis">${axis}</div>`);
  return html`<div class=${`strip-rows${stacked ? " stacked" : ""}`} style=${{ gridTemplateColumns: columns }}>${cells.filter(Boolean)}</div>`;
}
