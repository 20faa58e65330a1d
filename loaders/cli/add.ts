import { createHash } from "node:crypto";
import { existsSync, lstatSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { corpusDir } from "../config.ts";
import { writeAtomic } from "../disk.ts";
import { CORPUS_LIMITS, readCorpus, readSource, textKey, formatProblem } from "../corpus/read.ts";
import { decodeSource } from "../corpus/encoding.ts";
import { writeError } from "./fail.ts";
import { forTerminal } from "./terminal.ts";
import { parsePublished } from "../corpus/published.ts";
import { inferDateline, inferLanguage, outletFromUrl, slugFor } from "../add/infer.ts";
import { UserError, parseOptions } from "./args.ts";

export const USAGE = "triangulate add <file|-|URL> [--outlet NAME|unknown] [--published DATE|unknown] [--url URL] [--language ar|en] [--title T|none] [--id NAME] [--corpus DIR]";

/**
 * The first line of a plain text when it reads as a headline: short, not a sentence that runs on
 * (no closing full stop), not a dateline, with more text after it. A leading Markdown `#` is dropped.
 */
export function headlineOf(text: string): string | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const first = lines.findIndex((l) => l !== "");
  if (first < 0 || !lines.slice(first + 1).some((l) => l !== "")) return null;
  const line = lines[first].replace(/^#+\s*/, "").trim();
  const words = line.split(/\s+/).length;
  if (line.length < 3 || line.length > 200 || words > 30 || /[.!?؟…:;,،]$/.test(line)) return null;
  // (a dateline is not a headline: "دير الزور - الأربعاء 12 كانون الثاني 2022")
  if (words <= 8 && inferDateline(line)) return null;
  return line;
}

const HELP = {
  about:
    "Add one article to the corpus as data/sources/<id>.md with its front matter. The input is a text file, a saved HTML page (its text, title, outlet and date are read from the page), - for standard input, or an http(s) URL. What is not given is inferred where the text says it (a dateline, the script, the first line as title) and recorded in notes; what cannot be inferred is asked for on a terminal and is an error otherwise. The kit never overwrites a source and refuses a text already in the corpus, and a page or text over 5 MB.",
  options: {
    "--outlet NAME|unknown": 'who published it (e.g. "Enab Baladi")',
    "--published DATE|unknown": "publication date: 2021-06-29, 2020-01 or 2019",
    "--url URL": "where it was published (http or https)",
    "--language ar|en": "the article's language",
    "--title T|none": "its headline (default: the first line of a text file, when it reads as one)",
    "--id NAME": "the file name to use (default: date, outlet and a hash)",
    "--corpus DIR": "the corpus folder (default: data, or TRIANGULATE_CORPUS)",
    "-h, --help": "show this help",
  },
};

/** Share of a new text's word 5-grams found in an existing source for it to count as a copy. */
export const NEAR_DUPLICATE = 0.6;

const shingles = (text: string) => {
  const w = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((x) => (/\d/.test(x) ? "#" : x));
  const out = new Set<string>();
  // (joined by hand: a slice and join per word doubled add's time on a long page)
  for (let i = 0; i + 5 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]} ${w[i + 3]} ${w[i + 4]}`);
  return out;
};

/** Existing sources whose text the new one largely repeats (syndicated or copied). */
export function nearDuplicates(text: string, sources: Array<{ path: string; body: string }>): Array<{ path: string; share: number }> {
  const a = shingles(text);
  if (!a.size) return [];
  const out: Array<{ path: string; share: number }> = [];
  for (const s of sources) {
    const b = shingles(s.body);
    let inter = 0;
    for (const x of a) if (b.has(x)) inter++;
    const share = inter / Math.min(a.size, b.size || 1);
    if (share >= NEAR_DUPLICATE) out.push({ path: s.path, share });
  }
  return out.sort((x, y) => y.share - x.share);
}

/**
 * The largest page or text `add` takes (bytes), from a file, standard input or a URL: a news page
 * with its scripts and menus is rarely above 2 MB. Up to it add takes at most about 5 s of CPU and
 * 350 MB (bench/RESULTS-CLI.md); above it the input is refused before it is read through.
 */
export const ADD_LIMITS = { maxInputBytes: 5 * 1024 * 1024 };

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** The one line for an input over the limit (of a known size, or a stream that passed it). */
const tooLarge = (what: string, size?: number) =>
  new UserError(
    `${what} ${size === undefined ? "runs over" : `is ${MB(size)}, over`} add's limit of ${MB(ADD_LIMITS.maxInputBytes)} for one page or text: save the article alone (its text, or its page without comments and menus) and add that`,
  );

