import { describe, expect, test } from "vitest";
import { YamlText, atLine } from "../loaders/yaml.ts";

describe("YamlText (every YAML read of the kit)", () => {
  test("syntax errors and keys are at their lines of the file, counted from where the text starts", () => {
    // a front matter: the text starts on the file's second line, after its ---
    const front = new YamlText("outlet: x\nurl: null\noutlet: y\n", 2);
    expect(front.syntaxErrors.map((e) => atLine("a.md", e.line, e.message))[0]).toMatch(/^a\.md:4: YAML syntax error: /);
    const ok = new YamlText("outlet: x\nurl: null\n", 2);
    expect(ok.syntaxErrors).toEqual([]);
    expect(ok.keyLine("url")).toBe(3);
    expect(ok.keyLine("title")).toBeNull();
    expect(new YamlText("a: 1\na: 2\n").syntaxErrors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^YAML syntax error: Map keys must be unique/) });
  });

  test("a list's entries come with the line each starts on; a text that is not a list is null, an empty one no entries", () => {
    const list = new YamlText("# reviews\n- reject: a#1\n  note: x\n\n- just a word\n- {split: b}\n");
    expect(list.list()).toEqual([
      { value: { reject: "a#1", note: "x" }, line: 2 },
      { value: "just a word", line: 5 },
      { value: { split: "b" }, line: 6 },
    ]);
    expect(new YamlText("a: 1\n").list()).toBeNull();
    expect(new YamlText("").list()).toEqual([]);
    expect(new YamlText("# nothing yet\n").list()).toEqual([]);
  });
});
