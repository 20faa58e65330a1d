/**
 * A rerun with nothing new does nothing: when the inputs of an analysis (the corpus's files, the
 * gazetteer, the reviews, the library; `readInputs(...).key`) are those of the last run whose outputs
 * and state were both written, and that run's output set is still the current one and whole, the
 * last run's outputs stand. The mark is written last, after the outputs and the state, so a run
 * stopped before it is redone in full by the next one.
 */
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readSealed, seal, writeAtomic, type Told } from "../disk.ts";
import { stateDir } from "../history.ts";
import { CURRENT, MANIFEST, currentGeneration } from "../outset.ts";

const FILE = "done.json";
const KIND = "done";
const TOLD: Told = { what: "state", instead: "the corpus is analysed in full" };

/** What the last whole run left: its inputs' key, where its outputs went, and what it printed of them. */
export interface Done {
  key: string;
  out: string;
  generation: string;
  summary: string[];
  /** Each output file's size and modification time when written (the set's files are never written again). */
  files?: Record<string, Stamp>;
  /** The same of the state the changelog is made from (`last.json`): a damaged one is reported by a full run. */
  state?: Stamp | null;
}

interface Stamp {
  bytes: number;
  mtimeMs: number;
}

const stampOf = (file: string): Stamp | null => {
  try {
    const st = statSync(file);
    return { bytes: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  }
};
const sameStamp = (a: Stamp | null | undefined, b: Stamp | null | undefined) => !!a && !!b && a.bytes === b.bytes && a.mtimeMs === b.mtimeMs;

/** Mark a run as done: its outputs are in `out`'s current set and its state is saved. */
export function markDone(corpus: string, done: Omit<Done, "files" | "state">): void {
  const files = Object.fromEntries(readdirSync(join(done.out, CURRENT)).map((name) => [name, stampOf(join(done.out, CURRENT, name))]));
  mkdirSync(stateDir(corpus), { recursive: true });
  writeAtomic(join(stateDir(corpus), FILE), seal(KIND, JSON.stringify({ ...done, files, state: stampOf(join(stateDir(corpus), "last.json")) })));
}

/**
 * The last run's record, if it was of these very inputs and its outputs in `out` are still current and as written
 * (every file with its size and modification time); else null.
 */
export function unchanged(corpus: string, out: string, key: string): Done | null {
  const bytes = readSealed(join(stateDir(corpus), FILE), KIND, TOLD);
  if (!bytes) return null;
  let done: Done;
  try {
    done = JSON.parse(bytes.toString("utf8"));
  } catch {
    return null;
  }
  if (done.key !== key || done.out !== out || currentGeneration(out) !== done.generation || !sameStamp(done.state, stampOf(join(stateDir(corpus), "last.json")))) return null;
  return setIsWhole(join(out, CURRENT), done.files) ? done : null;
}

/** Every file of the set is there as it was written: its size and modification time (an edit changes them: then the run is redone). */
function setIsWhole(dir: string, files: Done["files"]): boolean {
  if (!files || !(MANIFEST in files)) return false;
  try {
    const now = readdirSync(dir);
    return (
      now.length === Object.keys(files).length &&
      now.every((name) => {
        const st = statSync(join(dir, name));
        return files[name] !== undefined && st.size === files[name].bytes && st.mtimeMs === files[name].mtimeMs;
      })
    );
  } catch {
    return false;
  }
}
