import { createHash, hash } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/*
 * What every part of the library that keeps files shares: where they go, how they are written, how
 * a kept file is sealed (format version and checksum) and the library version they are keyed by.
 * It knows nothing of what is kept (that is `cache.ts`).
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

/**
 * The fault tests' one hook (tests/faults.test.ts): with `TRIANGULATE_FAULT_AT=n`, the process
 * kills itself (SIGKILL: nothing runs after it) at the nth point where a write is about to be made
 * visible — a file written in full under its temporary name, not yet renamed into place.
 */
const faultAt = Number(process.env.TRIANGULATE_FAULT_AT) || 0;
let writes = 0;
function faultPoint(): void {
  if (faultAt && ++writes === faultAt) process.kill(process.pid, "SIGKILL");
}

/** Make a folder's entries (a rename into it) durable; a file system that cannot is left as it is. */
export function syncDir(dir: string): void {
  let fd = -1;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // (not every file system syncs folders)
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/**
 * Write a file whole or not at all: a hidden temporary file beside it (which the corpus reader and
 * every cache skip), flushed to disk, then renamed over the target.
 */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = openSync(tmp, "w");
  try {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  faultPoint();
  renameSync(tmp, file);
  syncDir(dirname(file));
}

/** Run `step` as one of the points the fault tests kill at (a symbolic link renamed into place). */
export function visibleStep<T>(step: () => T): T {
  faultPoint();
  return step();
}

/*
 * Sealed files. Every file the kit keeps for itself (cache entries, packs, indexes, the last run's
 * state) starts with one line — `triangulate-kept <format> <kind> <length> <sha256 of the rest>` —
 * and is used only if that line verifies: a file damaged on disk, cut short, or written by another
 * format is reported on stderr, rebuilt, and never read.
 */

/** The format of sealed files: raise it when what any kept file holds changes shape. */
export const KEPT_FORMAT = 2;
const MAGIC = "triangulate-kept";

/** A payload with its sealing line. */
export function seal(kind: string, payload: string | Uint8Array): Buffer {
  const body = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  return Buffer.concat([Buffer.from(`${MAGIC} ${KEPT_FORMAT} ${kind} ${body.length} ${hash("sha256", body, "hex")}\n`, "latin1"), body]);
}

/** Paths already reported by this process (a file is told about once). */
const reported = new Set<string>();

/** What a kept file is called in a report, and what is done instead of reading it. */
export interface Told {
  what: string;
  instead: string;
}
const CACHE: Told = { what: "cache", instead: "rebuilt" };

/** Say on stderr that a kept file did not verify and is rebuilt (once per file and process). */
export function reportRebuilt(file: string, why = "failed its checksum", told: Told = CACHE): void {
  if (reported.has(file)) return;
  reported.add(file);
  process.stderr.write(`triangulate: ${told.what} ${file} ${why}; ${told.instead}\n`);
}

/**
 * The payload of a sealed file's bytes, or null — reported (see `reportRebuilt`) — when they do not
 * verify: no sealing line, another format or kind, another length, another checksum.
 */
export function unseal(file: string, kind: string, bytes: Buffer, told: Told = CACHE): Buffer | null {
  const nl = bytes.indexOf(10);
  const head = nl > 0 && nl < 200 ? bytes.toString("latin1", 0, nl).split(" ") : [];
  if (head.length === 5 && head[0] === MAGIC && head[1] !== String(KEPT_FORMAT)) {
    reportRebuilt(file, `is of format ${head[1]}, not ${KEPT_FORMAT}`, told);
    return null;
  }
  if (head[0] !== MAGIC && (bytes[0] === 0xff || bytes[0] === 0x7b)) {
    // (V8's serialisation or JSON, unsealed: written before files were sealed)
    reportRebuilt(file, "is of an earlier format", told);
    return null;
  }
  const body = bytes.subarray(nl + 1);
  if (head.length !== 5 || head[0] !== MAGIC || head[2] !== kind || head[3] !== String(body.length) || head[4] !== hash("sha256", body, "hex")) {
    reportRebuilt(file, undefined, told);
    return null;
  }
  return body;
}

/** Read a sealed file: its payload, null when it is not there (silently) or does not verify (reported). */
export function readSealed(file: string, kind: string, told: Told = CACHE): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  return unseal(file, kind, bytes, told);
}
