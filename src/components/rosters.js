/** Rosters: which militia each outlet places where, and when. */
import {html} from "htl";
import {clusterOfClaim, effectiveVerdict} from "./overview.js";
import {byId, emptyNote, entityLabel, entityName, formatDate, formatPublished, outletName, shortId} from "./text.js";
import {verdictBadge} from "./verdicts.js";

/** Presence claims with a subject and a place, as cells of the militia × place matrix. */
export function rosterCells(claims, {sources = [], entities = new Map(), clusters = []} = {}) {
  const index = byId(sources);
  const factOf = clusterOfClaim(clusters);
  const cells = new Map();
  for (const c of claims) {
    if (c.kind !== "presence" || c.subject == null || c.place == null) continue;
    const key = `${c.subject}\u0000${c.place}`;
    const cell = cells.get(key) ?? {subject: c.subject, place: c.place, claims: [], facts: new Set()};
    cell.claims.push({claim: c, source: index.get(c.source)});
    const fact = factOf.get(c.id);
    if (fact) cell.facts.add(fact);
    cells.set(key, cell);
  }
  const name = (id) => entityName(id, entities);
  return [...cells.values()].sort((a, b) => name(a.subject).localeCompare(name(b.subject)) || name(a.place).localeCompare(name(b.place)));
}

/**
 * The militia × place matrix: each cell lists the outlets that place the group there (with the date
 * of the claim or of the article) and the verdict of that fact.
 * @example rosterMatrix(claims, {sources, entities, clusters})
 */
export function rosterMatrix(claims, {sources = [], entities = new Map(), clusters = [], factsPath = "./facts", maxGroups = 60, maxPlaces = 25} = {}) {
  const cells = rosterCells(claims ?? [], {sources, entities, clusters});
  if (!cells.length) return emptyNote("No rosters yet: presence claims (group G is in place P) appear here once extracted.");
  const name = (id) => entityName(id, entities);
  const most = (key) => {
    const n = new Map();
    for (const c of cells) n.set(c[key], (n.get(c[key]) ?? 0) + c.claims.length);
    return [...n.keys()].sort((a, b) => n.get(b) - n.get(a));
  };
  const allSubjects = most("subject"), allPlaces = most("place");
  const subjects = allSubjects.slice(0, maxGroups).sort((a, b) => name(a).localeCompare(name(b)));
  const places = allPlaces.slice(0, maxPlaces).sort((a, b) => name(a).localeCompare(name(b)));
  const at = new Map(cells.map((c) => [`${c.subject}\u0000${c.place}`, c]));
  return html`<div class="scroll"><table class="matrix roster">
    <thead><tr><th>group</th>${places.map((p) => html`<th>${entityLabel(p, entities)}</th>`)}</tr></thead>
    <tbody>${subjects.map((s) => html`<tr><th style="text-align:left">${entityLabel(s, entities)}</th>${places.map((p) => {
      const cell = at.get(`${s}\u0000${p}`);
      if (!cell) return html`<td class="stance-silent">·</td>`;
      const outlets = [...new Map(cell.claims.map(({claim, source}) => [claim.source, {source, when: claim.date ? formatDate(claim.date) : formatPublished(source?.published)}])).values()];
      const facts = [...cell.facts];
      return html`<td>
        ${facts.map((f) => html`<a href=${`${factsPath}#${encodeURIComponent(f.id)}`}>${verdictBadge(effectiveVerdict(f))}</a> `)}
        ${outlets.map(({source, when}) => html`<div class="meta" title=${outletName(source)}>${source?.outlet ?? `unknown (${shortId(source?.id ?? "")})`} · ${when}</div>`)}
      </td>`;
    })}</tr>`)}</tbody>
  </table></div>${
    subjects.length < allSubjects.length || places.length < allPlaces.length
      ? html`<p class="muted">Showing the ${subjects.length} groups (of ${allSubjects.length}) and ${places.length} places (of ${allPlaces.length}) named most often; filter by place to see the rest.</p>`
      : null
  }`;
}
