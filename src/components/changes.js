/**
 * What each analysis run changed: new sources and facts, verdicts and values that moved.
 * Entries come from `data/changes.json` (newest first); labels are the kit's own English text,
 * source ids come from file names, and everything is rendered as text.
 */
import { html } from "htl";
import { articleLink } from "./text.js";
import { verdictBadge } from "./verdicts.js";

const when = (at) => String(at).slice(0, 16).replace("T", " ");
const factLink = (f) => html`<a href=${`./facts#${encodeURIComponent(f.id)}`}>${f.label}</a>`;

/** How many changes one run made. */
export function changeCount(run) {
  const f = run.facts;
  return run.sources.added.length + run.sources.removed.length + f.added.length + f.removed.length + f.verdicts.length + f.values.length + f.sources.length + (f.renamed ?? []).length + (f.split ?? []).length + (f.merged ?? []).length;
}

/**
 * One run's changes as a list.
 * @example changeList(history[0], {limit: 20})
 */
export function changeList(run, { limit = 50, first = false } = {}) {
  if (!run) return html`<p class="muted">No analysis has been recorded yet.</p>`;
  if (first) return html`<p>First analysis of this corpus: ${run.sources.added.length} sources. Later builds will say what changed.</p>`;
  const items = [
    ...run.facts.verdicts.map((v) => html`<li>${factLink(v)}: ${verdictBadge(v.from)} → ${verdictBadge(v.to)}</li>`),
    ...run.facts.values.map((v) => html`<li>${factLink(v)}: values ${v.from.join(", ") || "none"} → ${v.to.join(", ") || "none"}</li>`),
    ...run.facts.sources.map((v) => html`<li>${factLink(v)}: now also reported by ${v.added.map((s, i) => html`${i ? ", " : ""}${articleLink(s)}`)}</li>`),
    ...(run.facts.renamed ?? []).map((v) => html`<li>${factLink(v)}: now under this id (was <code>${v.from}</code>)</li>`),
    ...(run.facts.split ?? []).map((v) => html`<li>${v.label}: split into ${v.into.map((id) => html`<a href=${`./facts#${encodeURIComponent(id)}`}><code>${id}</code></a> `)} (was <code>${v.from}</code>)</li>`),
    ...(run.facts.merged ?? []).map((v) => html`<li>${factLink(v)}: merged from ${v.from.map((id) => html`<code>${id}</code> `)}</li>`),
    ...run.facts.added.map((v) => html`<li>new fact ${factLink(v)} ${verdictBadge(v.verdict)}</li>`),
    ...run.facts.removed.map((v) => html`<li>fact no longer found: ${v.label}</li>`),
    ...run.sources.added.map((s) => html`<li>new source ${articleLink(s, html`<code>${s}</code>`)}</li>`),
    ...run.sources.removed.map((s) => html`<li>source removed: <code>${s}</code></li>`),
  ];
  if (!items.length) return html`<p class="muted">Nothing changed.</p>`;
  const more = items.length - limit;
  return html`<ul class="changes">${items.slice(0, limit)}${more > 0 ? html`<li class="muted">… and ${more} more</li>` : ""}</ul>`;
}

/**
 * The history of runs, newest first, each with its time and list of changes.
 * @example changeHistory(history, {runs: 10})
 */
export function changeHistory(history, { runs = 20, limit = 50 } = {}) {
  if (!history.length) return changeList(null);
  return html`${history.slice(0, runs).map(
    (run, i) => html`<section class="card">
      <h3>${when(run.at)} — ${i === history.length - 1 ? "first analysis" : `${changeCount(run)} change${changeCount(run) === 1 ? "" : "s"}`}</h3>
      ${changeList(run, { limit, first: i === history.length - 1 })}
    </section>`,
  )}`;
}
