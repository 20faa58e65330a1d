/** Claims: filters' options and the table of claims with their evidence in context. */
import { html } from "htl";
import { articleLink, attributionName, byId, emptyNote, entityLabel, evidenceInSentence, formatDate, formatValue, outletKey, outletName } from "./text.js";

/** The entity fields of a claim. */
export const ENTITY_FIELDS = ["subject", "object", "place"];

/** The entity ids that claims refer to, sorted by English name. */
export function claimEntities(claims, entities) {
  const ids = new Set(claims.flatMap((c) => ENTITY_FIELDS.map((f) => c[f]).filter((id) => id != null)));
  return [...ids].sort((a, b) => (entities.get(a)?.name_en ?? a).localeCompare(entities.get(b)?.name_en ?? b));
}

/** The outlets of the sources as `[key, name]` pairs, sorted by name. */
export function outletOptions(sources) {
  const m = new Map(sources.map((s) => [outletKey(s), outletName(s)]));
  return [...m].sort((a, b) => a[1].localeCompare(b[1]));
}

/**
 * Claims filtered by kind, outlet key and entity id (`"all"` or null means no filter).
 * @example filterClaims(claims, {sources, kind: "presence", entity: "place:albukamal"})
 */
export function filterClaims(claims, { sources = [], kind = "all", outlet = "all", entity = "all" } = {}) {
  const index = byId(sources);
  const on = (x) => x != null && x !== "all";
  return claims.filter((c) => (!on(kind) || c.kind === kind) && (!on(outlet) || outletKey(index.get(c.source) ?? { id: c.source }) === outlet) && (!on(entity) || ENTITY_FIELDS.some((f) => c[f] === entity)));
}

/**
 * Claims as a table: kind, outlet, entities, value, date, attribution, and the evidence
 * highlighted in its sentence (right-to-left for Arabic). Shows the first `limit` claims.
 * @example claimsTable(claims, {sources, texts, entities})
 */
export function claimsTable(claims, { sources = [], texts = {}, entities = new Map(), limit = 200 } = {}) {
  if (!claims?.length) return emptyNote("No claims match (or none have been extracted yet).");
  const index = byId(sources);
  const rows = claims.slice(0, limit);
  return html`<div class="scroll">
      <table class="matrix claims-table stack">
        <thead>
          <tr>
            <th>kind</th>
            <th>outlet</th>
            <th>who / where</th>
            <th>value</th>
            <th>date</th>
            <th>according to</th>
            <th style="min-width:22em">evidence in its sentence</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((c) => {
            const source = index.get(c.source);
            return html`<tr data-claim=${c.id}>
              <td><strong>${c.kind}</strong></td>
              <td data-label="outlet">${articleLink(c.source, html`<bdi>${outletName(source)}</bdi>`, { claim: c.id })}</td>
              <td>${ENTITY_FIELDS.filter((f) => c[f] != null).map((f) => html`<div><span class="muted">${f}:</span> ${entityLabel(c[f], entities)}</div>`)}</td>
              <td data-label=${c.value ? "value" : null}>${formatValue(c.value)}</td>
              <td data-label=${c.date ? "date" : null}>${c.date ? formatDate(c.date) : ""}</td>
              <td data-label=${c.attribution ? "according to" : null}>${attributionName(c.attribution, entities) ?? ""}</td>
              <td>${evidenceInSentence(c, { texts, source })}${c.review ? html`<div class="meta">analyst: ${c.review.action}${c.review.note ? ` — ${c.review.note}` : ""}</div>` : null}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${claims.length > limit ? html`<p class="muted">Showing ${limit} of ${claims.length} claims; narrow the filters to see the rest.</p>` : null}`;
}
