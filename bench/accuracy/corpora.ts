/**
 * The real corpora the accuracy harness reads: unifiedfc (Arabic) and FA-KES (English), as rows,
 * and as source files in the kit's corpus format (front matter + the text as the corpus gives it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { stringify } from "yaml";
import { SHARED, readUnifiedfc, type UnifiedArticle } from "../corpora.ts";

export { readUnifiedfc, type UnifiedArticle };
export const FAKES = join(SHARED, "corpus", "fa-kes", "fakes.csv");

/** unifiedfc claim groups kept for independent evaluation: none of their articles may enter the gold. */
export const RESERVED = /^(?:R-342|R-392|R-563|V-14|V-255|V-46)-/;

export interface FakesRow {
  unit_id: string;
  article_title: string;
  article_content: string;
  source: string;
  /** The annotated event date, m/d/yy. */
  date: string;
  location: string;
  actor: string;
  cause_of_death: string;
  nb_children: string;
  nb_civilians: string;
  nb_noncivilians: string;
  nb_women: string;
  label: string;
}

export const readFakes = (): FakesRow[] => csvParse(readFileSync(FAKES, "utf8")) as unknown as FakesRow[];

/** FA-KES's m/d/yy as an ISO day. */
export function fakesDay(d: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(d.trim());
  if (!m) return null;
  return `20${m[3]}-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A dateline at the very start of an article ("Wed 05 Apr 2017", "12 February 2015"), as an ISO day. */
export function dateline(text: string): string | null {
  const m = /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(20\d\d)\b/i.exec(text);
  if (!m) return null;
  const mo = MONTHS.indexOf(m[2].toLowerCase());
  if (mo < 0 || +m[1] < 1 || +m[1] > 31) return null;
  return `${m[3]}-${String(mo + 1).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
};

/** A day in an article's address (…/2017/11/09/…, …/06/12/2017/…), as an ISO day, or null. */
export function urlDay(url: string): string | null {
  let m = /\/(20[01]\d)[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|[^\d])/.exec(url);
  if (m && +m[2] <= 12 && +m[3] <= 31) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  m = /\/(\d{1,2})\/(\d{1,2})\/(20[01]\d)\//.exec(url);
  if (m && +m[2] <= 12 && +m[1] <= 31) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  m = /\/(\d{1,2})\.(\d{1,2})\.(20[01]\d)(?:\/|$)/.exec(url);
  if (m && +m[2] <= 12 && +m[1] <= 31) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return null;
}

const file = (front: Record<string, unknown>, body: string) => `---\n${stringify(front, { lineWidth: 0 }).trimEnd()}\n---\n${body}`;

/** A unifiedfc article as a source file; its date from its address where that holds one. */
export function unifiedfcSource(a: UnifiedArticle & { stance?: string }): { id: string; text: string } {
  if (RESERVED.test(a.id)) throw new Error(`${a.id} belongs to a claim group reserved for independent evaluation`);
  const url = /^https?:\/\//.test(a.url) ? a.url : null;
  const day = url ? urlDay(decodeURI(url)) : null;
  const notes = [`unifiedfc ${a.id} (claim ${a.claim_id}${a.stance ? `, stance ${a.stance}` : ""})`, day ? "published: the day in the article's address" : "published: unknown (the corpus gives no date)"];
  return { id: `ufc-${a.id.toLowerCase()}`, text: file({ outlet: url ? hostOf(url) : null, url, published: day, language: "ar", title: null, notes: notes.join("; ") }, a.text) };
}

/** A FA-KES article as a source file; published is its dateline, else FA-KES's annotated day. */
export function fakesSource(r: FakesRow): { id: string; text: string } {
  const own = dateline(r.article_content);
  const day = own ?? fakesDay(r.date);
  const notes = `FA-KES ${r.unit_id}; published: ${own ? "the article's dateline" : "FA-KES's annotated event day (the corpus gives no publication date)"}`;
  const title = r.article_title.trim() || null;
  return { id: `fakes-${r.unit_id}`, text: file({ outlet: r.source || null, url: null, published: day, language: "en", title, notes }, r.article_content) };
}
