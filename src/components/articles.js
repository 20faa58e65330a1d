/**
 * The Articles page: one article as published, every claim the kit took from it highlighted in
 * place (a colour and an underline style per kind), and the claims of a highlight shown on a click
 * or keyboard focus, each with a link to its fact. Article text, titles, outlets and URLs are
 * untrusted: they enter the page only as text, through htl's escaping interpolation.
 */
import { html } from "htl";
import { attributionName, emptyNote, entityLabel, formatDate, formatPublished, formatValue, outletName, safeHref, safeLink } from "./text.js";
import { verdictBadge } from "./verdicts.js";

/**
 * The claim kinds as highlighted: a label, a tint (the background), an ink and an underline style
 * (so that a kind is told by more than its colour).
 */
export const CLAIM_KINDS = {
  presence: { label: "presence", tint: "#dbeafe", ink: "#1d4ed8", line: "solid" },
  force_size: { label: "force size", tint: "#ede9fe", ink: "#6d28d9", line: "double" },
  attack: { label: "attack", tint: "#fee2e2", ink: "#b91c1c", line: "wavy" },
  casualties: { label: "casualties", tint: "#fef3c7", ink: "#92400e", line: "dotted" },
  leadership: { label: "leadership", tint: "#dcfce7", ink: "#15803d", line: "dashed" },
  control: { label: "control", tint: "#fce7f3", ink: "#be185d", line: "double" },
};

const OTHER_KIND = { tint: "#e5e7eb", ink: "#374151", line: "dotted" };

/** How a kind is shown; a kind the page does not know is grey, with its own name. */
export function kindStyle(kind) {
  return CLAIM_KINDS[kind] ?? { ...OTHER_KIND, label: String(kind ?? "other").replace(/_/g, " ") };
}

/** The CSS variables of a kind (only the palette's own values, never the claim's text). */
const kindVars = (kind) => {
  const k = kindStyle(kind);
  return { "--tint": k.tint, "--ink": k.ink, "--line": k.line };
};

/** How many files the Articles page's data is split into (data/articles/00.json …): the page loads the one of the article it shows. */
export const ARTICLE_FILES = 32;

/**
 * Which of the ARTICLE_FILES files holds an article (FNV-1a of its id): the same in the data loader and the page.
 * @example articleFile("000_aa2c8bb3c71880e8") // a number from 0 to 31
 */
export function articleFile(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % ARTICLE_FILES;
}

/**
 * What the page's hash names: a source (`articles#<source id>`) or one of its claims
 * (`articles#<claim id>`, a claim id being `<source id>#<kind>-<hash>`); `missing` when it names
 * neither, null when there is no hash.
 * @example parseArticleHash("000_aa2c#attack-bc7a5c", new Map([["000_aa2c", source]])) // {source: "000_aa2c", claim: "000_aa2c#attack-bc7a5c"}
 */
export function parseArticleHash(hash, sources = new Map()) {
  const h = String(hash ?? "").trim();
  if (!h) return null;
  if (sources.has(h)) return { source: h, claim: null };
  const cut = h.lastIndexOf("#");
  if (cut > 0 && sources.has(h.slice(0, cut))) return { source: h.slice(0, cut), claim: h };
  return { source: null, claim: null, missing: h };
}

/**
 * The text cut into lines (its paragraphs as published, without their line breaks) and each line
 * into runs, each run with the claims whose evidence covers it, innermost first. Overlapping claims
 * cut each other's runs, so a run may hold several. Claims whose span does not fit the text are
 * returned in `skipped`. Linear in the text plus k log k for k claims.
 * @example highlightSegments("ab\ncd", [{id: "x", span: [1, 4]}]).lines[0].runs // [{start: 0, end: 1, claims: []}, {start: 1, end: 2, claims: [x]}]
 */
export function highlightSegments(text, claims = []) {
  const t = typeof text === "string" ? text : "";
  const placed = [];
  const skipped = [];
  for (const c of claims ?? []) {
    const [s, e] = Array.isArray(c?.span) ? c.span : [];
    if (Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= t.length) placed.push(c);
    else if (c) skipped.push(c);
  }
  placed.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const cuts = [...new Set(placed.flatMap((c) => c.span))].sort((a, b) => a - b);
  const lines = [];
  let active = [];
  let next = 0; // the next claim to start
  let cut = 0; // the next cut
  for (let start = 0; ;) {
    const nl = t.indexOf("\n", start);
    const end = nl < 0 ? t.length : nl;
    const runs = [];
    for (let at = start; at < end;) {
      let changed = false;
      if (active.some((c) => c.span[1] <= at)) ((active = active.filter((c) => c.span[1] > at)), (changed = true));
      while (next < placed.length && placed[next].span[0] <= at) (active.push(placed[next++]), (changed = true));
      if (changed) active.sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]));
      while (cut < cuts.length && cuts[cut] <= at) cut++;
      const to = Math.min(cut < cuts.length ? cuts[cut] : Infinity, end);
      runs.push({ start: at, end: to, claims: active.slice() });
      at = to;
    }
    lines.push({ start, end, runs });
    if (nl < 0) break;
    start = nl + 1;
  }
  return { lines, skipped };
}

