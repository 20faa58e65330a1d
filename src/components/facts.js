/** The fact explorer: a list of facts, and one fact with the outlets' own sentences side by side. */
import { html } from "htl";
import { effectiveVerdict } from "./overview.js";
import { factStances, silentOutlets } from "./silence.js";
import { articleLink, attributionName, byId, emptyNote, entityLabel, entityName, evidenceInSentence, formatDate, formatPublished, formatValue, outletName, safeHref, safeLink, shortId, withIsolatedNames } from "./text.js";
import { STANCE_STYLES, verdictBadge } from "./verdicts.js";

/**
 * The id in the page's URL hash (`/facts#<id>`, `/articles#<id>`), yielded again whenever the hash changes.
 * @example const id = hashId(); // a generator cell in a page
 */
export async function* hashId() {
  const read = () => {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return location.hash.slice(1); // a stray % in a hand-typed address
    }
  };
  let wake;
  let changed = new Promise((resolve) => (wake = resolve));
  const onchange = () => wake();
  addEventListener("hashchange", onchange);
  try {
    yield read();
    while (true) {
      await changed;
      changed = new Promise((resolve) => (wake = resolve));
      yield read();
    }
  } finally {
    removeEventListener("hashchange", onchange);
  }
}

/**
 * Facts matching a free-text query (label, key, entity names), a kind and a verdict.
 * @example searchFacts(clusters, {query: "bukamal", verdict: "contested"}, entities)
 */
export function searchFacts(clusters, { query = "", kind = "all", verdict = "all" } = {}, entities = new Map()) {
  const q = query.trim().toLowerCase();
  return (clusters ?? []).filter((c) => {
    if (kind !== "all" && c.kind !== kind) return false;
    if (verdict !== "all" && effectiveVerdict(c) !== verdict) return false;
    if (!q) return true;
    const names = [c.subject, c.object, c.place].flatMap((id) => {
      const e = entities.get(id);
      return e ? [e.name_en, e.name_ar, ...(e.aliases ?? [])] : [id];
    });
    return [c.label, c.key, c.id, ...names].some((s) => s && String(s).toLowerCase().includes(q));
  });
}

/**
 * The list of facts as links to `#<id>`, the selected one marked; the first `limit` only.
 * @example factList(clusters, {selected: id})
 */
export function factList(clusters, { selected = null, limit = 300 } = {}) {
  if (!clusters?.length) return emptyNote("No facts match (or none have been aligned yet).");
  return html`<div class="fact-list">
    ${clusters
      .slice(0, limit)
      .map(
        (c) => html`<a href=${`#${encodeURIComponent(c.id)}`} aria-current=${c.id === selected ? "true" : "false"} data-fact=${c.id}>${verdictBadge(effectiveVerdict(c))} ${c.label || c.key}</a>`,
      )}${clusters.length > limit ? html`<p class="muted">… and ${clusters.length - limit} more: narrow the search.</p>` : null}
  </div>`;
}

/**
 * One fact: its verdict, score and reasons, any analyst review (a human decision), who confirms,
 * contradicts or is silent (with `coverage` from coverageIndex: the outlets whose articles cover
 * its place and period but say nothing of it, and why), then each outlet's own sentence side by
 * side with the evidence highlighted, its value and date in the words as published (`words`), its
 * attribution and link.
 * @example factView(cluster, {claims, sources, texts, entities, words, coverage})
 */
