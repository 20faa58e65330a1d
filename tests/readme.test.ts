import { describe, expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./helpers.ts";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("README.md", () => {
  test("every relative link points at a file or folder that exists", () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((l) => !existsSync(join(ROOT, l)))).toEqual([]);
  });
  test("lists every page of the site and every data loader", () => {
    const pages = readFileSync(join(ROOT, "observablehq.config.ts"), "utf8").matchAll(/path: "\/([^"]*)"/g);
    for (const [, path] of pages) expect(readme, path).toContain(`(src/${path || "index"}.md)`);
    expect(readme).toContain("(src/data.tar.ts)");
    for (const f of ["sources", "claims", "clusters", "entities", "issues", "texts", "changes"]) expect(readme).toContain(`\`data/${f}.json\``);
  });
  test("names the two commands, and .ci/run runs the same test command", () => {
    expect(readme).toMatch(/npm install && npm start/);
    expect(readme).toMatch(/\nnpm test /);
    expect(readFileSync(join(ROOT, ".ci/run"), "utf8")).toMatch(/\nnpm test\n/);
  });
});
