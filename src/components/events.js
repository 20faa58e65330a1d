/** Events: a timeline of attacks with each outlet's date uncertainty, and a map of the places. */
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {clusterOfClaim} from "./overview.js";
import {byId, emptyNote, entityName, formatDate, outletName} from "./text.js";

/** The claim kinds drawn on the timeline. */
export const EVENT_KINDS = ["attack", "casualties"];

const DAY = 864e5;

/** Dated event claims as bars: from the start of their date interval to the end of its last day. */
export function eventRows(claims, {sources = [], entities = new Map(), clusters = []} = {}) {
  const index = byId(sources);
  const factOf = clusterOfClaim(clusters);
  return claims
    .filter((c) => EVENT_KINDS.includes(c.kind) && c.date && (c.date.start || c.date.end))
    .map((c) => {
      const start = new Date(c.date.start ?? c.date.end);
      const end = new Date(+new Date(c.date.end ?? c.date.start) + DAY);
      const fact = factOf.get(c.id);
      const what = [c.subject, c.object, c.place].filter((x) => x != null).map((id) => entityName(id, entities)).join(" → ");
      return {claim: c, start, end, outlet: outletName(index.get(c.source)), precision: c.date.precision, event: fact?.label || what || c.kind, fact: fact?.id ?? c.id, row: c.id};
    })
    .sort((a, b) => a.start - b.start);
  // one line per claim, the claims of one fact together, facts in order of their first date
  const first = new Map();
  for (const r of rows) if (!first.has(r.fact)) first.set(r.fact, first.size);
  return rows.sort((a, b) => first.get(a.fact) - first.get(b.fact) || a.start - b.start);
}

/**
 * Timeline of attacks: one line per fact, one bar per outlet's claim from the start to the end of
 * its date (a day is a short bar, a month a long one), coloured by outlet.
 * @example eventsTimeline(claims, {sources, entities, clusters, width})
 */
export function eventsTimeline(claims, {sources = [], entities = new Map(), clusters = [], width = 640, maxFacts = 40, maxLegend = 12, ...options} = {}) {
  const all = eventRows(claims ?? [], {sources, entities, clusters});
  if (!all.length) return emptyNote("No dated attacks yet: attack claims with a date appear here once extracted.");
  const outlets = (f) => new Set(all.filter((r) => r.fact === f).map((r) => r.outlet)).size;
  const facts = [...new Set(all.map((r) => r.fact))];
  const kept = new Set(facts.length > maxFacts ? facts.sort((a, b) => outlets(b) - outlets(a)).slice(0, maxFacts) : facts);
  const rows = all.filter((r) => kept.has(r.fact));
  const byOutlet = new Set(rows.map((r) => r.outlet)).size <= maxLegend;
  const marginLeft = Math.round(Math.min(460, width * 0.45));
  const chars = Math.floor(marginLeft / 5.8); // ~5.8px per character at Plot's 10px
  const label = new Map(
    rows.map((r, i) => [r.row, i === 0 || rows[i - 1].fact !== r.fact ? `${truncate(r.event, chars - r.outlet.length - 3)} · ${r.outlet}` : r.outlet])
  );
  const firsts = rows.filter((r, i) => i > 0 && rows[i - 1].fact !== r.fact);
  const chart = Plot.plot({
    width,
    height: 60 + rows.length * 24,
    marginLeft,
    marginRight: 50,
    x: {type: "utc", label: "date", grid: true},
    y: {domain: rows.map((r) => r.row), tickFormat: (id) => label.get(id), label: null},
    color: byOutlet ? {legend: true} : {domain: ["day", "days", "week", "month", "year"], legend: true, label: "date precision"},
    marks: [
      Plot.ruleY(firsts, {y: "row", dy: -12, stroke: "currentColor", strokeOpacity: 0.25}),
      Plot.barX(rows, {
        x1: "start",
        x2: "end",
        y: "row",
        fill: byOutlet ? "outlet" : "precision",
        fillOpacity: 0.6,
        insetTop: 4,
        insetBottom: 4,
        title: (r) => `${r.event}\n${r.outlet}: ${formatDate(r.claim.date)}\n${r.claim.date.text ?? ""}\n${r.claim.evidence}`
      }),
      Plot.tickX(rows, {x: "start", y: "row", stroke: byOutlet ? "outlet" : "precision", strokeWidth: 2}),
      Plot.text(rows, {x: "end", y: "row", text: "precision", dx: 4, textAnchor: "start", fontSize: 10, fill: "currentColor"})
    ],
    ...options
  });
  return kept.size < facts.length
    ? html`<div>${chart}<p class="muted">Showing the ${kept.size} events (of ${facts.length}) reported by the most outlets; colour is the date's precision.</p></div>`
    : chart;
}

