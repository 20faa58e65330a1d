import { describe, expect, test } from "vitest";
import { join } from "node:path";
import { analyzeArticle } from "../loaders/extract/article.ts";
import { loadGazetteer } from "../loaders/gazetteer/load.ts";
import { compileMatcher } from "../loaders/gazetteer/match.ts";
import { parsePublished } from "../loaders/corpus/published.ts";
import { ACTOR_ROWS, findActors } from "../loaders/extract/actors.ts";
import { RULE_TABLES } from "../loaders/extract/rules/index.ts";
import { normalize } from "../loaders/text/normalize.ts";
import type { Source } from "../loaders/corpus/types.ts";
import { ROOT } from "./helpers.ts";

const matcher = compileMatcher(loadGazetteer(join(ROOT, "data", "gazetteer"), { keep: false }));
const article = (body: string, language: "ar" | "en"): Source =>
  ({ id: "example", path: "example.md", body, outlet: null, url: null, published: parsePublished("2017-11-20")!, language, title: null, notes: null, chars: body.length, hash: "x" }) as Source;

describe("every extraction rule reads its own example through the whole extractor", () => {
  const rows = RULE_TABLES.flatMap((t) => t.rows);
  test.each(rows.map((r) => [r.id, r]))("%s", (id, r) => {
    const lang = id.split("/")[1] as "ar" | "en";
    const claims = analyzeArticle(article(r.example, lang), matcher).claims;
    expect(claims.map((c) => c.rule), JSON.stringify(claims.map((c) => [c.rule, c.value?.low, c.value?.unit]))).toContain(id);
  });
});

describe("described actors (loaders/extract/actors.ts)", () => {
  test.each(ACTOR_ROWS.map((r) => [r.example, r]))("%s", (example, r) => {
    const found = findActors(normalize(example).text, r.ar ? "ar" : "en");
    expect(found.map((a) => [a.type, a.side])).toContainEqual([r.type, r.side ?? null]);
  });
});
