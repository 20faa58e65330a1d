/**
 * Showing untrusted text (article text, titles, outlet names, URLs, entity names) safely: always
 * as text through htl's escaping interpolation, links only for http(s) URLs.
 */
import { html } from "htl";

/** The URL if it is an absolute http(s) URL, else null (no `javascript:`, `data:`, relative…). */
export function safeHref(url) {
  if (typeof url !== "string") return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** A link to `url` labelled `label` when the URL is http(s); otherwise the label as plain text. */
export function safeLink(url, label = url) {
  const href = safeHref(url);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer nofollow">${label}</a>` : html`<span>${label ?? ""}</span>`;
}

/**
 * The address of an article on the Articles page (`articles#<source id>`), or of one of its claims
 * (`articles#<claim id>`, which opens the article at that claim).
 * @example articleHref("000_aa2c8bb3c71880e8") // "./articles#000_aa2c8bb3c71880e8"
 */
export const articleHref = (id, { page = "./articles" } = {}) => `${page}#${encodeURIComponent(id)}`;

/** A link to an article (or to one of its claims, with `claim`), labelled `label` (as text). */
export function articleLink(id, label = id, { claim = null, page } = {}) {
  return html`<a class="article-link" href=${articleHref(claim ?? id, { page })} data-source=${id}>${label}</a>`;
}

/**
 * Untrusted text inside a plain string (a tooltip, an ARIA label), isolated between U+2068 and
 * U+2069, so that its direction marks or overrides (a U+202E in an outlet's name) stop at its end
 * and never reorder the numbers beside it. In markup, put such text in a `<bdi>` instead.
 * @example isolate("Outlet") // "\u2068Outlet\u2069"
 */
export const isolate = (text) => `\u2068${text ?? ""}\u2069`;

/**
 * A text the kit wrote that names outlets (a verdict's reasons), with each of `names` in it put
 * in a `<bdi>`: a name's direction marks stay inside it and never reorder the figures around it.
 */
export function withIsolatedNames(text, names) {
  const known = [...new Set(names.filter((n) => n && text.includes(n)))].sort((a, b) => b.length - a.length);
  if (!known.length) return text;
  const parts = text.split(new RegExp(`(${known.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`));
  return html`${parts.map((p, i) => (i % 2 ? html`<bdi>${p}</bdi>` : p))}`;
}

/** The key that groups sources by outlet; an unknown outlet is its own key per article. */
export const outletKey = (source) => source?.outlet ?? `unknown:${source?.id}`;

/** The outlet's name, or "unknown outlet" with a short id of the article. */
export function outletName(source, { short = true } = {}) {
  if (!source) return "unknown source";
  if (source.outlet) return source.outlet;
  return short ? `unknown outlet (${shortId(source.id)})` : "unknown outlet";
}

/** A short form of a source id (`000_aa2c8bb3c71880e8` → `000`). */
export const shortId = (id) => (/^\d+_/.test(id) ? id.split("_")[0] : String(id).slice(0, 12));

/**
 * A publication date with its precision, e.g. "2020-01 (month)", or "unknown".
 * @example formatPublished({start: "2020-01-01", end: "2020-01-31", precision: "month"}) // "2020-01 (month)"
 */
export function formatPublished(published) {
  if (!published || !published.start) return "unknown";
  const { start, precision } = published;
  const shown = precision === "year" ? start.slice(0, 4) : precision === "month" ? start.slice(0, 7) : start;
  return `${shown} (${precision})`;
}

/** A claim's date interval with its precision, e.g. "2021-06-28 (day)" or "2020-01-01 – 2020-01-07 (week)". */
export function formatDate(date) {
  if (!date) return "no date";
  const { start, end, precision } = date;
  if (start && end && start === end) return `${start} (${precision})`;
  if (precision === "month" && start && end && start.slice(0, 7) === end.slice(0, 7)) return `${start.slice(0, 7)} (month)`;
  if (precision === "year" && start && end && start.slice(0, 4) === end.slice(0, 4)) return `${start.slice(0, 4)} (year)`;
  return `${start ?? "…"} – ${end ?? "…"} (${precision})`;
}

/** A value interval as text: "15,000", "10–99", "> 150", "≥ 5", "≤ 3". */
export function formatValue(value) {
  if (!value) return "";
  const f = (n) => n.toLocaleString("en-US");
  const { low, high, unit } = value;
  const u = unit ? ` ${unit}` : "";
  if (low != null && high != null) return low === high ? `${f(low)}${u}` : `${f(low)}–${f(high)}${u}`;
  if (low != null) return `≥ ${f(low)}${u}`;
  if (high != null) return `≤ ${f(high)}${u}`;
  return value.text ?? "";
}

/** Index rows by id: `byId(sources).get("000_…")`. */
export const byId = (rows) => new Map((rows ?? []).map((d) => [d.id, d]));

/** An entity's English name, or its id when the gazetteer has none. */
export function entityName(id, entities) {
  if (id == null) return "";
  const e = entities?.get(id);
  return e?.name_en || String(id);
}

/** An entity as "English name" followed by its Arabic name (right-to-left, Arabic font). */
export function entityLabel(id, entities) {
  if (id == null) return html`<span class="muted">—</span>`;
  const e = entities?.get(id);
  if (!e) return html`<span>${String(id)}</span>`;
  return html`<span>${e.name_en || e.id}${e.name_ar ? html` <bdi lang="ar" dir="rtl" class="ar">${e.name_ar}</bdi>` : null}</span>`;
}

/** What an attribution refers to: an entity's name when it is an id, else the phrase itself. */
export function attributionName(attribution, entities) {
  if (!attribution) return null;
  return entities?.get(attribution)?.name_en ?? attribution;
}

/** Limits of a quoted sentence, in characters on each side of the evidence. */
const SENTENCE_LIMIT = 320;

/**
 * The text of `source` from `start` to `end`: `texts[source]` is the whole body, or a list of
 * `[start, text]` pieces of it (data/texts.json); null when that stretch is not there.
 */
export function sliceText(texts, source, start, end) {
  const t = texts?.[source];
  if (typeof t === "string") return end <= t.length ? t.slice(start, end) : null;
  for (const [at, text] of t ?? []) if (at <= start && end <= at + text.length) return text.slice(start - at, end - at);
  return null;
}

/**
 * A claim's evidence inside its sentence, as published: a block in the article's direction and
 * font with the evidence in a `<mark>`. Falls back to the evidence alone if the text is missing.
 */
export function evidenceInSentence(claim, { texts, source } = {}) {
  const language = source?.language ?? "ar";
  const dir = language === "ar" ? "rtl" : "ltr";
  const [s, e] = claim.span ?? [0, 0];
  let [cs, ce] = claim.context ?? [s, e];
  let before = "";
  let after = "";
  let evidence = claim.evidence;
  if (cs <= s && e <= ce) {
    if (s - cs > SENTENCE_LIMIT) cs = s - SENTENCE_LIMIT;
    if (ce - e > SENTENCE_LIMIT) ce = e + SENTENCE_LIMIT;
    const head = sliceText(texts, claim.source, cs, s);
    const tail = sliceText(texts, claim.source, e, ce);
    if (head !== null && tail !== null) {
      before = (cs > claim.context[0] ? "… " : "") + head;
      after = tail + (ce < claim.context[1] ? " …" : "");
    }
  }
  return html`<blockquote class=${`sentence ${language === "ar" ? "ar" : ""}`} dir=${dir} lang=${language}>${before}<mark class="evidence">${evidence}</mark>${after}</blockquote>`;
}

/** A "nothing here yet" message, for pages whose data is still empty. */
export function emptyNote(message) {
  return html`<p class="empty">${message}</p>`;
}
