import { describe, expect, test } from "vitest";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer } from "../loaders/gazetteer/load.ts";
import { ROOT, tempDir, withCache } from "./helpers.ts";

/** The kept copies of gazetteers in a cache folder. */
const keptIn = (cache: string) => (existsSync(join(cache, "gazetteer")) ? readdirSync(join(cache, "gazetteer")).map((f) => join(cache, "gazetteer", f)) : []);

const copyOf = (from: string) => {
  const dir = tempDir();
  cpSync(from, dir, { recursive: true });
  return dir;
};

describe("loadGazetteer(dir), kept between processes", () => {
  test("the kept copy gives the same gazetteer as parsing it, and a damaged copy is parsed again", () =>
    withCache((cache) => {
      const kept = () => keptIn(cache);
      const dir = copyOf(join(ROOT, "data", "gazetteer"));
      const parsed = loadGazetteer(dir);
      expect(kept()).toHaveLength(1);
      expect(parsed.entities.size).toBeGreaterThan(100);
      const again = loadGazetteer(dir);
      expect(again.hash).toBe(parsed.hash);
      expect([...again.entities]).toEqual([...parsed.entities]);
      // (key order too: entities reach the output as they are)
      expect(JSON.stringify([...again.entities])).toBe(JSON.stringify([...parsed.entities]));
      writeFileSync(kept()[0], "{damaged");
      expect([...loadGazetteer(dir).entities]).toEqual([...parsed.entities]);
      // --no-cache: neither read nor written
      rmSync(kept()[0]);
      expect([...loadGazetteer(dir, { keep: false }).entities]).toEqual([...parsed.entities]);
      expect(kept()).toHaveLength(0);
    }));

  test("an edited gazetteer is read anew, and a broken one is reported with file:line and never kept", () =>
    withCache((cache) => {
      const kept = () => keptIn(cache);
      const dir = copyOf(join(ROOT, "tests", "fixtures", "mini", "gazetteer"));
      const file = join(dir, readdirSync(dir)[0]);
      const first = loadGazetteer(dir);
      const [id, entity] = [...first.entities][0];
      writeFileSync(file, readFileSync(file, "utf8").replace(`name_en: ${entity.name_en}`, "name_en: Renamed Entry"));
      const edited = loadGazetteer(dir);
      expect(edited.hash).not.toBe(first.hash);
      expect(edited.entities.get(id)!.name_en).toBe("Renamed Entry");
      expect(kept()).toHaveLength(2);
      const lines = readFileSync(file, "utf8").split("\n").length;
      writeFileSync(file, `${readFileSync(file, "utf8")}- id: militia:broken\n  name_en: Broken\n- {id: militia:orphan, name_en: Orphan, name_ar: يتيم, parent: place:nowhere}\n`);
      const problems = new RegExp(`the gazetteer has 2 problem\\(s\\):\n.*entities\\.yaml:${lines}: name_ar: .*\n.*entities\\.yaml:${lines + 2}: parent place:nowhere of militia:orphan is not in the gazetteer`);
      expect(() => loadGazetteer(dir)).toThrow(problems);
      expect(() => loadGazetteer(dir)).toThrow(problems);
      expect(kept()).toHaveLength(2);
      rmSync(file);
      expect(loadGazetteer(dir).entities.size).toBe(0);
    }));
});

describe("finding names: a name written with the article keeps it after a proclitic", () => {
  test("«والرقة», «بالرقة», «للرقة» and «الرقة» name Raqqa; «فرقة» (a division), «ورقة» (a paper) and «برقة» do not", async () => {
    const { matcher } = await import("./examples.ts");
    const { normalize } = await import("../loaders/text/normalize.ts");
    const found = (text: string) => matcher.find(normalize(text).text).map((m) => m.entity);
    expect(found("في الرقة والرقة بالرقة للرقة")).toEqual(Array(4).fill("place:raqqa-province"));
    expect(found("قائد فرقة الحمزة قدم ورقة عمل في برقة")).not.toContain("place:raqqa-province");
    // (a name without the article takes any proclitic: «وحلب», «بدمشق»)
    expect(found("في حلب وحلب وبدمشق").length).toBe(3);
  });
});