/** The bytes of a stream, refused as soon as they pass add's limit. */
async function readLimited(stream: AsyncIterable<Uint8Array>, what: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const c of stream) {
    size += c.length;
    if (size > ADD_LIMITS.maxInputBytes) throw tooLarge(what);
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

async function readInput(arg: string): Promise<{ content: string; fetchedFrom: string | null }> {
  if (arg === "-") {
    const decoded = decodeSource(await readLimited(process.stdin, "standard input"));
    if (!decoded.ok) throw new UserError(`standard input, line ${decoded.line}: ${decoded.message}`);
    return { content: decoded.text, fetchedFrom: null };
  }
  if (/^https?:\/\//i.test(arg)) {
    try {
      const res = await fetch(arg, { signal: AbortSignal.timeout(15_000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const length = Number(res.headers.get("content-length"));
      if (length > ADD_LIMITS.maxInputBytes) throw tooLarge(arg, length);
      // (as res.text() decodes: UTF-8, a byte-order mark dropped)
      return { content: new TextDecoder().decode(res.body ? await readLimited(res.body, arg) : new Uint8Array()), fetchedFrom: arg };
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`could not fetch ${arg} (${(e as Error).message}; is there network access?): save the page and run triangulate add page.html --url ${arg}`);
    }
  }
  let st;
  try {
    st = statSync(arg);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && lstatOrNull(arg)?.isSymbolicLink()) throw new UserError(`${arg} is a broken symbolic link (to ${readlinkSync(arg)}): give the article's file itself`);
    if (code === "ENOENT" || code === "ENOTDIR") throw new UserError(`no such file: ${arg} (give a text or HTML file, - for standard input, or a URL)`);
    throw e;
  }
  // (a pipe is read, to its end: `triangulate add <(curl …)` gives one; a device such as /dev/zero never ends)
  if (st.isDirectory()) throw new UserError(`${arg} is a folder: give one article's file (text or saved HTML page); add a folder's files one by one, e.g. for f in ${arg}/*; do triangulate add "$f"; done`);
  if (st.isCharacterDevice() || st.isBlockDevice() || st.isSocket()) throw new UserError(`${arg} is a ${st.isSocket() ? "socket" : "device"}, not a file: give the article's file, or - for standard input`);
  if (st.size > ADD_LIMITS.maxInputBytes) throw tooLarge(arg, st.size);
  let bytes;
  try {
    bytes = readFileSync(arg);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EACCES") throw new UserError(`cannot read ${arg}: permission denied; make it readable (chmod a+r ${arg})`);
    throw e;
  }
  // (a pipe's size is known once it is read)
  if (bytes.length > ADD_LIMITS.maxInputBytes) throw tooLarge(arg, bytes.length);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) throw new UserError(`${arg}:${decoded.line}: ${decoded.message}`);
  return { content: decoded.text, fetchedFrom: null };
}

const lstatOrNull = (path: string) => {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
};

const yamlValue = (v: string | null) => (v === null ? "null" : JSON.stringify(v));

/**
 * `triangulate add`: a plain-text or saved HTML article becomes `sources/<slug>.md` with front
 * matter, after the same checks as `check`. It never overwrites; it refuses an exact copy of an
 * existing source and warns about a near-copy. Metadata it cannot infer is asked for on a
 * terminal, and is an error otherwise; what it infers is recorded in `notes` with how.
 */
export async function add(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    {
      outlet: { type: "string" },
      published: { type: "string" },
      url: { type: "string" },
      language: { type: "string" },
      title: { type: "string" },
      id: { type: "string" },
      corpus: { type: "string" },
    },
    USAGE,
    HELP,
    1,
  );
  if (positionals.length !== 1) throw new UserError(`give the article to add: a file, - for standard input, or a URL (usage: ${USAGE})`);
  // (what the options give is checked before anything is read, and named as the option)
  if (values.url && !/^https?:\/\/\S+$/i.test(values.url) && !/^(unknown|none|null)$/i.test(values.url)) throw new UserError(`--url ${JSON.stringify(values.url)} is not an http(s) link: write --url https://… (or leave it out)`);
  if (values.language && !["ar", "en"].includes(values.language)) throw new UserError(`--language ${JSON.stringify(values.language)} is not supported: write --language ar or --language en`);
  const corpus = resolve(values.corpus ?? corpusDir());
  const { content, fetchedFrom } = await readInput(positionals[0]);
  // (Readability and its DOM are loaded once the input has been read)
  const html = await import("../add/html.ts");
  const { text, meta, notes } = articleOf(html, content, { outlet: values.outlet, published: values.published, url: values.url ?? fetchedFrom ?? undefined, language: values.language, title: values.title });
  await askMissing(meta, process.stdin.isTTY && positionals[0] !== "-");
  const published = clean(meta.published);
  if (published && parsePublished(published) === undefined) throw new UserError(`${values.published ? "--published" : "published"} "${published}" is not a date: write a year (2019), a month (2020-01), a day (2021-06-29) or unknown`);

  const { sources } = readCorpus(corpus);
  const key = textKey(text);
  const same = sources.find((s) => textKey(s.body) === key);
  if (same) throw new UserError(`refused: the same text is already in the corpus as ${same.path}`);
  const hash = createHash("sha256").update(text).digest("hex");
  const id = values.id ?? slugFor(published, clean(meta.outlet), hash);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) throw new UserError(`--id "${id}" is not a file name: use letters, digits, dots, dashes`);
  const file = join(corpus, "sources", `${id}.md`);
  if (existsSync(file)) throw new UserError(`refused: ${file} exists; the kit never overwrites a source (give another --id)`);
  const bytes = Buffer.from(frontMatter(meta, notes) + text, "utf8");
  const { problems } = readSource(file, bytes);
  if (problems.length) throw new UserError(`not added: ${problems.map(formatProblem).join("\nnot added: ")}`);
  for (const d of nearDuplicates(text, sources)) console.error(`warning: this text is a near-copy of ${forTerminal(d.path)} (${Math.round(d.share * 100)}% of its passages): a syndicated copy counts as one voice`);
  try {
    writeAtomic(file, bytes);
  } catch (e) {
    throw writeError(e, file, "--corpus");
  }
  console.log(`added ${forTerminal(file)}`);
  for (const n of notes) console.log(`  ${forTerminal(n)}`);
  console.log("next: npx triangulate analyze (or npm run build) to see what it changes");
  return 0;
}

