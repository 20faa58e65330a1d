/** The library's public entry points, used by the CLI and the site's data loaders. */
export type { AnalyzeOptions } from "./pipeline.ts";
export { corpusDir } from "./config.ts";
export { readCorpus } from "./corpus/read.ts";
export { recordRun } from "./history.ts";
export { claimsCsv, factsCsv } from "./export/csv.ts";
export { claimReviews } from "./export/claimreview.ts";
export { overviewData } from "./overview.ts";
export { claimContexts } from "./contexts.ts";
export { normalize } from "./text/normalize.ts";
export type * from "./types.ts";

import { corpusDir } from "./config.ts";
import { UserError } from "./errors.ts";
import { readInputs } from "./inputs.ts";
import { sharedAnalyses } from "./cache.ts";
import type { Analysis } from "./types.ts";
import type { Source } from "./corpus/types.ts";
import type { analyze as analyzeNow } from "./pipeline.ts";

/** The pipeline's `analyze`, its modules loaded when an analysis is to be made (a site's loader after the first reads the shared one). */
export async function analyze(...args: Parameters<typeof analyzeNow>): Promise<Analysis> {
  return (await import("./pipeline.ts")).analyze(...args);
}

const isGenerator = (x: unknown): x is Generator<Uint8Array> => Object.prototype.toString.call(x) === "[object Generator]";

/**
 * For the site's data loader: analyse the configured corpus and write what `pick` makes of it to
 * stdout (as JSON; as it is with `text`, or when it is bytes; chunk by chunk when it is a generator
 * of bytes); a user error goes to stderr as one line, exit code 1.
 */
export async function emit(pick: (a: Analysis, corpus: string, sources: Source[]) => unknown, { text = false } = {}): Promise<void> {
  try {
    const corpus = corpusDir();
    // (the first loader of a build makes the analysis; the others read it without loading extraction or alignment)
    const inputs = readInputs({ corpus });
    const analysis = sharedAnalyses().get(inputs.key) ?? (await analyze({ corpus, share: true }, undefined, inputs));
    // (the sources as read for the analysis: a loader that needs their text reads no file again)
    const out = pick(analysis, corpus, inputs.sources);
    if (isGenerator(out)) for (const chunk of out) process.stdout.write(chunk);
    else process.stdout.write(out instanceof Uint8Array ? out : text ? String(out) : JSON.stringify(out));
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    process.stderr.write(`triangulate: ${e.message}\n`);
    process.exitCode = 1;
  }
}
