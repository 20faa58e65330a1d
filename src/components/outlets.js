/** Sources: each outlet's record, and who cites whom. */
import * as Plot from "@observablehq/plot";
import { html } from "htl";
import { clusterOfClaim, effectiveVerdict } from "./overview.js";
import { articleLink, attributionName, byId, emptyNote, formatPublished, isolate, outletKey, outletName } from "./text.js";
import { VERDICTS, VERDICT_STYLES, verdictColor } from "./verdicts.js";

/** Per outlet, its claims counted by the verdict of the fact each belongs to. */
export function outletRecords(claims, { sources = [], clusters = [] } = {}) {
  const index = byId(sources);
  const factOf = clusterOfClaim(clusters);
  const records = new Map();
  for (const c of claims ?? []) {
    const source = index.get(c.source) ?? { id: c.source };
    const key = outletKey(source);
    const r = records.get(key) ?? { outlet: outletName(source), claims: 0, unaligned: 0, ...Object.fromEntries(VERDICTS.map((v) => [v, 0])) };
    const fact = factOf.get(c.id);
    r.claims++;
    if (fact) r[effectiveVerdict(fact)]++;
    else r.unaligned++;
    records.set(key, r);
  }
  return [...records.values()].sort((a, b) => b.claims - a.claims);
}

/**
 * One bar per outlet, split by the verdict of the facts its claims belong to, with its total at
 * the end; a part shows its count where it is wide enough to hold it (always in its tooltip).
 * Outlet names stand left of their bars, or above them on a narrow chart, never cut.
 * @example outletRecordChart(claims, {sources, clusters, width})
 */
export function outletRecordChart(claims, { sources = [], clusters = [], width = 640, narrow = 560, ...options } = {}) {
  const records = outletRecords(claims, { sources, clusters });
  if (!records.length) return emptyNote("No claims yet: each outlet's record appears here once claims are extracted.");
  const long = records.flatMap((r) => {
    let x = 0;
    return VERDICTS.filter((verdict) => r[verdict] > 0).map((verdict) => ({ outlet: r.outlet, verdict, n: r[verdict], mid: (x += r[verdict]) - r[verdict] / 2 }));
  });
  const totals = records.map((r) => ({ outlet: r.outlet, n: VERDICTS.reduce((sum, v) => sum + r[v], 0) }));
  const max = Math.max(1, ...totals.map((t) => t.n));
  // ~6.2 px a character at Plot's 10 px; above the bars when the names would take too much room
  const nameWidth = 12 + 6.2 * Math.max(...records.map((r) => r.outlet.length));
  const above = width < narrow || nameWidth > width * 0.4;
  const marginLeft = above ? 8 : Math.ceil(nameWidth);
  const marginRight = 12 + 7 * String(max).length;
  const px = (n) => (n / max) * (width - marginLeft - marginRight);
  const fits = (d) => px(d.n) >= 10 + 7 * `${d.n}`.length;
  return Plot.plot({
    width,
    height: 50 + records.length * (above ? 44 : 30),
    marginLeft,
    marginRight,
    x: { label: "claims", grid: true, domain: [0, max] },
    y: { domain: records.map((r) => r.outlet), label: null, axis: above ? null : "left", padding: above ? 0.5 : 0.1 },
    color: { ...verdictColor, legend: true },
    marks: [
      Plot.barX(long, { x: "n", y: "outlet", fill: "verdict", order: VERDICTS, title: (d) => `${isolate(d.outlet)}: ${d.n} ${d.verdict}` }),
      ...["white", "black"].map((ink) =>
        Plot.text(
          long.filter((d) => fits(d) && (VERDICT_STYLES[d.verdict].ink === "white") === (ink === "white")),
          { x: "mid", y: "outlet", text: (d) => `${VERDICT_STYLES[d.verdict].glyph} ${d.n}`, fill: ink },
        ),
      ),
      Plot.text(totals, { x: "n", y: "outlet", text: (d) => String(d.n), dx: 4, textAnchor: "start" }),
      above ? Plot.text(records, { y: "outlet", text: "outlet", frameAnchor: "left", textAnchor: "start", dx: 2, dy: -17, fontWeight: 700 }) : null,
      Plot.ruleX([0]),
    ],
    ...options,
  });
}

/**
 * Who cites whom: for each outlet, the upstream sources it attributes its claims to, with counts.
 * @example citationTable(claims, {sources, entities})
 */
export function citationTable(claims, { sources = [], entities = new Map() } = {}) {
  const index = byId(sources);
  const pairs = new Map();
  for (const c of claims ?? []) {
    const outlet = outletName(index.get(c.source) ?? { id: c.source });
    const cited = attributionName(c.attribution, entities) ?? "(no attribution)";
    const key = `${outlet}\u0000${cited}`;
    pairs.set(key, { outlet, cited, n: (pairs.get(key)?.n ?? 0) + 1 });
  }
  if (!pairs.size) return emptyNote("No attributions yet.");
  const rows = [...pairs.values()].sort((a, b) => a.outlet.localeCompare(b.outlet) || b.n - a.n);
  return html`<table class="matrix citations" style="width:auto">
    <thead>
      <tr>
        <th>outlet</th>
        <th></th>
        <th>cites</th>
        <th>claims</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <td><bdi dir="auto">${r.outlet}</bdi></td>
            <td aria-hidden="true">→</td>
            <td><bdi dir="auto">${r.cited}</bdi></td>
            <td style="text-align:right">${r.n}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * Each outlet's articles, most prolific outlet first, each article linking to its page on the
 * Articles page; an outlet's list is folded, and shows its first `limit` articles.
 * @example outletArticles(sources)
 */
export function outletArticles(sources, { limit = 100 } = {}) {
  const groups = new Map();
  for (const s of sources ?? []) {
    const key = outletKey(s);
    if (!groups.has(key)) groups.set(key, { name: s.outlet ?? "unknown outlet", sources: [] });
    groups.get(key).sources.push(s);
  }
  if (!groups.size) return emptyNote("No sources yet.");
  const rows = [...groups.values()].sort((a, b) => b.sources.length - a.sources.length || a.name.localeCompare(b.name));
  return html`<div class="outlet-articles">
    ${rows.map(
      (g) =>
        html`<details>
          <summary><bdi dir="auto">${g.name}</bdi> <span class="muted">(${g.sources.length} article${g.sources.length === 1 ? "" : "s"})</span></summary>
          <ul>
            ${g.sources.slice(0, limit).map(
              (s) =>
                html`<li>
                  ${articleLink(s.id, html`<code>${s.id}</code>`)}
                  <span class="muted">${formatPublished(s.published)}</span>${s.title ? html` · <bdi dir="auto" lang=${s.language} class=${s.language === "ar" ? "ar" : ""}>${s.title}</bdi>` : null}
                </li>`,
            )}${g.sources.length > limit ? html`<li class="muted">… and ${g.sources.length - limit} more: find them on the Articles page.</li>` : null}
          </ul>
        </details>`,
    )}
  </div>`;
}
