import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCorpus, readSource } from "../loaders/corpus/read.ts";
import { parsePublished } from "../loaders/corpus/published.ts";
import { ROOT, SEED_TEXTS, cli, copySeedCorpus, hashFolder, tempDir } from "./helpers.ts";

const GOOD = `---
outlet: "Test outlet"
url: https://example.org/a
published: 2021-06-29
language: ar
title: "عنوان"
---
`;

describe("the seed corpus in data/sources", () => {
  test("holds each seed article byte-for-byte after its front matter", () => {
    const seeds = readdirSync(SEED_TEXTS).filter((f) => f.endsWith(".txt"));
    expect(seeds.length).toBe(5);
    const { sources, problems } = readCorpus(join(ROOT, "data"));
    expect(problems).toEqual([]);
    for (const f of seeds) {
      const id = f.replace(/\.txt$/, "");
      const s = sources.find((x) => x.id === id)!;
      expect(s, id).toBeDefined();
      expect(Buffer.from(s.body, "utf8").equals(readFileSync(join(SEED_TEXTS, f)))).toBe(true);
    }
  });
  test("records unknown outlets and dates as null and keeps partial dates' precision", () => {
    const { sources } = readCorpus(join(ROOT, "data"));
    const by = Object.fromEntries(sources.map((s) => [s.id.slice(0, 3), s]));
    expect(by["000"].published).toEqual({ start: "2019-01-01", end: "2019-12-31", precision: "year" });
    expect(by["001"].published).toBeNull();
    expect(by["002"].published?.precision).toBe("day");
    expect(by["003"].published).toEqual({ start: "2023-04-01", end: "2023-04-30", precision: "month" });
    expect(by["002"].outlet).toBeNull();
  });
});

describe("parsePublished(value)", () => {
  test("accepts a year, a month, a day or null and rejects the rest", () => {
    expect(parsePublished(2019)?.precision).toBe("year");
    expect(parsePublished("2020-02")?.end).toBe("2020-02-29");
    expect(parsePublished("2021-06-29")?.precision).toBe("day");
    expect(parsePublished(null)).toBeNull();
    for (const bad of ["2021-13", "June 2021", "2021-02-30", "21", "yesterday"]) expect(parsePublished(bad)).toBeUndefined();
  });
});

describe("readSource(file)", () => {
  test("reports a YAML syntax error with its line", () => {
    const dir = tempDir();
    const f = join(dir, "a.md");
    writeFileSync(f, `---\noutlet: "x\nurl: null\n---\nنص`);
    const { problems } = readSource(f);
    expect(problems[0].message).toMatch(/YAML syntax error/);
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
  });
  test("names an unknown field on its own line and lists the known ones", () => {
    const dir = tempDir();
    const f = join(dir, "a.md");
    writeFileSync(f, GOOD.replace("title:", "publisher: x\ntitle:") + "نص");
    const { problems } = readSource(f);
    expect(problems).toEqual([{ path: expect.any(String), line: 6, message: expect.stringMatching(/unknown field "publisher": the fields are outlet, url/) }]);
  });
  test("rejects a javascript: url", () => {
    const f = join(tempDir(), "a.md");
    writeFileSync(f, GOOD.replace("https://example.org/a", "javascript:alert(1)") + "نص");
    expect(readSource(f).problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/url "javascript:alert\(1\)" is not an http\(s\) link/) });
  });
});