const truncate = (s, n) => (s && s.length > n ? `${s.slice(0, n - 1)}…` : s ?? "");

/** The places that claims refer to, with coordinates and how many claims name them. */
export function placePoints(claims, entities) {
  const counts = new Map();
  for (const c of claims ?? []) if (c.place != null) counts.set(c.place, (counts.get(c.place) ?? 0) + 1);
  return [...counts]
    .map(([id, n]) => ({entity: entities.get(id), n}))
    .filter((d) => d.entity && d.entity.lat != null && d.entity.lon != null)
    .map(({entity, n}) => ({id: entity.id, name: entity.name_en, name_ar: entity.name_ar, lat: entity.lat, lon: entity.lon, n}));
}

/** The frame of the map: Syria, Iraq and the lands around them (lon/lat). */
const FRAME = {west: 34, east: 49, south: 29, north: 38.5};
const inFrame = (d) => d.lon >= FRAME.west && d.lon <= FRAME.east && d.lat >= FRAME.south && d.lat <= FRAME.north;

/** The places to label: the most-named first, skipping any too close to a labelled one. */
function labelled(points, spread) {
  const kept = [];
  for (const p of [...points].sort((a, b) => b.n - a.n))
    if (kept.every((q) => Math.abs(q.lon - p.lon) > spread * 1.6 || Math.abs(q.lat - p.lat) > spread * 0.5)) kept.push(p);
  return kept;
}

/**
 * A map of the places the claims name (sized by the number of claims) over a base map of the region
 * (GeoJSON from `data/region.json`), framed on the places in Syria and Iraq or, without any, on the
 * two countries; places farther away are listed under the map.
 * @example placesMap(claims, {entities, region, width})
 */
export function placesMap(claims, {entities = new Map(), region, width = 640, height, ...options} = {}) {
  const all = placePoints(claims, entities);
  const points = all.filter(inFrame);
  const away = all.filter((d) => !inFrame(d));
  const core = region?.features?.filter((f) => f.id === "760" || f.id === "368") ?? [];
  const coords = pad(points.map((d) => [d.lon, d.lat]));
  const domain = points.length ? {type: "MultiPoint", coordinates: coords} : {type: "FeatureCollection", features: core};
  const spread = points.length ? (Math.max(...coords.map((c) => c[0])) - Math.min(...coords.map((c) => c[0]))) / 12 : 1;
  return html`<div>${Plot.plot({
    width,
    height: height ?? Math.round(width * 0.7),
    projection: {type: "mercator", domain, inset: 50},
    r: {range: [3, 12]},
    marks: [
      Plot.geo(region ?? {type: "FeatureCollection", features: []}, {fill: "#f1efe9", stroke: "#9a9a9a", strokeWidth: 0.7, clip: "frame"}),
      Plot.geo(core, {stroke: "#555", strokeWidth: 1.2, clip: "frame"}),
      Plot.dot(points, {x: "lon", y: "lat", r: "n", fill: "#d55e00", fillOpacity: 0.75, stroke: "white", title: (d) => `${d.name} (${d.name_ar}): ${d.n} claim(s)`}),
      Plot.text(labelled(points, spread), {x: "lon", y: "lat", text: "name", dy: -13, fontWeight: "bold", stroke: "white", strokeWidth: 3, fill: "black"})
    ],
    ...options
  })}${points.length ? null : emptyNote("No places with coordinates yet: the map shows Syria and Iraq.")}${
    away.length ? html`<p class="muted">Also named, outside the map: ${away.map((d) => `${d.name} (${d.n})`).join(", ")}.</p>` : null
  }<p class="muted">Hover a dot for its name; labels that would overlap are left out.</p></div>`;
}

/** Widen a set of points to at least ~1.5° around, so that one town is not the whole map. */
function pad(coords) {
  const xs = coords.map((c) => c[0]), ys = coords.map((c) => c[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const hx = Math.max(1.5, (x1 - x0) / 2), hy = Math.max(1.5, (y1 - y0) / 2);
  return [...coords, [cx - hx, cy - hy], [cx + hx, cy + hy]];
}
