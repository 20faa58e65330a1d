import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { cacheDir, readSealed, reportRebuilt, seal, writeAtomic, type Told } from "./disk.ts";
import { diffAnalyses, type Changelog } from "./changes.ts";
import type { Analysis } from "./types.ts";

/** How many runs the history keeps. */
export const HISTORY_LENGTH = 200;

/** The folder where the kit remembers a corpus's last run: `.triangulate/state/<corpus hash>`. */
export function stateDir(corpus: string): string {
  const key = createHash("sha1").update(resolve(corpus)).digest("hex").slice(0, 12);
  return join(cacheDir(), "..", "state", key);
}

type Snapshot = Pick<Analysis, "sources" | "clusters" | "claims">;
/** What the kit remembers of a corpus: its last run and the changelogs of the runs before, newest first. */
interface State {
  last: Snapshot | null;
  history: Changelog[];
}

const STATE: Told = { what: "state", instead: "taken as no earlier run" };
const isSnapshot = (x: unknown): x is Snapshot => {
  const s = x as Snapshot | null;
  return !!s && Array.isArray(s.sources) && Array.isArray(s.clusters) && Array.isArray(s.claims);
};

/**
 * The state of a corpus (`last.json`: the last run and the history, one sealed file, so that they
 * are never of two runs). A file that does not verify, or holds no state, is reported on stderr and
 * taken as no earlier run. A `last.json` of the earlier plain format (with `history.json` beside
 * it) is read as it is.
 */
function readState(dir: string): State {
  const file = join(dir, "last.json");
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { last: null, history: [] };
  }
  if (bytes[0] === 0x7b /* { */) {
    // (the earlier plain format)
    try {
      const last = JSON.parse(bytes.toString("utf8"));
      let history: unknown = [];
      try {
        history = JSON.parse(readFileSync(join(dir, "history.json"), "utf8"));
      } catch {
        // no history kept
      }
      if (isSnapshot(last)) return { last, history: Array.isArray(history) ? history : [] };
    } catch {
      // below
    }
    reportRebuilt(file, "is damaged", STATE);
    return { last: null, history: [] };
  }
  const payload = readSealed(file, "state", STATE);
  if (!payload) return { last: null, history: [] };
  try {
    const state = JSON.parse(payload.toString("utf8"));
    if (isSnapshot(state?.last) && Array.isArray(state.history)) return state;
  } catch {
    // below
  }
  reportRebuilt(file, "holds no state", STATE);
  return { last: null, history: [] };
}

/** What a run changed, and how to remember it (`save`: to be called once its outputs are in place). */
export interface RunRecord {
  log: Changelog;
  history: Changelog[];
  first: boolean;
  changed: boolean;
  save(): void;
}

/**
 * Say what this run of a corpus changed since the last one (new sources and facts, verdicts and
 * values that moved) and the history with it. Nothing is remembered until `save`: a run that stops
 * before its outputs are written tells its changes again at the next run. A run that changed
 * nothing adds no entry.
 */
export function planRun(corpus: string, a: Analysis, at = new Date().toISOString()): RunRecord {
  const dir = stateDir(corpus);
  const { last, history } = readState(dir);
  const log = diffAnalyses(last, a, at);
  const changed = !last || log.sources.added.length + log.sources.removed.length + log.facts.added.length + log.facts.removed.length + log.facts.verdicts.length + log.facts.values.length + log.facts.sources.length > 0;
  const next = changed ? [log, ...history].slice(0, HISTORY_LENGTH) : history;
  const save = () => {
    if (!changed) return;
    mkdirSync(dir, { recursive: true });
    const state: State = { last: { sources: a.sources, clusters: a.clusters, claims: a.claims.map(({ id, value, source }) => ({ id, value, source })) as Analysis["claims"] }, history: next };
    writeAtomic(join(dir, "last.json"), seal("state", JSON.stringify(state)));
    rmSync(join(dir, "history.json"), { force: true });
  };
  return { log, history: next, first: !last, changed, save };
}

/**
 * Remember this run of a corpus and say what changed since the last one (see `planRun`). The CLI and
 * the site share this record, so a build shows what the last `analyze` or build changed.
 */
export function recordRun(corpus: string, a: Analysis, at = new Date().toISOString()): { log: Changelog; history: Changelog[]; first: boolean; changed: boolean } {
  const { save, ...run } = planRun(corpus, a, at);
  save();
  return run;
}
