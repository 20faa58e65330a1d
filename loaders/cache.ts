import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

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

/**
 * A content-addressed store of results (per article, and whole analyses). Entries carry the key they were written
 * under; a missing, corrupt or foreign entry is a miss, never an error.
 */
export class ResultCache<T> {
  readonly dir: string;
  hits = 0;
  misses = 0;
  /** The keys on disk, listed once: a miss costs no failed read. */
  private readonly present: Set<string>;
  constructor(dir = join(cacheDir(), "articles")) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
    this.present = new Set(readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)));
  }
  private file(key: string) {
    return join(this.dir, `${key}.json`);
  }
  get(key: string): T | null {
    if (!this.present.has(key)) {
      this.misses++;
      return null;
    }
    try {
      const entry = JSON.parse(readFileSync(this.file(key), "utf8"));
      if (entry?.key !== key || !("value" in entry)) throw new Error("foreign entry");
      this.hits++;
      return entry.value as T;
    } catch {
      this.misses++;
      return null;
    }
  }
  private pending: Promise<void>[] = [];
  /** Store a result; the write happens in the background (see `flush`), whole or not at all. */
  set(key: string, value: T): void {
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.${this.pending.length}.tmp`;
    this.pending.push(
      writeFile(tmp, JSON.stringify({ key, value }))
        .then(() => rename(tmp, file))
        .catch(() => undefined), // a cache that cannot be written only costs time
    );
  }
  /** Wait for the background writes. */
  async flush(): Promise<void> {
    await Promise.all(this.pending);
    this.pending = [];
  }
}

/**
 * Per-article results of one corpus, kept in one pack file (`articles/<corpus>.json`), read once
 * and written once per run with the entries that run used: one file instead of thousands. An
 * entry is found by its content key; a missing or corrupt pack is empty, never an error.
 */
export class PackCache<T> {
  hits = 0;
  misses = 0;
  private readonly file: string;
  private readonly old: Map<string, T>;
  private readonly next = new Map<string, T>();
  constructor(corpus: string, dir = join(cacheDir(), "articles")) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, `${createHash("sha1").update(resolve(corpus)).digest("hex").slice(0, 16)}.json`);
    let entries: Record<string, T> = {};
    try {
      const pack = JSON.parse(readFileSync(this.file, "utf8"));
      if (pack && typeof pack.entries === "object") entries = pack.entries;
    } catch {
      entries = {};
    }
    this.old = new Map(Object.entries(entries));
  }
  get(key: string): T | null {
    const v = this.old.get(key) ?? this.next.get(key) ?? null;
    if (v === null) this.misses++;
    else (this.hits++, this.next.set(key, v));
    return v;
  }
  set(key: string, value: T): void {
    this.next.set(key, value);
  }
  /** Write the pack (whole or not at all). */
  async flush(): Promise<void> {
    try {
      writeAtomic(this.file, JSON.stringify({ entries: Object.fromEntries(this.next) }));
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}

/** The cache key of an article: its bytes, the gazetteer and the library version. */
export const articleKey = (fileHash: string, gazetteerHash: string) =>
  createHash("sha256").update(fileHash).update(gazetteerHash).update(libraryVersion()).digest("hex").slice(0, 32);