describe("triangulate check", () => {
  test("exits 0 with a one-line summary on data/", () => {
    const r = cli(["check"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^5 sources ok/);
  });

  test("lists every bad file with path:line and exits 1, changing no file", () => {
    const dir = copySeedCorpus();
    const src = join(dir, "sources");
    const seed0 = readFileSync(join(src, "000_aa2c8bb3c71880e8.md"), "utf8");
    const files: Record<string, string | Buffer> = {
      "yaml-error.md": `---\noutlet: "Outlet\nurl: null\npublished: 2020\nlanguage: ar\ntitle: null\n---\nنص المقال`,
      "missing-field.md": GOOD.replace("language: ar\n", "") + "نص المقال الثاني",
      "unknown-field.md": GOOD.replace("title:", "author: someone\ntitle:") + "نص المقال الثالث",
      "bad-published.md": GOOD.replace("2021-06-29", '"June 2021"') + "نص المقال الرابع",
      "bad-language.md": GOOD.replace("language: ar", "language: fr") + "texte",
      "empty-body.md": GOOD + "\n  \n",
      "windows-1256.md": Buffer.concat([Buffer.from(GOOD), Buffer.from([0xc7, 0xe1, 0xd8, 0xc7, 0xc6, 0xd1, 0xc7, 0xca, 0x20, 0xc7, 0xe1, 0xc3, 0xe3, 0xd1, 0xed, 0xdf, 0xed, 0xc9])]),
      "binary.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      "copy-of-000.md": seed0.replace('outlet: "Iran Insider"', 'outlet: "Someone else"'),
      "huge.md": GOOD + "ا".repeat(3 * 1024 * 1024),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(src, name), content);
    const before = hashFolder(src);
    const r = cli(["check", "--corpus", dir]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    const expectLine = (file: string, line: number | null, re: RegExp) => {
      const hit = lines.find((l) => l.includes(`${file}:`) && re.test(l));
      expect(hit, `${file} ${re}\n${r.stderr}`).toBeDefined();
      if (line !== null) expect(hit).toMatch(new RegExp(`${file.replace(".", "\\.")}:${line}: `));
    };
    expectLine("yaml-error.md", null, /YAML syntax error/);
    expectLine("missing-field.md", 1, /missing field "language": add language: ar/);
    expectLine("unknown-field.md", 6, /unknown field "author"/);
    expectLine("bad-published.md", 4, /published "June 2021" is not a date: write a year \(2019\), a month \(2020-01\), a day \(2021-06-29\) or null/);
    expectLine("bad-language.md", 5, /language "fr" is not supported: write ar or en/);
    expectLine("empty-body.md", 8, /empty body/);
    expectLine("windows-1256.md", 8, /not UTF-8 .*windows-1256/);
    expectLine("binary.md", 1, /binary file/);
    expectLine("copy-of-000.md", 9, /same text as .*000_aa2c8bb3c71880e8\.md/);
    expectLine("000_aa2c8bb3c71880e8.md", 9, /same text as .*copy-of-000\.md/);
    expectLine("huge.md", 1, /over the 5 MB limit/);
    expect(r.stdout).toMatch(/11 problems in 11 files; 4 sources ok/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(hashFolder(src)).toEqual(before);
  });

  test("says what is wrong when the corpus folder does not exist", () => {
    const r = cli(["check", "--corpus", join(tempDir(), "nope")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no sources folder: .*nope\/sources/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("plainMapping(yaml)", () => {
  test("reads the plain front matter the kit writes exactly as the YAML parser does, and declines the rest", async () => {
    const { plainMapping } = await import("../loaders/yaml.ts");
    const { parse } = await import("yaml");
    const cases = [
      'outlet: "Iran Insider"\nurl: null\npublished: 2019\nlanguage: ar\ntitle: null\nnotes: "a \\"quoted\\" note – with dashes"\n',
      'outlet: Syria Direct\nurl: https://example.org/a?b=1\npublished: "2021-06"\nlanguage: en\ntitle: "عنوان: فرعي"\n',
    ];
    for (const y of cases) expect(plainMapping(y)).toEqual(parse(y, { schema: "core" }));
    for (const y of ["outlet: [a, b]\n", "title: a: b\n", "outlet: 'x'\n", "notes: |\n  text\n", "outlet: yes\n", "a: 1\na: 2\n"]) expect(plainMapping(y)).toBeNull();
  });
});

describe("displayPath(file)", () => {
  test("shows a file relative to the working directory inside it, by name in it, and absolute outside it", async () => {
    const { displayPath } = await import("../loaders/config.ts");
    const { resolve, join: joinPath, dirname } = await import("node:path");
    const cwd = process.cwd();
    expect(displayPath(joinPath(cwd, "data", "sources", "a.md"))).toBe(joinPath("data", "sources", "a.md"));
    expect(displayPath(joinPath("data", "sources", "a.md"))).toBe(joinPath("data", "sources", "a.md"));
    expect(displayPath(joinPath(cwd, "a.md"))).toBe("a.md");
    expect(displayPath("a.md")).toBe("a.md");
    const outside = joinPath(dirname(cwd), "elsewhere", "b.md");
    expect(displayPath(outside)).toBe(outside);
    expect(displayPath(joinPath("..", "elsewhere", "b.md"))).toBe(resolve("..", "elsewhere", "b.md"));
    // (a folder whose name starts with ".." reads like one outside: shown absolute)
    expect(displayPath(joinPath(cwd, "..folder", "c.md"))).toBe(joinPath(cwd, "..folder", "c.md"));
  });
});