/** An article's metadata as given (undefined: not given) or inferred. */
type Meta = Record<"outlet" | "published" | "url" | "language" | "title", string | null | undefined>;

/**
 * The article's text (from a saved HTML page, or the plain text), with what is given of its
 * metadata and what can be inferred for the rest (from the page, the dateline, the script, the
 * URL's host), and a note of how each was inferred.
 */
function articleOf({ isHtml, extractFromHtml }: typeof import("../add/html.ts"), content: string, given: Meta): { text: string; meta: Meta; notes: string[] } {
  const meta = { ...given };
  const notes: string[] = [];
  let text = content;
  const infer = (field: keyof Meta, value: string | null | undefined, how: string) => {
    if (meta[field] === undefined && value) {
      meta[field] = value;
      notes.push(`${field} ${how}`);
    }
  };
  if (isHtml(content)) {
    const page = extractFromHtml(content);
    text = page.text;
    for (const f of ["title", "outlet", "published", "url"] as const) infer(f, page[f], `from ${page.found[f]}`);
    notes.push("text extracted from a saved HTML page (Readability)");
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) throw new UserError("the input has no article text");
  // (refused before the checks that read the text through, which `check` would refuse anyway)
  const size = Buffer.byteLength(text);
  if (size > CORPUS_LIMITS.maxBytes) throw new UserError(`the article's text is ${MB(size)}, over the ${MB(CORPUS_LIMITS.maxBytes)} limit for a source: keep only the article's text`);
  if (!text.endsWith("\n")) text += "\n";
  if (!isHtml(content)) infer("title", headlineOf(text), "from the first line of the text");
  const dateline = inferDateline(text);
  if (dateline) infer("published", dateline.published, dateline.how);
  const lang = inferLanguage(text);
  if (lang) infer("language", lang.language, lang.how);
  infer("outlet", outletFromUrl(typeof meta.url === "string" ? meta.url : null), "from the URL's host");
  return { text, meta, notes };
}

/** The metadata still missing, asked for on a terminal (`interactive`), else an error saying which options give it. */
async function askMissing(meta: Meta, interactive: boolean): Promise<void> {
  const missing = (["outlet", "published", "language", "title"] as const).filter((f) => meta[f] === undefined);
  if (!missing.length) return;
  if (!interactive) {
    throw new UserError(
      `missing ${missing.join(", ")} and cannot infer ${missing.length > 1 ? "them" : "it"}: ${missing
        .map((f) => (f === "outlet" ? "--outlet NAME (or --outlet unknown)" : f === "published" ? "--published 2021-06-29|2020-01|2019 (or unknown)" : f === "language" ? "--language ar|en" : '--title "…" (or --title none)'))
        .join(", ")}`,
    );
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  for (const f of missing) meta[f] = (await rl.question(`${f} (${f === "published" ? "YYYY[-MM[-DD]] or unknown" : f === "title" ? "or none" : f === "language" ? "ar or en" : "or unknown"}): `)).trim();
  rl.close();
}

/** A metadata value as written: null for none, unknown or empty. */
const clean = (v: string | null | undefined) => (v === undefined || v === null || /^(unknown|none|null)$/i.test(v.trim()) || !v.trim() ? null : v.trim());

/** The front matter the kit writes (the plain form `plainMapping` in yaml.ts reads), with the notes of what was inferred. */
function frontMatter(meta: Meta, notes: string[]): string {
  return [
    "---",
    `outlet: ${yamlValue(clean(meta.outlet))}`,
    `url: ${yamlValue(clean(meta.url))}`,
    `published: ${yamlValue(clean(meta.published))}`,
    `language: ${clean(meta.language) ?? "null"}`,
    `title: ${yamlValue(clean(meta.title))}`,
    `notes: ${yamlValue(notes.length ? `Added with triangulate add on ${new Date().toISOString().slice(0, 10)}; ${notes.join("; ")}.` : null)}`,
    "---",
    "",
  ].join("\n");
}