export function factView(cluster, { claims = [], sources = [], texts = {}, entities = new Map(), words = {}, coverage = null, maxClaims = 60, maxReasons = 20 } = {}) {
  if (!cluster) return emptyNote("Choose a fact from the list.");
  const claimIndex = claims instanceof Map ? claims : byId(claims);
  const sourceIndex = byId(sources);
  const members = cluster.claims.map((id) => claimIndex.get(id)).filter(Boolean);
  const shown = members.slice(0, maxClaims);
  const reasons = cluster.reasons ?? [];
  const outlets = cluster.sources.map((id) => sourceIndex.get(id)?.outlet);
  const machine = cluster.verdict;
  const verdict = effectiveVerdict(cluster);
  return html`<article class="fact" data-fact=${cluster.id}>
    <h2>${cluster.label || cluster.key}</h2>
    <p>${verdictBadge(verdict)} <span class="muted">score ${formatScore(cluster.score)} · ${cluster.kind} · ${cluster.sources.length} source${cluster.sources.length === 1 ? "" : "s"}</span></p>
    <p>${["subject", "object", "place"].filter((f) => cluster[f] != null).map((f) => html`<span class="muted">${f}:</span> ${entityLabel(cluster[f], entities)} `)}</p>
    ${
      cluster.review
        ? html`<div class="review">
            <strong>Analyst review (a human decision)</strong>${
              cluster.review.verdict && cluster.review.verdict !== machine ? html`: verdict set to ${verdictBadge(cluster.review.verdict)} (the machine said ${machine})` : null
            }${cluster.review.by ? html` — by ${cluster.review.by}` : null}${cluster.review.note ? html`<p>${cluster.review.note}</p>` : null}
          </div>`
        : null
    }
    <h3>Why this verdict</h3>
    ${
      reasons.length
        ? html`<ul class="reasons">
              ${reasons.slice(0, maxReasons).map((r) => html`<li>${withIsolatedNames(r, outlets)}</li>`)}
            </ul>
            ${reasons.length > maxReasons ? html`<p class="muted">… and ${reasons.length - maxReasons} more reasons.</p>` : null}`
        : html`<p class="muted">No reasons given.</p>`
    }
    <h3>Who confirms, who contradicts, who is silent</h3>
    ${outletsBoard(cluster, { sources: sourceIndex, claims: claimIndex, entities, coverage })}
    <h3>What each outlet says</h3>
    ${
      members.length
        ? html`<div class="side-by-side">${shown.map((c) => claimCard(c, { cluster, source: sourceIndex.get(c.source), texts, entities, words }))}</div>
            ${members.length > shown.length ? html`<p class="muted">Showing ${shown.length} of ${members.length} claims.</p>` : null}`
        : emptyNote("The claims of this fact are missing from claims.json.")
    }
  </article>`;
}

const formatScore = (s) => (typeof s === "number" ? s.toFixed(2) : "—");

const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const period = ({ start, end }) => (end - start <= 864e5 ? day(start) : `${day(start)} to ${day(end - 864e5)}`);

/** An outlet's name (isolated: it may be Arabic, or hostile) and links to its articles by short id. */
const outletWithArticles = (o) => html`<li><bdi class="outlet-name">${o.name}</bdi> <span class="meta">${o.sources.map((id, i) => html`${i ? ", " : ""}${articleLink(id, shortId(id))}`)}</span></li>`;

/**
 * The outlets of a fact in three columns: those that confirm it, those that contradict it or give
 * another value, and those silent on it, each silent outlet with the article that makes it count
 * (linked) and why: a claim placed in the fact's area, dated or published in its window.
 * @example outletsBoard(cluster, {sources, claims, entities, coverage})
 */
