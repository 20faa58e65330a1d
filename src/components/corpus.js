/** The corpus: one row per source. */
import { html } from "htl";
import { articleLink, emptyNote, formatPublished, safeHref, safeLink } from "./text.js";

/**
 * Each source with its outlet (or "unknown outlet"), date and precision, language, length, title
 * (in its own direction) and a link (only for http(s) URLs).
 * @example corpusTable(sources)
 */
export function corpusTable(sources, { sort = (a, b) => a.id.localeCompare(b.id) } = {}) {
  if (!sources?.length) return emptyNote("No sources yet: add articles to data/sources/ (see How to).");
  return html`<div class="scroll">
    <table class="matrix corpus-table stack">
      <thead>
        <tr>
          <th>source</th>
          <th>outlet</th>
          <th>published</th>
          <th>lang.</th>
          <th style="text-align:right">chars</th>
          <th>title</th>
          <th>link</th>
        </tr>
      </thead>
      <tbody>
        ${[...sources].sort(sort).map(
          (s) =>
            html`<tr data-source=${s.id}>
              <td>${articleLink(s.id, html`<code>${s.id}</code>`)}</td>
              <td data-label="outlet">${s.outlet ? html`<bdi dir="auto">${s.outlet}</bdi>` : html`<span class="muted">unknown outlet</span>`}</td>
              <td data-label="published" style="white-space:nowrap">${formatPublished(s.published)}</td>
              <td data-label="language">${s.language}</td>
              <td data-label="characters" style="text-align:right">${s.chars.toLocaleString("en-US")}</td>
              <td data-label="title">${s.title ? html`<bdi dir="auto" lang=${s.language} class=${s.language === "ar" ? "ar" : ""}>${s.title}</bdi>` : html`<span class="muted">(no title)</span>`}</td>
              <td data-label="link">${safeHref(s.url) ? safeLink(s.url, new URL(s.url).hostname) : html`<span class="muted">none</span>`}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
