import { hash } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync, statSync, type Stats } from "node:fs";
import { join, extname, basename } from "node:path";
import { displayPath } from "../config.ts";
import { decodeSource } from "./encoding.ts";
import { splitFrontMatter, keyLine, type Split } from "./frontmatter.ts";
import { plainMapping } from "../yaml.ts";
import { frontMatterSchema, FIELDS, MISSING_HINT, type FrontMatter } from "./schema.ts";
import { parsePublished } from "./published.ts";
import type { Problem, Source } from "./types.ts";
import { UserError } from "../errors.ts";

/**
 * What a corpus read last time knew of each file, for files that have not changed since (same
 * size, modification and change times, inode): their front matter, hash and text key, with the
 * body read only if asked for. See `SourceIndex` in cache.ts.
 */
export interface SourceIndex {
  lookup(file: string): { source: Source; key: string } | null;
  remember(file: string, source: Source, key: string): void;
}

/** Limits on what a source file may be. */
export const CORPUS_LIMITS = { maxBytes: 5 * 1024 * 1024, extension: ".md" };

/** What reading a corpus gives: the good sources and the problems of the others. */
export interface Corpus {
  sources: Source[];
  problems: Problem[];
}

/** The source files of `dir/sources`, sorted, as absolute paths (hidden files skipped). */
export function listSourceFiles(corpusDir: string): string[] {
  const dir = join(corpusDir, "sources");
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") {
      const corpusIsFile = !statSync(corpusDir, { throwIfNoEntry: false })?.isDirectory();
      throw new UserError(`${corpusIsFile ? `${corpusDir} is a file` : `${dir} is a file`}, not a folder: a corpus is a folder holding a sources/ folder, one article per .md file in it`);
    }
    if (code === "EACCES" || code === "EPERM") throw new UserError(`cannot read the sources folder ${dir} (permission denied): make it readable, e.g. chmod a+rx it`);
    throw new UserError(`no sources folder: ${dir} (create it and put one article per .md file in it)`);
  }
  return names
    .filter((n) => !n.startsWith("."))
    .sort()
    .map((n) => join(dir, n));
}

