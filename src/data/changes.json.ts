// What the latest runs changed, newest first: new sources and facts, verdicts and values that moved.
import { emit, recordRun } from "../../loaders/index.ts";

await emit((a, corpus) => recordRun(corpus, a).history);
