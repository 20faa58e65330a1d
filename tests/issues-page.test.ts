import { describe, expect, test } from "vitest";
import { issueGroups, issueSentence, quotedNames, settlingLine } from "../src/components/issues.js";
import { claimContexts, sentenceAround } from "../loaders/contexts.ts";
import type { Analysis, Claim, Issue } from "../loaders/types.ts";

const issue = (type: string, message: string, source: string | null = "a", span: [number, number] | null = [10, 14]): Issue => ({ type, source, span, message });

describe("the issues page's data (src/components/issues.js)", () => {
  test("groups issues by kind, dates that contradict each other first and larger kinds first within a group", () => {
    const groups = issueGroups([
      issue("near_copy", "b is nearly a copy of a", "b", null),
      issue("unknown_person", '"سبحان" looks like a person name'),
      issue("unknown_place", '"Tal X" looks like a place name'),
      issue("inconsistent_dates", '"يوم امس الاربعاء" and later "يوم امس الثلاثاء"'),
      issue("something_new", "a kind the page does not know yet"),
    ]);
    expect(groups.map((g) => [g.title, g.issues.length])).toEqual([
      ["Dates that contradict each other", 1],
      ["Names not in the gazetteer", 2],
      ["Copied articles", 1],
      ["something new", 1],
    ]);
    expect(groups[1].about).toMatch(/gazetteer/);
  });

  test("gives the line that settles an issue and the file it goes in, or nothing when nothing is to be written", () => {
    expect(settlingLine(issue("unresolved_date", '"yesterday" is relative'))).toEqual({ file: "data/sources/a.md (front matter)", line: "published: YYYY-MM-DD" });
    expect(settlingLine(issue("unknown_person", '"سبحان" looks like a person name but is not in the gazetteer'))?.line).toBe('- {id: person:NAME-IN-LATIN, name_en: "English name", name_ar: "سبحان", aliases: []}');
    expect(settlingLine(issue("unknown_militia", '"لواء X" looks like a militia name'))?.file).toBe("data/gazetteer/militias.yaml");
    expect(settlingLine(issue("name_variant", '"سلمان الايراني" (Salman al-Irani) and later "سلمان الفارسي" (Salman al-Farisi) share a first name'))?.line).toContain('aliases: ["سلمان الفارسي"]');
    // a date is corrected on the claim whose sentence holds it
    const claim = { id: "a#attack-1", source: "a", date: { start: "2021-06-27", end: "2021-06-27", precision: "day", text: "" }, context: [0, 40] } as unknown as Claim;
    expect(settlingLine(issue("weekday_conflict", '"Tuesday 3 June"'), { claims: [claim] })?.line).toMatch(/^- correct: "a#attack-1"\n {2}date: /);
    expect(settlingLine(issue("weekday_conflict", '"Tuesday 3 June"'), { claims: [] })).toBeNull();
    expect(settlingLine(issue("near_copy", "b is nearly a copy of a"))).toBeNull();
    expect(quotedNames('"x" and "y z"')).toEqual(["x", "y z"]);
  });

  test("shows an issue's words in their sentence from the pieces of text the site ships, and none when the text is missing", () => {
    const body = "First sentence here. Then يوم امس الاربعاء came, and more. Last one.";
    const at = body.indexOf("يوم");
    const span: [number, number] = [at, at + "يوم امس الاربعاء".length];
    const a = { claims: [], issues: [issue("inconsistent_dates", "x", "a", span)] } as unknown as Analysis;
    const texts = claimContexts(a, new Map([["a", body]]));
    expect(sentenceAround(body, span)).toEqual([body.indexOf(" Then"), body.indexOf(" Last")]);
    expect(issueSentence(a.issues[0], texts)).toEqual({ before: " Then ", words: "يوم امس الاربعاء", after: " came, and more." });
    expect(issueSentence(a.issues[0], {})).toBeNull();
    expect(issueSentence(issue("near_copy", "x", "a", null), texts)).toBeNull();
  });
});
