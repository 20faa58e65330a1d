/**
 * One worker of `extractOnThreads` (threads.ts): compiles the gazetteer's matcher once, then
 * extracts each batch of articles it is sent and answers with their results packed as the cache
 * keeps them; sent `null`, it answers with its stage times and ends (closing its port lets the thread exit).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Source } from "../corpus/types.ts";
import { analyzeArticle, stageTimes } from "../extract/article.ts";
import { packResult } from "../extract/packed.ts";
import { compileMatcher } from "../gazetteer/match.ts";
import type { Gazetteer } from "../gazetteer/types.ts";

const port = parentPort!;
const matcher = compileMatcher((workerData as { gazetteer: Gazetteer }).gazetteer);
port.on("message", (batch: { at: number; sources: Source[] } | null) => {
  if (batch === null) return (port.postMessage({ times: { ...stageTimes } }), port.close());
  port.postMessage({ at: batch.at, results: batch.sources.map((s) => packResult(analyzeArticle(s, matcher))) });
});
