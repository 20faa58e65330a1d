/** Events: a timeline of attacks and tolls, fact by fact, with each outlet's dates; and a map of the places. */
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { html } from "htl";
import { areaOf, placeChain } from "./areas.js";
import { outletColors } from "./estimates.js";
import { effectiveVerdict } from "./overview.js";
import { stripAxis, stripLayout, stripRows, stripScale, swatch } from "./strips.js";
import { byId, emptyNote, entityName, formatDate, isolate, outletKey, outletName } from "./text.js";
import { verdictBadge } from "./verdicts.js";

/** The claim kinds drawn on the timeline. */
export const EVENT_KINDS = ["attack", "casualties"];

const DAY = 864e5;
/** The least span of the timeline's scale, and the share of it left on either side. */
export const TIMELINE_DEFAULTS = { minDays: 14, pad: 0.02 };

/** A claim's date as a span of days: from its first day to the end of its last. */
function daySpan(date) {
  const start = new Date(date.start ?? date.end);
  const end = new Date(+new Date(date.end ?? date.start) + DAY);
  return Number.isNaN(+start) || Number.isNaN(+end) ? null : { start, end };
}

/** Does a fact pass the place filter: its place, or a claim's, in the chosen area? */
const inArea = (fact, area, entities) => area == null || area === "all" || fact.places.some((p) => placeChain(p, entities).includes(area));

/**
 * The event facts (attacks, tolls) with a date, each with its outlets and their distinct dates
 * (identical ones merged, with the words each outlet used, as published where `words` has them),
 * filtered by kind, area (a place id: the fact or one of its claims lies in it), outlet key and
 * period (`from`/`to`: the fact's dates overlap it); in order of their first day.
 * @example eventFacts(claims, {sources, clusters, entities, place: "place:idlib-province"})
 */
export function eventFacts(claims, { sources = [], clusters = [], entities = new Map(), words = {}, kind = "all", place = "all", outlet = "all", from = null, to = null } = {}) {
  const sourceIndex = byId(sources);
  const claimIndex = claims instanceof Map ? claims : byId(claims);
  const facts = [];
  for (const cluster of clusters ?? []) {
    if (!EVENT_KINDS.includes(cluster.kind) || (kind !== "all" && kind != null && cluster.kind !== kind)) continue;
    const outlets = new Map();
    const places = new Set(cluster.place != null ? [cluster.place] : []);
    let start = Infinity,
      end = -Infinity;
    for (const id of cluster.claims) {
      const c = claimIndex.get(id);
      if (!c) continue;
      if (c.place != null) places.add(c.place);
      const span = c.date && daySpan(c.date);
      if (!span) continue;
      const source = sourceIndex.get(c.source) ?? { id: c.source, outlet: null };
      const key = outletKey(source);
      const o = outlets.get(key) ?? { key, name: outletName(source), spans: new Map() };
      const sk = `${+span.start}|${+span.end}`;
      const s = o.spans.get(sk) ?? { ...span, precision: c.date.precision, date: c.date, words: [], claims: [] };
      const said = words?.[c.id]?.date ?? c.date.text;
      if (said && !s.words.includes(said)) s.words.push(said);
      s.claims.push(c.id);
      o.spans.set(sk, s);
      outlets.set(key, o);
      start = Math.min(start, +span.start);
      end = Math.max(end, +span.end);
    }
    if (!outlets.size) continue;
    const fact = {
      id: cluster.id,
      label: cluster.label || cluster.key,
      kind: cluster.kind,
      verdict: effectiveVerdict(cluster),
      places: [...places],
      start: new Date(start),
      end: new Date(end),
      outlets: [...outlets.values()].map((o) => ({ ...o, spans: [...o.spans.values()].sort((a, b) => a.start - b.start || a.end - b.end) })).sort((a, b) => a.spans[0].start - b.spans[0].start || a.name.localeCompare(b.name)),
    };
    if (!inArea(fact, place, entities)) continue;
    if (outlet !== "all" && outlet != null && !fact.outlets.some((o) => o.key === outlet)) continue;
    if ((from && fact.end <= from) || (to && fact.start >= to)) continue;
    facts.push(fact);
  }
  return facts.sort((a, b) => a.start - b.start || a.label.localeCompare(b.label));
}

