/** The library's public entry points, used by the CLI and the site's data loaders. */
export { analyze, type AnalyzeOptions } from "./pipeline.ts";
export { corpusDir } from "./config.ts";
export { readCorpus } from "./corpus/read.ts";
export { recordRun } from "./history.ts";
export { claimsCsv, factsCsv } from "./export/csv.ts";
export { claimReviews } from "./export/claimreview.ts";
export { overviewData } from "./overview.ts";
export { claimContexts } from "./contexts.ts";
export { normalize } from "./text/normalize.ts";
export type * from "./types.ts";

import { analyze } from "./pipeline.ts";
import { corpusDir } from "./config.ts";
import { UserError } from "./errors.ts";
import type { Analysis } from "./types.ts";

/**
 * For the site's data loaders: analyse the configured corpus and write one part of the result to
 * stdout (as JSON, or as it is with `text`); a user error goes to stderr as one line, exit code 1.
 */
export async function emit(pick: (a: Analysis, corpus: string) => unknown, { text = false } = {}): Promise<void> {
  try {
    const corpus = corpusDir();
    const analysis = await analyze({ corpus, share: true });
    const out = pick(analysis, corpus);
    process.stdout.write(text ? String(out) : JSON.stringify(out));
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    process.stderr.write(`triangulate: ${e.message}\n`);
    process.exitCode = 1;
  }
}
