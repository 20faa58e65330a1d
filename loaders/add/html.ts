import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** An article taken out of a saved web page, with the metadata the page states. */
export interface PageArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** How each metadata field was found, for the source's notes. */
  found: Record<string, string>;
}

/** Does this look like an HTML page rather than plain text? */
export const isHtml = (s: string) => /^\s*(?:<!doctype html|<html|<head|<body|<meta|<article)/i.test(s) || /<\/(?:p|div|article|body)>/i.test(s.slice(0, 20000));

const BLOCK = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption";

/** Elements whose content is never an article's text, found as a tokenizer would from the left. */
const INERT = /<(script|style|noscript|template)\b|<!--/gi;

/**
 * The page without its scripts, styles, noscript and template elements and its comments (a JSON-LD
 * script, whose metadata Readability reads, stays), cut in one pass from the left: Readability drops
 * them anyway, but only after the DOM holds them, and on a large page they are most of its bytes.
 */
export function withoutInert(html: string): string {
  const parts: string[] = [];
  let at = 0;
  INERT.lastIndex = 0;
  for (let m = INERT.exec(html); m; m = INERT.exec(html)) {
    const tag = m[1]?.toLowerCase();
    const close = tag ? indexOfIgnoringCase(html, `</${tag}`, m.index + m[0].length) : html.indexOf("-->", m.index + 4);
    // (an element never closed runs to the end of the page, as in a browser)
    const end = close < 0 ? html.length : tag ? html.indexOf(">", close) + 1 || html.length : close + 3;
    INERT.lastIndex = end;
    if (tag === "script" && /^[^>]*application\/ld\+json/i.test(html.slice(m.index, html.indexOf(">", m.index) + 1))) continue;
    parts.push(html.slice(at, m.index));
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join("");
}

/** The first `needle` (lower case, no pattern characters) in `s` from `from`, in any case. */
function indexOfIgnoringCase(s: string, needle: string, from: number): number {
  const re = new RegExp(needle, "gi");
  re.lastIndex = from;
  return re.exec(s)?.index ?? -1;
}

/**
 * Extract an article's text from a saved HTML page with Readability (navigation, menus, footers
 * and ads dropped), one paragraph per line, and the page's own metadata (title, site name,
 * publication time, canonical URL).
 */
export function extractFromHtml(html: string): PageArticle {
  const { document } = parseHTML(withoutInert(html));
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute("content")?.trim() || null;
  const found: Record<string, string> = {};
  const publishedMeta = meta('meta[property="article:published_time"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]');
  const time = document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta('meta[property="og:url"]');
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const ogTitle = meta('meta[property="og:title"]');
  const article = new Readability(document as unknown as Document).parse();
  if (!article) throw new Error("no article text found in the HTML page");
  const { document: content } = parseHTML(`<html><body>${article.content ?? ""}</body></html>`);
  const paragraphs: string[] = [];
  for (const el of content.querySelectorAll(BLOCK)) {
    if (el.querySelector(BLOCK)) continue; // keep the innermost blocks only
    const t = (el.textContent ?? "").replace(/[ \t\r\n]+/g, " ").trim();
    if (t) paragraphs.push(t);
  }
  const text = paragraphs.length ? paragraphs.join("\n\n") : (article.textContent ?? "").trim();
  const title = ogTitle ?? article.title ?? null;
  if (title) found.title = ogTitle ? "the page's og:title" : "the page's <title>";
  const outlet = siteName ?? article.siteName ?? null;
  if (outlet) found.outlet = "the page's og:site_name";
  const published = publishedMeta ?? time ?? article.publishedTime ?? null;
  if (published) found.published = publishedMeta ? "the page's article:published_time" : "the page's <time datetime>";
  const url = canonical && /^https?:\/\//i.test(canonical) ? canonical : null;
  if (url) found.url = "the page's canonical link";
  return { text, title, outlet, published: published ? published.slice(0, 10) : null, url, found };
}
