/**
 * The directions of DESIGN.md, checked on the import lines: each stage depends only on the ones
 * before it. A break names the file, the import and the rule it breaks.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

/** One direction: files under `from` (except those under `except`) import nothing under `not`. */
interface Rule {
  from: string;
  except?: string;
  not: string[];
  why: string;
}

// prettier-ignore
const RULES: Rule[] = [
  { from: "loaders/corpus/",  not: ["loaders/extract/", "loaders/align/", "loaders/score/", "loaders/review/", "loaders/types.ts", "loaders/pipeline.ts"], why: "reading knows nothing of claims" },
  { from: "loaders/text/",    not: ["loaders/gazetteer/", "loaders/extract/", "loaders/align/", "loaders/score/"], why: "normalising knows no entities" },
  { from: "loaders/extract/", not: ["loaders/align/", "loaders/score/", "loaders/review/", "loaders/pipeline.ts", "loaders/cache.ts"], why: "a claim is made without looking at other articles" },
  { from: "loaders/gazetteer/", not: ["loaders/cache.ts", "loaders/history.ts", "loaders/changes.ts", "loaders/pipeline.ts", "loaders/incremental/"], why: "entities know nothing of incremental runs" },
  { from: "loaders/extract/", not: ["loaders/incremental/", "loaders/outset.ts", "loaders/history.ts"], why: "extraction reads as if it always ran cold" },
  { from: "loaders/align/",   not: ["loaders/incremental/", "loaders/outset.ts", "loaders/history.ts", "loaders/cache.ts"], why: "alignment reads as if it always ran cold" },
  { from: "loaders/score/",   not: ["loaders/incremental/", "loaders/outset.ts", "loaders/history.ts", "loaders/cache.ts"], why: "judging reads as if it always ran cold" },
  { from: "loaders/align/",   not: ["loaders/score/", "loaders/review/"], why: "grouping comes before judging" },
  { from: "loaders/", except: "loaders/cli/", not: ["loaders/cli/"], why: "the library knows no command line" },
  { from: "src/data/",        not: ["loaders/cli/"], why: "the site's loaders call the library, not the command line" },
  { from: "loaders/",         not: ["src/"], why: "the library knows no site" },
  { from: "src/components/",  not: ["loaders/", "src/data/", "node:", "fs", "d3-fetch"], why: "charts take data and do not load it" },
  { from: "loaders/", except: "loaders/yaml.ts", not: ["yaml"], why: "YAML is read through loaders/yaml.ts, whose errors name file:line" },
];

/** What a component must not call, whatever it imports: charts take data and do not load it. */
const LOADING_CALLS = /\b(?:fetch|FileAttachment|XMLHttpRequest|readFileSync|readFile)\s*\(|\bd3\.(?:csv|tsv|dsv|json|text|xml|html|svg|image|blob|buffer)\s*\(/;

/** Every file under `dir` (relative to the repository) whose name ends with one of `exts`. */
function filesUnder(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = posix.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(rel, exts));
    else if (exts.some((x) => e.name.endsWith(x)) && !e.name.endsWith(".d.ts")) out.push(rel);
  }
  return out.sort();
}

