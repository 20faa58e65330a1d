/**
 * Every bad input a user can give the CLI (files, folders, links, options, environment variables,
 * a full or read-only disk) ends in one line on stderr naming the file (with its line where there
 * is one), the bad value and what to do instead; exit code 1; no stack trace; no hang. One row per
 * input; the rows run a few at a time before the tests look at what each printed.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, cliAsync, copySeedCorpus } from "./helpers.ts";
import { readSource } from "../loaders/corpus/read.ts";
import { forTerminal } from "../loaders/cli/terminal.ts";
import { ADD_LIMITS } from "../loaders/cli/add.ts";

/** What a row is given: a fresh copy of the seed corpus (`sources/` only). */
interface Row {
  name: string;
  /** Make the corpus bad (it is a copy: anything goes). */
  setup?: (dir: string) => void;
  args: (dir: string) => string[];
  env?: (dir: string) => Record<string, string>;
  /** Standard input. */
  input?: Buffer;
  /** The one line stderr must be. */
  stderr: RegExp;
  /** Why the row cannot run here, if it cannot. */
  skip?: string | false;
}

const SEED = "000_aa2c8bb3c71880e8";
const seedFile = (dir: string) => join(dir, "sources", `${SEED}.md`);
const article = (fm: Record<string, string>, body = "نص المقال عن دير الزور.") =>
  `---\n${Object.entries({ outlet: '"Outlet"', url: "null", published: "2021-06-29", language: "ar", title: "null", ...fm })
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n${body}\n`;
const mkfifo = (path: string) => spawnSync("mkfifo", [path]).status === 0;
const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;
const asRoot = process.getuid?.() === 0;
/** Make the chosen file system call fail as a full, read-only or forbidden disk would (see the fixture). */
const fault = (call: string, code: string, prefix: string) => ({
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${join(ROOT, "tests", "fixtures", "faults", "fail-fs.mjs")}`.trim(),
  TRIANGULATE_TEST_FAULT: `${call}:${code}:${prefix}`,
});
const reviews = (text: string) => (dir: string) => writeFileSync(join(dir, "reviews.yaml"), text);
const gazetteer = (dir: string) => cpSync(join(ROOT, "tests", "fixtures", "mini", "gazetteer"), join(dir, "gazetteer"), { recursive: true });
const check = (dir: string) => ["check", "--corpus", dir];
const analyze = (dir: string) => ["analyze", "--corpus", dir, "--out", join(dir, "out")];
const addFile = (dir: string) => join(dir, "new.txt");
const add =
  (...more: string[]) =>
  (dir: string) => ["add", addFile(dir), "--corpus", dir, "--outlet", "Test", "--title", "none", "--language", "ar", ...more];
const writeNew = (dir: string) => writeFileSync(addFile(dir), "دير الزور - الأربعاء 12 كانون الثاني 2022\nقصفت طائرات مجهولة مواقع في البوكمال.\n");

const ROWS: Row[] = [
  // sources/: what a name in it can be
  { name: "a folder named x.md in sources/", setup: (d) => mkdirSync(join(d, "sources", "x.md")), args: check, stderr: /^\/.*\/sources\/x\.md: a folder, not an article: .*move the folder out of sources\/$/ },
  { name: "a dangling symlink named y.md", setup: (d) => symlinkSync(join(d, "gone.md"), join(d, "sources", "y.md")), args: check, stderr: /sources\/y\.md: a broken symbolic link \(to .*gone\.md\): point it at an article or remove it$/ },
  { name: "a symlink loop named z.md", setup: (d) => symlinkSync(join(d, "sources", "z.md"), join(d, "sources", "z.md")), args: check, stderr: /sources\/z\.md: a symbolic link that points back at itself: remove it$/ },
  { name: "a FIFO named f.md (must not hang)", skip: !hasMkfifo && "no mkfifo", setup: (d) => void mkfifo(join(d, "sources", "f.md")), args: check, stderr: /sources\/f\.md: a named pipe, not a file: put the text in a plain file$/ },
  { name: "a FIFO named f.md, analyze (must not hang)", skip: !hasMkfifo && "no mkfifo", setup: (d) => void mkfifo(join(d, "sources", "f.md")), args: analyze, stderr: /^triangulate analyze: .*sources\/f\.md: a named pipe, not a file/ },
  {
    name: "an unreadable article (chmod 000)",
    skip: asRoot && "root reads any file: the next row simulates it",
    setup: (d) => chmodSync(seedFile(d), 0),
    args: check,
    stderr: /\.md: cannot read the file \(permission denied\): make it readable, e\.g\. chmod a\+r it$/,
  },
  { name: "an unreadable article (EACCES, simulated)", args: check, env: (d) => fault("readFileSync", "EACCES", seedFile(d)), stderr: new RegExp(`${SEED}\\.md: cannot read the file \\(permission denied\\): make it readable`) },
  {
    name: "an article in Windows-1256",
    setup: (d) => writeFileSync(join(d, "sources", "w.md"), Buffer.concat([Buffer.from(article({})), Buffer.from([0xc7, 0xe1, 0xd8, 0xc7, 0xc6, 0xd1, 0xc7, 0xca])])),
    args: check,
    stderr: /w\.md:9: not UTF-8 \(invalid byte 0xc7 at offset \d+\); it looks like windows-1256: save it as UTF-8/,
  },
  {
    name: "an article in UTF-16 without a byte-order mark",
    setup: (d) => writeFileSync(join(d, "sources", "u.md"), Buffer.from(article({}), "utf16le")),
    args: check,
    stderr: /u\.md:1: UTF-16LE without a byte-order mark .*: save it as UTF-8$/,
  },
  {
    name: "an article with escape sequences in its front matter (they are not printed)",
    setup: (d) => writeFileSync(join(d, "sources", "e.md"), article({ '"\\e]0;owned\\a\\e[2J\\e[31mauthor"': "x" })),
    args: check,
    stderr: /e\.md:7: unknown field "author": the fields are outlet, url/,
  },
  {
    name: "--corpus is a file",
    setup: (d) => writeFileSync(join(d, "file"), ""),
    args: (d) => ["check", "--corpus", join(d, "file")],
    stderr: /^triangulate check: \/.*\/file is a file, not a folder: a corpus is a folder holding a sources\/ folder/,
  },
  {
    name: "TRIANGULATE_CORPUS has no sources/",
    args: () => ["check"],
    env: (d) => ({ TRIANGULATE_CORPUS: join(d, "nope") }),
    stderr: /^triangulate check: no sources folder: .*\/nope\/sources \(create it and put one article per \.md file in it\)$/,
  },
  {
    name: "analyze refuses a corpus with one bad article",
    setup: (d) => writeFileSync(join(d, "sources", "b.md"), article({ language: "fr" })),
    args: analyze,
    stderr: /^triangulate analyze: .*sources\/b\.md:5: language "fr" is not supported: write ar or en$/,
  },
  // reviews.yaml
  {
    name: "a review with low above high",
    setup: reviews(`- correct: "${SEED}#force_size-abc123"\n  value: {low: 500, high: 10}\n`),
    args: check,
    stderr: /reviews\.yaml:2: low is above high: \{low: 500, high: 10\}; write low ≤ high, e\.g\. \{low: 10, high: 500\}$/,
  },
  {
    name: "a review with an impossible date",
    setup: reviews(`- correct: "${SEED}#attack-abc123"\n  by: Rana\n  date: {start: 2022-02-30, end: 2022-03-01, precision: day}\n`),
    args: check,
    stderr: /reviews\.yaml:3: date start is not a day that exists: 2022-02-30; write a real day as YYYY-MM-DD, e\.g\. 2022-02-28$/,
  },
  {
    name: "a review of a claim of an unknown source",
    setup: reviews(`- reject: "000_aa2c8bb3c71880e9#presence-abc123"\n`),
    args: check,
    stderr: new RegExp(`reviews\\.yaml:1: no source 000_aa2c8bb3c71880e9 in the corpus .*did you mean ${SEED}\\?`),
  },
  {
    name: "a review with an unknown claim kind",
    setup: reviews(`- split: "${SEED}#presense-abc123"\n`),
    args: check,
    stderr: new RegExp(`reviews\\.yaml:1: unknown claim kind in .*: presense; write one of presence, .*did you mean ${SEED}#presence-…\\?`),
  },
  {
    name: "a review of a claim that does not exist",
    setup: reviews(`- reject: "${SEED}#presence-000000"\n`),
    args: check,
    stderr: new RegExp(`reviews\\.yaml:1: review of claim ${SEED}#presence-000000, which no longer exists .*\\(nearest: ${SEED}#presence-[0-9a-z]+\\)$`),
  },
  {
    name: "a verdict on a fact that does not exist",
    setup: reviews("- verdict: attack-deir-ez-zor-province-2021-06-72\n  set: contested\n"),
    args: check,
    stderr: /reviews\.yaml:1: verdict review for cluster attack-deir-ez-zor-province-2021-06-72, which no longer exists: update or remove it \(nearest: attack-deir-ez-zor-province-2021-[0-9-]+\)$/,
  },
  {
    name: "a review that is no review",
    setup: reviews(`- verdict: x\n  set: maybe\n`),
    args: check,
    stderr: /reviews\.yaml:2: verdict review: set is "maybe" \(Invalid option: .*\); write - verdict: <cluster id>, with set: corroborated, partial, contested, echoed, single-source$/,
  },
  { name: "a review entry that is a word", setup: reviews("- hello\n"), args: check, stderr: /reviews\.yaml:1: not a review: "hello"; write one of: - reject: <claim id> \| / },
  { name: "reviews.yaml with a YAML syntax error", setup: reviews(`- reject: "a#b\n`), args: check, stderr: /reviews\.yaml:2: YAML syntax error: Missing closing "quote/ },
  { name: "reviews.yaml is a folder", setup: (d) => mkdirSync(join(d, "reviews.yaml")), args: check, stderr: /reviews\.yaml: a folder, not an article: move it away or rename it$/ },
  { name: "analyze refuses a review with low above high", setup: reviews(`- correct: "${SEED}#force_size-abc123"\n  value: {low: 500, high: 10}\n`), args: analyze, stderr: /^triangulate analyze: .*reviews\.yaml:2: low is above high/ },
  // the gazetteer
  {
    name: "a gazetteer entry without its Arabic name",
    setup: (d) => (gazetteer(d), writeFileSync(join(d, "gazetteer", "more.yaml"), "- id: militia:broken\n  name_en: Broken\n")),
    args: check,
    stderr: /gazetteer\/more\.yaml:1: name_ar: missing: add name_ar: <the name in Arabic>$/,
  },
  {
    name: "a gazetteer file that is a FIFO (must not hang)",
    skip: !hasMkfifo && "no mkfifo",
    setup: (d) => (gazetteer(d), mkfifo(join(d, "gazetteer", "more.yaml"))),
    args: check,
    stderr: /gazetteer\/more\.yaml: a named pipe, not a file: put the text in a plain file$/,
  },
  // options
  { name: "an unknown command", args: () => ["chek"], stderr: /^triangulate chek: unknown command "chek": did you mean check\? the commands are check, add, analyze, export/ },
  { name: "an unknown option", args: (d) => ["check", "--corpsu", d], stderr: /^triangulate check: unknown option --corpsu: did you mean --corpus\? the options are --corpus \(triangulate check --help says what each does\)$/ },
  { name: "an option without its value", args: () => ["check", "--corpus"], stderr: /^triangulate check: option --corpus needs a value: write --corpus DIR$/ },
  { name: "an option followed by another", args: (d) => ["analyze", "--out", "--corpus", d], stderr: /^triangulate analyze: option --out needs a value: write --out DIR$/ },
  { name: "an empty option", args: (d) => ["analyze", "--corpus", d, "--out", ""], stderr: /^triangulate analyze: option --out is empty: write --out DIR$/ },
  { name: "a value given to a flag", args: (d) => ["analyze", "--corpus", d, "--no-cache=yes"], stderr: /^triangulate analyze: option --no-cache takes no value: write --no-cache alone$/ },
  { name: "an argument check does not take", args: (d) => ["check", d], stderr: /^triangulate check: unexpected argument ".*": triangulate check takes only options \(usage: triangulate check \[--corpus DIR\]\)$/ },
  { name: "export --format xml", args: (d) => ["export", "--format", "xml", "--corpus", d], stderr: /^triangulate export: --format must be csv, json or claimreview, not "xml": write e\.g\. --format csv$/ },
  {
    name: "TRIANGULATE_SITE_URL that is no web address",
    args: (d) => ["export", "--format", "claimreview", "--corpus", d],
    env: () => ({ TRIANGULATE_SITE_URL: "ftp://example.org" }),
    stderr: /^triangulate export: TRIANGULATE_SITE_URL "ftp:\/\/example\.org" is not an http\(s\) address: write e\.g\. https:/,
  },
  // where the output goes
  { name: "--out is a file", setup: (d) => writeFileSync(join(d, "out"), ""), args: analyze, stderr: /^triangulate analyze: --out \/.*\/out is a file, not a folder; give --out a folder \(it is created if missing\)$/ },
  {
    name: "--out is a device (/dev/full)",
    skip: !existsSync("/dev/full") && "no /dev/full",
    args: (d) => ["analyze", "--corpus", d, "--out", "/dev/full"],
    stderr: /^triangulate analyze: --out \/dev\/full is a device or pipe, not a folder; give --out a folder/,
  },
  {
    name: "--out inside a file",
    setup: (d) => writeFileSync(join(d, "out"), ""),
    args: (d) => ["analyze", "--corpus", d, "--out", join(d, "out", "x")],
    stderr: /^triangulate analyze: --out \/.*\/out\/x: a part of the path is a file, not a folder; give --out a folder/,
  },
  {
    name: "the disk fills up while writing (ENOSPC, simulated)",
    args: analyze,
    env: (d) => fault("writeSync", "ENOSPC", join(d, "out")),
    stderr: /^triangulate analyze: cannot write \/.*\/out: no space left on the disk \(ENOSPC\); free some space, or give --out on another disk$/,
  },
  {
    name: "--out on a read-only disk (EROFS, simulated)",
    args: analyze,
    env: (d) => fault("mkdirSync", "EROFS", join(d, "out")),
    stderr: /^triangulate analyze: cannot write \/.*\/out: the file system is read-only \(EROFS\); give --out a folder you can write to$/,
  },
  {
    name: "export --out on a read-only disk (EROFS, simulated)",
    args: (d) => ["export", "--format", "csv", "--corpus", d, "--out", join(d, "out")],
    env: (d) => fault("mkdirSync", "EROFS", join(d, "out")),
    stderr: /^triangulate export: cannot write \/.*\/out: the file system is read-only \(EROFS\); give --out a folder you can write to$/,
  },
  {
    name: "TRIANGULATE_CACHE is a file",
    setup: (d) => writeFileSync(join(d, "cache"), ""),
    args: analyze,
    env: (d) => ({ TRIANGULATE_CACHE: join(d, "cache") }),
    stderr: /^triangulate analyze: TRIANGULATE_CACHE=\/.*\/cache is a file, not a folder; give TRIANGULATE_CACHE a folder/,
  },
  {
    name: "TRIANGULATE_CACHE on a read-only disk (EROFS, simulated)",
    args: analyze,
    env: (d) => ({ TRIANGULATE_CACHE: join(d, "cache"), ...fault("mkdirSync", "EROFS", join(d, "cache")) }),
    stderr: /^triangulate analyze: cannot write \/.*\/cache\/\w+: the file system is read-only \(EROFS\); set TRIANGULATE_CACHE to a folder you can write to, or run with --no-cache$/,
  },
  // triangulate add
  { name: "add given a folder", args: (d) => ["add", join(d, "sources"), "--corpus", d], stderr: /^triangulate add: \/.*\/sources is a folder: give one article's file/ },
  {
    name: "add given a device (/dev/zero, must not hang)",
    skip: !existsSync("/dev/zero") && "no /dev/zero",
    args: (d) => ["add", "/dev/zero", "--corpus", d],
    stderr: /^triangulate add: \/dev\/zero is a device, not a file: give the article's file, or - for standard input$/,
  },
  { name: "add given a file that does not exist", args: (d) => ["add", join(d, "nope.txt"), "--corpus", d], stderr: /^triangulate add: no such file: \/.*\/nope\.txt \(give a text or HTML file, - for standard input, or a URL\)$/ },
  {
    name: "add given a broken link",
    setup: (d) => symlinkSync(join(d, "gone.txt"), addFile(d)),
    args: (d) => ["add", addFile(d), "--corpus", d],
    stderr: /^triangulate add: \/.*\/new\.txt is a broken symbolic link \(to .*gone\.txt\): give the article's file itself$/,
  },
  { name: "add given nothing", args: (d) => ["add", "--corpus", d], stderr: /^triangulate add: give the article to add: a file, - for standard input, or a URL/ },
  { name: "add given two files", args: (d) => ["add", "a.txt", "b.txt", "--corpus", d], stderr: /^triangulate add: unexpected argument "b\.txt": triangulate add takes one/ },
  { name: "add with an unknown option", args: (d) => ["add", "a.txt", "--outlte", "X", "--corpus", d], stderr: /^triangulate add: unknown option --outlte: did you mean --outlet\?/ },
  { name: "add with --published missing its value", setup: writeNew, args: (d) => ["add", addFile(d), "--corpus", d, "--published"], stderr: /^triangulate add: option --published needs a value: write --published DATE\|unknown$/ },
  {
    name: "add with --published 2022-02-30",
    setup: writeNew,
    args: add("--published", "2022-02-30"),
    stderr: /^triangulate add: --published "2022-02-30" is not a date: write a year \(2019\), a month \(2020-01\), a day \(2021-06-29\) or unknown$/,
  },
  {
    name: "add given a Windows-1256 file",
    setup: (d) => writeFileSync(addFile(d), Buffer.from([0xc7, 0xe1, 0xd8, 0xc7, 0xc6, 0xd1, 0xc7, 0xca, 0x20, 0xc7, 0xe1, 0xc3, 0xe3, 0xd1, 0xed, 0xdf, 0xed, 0xc9])),
    args: add(),
    stderr: /^triangulate add: \/.*\/new\.txt:1: not UTF-8 \(invalid byte 0xc7 at offset 0\); it looks like windows-1256: save it as UTF-8/,
  },
  {
    name: "add given Windows-1256 on standard input",
    input: Buffer.from([0xc7, 0xe1, 0xd8, 0xc7, 0xc6, 0xd1, 0xc7, 0xca]),
    args: (d) => ["add", "-", "--corpus", d, "--outlet", "Test", "--title", "none"],
    stderr: /^triangulate add: standard input, line 1: not UTF-8 \(invalid byte 0xc7 at offset 0\); it looks like windows-1256: save it as UTF-8/,
  },
  { name: "add with --url that is no web address", args: add("--url", "ftp://example.org/a"), stderr: /^triangulate add: --url "ftp:\/\/example\.org\/a" is not an http\(s\) link: write --url https:\/\/… \(or leave it out\)$/ },
  {
    name: "add on a full disk (ENOSPC, simulated)",
    setup: writeNew,
    args: add("--id", "new-article", "--published", "2022-01-12"),
    env: (d) => fault("writeSync", "ENOSPC", join(d, "sources", ".new-article")),
    stderr: /^triangulate add: cannot write \/.*\/sources\/new-article\.md: no space left on the disk \(ENOSPC\); free some space, or give --corpus on another disk$/,
  },
  {
    name: "add given a page over add's 5 MB limit",
    setup: (d) => writeFileSync(addFile(d), Buffer.alloc(ADD_LIMITS.maxInputBytes + 1, "<p>a</p>\n")),
    args: add(),
    stderr: /^triangulate add: \/.*\/new\.txt is 5\.0 MB, over add's limit of 5\.0 MB for one page or text: save the article alone/,
  },
  {
    name: "add given standard input over add's 5 MB limit",
    input: Buffer.alloc(ADD_LIMITS.maxInputBytes + 1, "a"),
    args: (d) => ["add", "-", "--corpus", d, "--outlet", "Test", "--title", "none"],
    stderr: /^triangulate add: standard input runs over add's limit of 5\.0 MB for one page or text/,
  },
  { name: "add with --language fr", args: (d) => ["add", addFile(d), "--corpus", d, "--language", "fr"], stderr: /^triangulate add: --language "fr" is not supported: write --language ar or --language en$/ },
  {
    name: "a sources folder that cannot be read (EACCES, simulated)",
    args: check,
    env: (d) => fault("readdirSync", "EACCES", join(d, "sources")),
    stderr: /^triangulate check: cannot read the sources folder \/.*\/sources \(permission denied\): make it readable, e\.g\. chmod a\+rx it$/,
  },
];

const results = new Map<string, Awaited<ReturnType<typeof cliAsync>> & { dir: string }>();
const dirs: string[] = [];

beforeAll(async () => {
  const queue = ROWS.filter((r) => !r.skip);
  const run = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      const dir = copySeedCorpus();
      dirs.push(dir);
      row.setup?.(dir);
      results.set(row.name, { ...(await cliAsync(row.args(dir), { env: row.env?.(dir), input: row.input, timeoutMs: 60_000 })), dir });
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, Math.min(4, availableParallelism() * 2)) }, run));
}, 600_000);

