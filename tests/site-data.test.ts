/**
 * The site's data loader's pieces that are not the library's: the tar archive it writes (which
 * Framework reads to serve each file) and which of the Articles page's files holds an article.
 */
import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tar } from "../src/data/tar.ts";
import { ARTICLE_FILES, articleFile } from "../src/components/articles.js";
import { ROOT, tempDir } from "./helpers.ts";

/** The files of a tar archive read by hand: name, size and content of each, and whether each header's checksum holds. */
function untar(b: Buffer): Array<{ name: string; content: string; checksum: boolean }> {
  const out: Array<{ name: string; content: string; checksum: boolean }> = [];
  for (let at = 0; at + 512 <= b.length && b[at] !== 0;) {
    const h = b.subarray(at, at + 512);
    const field = (from: number, width: number) =>
      h
        .subarray(from, from + width)
        .toString("utf8")
        .replace(/\0.*$/s, "");
    const size = parseInt(field(124, 12), 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
    out.push({ name: field(0, 100), content: b.subarray(at + 512, at + 512 + size).toString("utf8"), checksum: sum === parseInt(field(148, 8), 8) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

describe("the site's data archive (src/data/tar.ts)", () => {
  const files: Array<[string, () => string]> = [
    ["sources.json", () => "[1]"],
    ["export/claims-csv.txt", () => "id,text\na,«قال» é\n"],
    ["empty.json", () => ""],
    ["block.json", () => "x".repeat(512)],
  ];
  const archive = Buffer.concat([...tar(files)]);

  test("holds each file whole, in order, in 512-byte blocks, and ends with two empty blocks", () => {
    expect(archive.length % 512).toBe(0);
    expect(archive.subarray(-1024).every((x) => x === 0)).toBe(true);
    expect(untar(archive)).toEqual(files.map(([name, make]) => ({ name, content: make(), checksum: true })));
  });

  test("is read by the system's tar as it is by hand", () => {
    const file = join(tempDir(), "data.tar");
    writeFileSync(file, archive);
    expect(execFileSync("tar", ["-tf", file], { encoding: "utf8" }).trim().split("\n")).toEqual(files.map(([name]) => name));
    expect(execFileSync("tar", ["-xOf", file, "export/claims-csv.txt"], { encoding: "utf8" })).toBe("id,text\na,«قال» é\n");
  });

  test("makes each file's text only when its turn comes", () => {
    const made: string[] = [];
    const chunks = tar([
      ["a", () => (made.push("a"), "1")],
      ["b", () => (made.push("b"), "2")],
    ]);
    chunks.next();
    expect(made).toEqual(["a"]);
  });

  test("refuses a name over 100 bytes", () => {
    expect(() => [...tar([["x".repeat(101), () => ""]])]).toThrow(/over 100 bytes/);
  });
});

describe("the Articles page's files (articleFile)", () => {
  test("an article is in one of ARTICLE_FILES files, always the same, and the files share the articles", () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `R-${i}-a${i % 7}`);
    const counts = new Array(ARTICLE_FILES).fill(0);
    for (const id of ids) {
      const n = articleFile(id);
      expect(Number.isInteger(n) && n >= 0 && n < ARTICLE_FILES).toBe(true);
      expect(articleFile(id)).toBe(n);
      counts[n]++;
    }
    expect(Math.min(...counts)).toBeGreaterThan(3000 / ARTICLE_FILES / 2);
  });

  test("the Articles page names each of the ARTICLE_FILES files in a FileAttachment (Framework copies only those)", () => {
    const page = readFileSync(join(ROOT, "src", "articles.md"), "utf8");
    const named = [...page.matchAll(/FileAttachment\("data\/articles\/(\d+)\.json"\)/g)].map((m) => Number(m[1]));
    expect(named).toEqual(Array.from({ length: ARTICLE_FILES }, (_, i) => i));
  });
});
