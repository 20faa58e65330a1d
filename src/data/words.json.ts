// The words of each claim's value and date as published, where they differ from the words the claim
// keeps (see words.ts): what the Facts and Estimates pages quote.
import { corpusDir, emit, readCorpus } from "../../loaders/index.ts";
import { publishedWords } from "./words.ts";

const bodies = new Map(readCorpus(corpusDir()).sources.map((s) => [s.id, s.body]));
await emit((a) => publishedWords(a.claims, bodies));
