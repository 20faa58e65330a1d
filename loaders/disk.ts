import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/*
 * What every part of the library that keeps files shares: where they go, how they are written, and
 * the library version they are keyed by. It knows nothing of what is kept (that is `cache.ts`).
 */

const LOADERS = resolve(import.meta.dirname);

let version: string | null = null;

/** A hash of the library's own source: results cached by another version are never trusted. */
export function libraryVersion(): string {
  if (version) return version;
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts")) h.update(e.name).update(readFileSync(p));
    }
  };
  walk(LOADERS);
  return (version = h.digest("hex").slice(0, 16));
}

/** The kit's cache folder: `TRIANGULATE_CACHE`, else `.triangulate/cache` in the project. */
export const cacheDir = () => resolve(process.env.TRIANGULATE_CACHE || join(LOADERS, "..", ".triangulate", "cache"));

/** Write a file whole or not at all: a temporary file renamed over the target. */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
