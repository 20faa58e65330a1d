/** Rosters: which militia each outlet places where, and when. */
import { html } from "htl";
import { clusterOfClaim, effectiveVerdict } from "./overview.js";
import { articleLink, byId, emptyNote, entityLabel, entityName, formatDate, formatPublished, outletKey, outletName } from "./text.js";
import { VERDICT_MEANINGS, VERDICT_STYLES } from "./verdicts.js";

/** Below this width the matrix becomes a list, one group after another. */
export const ROSTER_DEFAULTS = { narrow: 640, maxGroups: 60, maxPlaces: 25 };

/** Presence claims with a subject and a place, as cells of the militia × place matrix. */
export function rosterCells(claims, { sources = [], clusters = [] } = {}) {
  const index = byId(sources);
  const factOf = clusterOfClaim(clusters);
  const cells = new Map();
  for (const c of claims ?? []) {
    if (c.kind !== "presence" || c.subject == null || c.place == null) continue;
    const key = `${c.subject}\u0000${c.place}`;
    const cell = cells.get(key) ?? { subject: c.subject, place: c.place, claims: [], outlets: new Map(), facts: new Map() };
    const source = index.get(c.source) ?? { id: c.source, outlet: null };
    cell.claims.push(c);
    const ok = outletKey(source);
    // an outlet once per cell, with its article and the date of its claim (or of the article)
    if (!cell.outlets.has(ok)) cell.outlets.set(ok, { key: ok, name: outletName(source), source: source.id, when: c.date ? formatDate(c.date) : formatPublished(source.published) });
    const fact = factOf.get(c.id);
    if (fact) cell.facts.set(fact.id, { id: fact.id, verdict: effectiveVerdict(fact) });
    cells.set(key, cell);
  }
  return [...cells.values()].map((c) => ({ ...c, outlets: [...c.outlets.values()], facts: [...c.facts.values()] }));
}

/**
 * What the roster shows: the groups (rows, in name order) and places (columns, most named first)
 * named most, and the cells by `subject\0place`; how many groups and places were left out.
 * @example rosterTable(claims, {sources, clusters, entities}).places // ["place:albukamal", …]
 */
export function rosterTable(claims, { sources = [], clusters = [], entities = new Map(), maxGroups = ROSTER_DEFAULTS.maxGroups, maxPlaces = ROSTER_DEFAULTS.maxPlaces } = {}) {
  const cells = rosterCells(claims, { sources, clusters });
  const name = (id) => entityName(id, entities);
  const most = (key) => {
    const n = new Map();
    for (const c of cells) n.set(c[key], (n.get(c[key]) ?? 0) + c.claims.length);
    return [...n.keys()].sort((a, b) => n.get(b) - n.get(a) || name(a).localeCompare(name(b)));
  };
  const allGroups = most("subject"),
    allPlaces = most("place");
  const groups = allGroups.slice(0, maxGroups).sort((a, b) => name(a).localeCompare(name(b)));
  // the places named most first: the columns in view before any scrolling hold the most
  const places = allPlaces.slice(0, maxPlaces);
  return { groups, places, cells: new Map(cells.map((c) => [`${c.subject}\u0000${c.place}`, c])), hiddenGroups: allGroups.length - groups.length, hiddenPlaces: allPlaces.length - places.length };
}

/** A fact's verdict as a small linked glyph (the legend above names them). */
const factGlyph = (f, factsPath) => {
  const s = VERDICT_STYLES[f.verdict] ?? { color: "#999", ink: "black", glyph: "?", label: f.verdict };
  return html`<a
    class="verdict glyph"
    href=${`${factsPath}#${encodeURIComponent(f.id)}`}
    data-verdict=${f.verdict}
    title=${`${s.label}: ${VERDICT_MEANINGS[f.verdict] ?? ""}`}
    aria-label=${`${s.label}: open the fact`}
    style=${{ background: s.color, color: s.ink }}
    >${s.glyph}</a
  >`;
};

/** The outlets of a cell, each linking to its article, with their dates. */
const cellOutlets = (cell) => cell.outlets.map((o) => html`<div class="meta">${articleLink(o.source, html`<bdi>${o.name}</bdi>`)} · ${o.when}</div>`);

/**
 * The roster: groups × places, each cell with the verdict of its fact (a linked glyph) and the
 * outlets that place the group there, with their dates. In a box that scrolls inside its card,
 * the group names and places kept in view; below `narrow` pixels, a list by group instead.
 * @example rostersChart(claims, {sources, entities, clusters, width})
 */
export function rostersChart(claims, { sources = [], entities = new Map(), clusters = [], width = 960, factsPath = "./facts", narrow = ROSTER_DEFAULTS.narrow, ...limits } = {}) {
  const table = rosterTable(claims ?? [], { sources, clusters, entities, ...limits });
  if (!table.cells.size) return emptyNote("No rosters yet: presence claims (group G is in place P) appear here once extracted.");
  const { groups, places, cells } = table;
  const at = (g, p) => cells.get(`${g}\u0000${p}`);
  const hidden =
    table.hiddenGroups || table.hiddenPlaces
      ? html`<p class="muted">
          Showing the ${groups.length} groups (of ${groups.length + table.hiddenGroups}) and ${places.length} places (of ${places.length + table.hiddenPlaces}) named most often; choose a place or an outlet to see the rest.
        </p>`
      : null;
  if (width < narrow) {
    return html`<div class="roster-list">
      ${groups.map(
        (g) =>
          html`<section class="roster-group" data-group=${g}>
            <h3>${entityLabel(g, entities)}</h3>
            <ul>
              ${places
                .filter((p) => at(g, p))
                .map((p) => {
                  const cell = at(g, p);
                  return html`<li data-place=${p}><span class="place">${entityLabel(p, entities)}</span> ${cell.facts.map((f) => factGlyph(f, factsPath))}${cellOutlets(cell)}</li>`;
                })}
            </ul>
          </section>`,
      )}${hidden}
    </div>`;
  }
  return html`<div class="roster">
    <div class="roster-scroll" tabindex="0" role="region" aria-label="Rosters: groups by place (scrolls)">
      <table class="matrix roster">
        <thead>
          <tr>
            <th class="corner">group</th>
            ${places.map((p) => html`<th data-place=${p}>${entityLabel(p, entities)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${groups.map(
            (g) =>
              html`<tr data-group=${g}>
                <th>${entityLabel(g, entities)}</th>
                ${places.map((p) => {
                  const cell = at(g, p);
                  return cell ? html`<td>${cell.facts.map((f) => factGlyph(f, factsPath))}${cellOutlets(cell)}</td>` : html`<td class="stance-silent" aria-label="not placed here">·</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${hidden}
  </div>`;
}
