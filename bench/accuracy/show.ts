/**
 * Print the claims the kit extracts from one article, or from a sentence given on the command line:
 *   tsx bench/accuracy/show.ts <article.md> [--grep WORD]
 *   tsx bench/accuracy/show.ts --text "Russian air strikes killed 34 civilians." [--lang en] [--published 2017-11-26]
 * For writing rules on dev articles; never point it at the test split.
 */
import { parseArgs } from "node:util";
import { readSource } from "../../loaders/corpus/read.ts";
import { loadGazetteer } from "../../loaders/gazetteer/load.ts";
import { compileMatcher } from "../../loaders/gazetteer/match.ts";
import { analyzeArticle } from "../../loaders/extract/article.ts";
import { parsePublished } from "../../loaders/corpus/published.ts";
import { DATA_DIR } from "../../loaders/config.ts";
import { join } from "node:path";
import type { Source } from "../../loaders/corpus/types.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { text: { type: "string" }, lang: { type: "string" }, published: { type: "string" }, grep: { type: "string" } } });
if (positionals.some((p) => p.includes("/test/"))) throw new Error("the test split is only scored: do not read it while writing rules");
const g = loadGazetteer(join(DATA_DIR, "gazetteer"));
const matcher = compileMatcher(g);
let source: Source;
if (values.text) {
  const lang = (values.lang ?? (/[\u0600-\u06ff]/.test(values.text) ? "ar" : "en")) as "ar" | "en";
  source = { id: "text", path: "text", body: values.text, outlet: null, url: null, published: parsePublished(values.published ?? null) ?? null, language: lang, title: null, notes: null, chars: values.text.length, hash: "" } as Source;
} else {
  const r = readSource(positionals[0]);
  if (!r.source) throw new Error(r.problems.map((p) => p.message).join("; "));
  source = r.source;
}
const res = analyzeArticle(source, matcher);
const v = (c: (typeof res.claims)[number]) => (c.value ? `${c.value.low ?? "-inf"}..${c.value.high ?? "inf"} ${c.value.unit ?? ""}` : "");
for (const c of res.claims) {
  if (values.grep && !c.evidence.includes(values.grep)) continue;
  const actors = c.actors ? ` actors=${JSON.stringify(c.actors)}` : "";
  console.log(
    `${c.kind.padEnd(10)} ${(c.rule ?? "legacy").padEnd(34)} s=${c.subject ?? "-"} o=${c.object ?? "-"} p=${c.place ?? "-"} ${v(c)} ${c.date ? `${c.date.start}..${c.date.end}` : ""}${c.scope ? ` [${c.scope}]` : ""}${actors}\n    | ${c.evidence.replace(/\s+/g, " ").slice(0, 160)}`,
  );
}
