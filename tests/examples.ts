/** What the extraction tests share: the project's gazetteer compiled once, and an example article published on 20 November 2017. */
import { join } from "node:path";
import { loadGazetteer } from "../loaders/gazetteer/load.ts";
import { compileMatcher } from "../loaders/gazetteer/match.ts";
import { parsePublished } from "../loaders/corpus/published.ts";
import type { Source } from "../loaders/corpus/types.ts";
import { analyzeArticle } from "../loaders/extract/article.ts";
import type { Claim, ClaimKind } from "../loaders/types.ts";
import { ROOT } from "./helpers.ts";

/** The matcher of data/gazetteer. */
export const matcher = compileMatcher(loadGazetteer(join(ROOT, "data", "gazetteer"), { keep: false }));

/** A text as an article of 20 November 2017 in `language`. */
export const article = (body: string, language: "ar" | "en"): Source =>
  ({ id: "example", path: "example.md", body, outlet: null, url: null, published: parsePublished("2017-11-20")!, language, title: null, notes: null, chars: body.length, hash: "x" }) as Source;

/** The claims of one kind the kit takes from a text, as an example article in `language`. */
export const claimsOf = (kind: ClaimKind, text: string, language: "ar" | "en"): Claim[] => analyzeArticle(article(text, language), matcher).claims.filter((c) => c.kind === kind);
