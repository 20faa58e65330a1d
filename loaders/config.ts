import { existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";

/**
 * The corpus the kit works on: `TRIANGULATE_CORPUS` if set, else `data/`. A corpus folder has
 * `sources/`, and optionally `gazetteer/` and `reviews.yaml`; what it lacks comes from `data/`.
 */
export function corpusDir(): string {
  return resolve(process.env.TRIANGULATE_CORPUS || "data");
}

/** The project's own data folder (the fallback for a corpus's gazetteer and reviews). */
export const DATA_DIR = resolve(import.meta.dirname, "..", "data");

/** The gazetteer folder of a corpus, falling back to the project's. */
export function gazetteerDir(corpus: string): string {
  const own = join(corpus, "gazetteer");
  return existsSync(own) ? own : join(DATA_DIR, "gazetteer");
}

/** The reviews file of a corpus, falling back to the project's. */
export function reviewsFile(corpus: string): string | null {
  const own = join(corpus, "reviews.yaml");
  if (existsSync(own)) return own;
  if (resolve(corpus) === DATA_DIR) return null;
  const fallback = join(DATA_DIR, "reviews.yaml");
  return existsSync(fallback) ? fallback : null;
}

/** Each folder's path for messages (a corpus's thousands of files share a few folders): relative to the working directory, absolute outside it. */
const folders = { cwd: "", shown: new Map<string, string>() };

/** A path for messages: relative to the working directory when inside it, else absolute. */
export function displayPath(file: string): string {
  const cwd = process.cwd();
  if (cwd !== folders.cwd) (folders.shown.clear(), (folders.cwd = cwd));
  const dir = dirname(file);
  let shown = folders.shown.get(dir);
  if (shown === undefined) {
    const rel = relative(cwd, dir);
    folders.shown.set(dir, (shown = rel.startsWith("..") ? resolve(dir) : rel));
  }
  // (a file in the working directory itself is shown by its name: its folder is "")
  return shown ? join(shown, basename(file)) : basename(file);
}
