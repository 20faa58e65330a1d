import { createHash, hash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { displayPath } from "./config.ts";
import { readSource, type SourceIndex } from "./corpus/read.ts";
import { UserError } from "./errors.ts";
import type { Source } from "./corpus/types.ts";
import type { CopyState } from "./align/nearcopy.ts";
import type { Analysis } from "./types.ts";
import { cacheDir, libraryVersion, readSealed, seal, unseal, writeAtomic } from "./disk.ts";

// (the benchmarks read the library's version from here)
export { libraryVersion };

/** The whole analyses kept for the site's data loaders, by their inputs' key (see `AnalyzeOptions.share` in pipeline.ts). */
export const sharedAnalyses = () => new ResultCache<Analysis>(join(cacheDir(), "analyses"));

/**
 * A content-addressed store of results (per article, and whole analyses). Entries are sealed (see `seal` in
 * disk.ts) and carry the key they were written under; a missing or foreign entry is a miss, a damaged one a miss
 * reported on stderr, never an error.
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
    this.present = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.slice(0, -5)),
    );
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
      const payload = readSealed(this.file(key), "result");
      if (!payload) throw new Error("damaged entry");
      const entry = JSON.parse(payload.toString("utf8"));
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
    const tmp = join(this.dir, `.${key}.${process.pid}.${this.pending.length}.tmp`);
    this.pending.push(
      writeFile(tmp, seal("result", JSON.stringify({ key, value })))
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

/** Packs written by this process so far (part of each pack's name). */
let packs = 0;

/** The cache's name for a corpus folder. */
const corpusKey = (corpus: string) => createHash("sha1").update(resolve(corpus)).digest("hex").slice(0, 16);

/**
 * Per-article results of one corpus, kept as a few pack files (`articles/<corpus>/*.pack`) rather
 * than thousands: all are read at the start of a run; a run that extracted articles adds one pack
 * with just those, and a run that extracted none writes nothing. When packs pile up, or hold many
 * entries the corpus no longer uses, they are compacted into one (the new pack is written before
 * the old ones go, so a crash loses nothing). An entry is found by its content key; a missing or
 * foreign pack is empty, never an error; a pack that does not verify (each is sealed: format and
 * checksum, see `seal` in disk.ts) is reported on stderr, never read, and compacted away.
 *
 * Packs are in V8's serialisation format (of this V8 version only), not JSON: results are mostly
 * Arabic text, which JSON must transcode from and to UTF-8 (docs/INTERNALS.md). A codec may give the form an entry is stored in
 * (see `packResult`): entries are decoded when a run asks for them, and compaction moves them
 * as stored.
 */
export class PackCache<T, S = T> {
  hits = 0;
  misses = 0;
  /** Compact when there are more packs than this… */
  static maxPacks = 8;
  /** …or when more than this share of the stored entries went unused by the run. */
  static maxUnused = 0.25;
  private readonly dir: string;
  private readonly packs: string[];
  /** Packs of an older format, or damaged, never read: the next flush compacts them away. */
  private legacy: boolean;
  private readonly old = new Map<string, S>();
  private readonly used = new Map<string, S>();
  private readonly added = new Map<string, S>();
  private readonly codec: PackCodec<T, S>;
  /**
   * Start reading a corpus's packs in the background (`fs` reads them on libuv's threads while the
   * run stats the corpus's files): give the result to the constructor as `bytes`. A pack that
   * cannot be read is left out (the constructor reads it, or finds it missing, itself).
   */
  static prefetch(corpus: string, dir = join(cacheDir(), "articles")): Promise<Map<string, Buffer>> {
    const at = join(dir, corpusKey(corpus));
    let names: string[];
    try {
      names = readdirSync(at).filter((f) => f.endsWith(".pack"));
    } catch {
      return Promise.resolve(new Map());
    }
    return Promise.all(
      names.map((f) =>
        readFile(join(at, f)).then(
          (b): [string, Buffer] | null => [f, b],
          () => null,
        ),
      ),
    ).then((read) => new Map(read.filter((x) => x !== null)));
  }
  constructor(corpus: string, options: { dir?: string; codec?: PackCodec<T, S>; bytes?: Map<string, Buffer> } = {}) {
    const dir = options.dir ?? join(cacheDir(), "articles");
    this.codec = options.codec ?? { encode: (v) => v as unknown as S, decode: (x) => x as unknown as T };
    this.dir = join(dir, corpusKey(corpus));
    mkdirSync(this.dir, { recursive: true });
    this.packs = readdirSync(this.dir)
      .filter((f) => f.endsWith(".pack") || f.endsWith(".json"))
      .sort();
    this.legacy = this.packs.some((f) => f.endsWith(".json"));
    for (const f of this.packs.filter((x) => x.endsWith(".pack")))
      try {
        const file = join(this.dir, f);
        const payload = unseal(file, "pack", options.bytes?.get(f) ?? readFileSync(file));
        if (!payload) {
          this.legacy = true;
          continue;
        }
        const pack = deserialize(payload);
        if (pack?.v8 === process.versions.v8 && pack.entries instanceof Map) for (const [k, v] of pack.entries as Map<string, S>) this.old.set(k, v);
      } catch {
        // a corrupt pack is no pack
      }
  }
  get(key: string): T | null {
    const v = this.old.get(key) ?? this.added.get(key);
    if (v === undefined) {
      this.misses++;
      return null;
    }
    this.hits++;
    this.used.set(key, v);
    return this.codec.decode(v);
  }
  set(key: string, value: T): void {
    this.added.set(key, this.codec.encode(value));
  }
  /** Keep a value already in its stored form (`encode(value)`, made elsewhere: on a worker thread). */
  setStored(key: string, stored: S): void {
    this.added.set(key, stored);
  }
  /** Write what the run added (whole or not at all), compacting when the packs are many or stale. */
  async flush(): Promise<void> {
    try {
      const unused = this.old.size - this.used.size;
      const compact = this.legacy || this.packs.length >= PackCache.maxPacks || (this.old.size > 0 && unused / this.old.size > PackCache.maxUnused);
      if (!compact && !this.added.size) return;
      const entries = compact ? new Map([...this.used, ...this.added]) : this.added;
      // (a name no other flush can pick: time, process, a counter and chance)
      const name = `${Date.now().toString(36).padStart(9, "0")}-${process.pid}-${++packs}-${randomBytes(3).toString("hex")}.pack`;
      writeAtomic(join(this.dir, name), seal("pack", serialize({ v8: process.versions.v8, entries })));
      if (compact) for (const f of this.packs) if (f !== name) rmSync(join(this.dir, f), { force: true });
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}

/** How a pack stores its entries: `decode(encode(v))` must equal `v`. */
export interface PackCodec<T, S> {
  encode(value: T): S;
  decode(stored: S): T;
}

/**
 * What the last read of a corpus knew of each source file (see `SourceIndex` in corpus/read.ts):
 * a file whose size, modification and change times and inode are unchanged is not read again —
 * its front matter, hash and text key are taken from here, and its body is read only if asked for.
 * The index is written (whole or not at all) only when something changed, in V8's serialisation
 * format like the packs (docs/INTERNALS.md).
 */
export class StatIndex implements SourceIndex {
  private readonly file: string;
  private old = new Map<string, IndexEntry>();
  private readonly next = new Map<string, IndexEntry>();
  private changed = false;
  /** When the index was written (ms since the epoch). */
  private written = 0;
  /**
   * A file changed this shortly before the index was written may have changed again since within
   * the file system's time resolution, its stamp unchanged: it is read again (git's "racy clean").
   */
  static racyMs = 2000;
  constructor(corpus: string, dir = join(cacheDir(), "sources")) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, `${corpusKey(corpus)}.bin`);
    try {
      const payload = readSealed(this.file, "index");
      const data = payload && deserialize(payload);
      if (data?.v8 === process.versions.v8 && data.library === libraryVersion() && data.entries instanceof Map && typeof data.written === "number") {
        this.old = data.entries;
        this.written = data.written;
      }
    } catch {
      // no index yet, or a corrupt one: every file is read
    }
  }
  /** A file's stamp (size, modification and change times, inode) and its later time, if it is there. */
  private static stat(file: string): { stamp: string; newest: number } | null {
    try {
      const st = statSync(file);
      return { stamp: `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`, newest: Math.max(st.mtimeMs, st.ctimeMs) };
    } catch {
      return null;
    }
  }
  /** The stamps of files looked up and not found, for `remember` (one stat per file). */
  private readonly stamps = new Map<string, string | null>();
  lookup(file: string): { source: Source; key: string } | null {
    const e = this.old.get(file);
    const st = StatIndex.stat(file);
    const stamp = st?.stamp ?? null;
    if (!e || e.stamp !== stamp || st!.newest >= this.written - StatIndex.racyMs) {
      this.stamps.set(file, stamp);
      return null;
    }
    this.next.set(file, e);
    return { source: new KnownSource(file, displayPath(file), e.source), key: e.key };
  }
  remember(file: string, source: Source, key: string): void {
    const stamp = this.stamps.has(file) ? this.stamps.get(file)! : (StatIndex.stat(file)?.stamp ?? null);
    if (!stamp) return;
    const { body: _, path: __, ...meta } = source;
    this.next.set(file, { stamp, source: meta, key });
    this.changed = true;
  }
  /** Write the index if the corpus changed (files added, changed or removed). */
  flush(): void {
    if (!this.changed && this.next.size === this.old.size) return;
    try {
      writeAtomic(this.file, seal("index", serialize({ v8: process.versions.v8, library: libraryVersion(), written: Date.now(), entries: this.next })));
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}
/** A source known from the index: its body is read from its file when first asked for. */
class KnownSource implements Source {
  id!: string;
  path: string;
  outlet!: string | null;
  url!: string | null;
  published!: Source["published"];
  language!: Source["language"];
  title!: string | null;
  notes!: string | null;
  chars!: number;
  bodyLine!: number;
  hash!: string;
  #file: string;
  #body: string | null = null;
  constructor(file: string, path: string, meta: IndexEntry["source"]) {
    Object.assign(this, meta);
    this.path = path;
    this.#file = file;
  }
  /** The body as read now; the file must still be what the index knew (else the run stops: run it again). */
  get body(): string {
    if (this.#body === null) {
      const r = readSource(this.#file);
      if (!r.source || r.source.hash !== this.hash) throw new UserError(`${this.path} changed while it was being analysed: run the command again`);
      this.#body = r.source.body;
    }
    return this.#body;
  }
}

interface IndexEntry {
  stamp: string;
  source: Omit<Source, "body" | "path">;
  key: string;
}

/**
 * The cache key of an article: its name (its claims' ids are made from it: two files with the same
 * bytes are two sets of claims), its bytes, the gazetteer and the library version.
 */
export const articleKey = (id: string, fileHash: string, gazetteerHash: string) => hash("sha256", `${id}\n${fileHash}${gazetteerHash}${libraryVersion()}`, "hex").slice(0, 32);

/**
 * What one analysis of a corpus keeps for the next (`kept/<corpus>.bin`, one per corpus, written
 * whole or not at all, in V8's serialisation format like the packs): the near-copy buckets and
 * pairs (see `findCopiesKept`), where alignment's blocks put each claim, and the facts'
 * verdicts, so that adding an article compares, aligns and judges again only what it touches.
 * They are kept in one file because the verdicts are valid only with the copies they were judged
 * with, and the alignment is read against the copies' list of articles. A file of another context
 * (library, gazetteer, reviews, tunables), or a damaged one, is no file.
 */
export interface KeptRun<V> {
  copies: CopyState;
  /** The facts' verdicts (see `VerdictTable` in score/kept.ts: checked where read). */
  verdicts: V;
}
export class KeptRuns<V> {
  private readonly file: string;
  constructor(
    corpus: string,
    /** What the kept run is valid for: it is read back only under the same context. */
    private readonly context: string,
  ) {
    this.file = KeptRuns.fileOf(corpus);
    mkdirSync(dirname(this.file), { recursive: true });
  }
  private static fileOf(corpus: string): string {
    return join(cacheDir(), "kept", `${corpusKey(corpus)}.bin`);
  }
  /** Start reading a corpus's kept run in the background (see `PackCache.prefetch`): give the result to `read`. */
  static prefetch(corpus: string): Promise<Buffer | null> {
    return readFile(KeptRuns.fileOf(corpus)).catch(() => null);
  }
  /** The kept run, from the bytes of its file if they were read already. */
  read(bytes?: Buffer | null): KeptRun<V> | null {
    try {
      const payload = bytes ? unseal(this.file, "kept", bytes) : readSealed(this.file, "kept");
      const run = payload && deserialize(payload);
      if (run?.v8 !== process.versions.v8 || run.context !== this.context || typeof run.verdicts !== "object" || !run.verdicts) return null;
      const c = run.copies;
      if (typeof c?.options !== "string" || !Array.isArray(c.articles) || !(c.pairs instanceof Int32Array) || !Array.isArray(c.keys) || !Array.isArray(c.members) || c.keys.length !== c.members.length) return null;
      for (const a of c.articles) if (!Array.isArray(a) || typeof a[0] !== "string" || !Number.isSafeInteger(a[1]) || a[1] < 0) return null;
      for (let b = 0; b < c.keys.length; b++) if (!(c.keys[b] instanceof Uint32Array) || !(c.members[b] instanceof Int32Array)) return null;
      return { copies: c, verdicts: run.verdicts };
    } catch {
      return null;
    }
  }
  write(run: KeptRun<V>): void {
    try {
      writeAtomic(this.file, seal("kept", serialize({ v8: process.versions.v8, context: this.context, ...run })));
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}