// the claims of a highlight, by mark (a mark's data-claims also lists their ids, URI-encoded)
const MARK_CLAIMS = new WeakMap();

/** The claims a highlight (a `mark.claim-mark` of articleText) stands for. */
export const claimsOfMark = (mark) => MARK_CLAIMS.get(mark) ?? [];

/**
 * The article as published, one paragraph per line, in its language's direction, each claim's
 * evidence in a focusable `mark.claim-mark` coloured by its (innermost) kind.
 * @example articleText(article.text, article.claims, {language: "ar"})
 */
export function articleText(text, claims = [], { language = "ar" } = {}) {
  const t = typeof text === "string" ? text : "";
  const dir = language === "ar" ? "rtl" : "ltr";
  const { lines } = highlightSegments(t, claims);
  const paragraphs = lines
    .filter((line) => /\S/.test(t.slice(line.start, line.end)))
    .map((line) => html`<p dir=${dir}>${line.runs.map((run) => (run.claims.length ? claimMark(t.slice(run.start, run.end), run.claims) : t.slice(run.start, run.end)))}</p>`);
  // nothing between the paragraphs: the element's text is the article's own, line for line
  return html`<div class="article-text" lang=${language} dir=${dir}>${paragraphs}</div>`;
}

function claimMark(words, claims) {
  const kinds = [...new Set(claims.map((c) => c.kind))];
  const label = claims.length === 1 ? `${kindStyle(kinds[0]).label} claim` : `${claims.length} claims: ${kinds.map((k) => kindStyle(k).label).join(", ")}`;
  const mark = html`<mark
    class=${`claim-mark${kinds.length > 1 ? " mixed" : ""}`}
    tabindex="0"
    role="button"
    aria-label=${label}
    title=${label}
    data-kind=${kinds[0]}
    data-kinds=${kinds.join(" ")}
    data-claims=${claims.map((c) => encodeURIComponent(c.id)).join(" ")}
    data-depth=${String(Math.min(claims.length, 3))}
    style=${{ ...kindVars(kinds[0]), ...(kinds.length > 1 ? { "--ink2": kindStyle(kinds[1]).ink } : {}) }}
    >${words}</mark
  >`;
  MARK_CLAIMS.set(mark, claims);
  return mark;
}

/** A claim's words as published, isolated (an Arabic value inside an English line keeps its order). */
function published(words, language) {
  return html`<bdi dir="auto" lang=${language} class=${language === "ar" ? "ar" : ""}>${words}</bdi>`;
}

function party(claim, field, entities) {
  const id = claim[field];
  if (id != null) return html`${entityLabel(id, entities)} <code class="muted">${id}</code>`;
  const actor = claim.actors?.[field];
  if (actor) return html`<span>${[actor.type, actor.side, actor.nationality].filter(Boolean).join(", ")}</span> <span class="muted">(described, not named)</span>`;
  return null;
}

/**
 * One claim as the claim JSON holds it: its kind, evidence, parties, place, value and date (with
 * the words as published), attribution, fact (verdict and score), rule and any analyst's review.
 * @example claimDetail(claim, {text, language: "ar", entities})
 */
