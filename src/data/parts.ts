// Every file the site's pages load, made from one analysis in one process (packed by ../data.tar.ts):
// the analysis's outputs (see README, "Outputs"), what the overview, the quoting pages and the
// Articles page need of it, the changelog, the exports and the base map.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { claimContexts, claimReviews, claimsCsv, factsCsv, overviewData, recordRun, type Analysis, type Claim, type Cluster } from "../../loaders/index.ts";
import { ARTICLE_FILES, articleFile } from "../components/articles.js";
import { publishedWords, wordsAt, type Span } from "./words.ts";

const fact = (c: Cluster | undefined) => (c ? { id: c.id, label: c.label, verdict: c.review?.verdict ?? c.verdict, score: c.score } : null);

type ArticleClaim = Omit<Claim, "evidence"> & { fact: ReturnType<typeof fact>; words: { value: Span; date: Span } };

/**
 * The Articles page's data: per source, its text as published and its claims, each with its fact and
 * where the words of its value and date stand in the text. Apart from texts.json (the sentences the
 * other pages show) because whole articles are ~48 MB at 2,897; only the Articles page loads it, in
 * ARTICLE_FILES files by id (`articleFile`), and only the file of the article it shows.
 */
export function articlesData(a: Analysis, bodies: Map<string, string>) {
  const factOf = new Map(a.clusters.flatMap((c) => c.claims.map((id) => [id, c] as const)));
  const articles: Record<string, { text: string | null; claims: ArticleClaim[] }> = {};
  for (const s of a.sources) articles[s.id] = { text: bodies.get(s.id) ?? null, claims: [] };
  // a claim's evidence is text.slice(...span): not shipped twice
  for (const { evidence: _, ...c } of a.claims) {
    const body = bodies.get(c.source);
    if (body === undefined || !articles[c.source]) continue;
    const words = { value: wordsAt(body, c.context, c.value?.text), date: wordsAt(body, c.context, c.date?.text) };
    articles[c.source].claims.push({ ...c, fact: fact(factOf.get(c.id)), words });
  }
  return articles;
}

const require = createRequire(import.meta.url);
const REGION = ["760", "368", "792", "400", "422", "376", "275", "364", "682", "414", "196"]; // ISO 3166 numeric

/** The base map of the Events page: Syria, Iraq and their neighbours as GeoJSON, from world-atlas. */
export function regionData() {
  const { feature } = require("topojson-client"); // untyped package: loaded through require
  const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
  const countries: { features: { id: string }[] } = feature(world, world.objects.countries);
  return { type: "FeatureCollection", features: countries.features.filter((f) => REGION.includes(f.id)) };
}

/**
 * The site's files by their name under `data/` (what the pages give FileAttachment), each made as
 * text when asked for (one at a time: see tar.ts). `bodies`: each source's text as published, by id.
 * Smallest first (at 2,897 articles): Framework reads the archive from its start to the file it serves.
 */
export function siteParts(a: Analysis, corpus: string, bodies: Map<string, string>): Array<[string, () => string]> {
  const json = (x: unknown) => () => JSON.stringify(x);
  const articles = articleFiles(a, bodies);
  return [
    ["sources.json", json(a.sources)],
    ["entities.json", json(a.entities)],
    // what the latest runs changed, newest first: new sources and facts, verdicts and values that moved
    ["changes.json", () => JSON.stringify(recordRun(corpus, a).history)],
    // the words of each claim's value and date as published, where they differ from those it keeps (words.ts)
    ["words.json", () => JSON.stringify(publishedWords(a.claims, bodies))],
    ["region.json", () => JSON.stringify(regionData())],
    // the export/ files are as `triangulate export` writes them
    ["export/claimreview.json", () => JSON.stringify(claimReviews(a, process.env.TRIANGULATE_SITE_URL ?? "http://127.0.0.1:3000"))],
    // what the overview needs, and no more: counts, outlets, and per fact its verdict and stances
    ["overview.json", () => JSON.stringify(overviewData(a))],
    ["issues.json", json(a.issues)],
    ["export/facts-csv.txt", () => factsCsv(a)],
    ...articles,
    ["clusters.json", json(a.clusters)],
    ["export/claims-csv.txt", () => claimsCsv(a)],
    // the sentences the claims stand in (pieces of each article), to show evidence inside its sentence
    ["texts.json", () => JSON.stringify(claimContexts(a, bodies))],
    ["claims.json", json(a.claims)],
  ];
}

/** The Articles page's files, `articles/00.json` to `articles/31.json`: each an object of the articles `articleFile` puts in it. */
export function articleFiles(a: Analysis, bodies: Map<string, string>): Array<[string, () => string]> {
  const files = Array.from({ length: ARTICLE_FILES }, () => ({}) as ReturnType<typeof articlesData>);
  for (const [id, article] of Object.entries(articlesData(a, bodies))) files[articleFile(id)][id] = article;
  return files.map((f, i) => [`articles/${String(i).padStart(2, "0")}.json`, () => JSON.stringify(f)]);
}