/** A file's text with its comments blanked (line breaks kept), so that a commented-out import is no import. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).replace(/^[ \t]*\/\/.*$/gm, "");
}

/** The import specifiers of a module: static imports, re-exports and dynamic `import()`, with their lines. */
function importsOf(text: string): Array<{ spec: string; line: number }> {
  const code = withoutComments(text);
  const out: Array<{ spec: string; line: number }> = [];
  const patterns = [
    // import x from "y"; import type { x } from "y"; export { x } from "y"; export * from "y" (over several lines too)
    /^[ \t]*(?:import|export)\b[^;"'`]*?\bfrom\s*(["'])([^"']+)\1/gm,
    // import "y" (for its effects)
    /^[ \t]*import\s*(["'])([^"']+)\1/gm,
    // import("y")
    /\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push({ spec: m[2], line: code.slice(0, m.index).split("\n").length });
  // a dynamic import of a computed name cannot be checked: name the module outright
  for (const m of code.matchAll(/\bimport\s*\(\s*(?!["'`][^"'`]*["'`]\s*\))/g)) out.push({ spec: "<computed>", line: code.slice(0, m.index).split("\n").length });
  return out.sort((a, b) => a.line - b.line);
}

/** Where an import points: a repository path for a relative one, else the bare or `node:` name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith(".")) return spec;
  return relative(ROOT, join(ROOT, dirname(file), spec))
    .split("\\")
    .join("/");
}

const under = (path: string, prefix: string) => (prefix.endsWith("/") || prefix.endsWith(":") ? path.startsWith(prefix) : path === prefix || path.startsWith(`${prefix}/`));

/** The breaks of the rules in a set of files: "file:line imports spec (target): why". */
function breaks(files: Array<{ path: string; text: string }>): string[] {
  const out: string[] = [];
  for (const { path, text } of files)
    for (const { spec, line } of importsOf(text)) {
      const to = target(path, spec);
      for (const r of RULES) {
        if (!path.startsWith(r.from) || (r.except && path.startsWith(r.except))) continue;
        const hit = r.not.find((n) => under(to, n));
        if (hit) out.push(`${path}:${line} imports "${spec}" (${to}): ${r.why}`);
      }
      if (spec === "<computed>") out.push(`${path}:${line} imports a computed module name: the directions cannot be checked`);
    }
  return out;
}

const read = (path: string) => ({ path, text: readFileSync(join(ROOT, path), "utf8") });
const LIBRARY = filesUnder("loaders", [".ts"]).map(read);
const COMPONENTS = filesUnder("src/components", [".js"]).map(read);
const SITE_LOADERS = filesUnder("src/data", [".ts"]).map(read);

describe("import directions (DESIGN.md)", () => {
  it("finds the files and their imports", () => {
    expect(LIBRARY.length).toBeGreaterThan(40);
    expect(COMPONENTS.length).toBeGreaterThan(5);
    expect(importsOf(read("loaders/pipeline.ts").text).map((i) => i.spec)).toContain("./align/cluster.ts");
  });

  it("reads every form of import, and none in comments", () => {
    const text = [
      "/**",
      " * A module.",
      " */",
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      "import {",
      "  c,",
      '} from "./c.ts";',
      'export { d } from "./d.ts";',
      'export * from "./e.ts";',
      'import "./f.ts";',
      'const g = await import("./g.ts");',
      "const h = await import(name);",
      '// import { x } from "./commented.ts";',
      '/* import { y } from "./block.ts"; */',
      'const s = "from \\"nowhere\\"";',
    ].join("\n");
    expect(importsOf(text)).toEqual([
      { spec: "./a.ts", line: 4 },
      { spec: "../b.ts", line: 5 },
      { spec: "./c.ts", line: 6 },
      { spec: "./d.ts", line: 9 },
      { spec: "./e.ts", line: 10 },
      { spec: "./f.ts", line: 11 },
      { spec: "./g.ts", line: 12 },
      { spec: "<computed>", line: 13 },
    ]);
  });

  it("names the file, the import and the rule of a break", () => {
    const found = breaks([
      { path: "loaders/extract/x.ts", text: 'import { findCopies } from "../align/nearcopy.ts";' },
      { path: "loaders/gazetteer/x.ts", text: 'import { cacheDir } from "../cache.ts";' },
      { path: "loaders/score/x.ts", text: 'import { main } from "../cli/main.ts";' },
      { path: "loaders/cli/x.ts", text: 'import { main } from "./main.ts";' },
      { path: "src/components/x.js", text: 'import {readFileSync} from "node:fs";' },
    ]);
    expect(found).toEqual([
      'loaders/extract/x.ts:1 imports "../align/nearcopy.ts" (loaders/align/nearcopy.ts): a claim is made without looking at other articles',
      'loaders/gazetteer/x.ts:1 imports "../cache.ts" (loaders/cache.ts): entities know nothing of incremental runs',
      'loaders/score/x.ts:1 imports "../cli/main.ts" (loaders/cli/main.ts): the library knows no command line',
      'src/components/x.js:1 imports "node:fs" (node:fs): charts take data and do not load it',
    ]);
  });

  it("the library, the site's loaders and the charts keep every direction", () => {
    expect(breaks([...LIBRARY, ...SITE_LOADERS, ...COMPONENTS])).toEqual([]);
  });

  it("charts load nothing themselves (no fetch, FileAttachment, file reads or d3 loaders)", () => {
    const found: string[] = [];
    for (const { path, text } of COMPONENTS)
      withoutComments(text)
        .split("\n")
        .forEach((line, k) => {
          if (LOADING_CALLS.test(line)) found.push(`${path}:${k + 1}: ${line.trim()}`);
        });
    expect(found).toEqual([]);
  });
});
