/**
 * Corpora for tests and benchmarks: the real unifiedfc articles written out as a corpus folder
 * (front matter + text), so the kit reads them exactly as it reads `data/`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

export const SHARED = resolve(import.meta.dirname, "..", "..", "shared");
export const UNIFIEDFC = join(SHARED, "corpus", "unifiedfc", "articles.jsonl.gz");

export interface UnifiedArticle {
  id: string;
  claim_id: string;
  url: string;
  text: string;
}

/** The unifiedfc articles (2,897), in file order. */
export function readUnifiedfc(): UnifiedArticle[] {
  return gunzipSync(readFileSync(UNIFIEDFC))
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const outletOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
};

/** Front matter + text of one unifiedfc article as a source file. */
export function sourceFile(a: UnifiedArticle): string {
  const url = /^https?:\/\//.test(a.url) ? a.url : null;
  return `---\noutlet: ${JSON.stringify(url ? outletOf(url) : null)}\nurl: ${JSON.stringify(url)}\npublished: null\nlanguage: ar\ntitle: null\nnotes: "unifiedfc ${a.id} (claim ${a.claim_id})"\n---\n${a.text}`;
}

/** Write (some of) the unifiedfc articles as `dir/sources/<id>.md`; returns the folder. */
export function writeUnifiedfcCorpus(dir: string, limit = Infinity, offset = 0): string {
  mkdirSync(join(dir, "sources"), { recursive: true });
  for (const a of readUnifiedfc().slice(offset, offset + limit)) writeFileSync(join(dir, "sources", `${a.id}.md`), sourceFile(a));
  return dir;
}
