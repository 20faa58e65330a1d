import { hash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { syncDir, visibleStep, writeAtomic } from "./disk.ts";
import { UserError } from "./errors.ts";

/*
 * An output folder holds one set of files from one run, switched whole (docs/OUTPUTS.md, "The
 * output folder"):
 *
 *   out/.generations/<id>/   each run's files, written in full (and flushed) before anything points at them
 *   out/current              a symbolic link to the set in use: a new set is put in place by renaming a
 *                            new link over it, one step that a reader or a crash sees whole or not at all
 *   out/claims.json, …       fixed links to current/claims.json, …: the paths readers always used
 *
 * A reader that opens several files resolves `current` once (its real path) and reads them there.
 * The set before the last stays for readers still reading it; older ones, and sets a run stopped
 * before switching to, go after ten minutes.
 */

export const GENERATIONS = ".generations";
export const CURRENT = "current";
/** The one file of a set that the kit adds: each file's size and sha256. */
export const MANIFEST = "manifest.json";
/** Sets other than the current and the one before are removed after this long (ms): a run writing another set to the same folder meanwhile keeps it. */
const KEEP_MS = 10 * 60 * 1000;

/** The id of the set `out/current` points at, if any. */
export function currentGeneration(out: string): string | null {
  try {
    const target = readlinkSync(join(out, CURRENT));
    const m = /^\.generations\/([^/]+)$/.exec(target);
    return m ? m[1] : null;
  } catch {
    return null;
  }
}

const tmpName = (out: string, name: string) => join(out, `.${name}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);

/**
 * Put a symbolic link at `out/name` (replacing what is there in one rename); `before`, if given, runs right before
 * the rename, in the same fault point (the site build moves a folder of the earlier layout out of the way there).
 */
export function linkAt(out: string, name: string, target: string, before?: () => void): void {
  const tmp = tmpName(out, name);
  symlinkSync(target, tmp);
  visibleStep(() => {
    before?.();
    renameSync(tmp, join(out, name));
  });
}

/** Write a set's files (and its manifest) into a fresh generation folder; its id. */
function writeGeneration(out: string, files: Array<[string, string | Buffer]>): string {
  const id = `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const dir = join(out, GENERATIONS, id);
  mkdirSync(dir);
  const manifest: { format: 1; generation: string; written: string; files: Record<string, { bytes: number; sha256: string }> } = { format: 1, generation: id, written: new Date().toISOString(), files: {} };
  for (const [name, data] of files) {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    writeAtomic(join(dir, name), bytes);
    manifest.files[name] = { bytes: bytes.length, sha256: hash("sha256", bytes, "hex") };
  }
  writeAtomic(join(dir, MANIFEST), JSON.stringify(manifest, null, 1));
  return id;
}

/** What is at a path, without following a link. */
function kindAt(file: string): "file" | "link" | "other" | null {
  try {
    const st = lstatSync(file);
    return st.isSymbolicLink() ? "link" : st.isFile() ? "file" : "other";
  } catch {
    return null;
  }
}

/**
 * Write a set of output files to `out` and switch to it in one step: before the switch, `out`
 * shows the whole previous set, after it the whole new one, whenever the process stops. A folder of
 * the earlier layout (the files themselves in `out`) is first turned into a set of its own, so that
 * it too is never seen half replaced. Returns the new set's id.
 */
export function writeOutputSet(out: string, files: Array<[string, string]>): string {
  mkdirSync(join(out, GENERATIONS), { recursive: true });
  const names = [...files.map(([n]) => n), MANIFEST];
  let previous = currentGeneration(out);
  if (!previous) {
    // the earlier layout: its files become a set, and `current` points at it, before any is replaced by a link
    const old = names.filter((n) => kindAt(join(out, n)) === "file");
    if (old.length) {
      previous = writeGeneration(
        out,
        old.filter((n) => n !== MANIFEST).map((n) => [n, readFileSync(join(out, n))]),
      );
      linkAt(out, CURRENT, `${GENERATIONS}/${previous}`);
      syncDir(out);
    }
  }
  const id = writeGeneration(out, files);
  syncDir(join(out, GENERATIONS));
  // (made once: each shows the same file of whichever set `current` points at)
  for (const n of names) {
    const at = join(out, n);
    if (kindAt(at) === "link" && readlinkSync(at) === `${CURRENT}/${n}`) continue;
    if (kindAt(at) === "other") throw new UserError(`${at} is a folder: move it away to write the analysis here`);
    linkAt(out, n, `${CURRENT}/${n}`);
  }
  // the switch
  linkAt(out, CURRENT, `${GENERATIONS}/${id}`);
  syncDir(out);
  sweep(out, new Set([id, previous ?? ""]));
  return id;
}

/** Remove sets no longer used (see `KEEP_MS`), and links a stopped run left under temporary names. */
function sweep(out: string, keep: Set<string>): void {
  const now = Date.now();
  for (const g of readdirSync(join(out, GENERATIONS))) {
    if (keep.has(g)) continue;
    try {
      if (now - statSync(join(out, GENERATIONS, g)).mtimeMs > KEEP_MS) rmSync(join(out, GENERATIONS, g), { recursive: true, force: true });
    } catch {
      // (another run removed it)
    }
  }
  for (const f of readdirSync(out))
    if (/^\..*\.\d+\.[a-z0-9]+\.tmp$/.test(f) && kindAt(join(out, f)) === "link") {
      try {
        if (now - lstatSync(join(out, f)).mtimeMs > KEEP_MS) rmSync(join(out, f), { force: true });
      } catch {
        // (gone already)
      }
    }
}