export function outletsBoard(cluster, { sources, claims, entities = new Map(), coverage = null, maxSilent = 30 } = {}) {
  const { confirms, contradicts, differs } = factStances(cluster, sources);
  const silence = coverage ? silentOutlets(cluster, coverage, { claims }) : null;
  const column = (stance, title, list, body) =>
    html`<section class=${`board-col stance-col-${stance}`} data-stance=${stance}>
      <h4><span class=${`stance-${stance}`}>${STANCE_STYLES[stance].glyph}</span> ${title} <span class="count">(${list.length})</span></h4>
      ${body}
    </section>`;
  const places = silence?.areas.map((a) => entityName(a, entities)).join(", ");
  return html`<div class="outlets-board">
    ${column(
      "confirms",
      "Confirm",
      confirms,
      confirms.length
        ? html`<ul>
            ${confirms.map(outletWithArticles)}
          </ul>`
        : html`<p class="muted">No outlet confirms it.</p>`,
    )}
    ${column(
      "contradicts",
      "Contradict or differ",
      [...contradicts, ...differs],
      contradicts.length + differs.length
        ? html`<ul>
            ${[...contradicts, ...differs].map((o) => html`${outletWithArticles(o)}`)}
          </ul>`
        : html`<p class="muted">No outlet contradicts it.</p>`,
    )}
    ${column(
      "silent",
      "Silent",
      silence?.outlets ?? [],
      !silence
        ? html`<p class="muted">Not computed here.</p>`
        : !silence.judged
          ? html`<p class="muted">Not judged: ${silence.why}.</p>`
          : html`<p class="meta">
                Outlets with an article on ${places} dated ${period(silence.window)} (${silence.window.from === "claims" ? "the fact's dates" : "its articles' publication, ± a month"}), or published then or up to three days after, that say
                nothing of this fact:
              </p>
              ${
                silence.outlets.length
                  ? html`<ul>
                        ${silence.outlets.slice(0, maxSilent).map(
                          (o) =>
                            html`<li data-outlet=${o.key}>
                                <bdi class="outlet-name">${o.name}</bdi>${o.articles.slice(0, 3).map((a) => silentReason(a, entities))}${
                                  o.articles.length > 3 ? html`<div class="meta">… and ${o.articles.length - 3} more articles.</div>` : null
                                }
                              </li>`,
                        )}
                      </ul>
                      ${silence.outlets.length > maxSilent ? html`<p class="muted">… and ${silence.outlets.length - maxSilent} more outlets.</p>` : null}`
                  : html`<p class="muted">None: every outlet that wrote about this place then speaks of it.</p>`
              }`,
    )}
  </div>`;
}

/** Why an article makes its outlet silent: its id (linked), and the claim that places it there and then. */
function silentReason({ source, claim, why, fact }, entities) {
  return html`<div class="meta why" data-source=${source.id}>
    ${articleLink(source.id, shortId(source.id))} (${formatPublished(source.published)}): ${claim.kind.replace("_", " ")} at ${entityName(claim.place, entities)},
    ${why === "dated" ? `dated ${formatDate(claim.date)}` : "published in the window"}${fact ? html` — fact ${html`<a href=${`#${encodeURIComponent(fact.id)}`}>${fact.label || fact.key}</a>`}` : null}
  </div>`;
}

/** One outlet's claim: outlet, stance, date and precision, attribution, link, and its sentence (value and date in its own words). */
export function claimCard(claim, { cluster, source, texts = {}, entities = new Map(), words = {} } = {}) {
  const stance = cluster?.stances?.[claim.source];
  return html`<div class="card claim" data-claim=${claim.id}>
    <div>
      <strong>${articleLink(claim.source, html`<bdi>${outletName(source)}</bdi>`)}</strong
      >${stance ? html` <span class=${`stance-${stance}`} style="padding:0 .35em;border-radius:3px">${STANCE_STYLES[stance]?.glyph} ${STANCE_STYLES[stance]?.label ?? stance}</span>` : null}
    </div>
    <div class="meta">article ${formatPublished(source?.published)}${source?.title ? html` · <bdi>${source.title}</bdi>` : null}</div>
    ${evidenceInSentence(claim, { texts, source })}
    <div class="meta">
      ${claim.value ? html`<div data-field="value">value: ${formatValue(claim.value)}${said(words[claim.id]?.value ?? claim.value.text)}</div>` : null}
      ${claim.date ? html`<div data-field="date">date: ${formatDate(claim.date)}${said(words[claim.id]?.date ?? claim.date.text)}</div>` : null}
      <div>according to: ${attributionName(claim.attribution, entities) ?? "the outlet itself"}</div>
      ${claim.review ? html`<div>analyst: ${claim.review.action}${claim.review.note ? ` — ${claim.review.note}` : ""}</div>` : null}
      <div>claim ${articleLink(claim.source, html`<code>${claim.id}</code>`, { claim: claim.id })} <span class="muted">(in its article)</span></div>
      <div>
        ${safeHref(source?.url) ? safeLink(source.url, "the original") : html`<span>${source?.url ? "link not shown (not a web address)" : "no link"}</span>`} ·
        ${articleLink(claim.source, html`<code>${source?.path ?? claim.source}</code>`)}
      </div>
    </div>
  </div>`;
}

/** The outlet's own words, isolated in their direction, with brackets outside the isolation. */
const said = (text) => (text ? html` (<bdi dir="auto" class="said">${text}</bdi>)` : null);
