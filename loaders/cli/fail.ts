import { mkdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { cacheDir } from "../disk.ts";
import { UserError } from "../errors.ts";

/** What a file system error code means, in words a user can act on. */
const MEANING: Record<string, string> = {
  ENOSPC: "no space left on the disk",
  EDQUOT: "the disk quota is used up",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  EEXIST: "something is already there",
  ENOENT: "no such file or folder",
  ELOOP: "too many symbolic links (a link points back at itself)",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
  EIO: "input/output error (a failing disk?)",
  ENXIO: "no such device",
};

/** What to do about an error code when writing to `what` (an option or variable name). */
function remedy(code: string, what: string): string {
  if (code === "ENOSPC" || code === "EDQUOT") return `free some space, or give ${what} on another disk`;
  if (code === "EROFS" || code === "EACCES" || code === "EPERM") return `give ${what} a folder you can write to`;
  if (code === "ENOTDIR" || code === "EEXIST" || code === "EISDIR") return `give ${what} a folder (it is created if missing)`;
  return `check the path, or give ${what} another folder`;
}

/** True for Node's system errors (a code such as ENOSPC). */
export const isSystemError = (e: unknown): e is NodeJS.ErrnoException => e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!);

/** Is `file` inside `dir` (or `dir` itself)? */
const inside = (file: string, dir: string) => {
  const rel = relative(resolve(dir), resolve(file));
  return !rel.startsWith("..") && !isAbsolute(rel);
};

/**
 * A system error met while writing into `target` (given as the option `what`), as one line naming the
 * path, what went wrong and what to do: `cannot write out/claims.json: no space left on the disk; free some space…`.
 */
export function writeError(e: unknown, target: string, what: string): unknown {
  if (!isSystemError(e)) return e;
  const code = e.code!;
  const path = e.path ?? target;
  return new UserError(`cannot write ${path}: ${MEANING[code] ?? code} (${code}); ${remedy(code, what)}`);
}

/**
 * Any system error that reached the top of the CLI, as one line: the path, what went wrong, and
 * what to do (the cache folder's errors say how to move or skip the cache). Others are returned as they are.
 */
export function systemErrorLine(e: unknown): string | null {
  if (!isSystemError(e)) return null;
  const code = e.code!;
  const path = e.path ?? (e as { dest?: string }).dest;
  const doing = e.syscall === "read" || e.syscall === "scandir" || e.syscall === "stat" || e.syscall === "lstat" ? "cannot read" : e.syscall === "open" ? "cannot open" : "cannot write";
  // (the run history is kept beside the cache: see history.ts)
  const cache = path !== undefined && (inside(path, cacheDir()) || inside(path, join(cacheDir(), "..", "state")));
  const full = code === "ENOSPC" || code === "EDQUOT";
  const hint = cache
    ? full
      ? "free some space, or set TRIANGULATE_CACHE to a folder on another disk, or run with --no-cache"
      : "set TRIANGULATE_CACHE to a folder you can write to, or run with --no-cache"
    : full
      ? "free some space and run the command again"
      : code === "EROFS" || code === "EACCES" || code === "EPERM"
        ? "make it writable, or work on a copy in a folder you can write to"
        : "check the path and run the command again";
  return `${doing} ${path ?? "a file"}: ${MEANING[code] ?? code} (${code}); ${hint}`;
}

/** A folder the user named (`--out`, TRIANGULATE_CACHE) must be a folder or not exist yet. */
/** An output folder given by `what` (`--out`): checked, and made now, so that one that cannot be is told before a long analysis, not after it. */
export function outputFolder(dir: string, what: string): void {
  checkFolder(dir, what);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw writeError(e, dir, what);
  }
}

export function checkFolder(dir: string, what: string): void {
  const named = what.startsWith("-") ? `${what} ${dir}` : `${what}=${dir}`;
  let st;
  try {
    st = statSync(dir);
  } catch (e) {
    if (isSystemError(e) && e.code === "ENOENT") return; // created when written
    if (isSystemError(e) && e.code === "ENOTDIR") throw new UserError(`${named}: a part of the path is a file, not a folder; give ${what} a folder (it is created if missing)`);
    throw e;
  }
  if (!st.isDirectory()) throw new UserError(`${named} is ${st.isFile() ? "a file" : "a device or pipe"}, not a folder; give ${what} a folder (it is created if missing)`);
}
