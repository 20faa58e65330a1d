/**
 * What an analysis reads, and the key of it: the corpus's sources (through the stat index, so that an
 * unchanged file is not read again), the gazetteer and the reviews. Apart from the pipeline, so that a
 * rerun with nothing new (see incremental/unchanged.ts) loads none of the extraction and alignment code.
 */
import { createHash } from "node:crypto";
import { StatIndex } from "./cache.ts";
import { gazetteerDir, reviewsFile } from "./config.ts";
import { formatProblem, readCorpus } from "./corpus/read.ts";
import { libraryVersion } from "./disk.ts";
import { UserError } from "./errors.ts";
import { loadGazetteer } from "./gazetteer/load.ts";
import { loadReviews } from "./review/reviews.ts";

/** What an analysis reads: the corpus's sources, the gazetteer, the reviews, and a key that changes when any of them or the library does. */
export type Inputs = ReturnType<typeof readInputs>;

/** Read what an analysis of `options.corpus` would read (see `Inputs`); give it to `analyze` to not read it twice. */
export function readInputs(options: { corpus: string; cache?: boolean }) {
  const index = options.cache === false ? undefined : new StatIndex(options.corpus);
  const { sources, problems } = readCorpus(options.corpus, index);
  index?.flush();
  const blocking = problems.filter((p) => !p.duplicateOf);
  // (one line per problem: a single bad file is a single line)
  if (blocking.length) throw new UserError(`${blocking.length > 1 ? `the corpus has ${blocking.length} problems; fix them first (triangulate check lists them):\n` : ""}${blocking.map(formatProblem).join("\n")}`);
  const g = loadGazetteer(gazetteerDir(options.corpus), { keep: options.cache !== false });
  const { reviews, hash: reviewsHash } = loadReviews(reviewsFile(options.corpus));
  const key = createHash("sha256")
    .update(libraryVersion())
    .update(g.hash)
    .update(reviewsHash)
    .update(sources.map((s) => `${s.id}:${s.hash}`).join("\n"))
    .digest("hex")
    .slice(0, 32);
  return { sources, problems, g, reviews, reviewsHash, key };
}