/**
 * The areas (provinces, or places right under a country) that event facts lie in, with how many
 * facts each: the options of the place filter, most facts first.
 * @example eventAreas(eventFacts(claims, {sources, clusters, entities}), entities) // [{id: "place:idlib-province", name: "Idlib province", count: 12}, …]
 */
export function eventAreas(facts, entities = new Map()) {
  const counts = new Map();
  for (const f of facts) for (const a of new Set(f.places.map((p) => areaOf(p, entities)))) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, name: entityName(id, entities), count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The scale's span: the period asked for, else the facts' first to last day, padded; never under `minDays`. */
export function timelineDomain(facts, { from = null, to = null, minDays, pad } = TIMELINE_DEFAULTS) {
  let a = from ? +from : Math.min(...facts.map((f) => +f.start));
  let b = to ? +to : Math.max(...facts.map((f) => +f.end));
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  if (!from && !to) ((a -= (b - a) * pad), (b += (b - a) * pad));
  if (b - a < minDays * DAY) {
    const mid = (a + b) / 2;
    ((a = mid - (minDays * DAY) / 2), (b = mid + (minDays * DAY) / 2));
  }
  return [new Date(a), new Date(b)];
}

/**
 * The timeline: one group per fact (its label once, with its verdict), in order of date, and in it
 * one row per outlet's distinct date, named once per outlet: a bar from the first to the last day
 * the date allows, or a dot where that is too short to draw at this zoom (never a 1-px sliver).
 * All share one time axis (at the top, kept in view, and at the bottom). Filters as eventFacts;
 * with more than `maxFacts`, the facts reported by the most outlets.
 * @example eventsChart(claims, {sources, clusters, entities, words, width, from, to})
 */
export function eventsChart(claims, { sources = [], clusters = [], entities = new Map(), words = {}, width = 640, kind = "all", place = "all", outlet = "all", from = null, to = null, maxFacts = 40, factsPath = "./facts" } = {}) {
  const facts = eventFacts(claims ?? [], { sources, clusters, entities, words, kind, place, outlet, from, to });
  if (!facts.length)
    return emptyNote(from || to || place !== "all" || outlet !== "all" || kind !== "all" ? "No dated event matches: widen the period or the filters." : "No dated attacks yet: attack claims with a date appear here once extracted.");
  const shown = facts.length > maxFacts ? new Set([...facts].sort((a, b) => b.outlets.length - a.outlets.length || a.start - b.start).slice(0, maxFacts)) : new Set(facts);
  const list = facts.filter((f) => shown.has(f));
  const layout = stripLayout(width);
  const x = stripScale({ type: "utc", domain: timelineDomain(list, { ...TIMELINE_DEFAULTS, from, to }) }, layout.stripWidth);
  const ticks = x.ticks(Math.max(3, Math.floor(layout.stripWidth / 100)));
  const rows = list.flatMap((f) => {
    const color = outletColors(f.outlets.map((o) => o.name));
    return [
      { head: html`<a href=${`${factsPath}#${encodeURIComponent(f.id)}`}>${f.label}</a> ${verdictBadge(f.verdict)} <span class="meta">${f.outlets.length} outlet${f.outlets.length === 1 ? "" : "s"}</span>` },
      ...f.outlets.flatMap((o) =>
        o.spans.map((s, i) => ({
          label: html`<div>
            ${i === 0 ? html`<span class="outlet">${swatch(color(o.name))}<bdi>${o.name}</bdi></span> ` : null}<span class="value">${formatDate(s.date)}</span
            >${s.words.slice(0, 2).map((w) => html` <bdi dir="auto" class="said">${w}</bdi>`)}${s.claims.length > 1 ? html` <span class="muted">×${s.claims.length}</span>` : null}
          </div>`,
          marks: [{ type: "bar", x1: s.start, x2: s.end, color: color(o.name), title: `${f.label}\n${isolate(o.name)}: ${formatDate(s.date)}\n${s.words.join("\n")}` }],
        })),
      ),
    ];
  });
  return html`<div class="strips timeline">
    ${
      facts.length > list.length
        ? html`<p class="muted">Showing the ${list.length} events (of ${facts.length}) reported by the most outlets: brush a shorter period or filter to see the others.</p>`
        : html`<p class="muted">${facts.length} event${facts.length === 1 ? "" : "s"}.</p>`
    }${stripRows(rows, x, { width, layout, ticks, top: stripAxis(x, { width: layout.stripWidth, ticks, anchor: "top" }), axis: stripAxis(x, { width: layout.stripWidth, ticks }) })}
  </div>`;
}

/**
 * A histogram of the facts over time with a brush to choose a period: an input whose value is
 * `[from, to]` (Dates) or null for the whole period; it redraws to its width and keeps its choice.
 * @example const period = view(timeBrush(facts))
 */
export function timeBrush(facts, { value = null, height = 70 } = {}) {
  const root = html`<div class="time-brush">
    <div class="brush-plot"></div>
    <div class="brush-readout"><span class="period"></span> <button type="button">Whole period</button></div>
  </div>`;
  const holder = root.querySelector(".brush-plot");
  const readout = root.querySelector(".period");
  const domain = timelineDomain(facts);
  root.value = value;
  const say = () => (readout.textContent = root.value ? `Showing ${day(root.value[0])} – ${day(root.value[1])}.` : `Events per ${binInterval(domain ?? [0, 0])}. Drag across the chart to zoom to a period.`);
  const set = (v) => {
    root.value = v;
    say();
    root.dispatchEvent(new Event("input", { bubbles: true }));
  };
  let brush, g, xs;
  const draw = (width) => {
    if (!domain || !(width > 0)) return;
    const chart = Plot.plot({
      width,
      height,
      marginTop: 6,
      marginLeft: 36,
      marginRight: 16,
      x: { type: "utc", domain, label: null },
      y: { label: null, ticks: 2, grid: true },
      marks: [Plot.rectY(facts, Plot.binX({ y: "count" }, { x: (f) => f.start, fill: "currentColor", fillOpacity: 0.35, interval: binInterval(domain) })), Plot.ruleY([0])],
    });
    xs = chart.scale("x");
    const [r0, r1] = xs.range;
    brush = d3
      .brushX()
      .extent([
        [r0, 0],
        [r1, height - 20],
      ])
      .on("end", (event) => {
        if (!event.sourceEvent) return; // moved by code
        set(event.selection ? event.selection.map((px) => new Date(xs.invert(px))) : null);
      });
    g = d3.select(chart).append("g").attr("class", "brush").call(brush);
    if (root.value)
      g.call(
        brush.move,
        root.value.map((d) => xs.apply(d)),
      );
    holder.replaceChildren(chart);
  };
  root.querySelector("button").addEventListener("click", () => {
    if (g) g.call(brush.move, null);
    set(null);
  });
  say();
  draw(720);
  if (typeof ResizeObserver !== "undefined") {
    let last = 0;
    new ResizeObserver(([entry]) => {
      const w = Math.floor(entry.contentRect.width);
      if (w > 0 && w !== last) draw((last = w));
    }).observe(holder);
  }
  return root;
}

const day = (d) => d.toISOString().slice(0, 10);
/** Bins of a day, week, month or year, so that the histogram has tens of bars, not thousands. */
const binInterval = ([a, b]) => ((b - a) / DAY > 3 * 365 ? "month" : (b - a) / DAY > 120 ? "week" : "day");

/** The places that claims refer to, with coordinates and how many claims name them. */
export function placePoints(claims, entities) {
  const counts = new Map();
  for (const c of claims ?? []) if (c.place != null) counts.set(c.place, (counts.get(c.place) ?? 0) + 1);
  return [...counts]
    .map(([id, n]) => ({ entity: entities.get(id), n }))
    .filter((d) => d.entity && d.entity.lat != null && d.entity.lon != null)
    .map(({ entity, n }) => ({ id: entity.id, name: entity.name_en, name_ar: entity.name_ar, lat: entity.lat, lon: entity.lon, n }));
}

/** The frame of the map: Syria, Iraq and the lands around them (lon/lat). */
const FRAME = { west: 34, east: 49, south: 29, north: 38.5 };
const inFrame = (d) => d.lon >= FRAME.west && d.lon <= FRAME.east && d.lat >= FRAME.south && d.lat <= FRAME.north;

/** The places to label: the most-named first, skipping any too close to a labelled one. */
function labelled(points, spread) {
  const kept = [];
  for (const p of [...points].sort((a, b) => b.n - a.n)) if (kept.every((q) => Math.abs(q.lon - p.lon) > spread * 1.6 || Math.abs(q.lat - p.lat) > spread * 0.5)) kept.push(p);
  return kept;
}

/**
 * A map of the places the claims name (sized by the number of claims) over a base map of the region
 * (GeoJSON from `data/region.json`), framed on the places in Syria and Iraq or, without any, on the
 * two countries; places farther away are listed under the map.
 * @example placesMap(claims, {entities, region, width})
 */
export function placesMap(claims, { entities = new Map(), region, width = 640, height, ...options } = {}) {
  const all = placePoints(claims, entities);
  const points = all.filter(inFrame);
  const away = all.filter((d) => !inFrame(d));
  const core = region?.features?.filter((f) => f.id === "760" || f.id === "368") ?? [];
  const coords = pad(points.map((d) => [d.lon, d.lat]));
  const domain = points.length ? { type: "MultiPoint", coordinates: coords } : { type: "FeatureCollection", features: core };
  const spread = points.length ? (Math.max(...coords.map((c) => c[0])) - Math.min(...coords.map((c) => c[0]))) / 12 : 1;
  return html`<div>
    ${Plot.plot({
      width,
      height: height ?? Math.round(width * 0.7),
      projection: { type: "mercator", domain, inset: 50 },
      r: { range: [3, 12] },
      marks: [
        Plot.geo(region ?? { type: "FeatureCollection", features: [] }, { fill: "#f1efe9", stroke: "#9a9a9a", strokeWidth: 0.7, clip: "frame" }),
        Plot.geo(core, { stroke: "#555", strokeWidth: 1.2, clip: "frame" }),
        Plot.dot(points, { x: "lon", y: "lat", r: "n", fill: "#d55e00", fillOpacity: 0.75, stroke: "white", title: (d) => `${d.name} (${d.name_ar}): ${d.n} claim(s)` }),
        // a label near the edge of the map runs inward, never past it
        ...["start", "middle", "end"].map((anchor) =>
          Plot.text(
            labelled(points, spread).filter((d) => edgeAnchor(d.lon, coords) === anchor),
            { x: "lon", y: "lat", text: "name", dy: -13, fontWeight: "bold", stroke: "white", strokeWidth: 3, fill: "black", textAnchor: anchor },
          ),
        ),
      ],
      ...options,
    })}${points.length ? null : emptyNote("No places with coordinates yet: the map shows Syria and Iraq.")}${away.length ? html`<p class="muted">Also named, outside the map: ${away.map((d) => `${d.name} (${d.n})`).join(", ")}.</p>` : null}
    <p class="muted">Hover a dot for its name; labels that would overlap are left out.</p>
  </div>`;
}

/** "start" for a point in the western fifth of the framed points, "end" in the eastern fifth, else "middle". */
function edgeAnchor(lon, coords) {
  const xs = coords.map((c) => c[0]);
  const [w, e] = [Math.min(...xs), Math.max(...xs)];
  const at = (lon - w) / (e - w || 1);
  return at < 0.2 ? "start" : at > 0.8 ? "end" : "middle";
}

/** Widen a set of points to at least ~1.5° around, so that one town is not the whole map. */
function pad(coords) {
  const xs = coords.map((c) => c[0]),
    ys = coords.map((c) => c[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  const hx = Math.max(1.5, (x1 - x0) / 2),
    hy = Math.max(1.5, (y1 - y0) / 2);
  return [...coords, [cx - hx, cy - hy], [cx + hx, cy + hy]];
}