afterAll(() => {
  // (a chmod 000 file would stay behind otherwise)
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("every bad input ends in one line on stderr, exit 1, no stack trace, no hang", () => {
  test("the rows have distinct names", () => expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length));
  for (const row of ROWS)
    test.skipIf(!!row.skip)(row.name, () => {
      const r = results.get(row.name)!;
      const shown = `stderr: ${r.stderr}\nstdout: ${r.stdout}`;
      expect(r.timedOut, shown).toBe(false);
      expect(r.code, shown).toBe(1);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr.endsWith("\n"), shown).toBe(true);
      const lines = r.stderr.slice(0, -1).split("\n");
      expect(lines, shown).toHaveLength(1);
      expect(lines[0]).toMatch(row.stderr);
      // eslint-disable-next-line no-control-regex
      expect(lines[0]).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    });
});

describe("what is not a mistake", () => {
  test("an article in UTF-16 with a byte-order mark is read, little- or big-endian", () => {
    const dir = copySeedCorpus();
    const text = readFileSync(seedFile(dir), "utf8");
    const be = Buffer.from(text, "utf16le").swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), Buffer.concat([Buffer.from([0xfe, 0xff]), be])]) {
      const { source, problems } = readSource(seedFile(dir), bytes);
      expect(problems).toEqual([]);
      expect(source!.body).toBe(readSource(join(ROOT, "data", "sources", `${SEED}.md`)).source!.body);
    }
  });
  test("forTerminal strips escape sequences and control characters, keeping line feeds, tabs and the text", () => {
    const evil = "a\u001b[31mred\u001b[0m b\u001b]0;title\u0007c\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\ d\u0007e\r\nf\tg\u009b2Jh\u0085i ثلاثة\u0000";
    expect(forTerminal(evil)).toBe("ared bclink de\nf\tghi ثلاثة");
    expect(forTerminal("دير الزور – 12 كانون الثاني")).toBe("دير الزور – 12 كانون الثاني");
  });
  test("check reads a corpus with a UTF-16 article and says it is fine", async () => {
    const dir = copySeedCorpus();
    dirs.push(dir);
    writeFileSync(seedFile(dir), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(seedFile(dir), "utf8"), "utf16le")]));
    const r = await cliAsync(["check", "--corpus", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^5 sources ok/);
  });
});
