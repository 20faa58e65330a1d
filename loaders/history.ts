import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cacheDir, writeAtomic } from "./disk.ts";
import { diffAnalyses, type Changelog } from "./changes.ts";
import type { Analysis } from "./types.ts";

/** How many runs the history keeps. */
export const HISTORY_LENGTH = 200;

/** The folder where the kit remembers a corpus's last run: `.triangulate/state/<corpus hash>`. */
export function stateDir(corpus: string): string {
  const key = createHash("sha1").update(resolve(corpus)).digest("hex").slice(0, 12);
  return join(cacheDir(), "..", "state", key);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/**
 * Remember this run of a corpus and say what changed since the last one: new sources and facts,
 * verdicts and values that moved. A run that changed nothing adds no entry. The CLI and the site
 * share this record, so a build shows what the last `analyze` or build changed.
 */
export function recordRun(corpus: string, a: Analysis, at = new Date().toISOString()): { log: Changelog; history: Changelog[]; first: boolean; changed: boolean } {
  const dir = stateDir(corpus);
  mkdirSync(dir, { recursive: true });
  const last = readJson<Pick<Analysis, "sources" | "clusters" | "claims">>(join(dir, "last.json"));
  const history = readJson<Changelog[]>(join(dir, "history.json")) ?? [];
  const log = diffAnalyses(last, a, at);
  const changed = !last || log.sources.added.length + log.sources.removed.length + log.facts.added.length + log.facts.removed.length + log.facts.verdicts.length + log.facts.values.length + log.facts.sources.length > 0;
  if (changed) {
    history.unshift(log);
    history.length = Math.min(history.length, HISTORY_LENGTH);
    writeAtomic(join(dir, "last.json"), JSON.stringify({ sources: a.sources, clusters: a.clusters, claims: a.claims.map(({ id, value, source }) => ({ id, value, source })) }));
    writeAtomic(join(dir, "history.json"), JSON.stringify(history));
  }
  return { log, history, first: !last, changed };
}
