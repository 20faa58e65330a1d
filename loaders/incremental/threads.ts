/**
 * Per-article extraction on worker threads, for a cold analysis of many articles: each worker
 * extracts whole articles (`analyzeArticle`, the same function as on one thread) and sends back
 * their results packed as the cache keeps them, so the analysis is the same as on one thread, byte
 * for byte (tests/threads.test.ts). Batches are handed out as workers finish, in the corpus's order.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Source } from "../corpus/types.ts";
import { UserError } from "../errors.ts";
import type { PackedResult } from "../extract/packed.ts";
import type { Gazetteer } from "../gazetteer/types.ts";

/**
 * Below `minArticles` articles to extract, one thread: starting a worker (tsx, the extraction
 * modules, the gazetteer's matcher) costs about 1.5 s of CPU, some 100 articles' extraction.
 * A batch is about `batchChars` characters of text, so that a long article does not hold back the end.
 */
export const THREADS = { minArticles: 400, maxThreads: 8, batchChars: 200_000 };

const BOOT = new URL("./boot.mjs", import.meta.url);
const WORKER = new URL("./extract-worker.ts", import.meta.url).href;

/** The threads to extract `n` articles on: TRIANGULATE_THREADS when set (1: this thread only), else one per core when there are enough articles. */
export function threadsFor(n: number): number {
  const given = process.env.TRIANGULATE_THREADS;
  if (given !== undefined && given !== "") {
    const t = Number(given);
    if (!Number.isInteger(t) || t < 1 || t > 64) throw new UserError(`TRIANGULATE_THREADS ${JSON.stringify(given)} is not a number of threads: write 1 (one thread) to 64, or leave it unset for one per core`);
    return n ? Math.min(t, n) : 1;
  }
  return n >= THREADS.minArticles ? Math.max(1, Math.min(availableParallelism(), THREADS.maxThreads)) : 1;
}

/** The articles as runs of about `batchChars` characters, and at least four per thread: [first, end). */
function batchesOf(sources: Source[], threads: number): Array<[number, number]> {
  let total = 0;
  for (const s of sources) total += s.chars;
  const size = Math.min(THREADS.batchChars, total / (4 * threads));
  const out: Array<[number, number]> = [];
  let start = 0,
    chars = 0;
  for (let i = 0; i < sources.length; i++) {
    chars += sources[i].chars;
    if (chars >= size || i === sources.length - 1) (out.push([start, i + 1]), (start = i + 1), (chars = 0));
  }
  return out;
}

/** A source as plain data (a source known from the stat index reads its body when asked: a worker could not). */
const plain = (s: Source): Source => ({ id: s.id, path: s.path, outlet: s.outlet, url: s.url, published: s.published, language: s.language, title: s.title, notes: s.notes, body: s.body, chars: s.chars, bodyLine: s.bodyLine, hash: s.hash });

/**
 * Extract `sources` on `threads` workers; `onResult(i, packed)` is called with each article's result
 * (in the order batches come back). Resolves with the workers' stage times, summed.
 */
export function extractOnThreads(sources: Source[], g: Gazetteer, threads: number, onResult: (i: number, packed: PackedResult) => void): Promise<Record<string, number>> {
  const batches = batchesOf(sources, threads);
  const times: Record<string, number> = {};
  const workers: Worker[] = [];
  let next = 0;
  let running = threads;
  return new Promise((resolve, reject) => {
    const fail = (e: Error) => {
      for (const w of workers) void w.terminate();
      reject(e);
    };
    for (let k = 0; k < threads; k++) {
      const w = new Worker(BOOT, { workerData: { module: WORKER, gazetteer: g } });
      const feed = () => {
        const b = batches[next++];
        w.postMessage(b ? { at: b[0], sources: sources.slice(b[0], b[1]).map(plain) } : null);
      };
      let done = false;
      w.on("message", (m: { at: number; results: PackedResult[] } | { times: Record<string, number> }) => {
        if ("times" in m) {
          done = true;
          for (const [stage, ms] of Object.entries(m.times)) times[stage] = (times[stage] ?? 0) + ms;
          if (--running === 0) resolve(times);
          return;
        }
        m.results.forEach((r, j) => onResult(m.at + j, r));
        feed();
      });
      w.on("error", fail);
      // (a worker ends on its own once it has sent its times)
      w.on("exit", (code) => done || fail(new Error(`an extraction thread stopped before its work was done (exit code ${code})`)));
      workers.push(w);
      feed();
    }
  });
}
