import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { atWordStart, hasWordStart, normalize, normalizeName } from "../loaders/text/normalize.ts";

const n = (s: string) => normalize(s).text;

describe("normalize(raw)", () => {
  test("drops tatweel and dots inserted inside words to dodge filters", () => {
    expect(n("هــ.دد")).toBe("هدد");
    expect(n("استــ.هداف")).toBe("استهداف");
    expect(n("مقــ.تل")).toBe("مقتل");
    expect(n("سـ.لاح")).toBe("سلاح");
    expect(n("مصــ..رع")).toBe("مصرع");
  });
  test("keeps a real sentence end between two words", () => {
    expect(n("انتهى. وفي")).toBe("انتهي. وفي");
    expect(n("انتهى.\nوفي")).toBe("انتهي.\nوفي");
  });
  test("removes diacritics and folds alef, hamza, alef maqsura and taa marbuta", () => {
    expect(n("الحُجّة")).toBe("الحجه");
    expect(n("الإثنين")).toBe(n("الاثنين"));
    expect(n("أكثر إلى آذار")).toBe("اكثر الي اذار");
  });
  test("folds Arabic-Indic and Persian digits to ASCII", () => {
    expect(n("٢٨ ۱۵")).toBe("28 15");
  });
  test("turns NBSP and other Unicode spaces into one space", () => {
    expect(n("رسخت \u00a0جماعة")).toBe("رسخت جماعه");
    expect(n("a\u2009\u202fb")).toBe("a b");
  });
  test("folds curly quotes, guillemets and the Arabic comma", () => {
    expect(n("“البوكمال”، «الميادين»")).toBe('"البوكمال", "الميادين"');
  });
  test("splits glued tokens such as 28حزيران and ديرالزور", () => {
    expect(n("28حزيران")).toBe("28 حزيران");
    expect(n("ديرالزور")).toBe(n("دير الزور"));
    expect(n("بريف ديرالزور")).toBe("بريف دير الزور");
  });
  test("meets spelling variants of one word", () => {
    expect(n("أمريكية")).toBe(n("أميركية"));
    expect(n("ميليشيا")).toBe(n("مليشيا"));
    expect(n("الميليشيات")).toBe(n("المليشيات"));
  });
  test("maps every normalised span back to the raw text", () => {
    const raw = "بعد أن هــ.دد الرئيس “دونالد ترامب” في 28حزيران";
    const norm = normalize(raw);
    for (const word of ["هدد", "دونالد", "28", "حزيران"]) {
      const i = norm.text.indexOf(word);
      const [s, e] = norm.raw(i, i + word.length);
      expect(normalize(raw.slice(s, e)).text).toBe(word);
    }
    const i = norm.text.indexOf("هدد");
    expect(raw.slice(...norm.raw(i, i + 3))).toBe("هــ.دد");
  });
  test("normalizeName(name) strips quotes and collapses spaces", () => {
    expect(normalizeName(' "حزب الله"  اللبنانية ')).toBe("حزب الله اللبنانيه");
  });
});

describe("atWordStart(pattern, text)", () => {
  // what the same pattern finds with a leading look-behind, the slow way
  const slow = (source: string, text: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}])(?:${source})`, "gu"))].map((m) => [m.index, m[0]]);
  const fast = (source: string, text: string) => [...atWordStart(new RegExp(source, "gu"), text)].map((m) => [m.index, m[0]]);
  const patterns = ["[وفبل]?(?:قصف|قصفت|غارات)(?![\\p{L}])", "(?:[وفبل]|ال)?(?:مدينه|بلده)\\s+(ال[\\p{L}]{3,15})", "[وفبل]?(?:في حين|لكن|but)(?![\\p{L}])", "ال"];
  test("finds what a leading (?<![\\p{L}]) finds, at the same places, in the seeds and in crafted cases", () => {
    const dir = join(import.meta.dirname, "..", "data", "sources");
    const texts = readdirSync(dir).map((f) => normalize(readFileSync(join(dir, f), "utf8")).text);
    texts.push("قصف وقصفت بالقصف مقصف غاراتغارات غارات", "المدينه مدينه الميادين ومدينه البوكمال", "لكنلكن لكن، butter but", "𝐀قصف قصف", "a\uDC00قصف");
    let found = 0;
    for (const p of patterns)
      for (const t of texts) {
        expect(fast(p, t)).toEqual(slow(p, t));
        found += slow(p, t).length;
      }
    expect(found).toBeGreaterThan(50);
  });
  test("hasWordStart tests a stretch as the look-behind pattern's test() would", () => {
    const re = new RegExp("[وفبل]?(?:اذا|لو)(?![\\p{L}])", "gu");
    for (const [t, want] of [
      ["وقال لو شنت", true],
      ["قالوا شنت", false],
      ["لو", true],
      ["ولو", true],
      ["خلو", false],
    ] as const)
      expect(hasWordStart(re, t), t).toBe(want);
  });
});