export function claimDetail(claim, { text = "", language = "ar", entities = new Map(), factsPath = "./facts" } = {}) {
  const dir = language === "ar" ? "rtl" : "ltr";
  const at = (span) => (Array.isArray(span) && typeof text === "string" && span[1] <= text.length ? text.slice(span[0], span[1]) : null);
  const wordsOf = (field) => {
    const words = at(claim.words?.[field]);
    if (words) return html` · as published: ${published(words, language)}`;
    return claim[field]?.text ? html` · as the kit read it: ${published(claim[field].text, language)}` : null;
  };
  const evidence = at(claim.span) ?? claim.evidence ?? "";
  const rows = [
    ["subject", party(claim, "subject", entities)],
    ["object", party(claim, "object", entities)],
    ["place", claim.place != null ? party(claim, "place", entities) : null],
    [
      "value",
      claim.value
        ? html`${formatValue(claim.value) || "—"}${claim.value.qualifier && claim.value.qualifier !== "exact" ? html` <span class="muted">(${claim.value.qualifier.replace(/_/g, " ")})</span>` : null}${claim.value.parts?.length ? ` · parts: ${claim.value.parts.join(", ")}` : null}${wordsOf("value")}`
        : null,
    ],
    ["date", claim.date ? html`${formatDate(claim.date)}${wordsOf("date")}` : null],
    ["according to", attributionName(claim.attribution, entities) ?? "the outlet itself"],
    ["confidence", claim.confidence != null ? String(claim.confidence) : null],
    ["scope", claim.scope ?? null],
    ["change", claim.change ?? null],
    [
      "fact",
      claim.fact
        ? html`<a href=${`${factsPath}#${encodeURIComponent(claim.fact.id)}`}>${claim.fact.label || claim.fact.id}</a> ${verdictBadge(claim.fact.verdict)}
            <span class="muted">score ${typeof claim.fact.score === "number" ? claim.fact.score.toFixed(2) : "—"}</span>`
        : html`<span class="muted">not aligned with any fact</span>`,
    ],
    ["rule", claim.rule ? html`<code>${claim.rule}</code>` : null],
    ["analyst", claim.review ? `${claim.review.action}${claim.review.note ? ` — ${claim.review.note}` : ""}${claim.review.by ? ` (${claim.review.by})` : ""}` : null],
  ].filter(([, v]) => v != null);
  return html`<section class="claim-detail" data-claim=${claim.id} style=${kindVars(claim.kind)}>
    <h3><span class="kind-chip">${kindStyle(claim.kind).label}</span></h3>
    <blockquote class=${`sentence ${language === "ar" ? "ar" : ""}`} dir=${dir} lang=${language}>${evidence}</blockquote>
    <dl>
      ${rows.map(
        ([k, v]) =>
          html`<div data-field=${k}>
            <dt>${k}</dt>
            <dd>${v}</dd>
          </div>`,
      )}
    </dl>
    <div class="meta">claim <code>${claim.id}</code></div>
  </section>`;
}

/** On a phone the panel is a sheet over the bottom of the screen: scroll the chosen words above it. */
function clearOfSheet(mark, panel) {
  if (!mark?.getBoundingClientRect || getComputedStyle(panel).position !== "fixed") return;
  const hidden = mark.getBoundingClientRect().bottom - panel.getBoundingClientRect().top + 12;
  if (hidden > 0) scrollBy({ top: hidden, behavior: "smooth" });
}

/** The legend: each kind of this article's claims, as highlighted, with its count. */
export function kindLegend(claims = []) {
  const counts = new Map();
  for (const c of claims) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const kinds = [...Object.keys(CLAIM_KINDS).filter((k) => counts.has(k)), ...[...counts.keys()].filter((k) => !(k in CLAIM_KINDS))];
  if (!kinds.length) return html`<p class="muted">The kit took no claim from this article.</p>`;
  return html`<div class="legend kind-legend">${kinds.map((k) => html`<span class="kind-chip" style=${kindVars(k)} data-kind=${k}>${kindStyle(k).label} <span class="count">${counts.get(k)}</span></span>`)}</div>`;
}

const HINT = "Click a highlight, or move to it with Tab, to see the claim the kit took from those words.";

/**
 * One article: its outlet, date, title and link, the legend of its claims' kinds, its text with
 * every claim highlighted, and the panel that shows the claims of the chosen highlight. `claimId`
 * opens that claim; `onSelect(claims)` is called when a highlight is chosen.
 * @example articleView(source, articles[source.id], {entities, claimId})
 */
export function articleView(source, article, { entities = new Map(), claimId = null, factsPath = "./facts", onSelect } = {}) {
  if (!source) return emptyNote("Choose an article from the list.");
  const language = source.language === "en" ? "en" : "ar";
  const text = typeof article?.text === "string" ? article.text : null;
  const claims = article?.claims ?? [];
  const body = text === null ? emptyNote("The text of this article is not in this build.") : articleText(text, claims, { language });
  const { skipped } = highlightSegments(text ?? "", claims);
  const panel = html`<aside class="claim-panel" aria-live="polite" aria-label="The claims of the chosen highlight"><p class="muted">${HINT}</p></aside>`;
  const marks = text === null ? [] : [...body.querySelectorAll("mark.claim-mark")];

  function show(chosen, mark) {
    for (const m of marks)
      m.classList.toggle(
        "selected",
        claimsOfMark(m).some((c) => chosen.includes(c)),
      );
    const close = html`<button type="button" class="close" aria-label="Close">×</button>`;
    close.onclick = () => {
      panel.classList.remove("open");
      quiet = true; // back to the highlight without opening it again
      mark?.focus?.({ preventScroll: true });
      quiet = false;
    };
    panel.replaceChildren(close, ...chosen.map((c) => claimDetail(c, { text, language, entities, factsPath })));
    panel.classList.add("open");
    globalThis.requestAnimationFrame?.(() => clearOfSheet(mark, panel));
  }
  let quiet = false;
  function choose(mark) {
    const chosen = claimsOfMark(mark);
    if (quiet || !chosen.length || (mark.classList.contains("current") && panel.classList.contains("open"))) return;
    for (const m of marks) m.classList.toggle("current", m === mark);
    show(chosen, mark);
    onSelect?.(chosen);
  }
  if (text !== null) onHighlight(body, choose);
  panel.addEventListener("keydown", (event) => event.key === "Escape" && panel.classList.remove("open"));

  if (claimId) {
    const claim = claims.find((c) => c.id === claimId);
    const mark = claim && marks.find((m) => claimsOfMark(m).includes(claim));
    if (mark) {
      for (const m of marks) m.classList.toggle("current", m === mark);
      show([claim], mark);
      globalThis.requestAnimationFrame?.(() => mark.scrollIntoView?.({ block: "center" }));
    } else {
      panel.replaceChildren(emptyNote(`No claim “${claimId}” in this article.`));
    }
  }

  return html`<article class="article-view" data-source=${source.id} lang="en">
    ${articleHead(source, language, text, claims)}
    ${kindLegend(claims)}
    <div class="article-body">
      <div class="card article-card">${body}${skipped.length ? html`<p class="muted">${skipped.length} claim${skipped.length === 1 ? "" : "s"} could not be placed in this text.</p>` : null}</div>
      ${panel}
    </div>
  </article>`;
}

/** A highlight chosen by a click, by moving to it (Tab), or by Enter or Space on it. */
function onHighlight(body, choose) {
  const markOf = (event) => event.target?.closest?.("mark.claim-mark");
  body.addEventListener("click", (event) => markOf(event) && choose(markOf(event)));
  body.addEventListener("focusin", (event) => markOf(event) && choose(markOf(event)));
  body.addEventListener("keydown", (event) => {
    const mark = markOf(event);
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      choose(mark);
    }
  });
}

/** An article's heading: its title, outlet, date, language, size, claims, id, file and link. */
function articleHead(source, language, text, claims) {
  const href = safeHref(source.url);
  return html`<header class="article-head">
      <h2 dir="auto" lang=${language} class=${language === "ar" ? "ar" : ""}>${source.title ?? html`<span class="muted" lang="en" dir="ltr">(no title)</span>`}</h2>
      <p class="meta">
        <bdi dir="auto">${outletName(source)}</bdi> · published ${formatPublished(source.published)} · ${language === "ar" ? "Arabic" : "English"} · ${(text?.length ?? source.chars ?? 0).toLocaleString("en-US")} characters ·
        ${claims.length} claim${claims.length === 1 ? "" : "s"}
      </p>
      <p class="meta">
        source <code>${source.id}</code>${source.path ? html` · <code>${source.path}</code>` : null} · ${href ? safeLink(href, "the original") : html`<span>${source.url ? "link not shown (not a web address)" : "no link"}</span>`}
      </p>
    </header>`;
}

/**
 * Sources matching a free-text query on their id, outlet, title, address, language and date.
 * @example searchArticles(sources, "enab")
 */
export function searchArticles(sources, query = "") {
  const q = String(query ?? "")
    .trim()
    .toLowerCase();
  if (!q) return sources ?? [];
  return (sources ?? []).filter((s) => [s.id, s.outlet, s.title, s.url, s.language, s.published?.start].some((x) => x != null && String(x).toLowerCase().includes(q)));
}

/**
 * The articles as a list, each its title (or id) linking to its page (`#<id>`) with its outlet,
 * date, language and id; the first `limit` only.
 * @example articleList(searchArticles(sources, query), {total: sources.length})
 */
export function articleList(sources, { limit = 200, total = sources?.length ?? 0 } = {}) {
  if (!sources?.length) return emptyNote(total ? "No article matches: try another word." : "No sources yet: add articles to data/sources/ (see How to).");
  return html`<div class="article-list">
    <p class="muted">
      ${sources.length === total ? `${total.toLocaleString("en-US")} articles` : `${sources.length.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} articles`}${sources.length > limit ? `; the first ${limit} shown: narrow the search` : ""}.
    </p>
    <ol>
      ${sources.slice(0, limit).map(
        (s) =>
          html`<li data-source=${s.id}>
            <a href=${`#${encodeURIComponent(s.id)}`} dir="auto" lang=${s.language} class=${s.language === "ar" && s.title ? "title ar" : "title"}>${s.title ?? html`<span lang="en">${s.id}</span>`}</a>
            <div class="meta"><bdi dir="auto">${outletName(s)}</bdi> · ${formatPublished(s.published)} · ${s.language === "ar" ? "Arabic" : "English"}${s.title ? html` · <code>${s.id}</code>` : null}</div>
          </li>`,
      )}
    </ol>
  </div>`;
}