/** Read one source file: a Source, or the problems that keep it out. */
export function readSource(file: string, bytes?: Uint8Array): { source?: Source; problems: Problem[] } {
  const path = displayPath(file);
  const problems: Problem[] = [];
  const fail = (line: number, message: string) => ({ problems: [{ path, line, message }] });
  let size = bytes?.length;
  if (!bytes) {
    // (what the name is, asked without opening it: a named pipe would block the read forever)
    const kind = fileKind(file);
    if (typeof kind === "string") return fail(0, kind);
    size = kind.size;
  }
  if (extname(file) !== CORPUS_LIMITS.extension) return fail(1, `not a source file: name it ${basename(file, extname(file))}.md with YAML front matter (or add it with \`triangulate add\`)`);
  if (size! > CORPUS_LIMITS.maxBytes) return fail(1, `file is ${(size! / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit: keep only the article's text`);
  if (!bytes) {
    try {
      bytes = readFileSync(file);
    } catch (e) {
      return fail(0, unreadable(e as NodeJS.ErrnoException, file));
    }
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return fail(decoded.line, decoded.message);
  const split = splitFrontMatter(decoded.text);
  if (!split) return fail(1, "no front matter: start the file with a line ---, the fields (outlet, url, published, language, title), then ---");
  // the plain front matter the kit writes is read without the YAML parser; anything else, and any
  // problem, goes the long way, which knows line numbers
  const fast = plainMapping(split.yaml);
  const quick = fast && Object.keys(MISSING_HINT).every((k) => k in fast) ? frontMatterSchema.safeParse(fast) : null;
  if (quick?.success && split.body.trim()) return { problems, source: makeSource(file, path, quick.data, split, bytes) };
  for (const { line, message } of split.front.syntaxErrors) problems.push({ path, line, message });
  if (problems.length) return { problems };
  const data = split.front.toJS() ?? {};
  if (typeof data !== "object" || Array.isArray(data)) return fail(2, "front matter must be fields (key: value), one per line");
  for (const key of Object.keys(data)) if (!(FIELDS as readonly string[]).includes(key)) problems.push({ path, line: keyLine(split, key), message: `unknown field "${key}": the fields are ${FIELDS.join(", ")}` });
  for (const key of Object.keys(MISSING_HINT)) if (!(key in data)) problems.push({ path, line: 1, message: `missing field "${key}": add ${MISSING_HINT[key]}` });
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (!(key in data) || !(FIELDS as readonly string[]).includes(key)) continue; // reported above
      problems.push({ path, line: keyLine(split, key), message: issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}` });
    }
  if (!split.body.trim()) problems.push({ path, line: split.bodyLine, message: "empty body: put the article's text after the closing ---" });
  if (problems.length || !parsed.success) return { problems };
  return { problems, source: makeSource(file, path, parsed.data, split, bytes) };
}

/**
 * A text file the kit reads besides the sources (the gazetteer's files, reviews.yaml), decoded as
 * the sources are, or why it cannot be read (`line` 0: the file itself), never opening a pipe.
 */
export function readTextFile(file: string): { text: string } | { line: number; message: string } {
  const kind = fileKind(file);
  if (typeof kind === "string") return { line: 0, message: kind.replace("sources/ holds one article per .md file; move the folder out of sources/", "move it away or rename it") };
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { line: 0, message: unreadable(e as NodeJS.ErrnoException, file) };
  }
  const decoded = decodeSource(bytes);
  return decoded.ok ? { text: decoded.text } : { line: decoded.line, message: decoded.message.replace("a source must be", "it must be") };
}

/** A source file's size, or why it is not a file that can be read (a folder, a broken link, a pipe…). */
function fileKind(file: string): { size: number } | string {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (e) {
    return unreadable(e as NodeJS.ErrnoException, file);
  }
  if (st.isFile()) return { size: st.size };
  if (st.isDirectory()) return "a folder, not an article: sources/ holds one article per .md file; move the folder out of sources/";
  const what = st.isFIFO() ? "a named pipe" : st.isSocket() ? "a socket" : "a device";
  return `${what}, not a file: put the text in a plain file`;
}

/** Why a source file could not be read, and what to do. */
function unreadable(e: NodeJS.ErrnoException, file: string): string {
  if (e.code === "ENOENT") {
    let target: string | null = null;
    try {
      target = readlinkSync(file);
    } catch {
      // not a link: the file went away
    }
    return target === null ? "the file went away while the corpus was read: run the command again" : `a broken symbolic link (to ${target}): point it at an article or remove it`;
  }
  if (e.code === "ELOOP") return "a symbolic link that points back at itself: remove it";
  if (e.code === "EACCES" || e.code === "EPERM") return "cannot read the file (permission denied): make it readable, e.g. chmod a+r it";
  if (e.code === "EISDIR") return "a folder, not an article: sources/ holds one article per .md file; move the folder out of sources/";
  if (e.code === "EIO") return "cannot read the file (input/output error: a failing disk?): copy the article from a backup";
  throw e;
}

function makeSource(file: string, path: string, fm: FrontMatter, split: Split, bytes: Uint8Array): Source {
  return {
    id: basename(file, CORPUS_LIMITS.extension),
    path,
    outlet: fm.outlet,
    url: fm.url,
    published: parsePublished(fm.published) ?? null,
    language: fm.language,
    title: fm.title,
    notes: fm.notes ?? null,
    body: split.body,
    chars: split.body.length,
    bodyLine: split.bodyLine,
    hash: hash("sha256", bytes, "hex"),
  };
}

/** The key under which two articles count as the same text. */
export function textKey(body: string): string {
  return hash("sha1", body.replace(/\s+/g, " ").trim(), "hex");
}

/**
 * Read and check every source of a corpus folder (`dir/sources/*.md`). One bad file never hides
 * the others: each problem is returned with its `path:line`. Files with the same text are named.
 */
export function readCorpus(corpusDir: string, index?: SourceIndex): Corpus {
  const sources: Source[] = [];
  const problems: Problem[] = [];
  const keys = new Map<Source, string>();
  for (const file of listSourceFiles(corpusDir)) {
    const known = index?.lookup(file);
    if (known) {
      sources.push(known.source);
      keys.set(known.source, known.key);
      continue;
    }
    const r = readSource(file);
    problems.push(...r.problems);
    if (!r.source) continue;
    sources.push(r.source);
    const key = textKey(r.source.body);
    keys.set(r.source, key);
    index?.remember(file, r.source, key);
  }
  const seen = new Map<string, Source>();
  for (const s of sources) {
    const key = keys.get(s)!;
    const first = seen.get(key);
    if (first) {
      problems.push({ path: s.path, line: s.bodyLine, message: `same text as ${first.path}: remove one of the two`, duplicateOf: first.id });
      problems.push({ path: first.path, line: first.bodyLine, message: `same text as ${s.path}: remove one of the two`, duplicateOf: s.id });
    } else seen.set(key, s);
  }
  problems.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  return { sources, problems };
}

/** Format a problem as `path:line: message` (`path: message` for one about the whole file, line 0). */
export const formatProblem = (p: Problem) => `${p.path}${p.line ? `:${p.line}` : ""}: ${p.message}`;
