import { describe, expect, test } from "vitest";
import { claimsOf } from "./examples.ts";

const sizes = (text: string, lang: "ar" | "en" = "en") => claimsOf("force_size", text, lang).map((c) => [c.subject, c.place, c.value?.low, c.value?.high, c.value?.unit]);

describe("force sizes: men counted by their party's name", () => {
  test("'some 2,000 US troops', '7,000 Hezbollah fighters' are fighters of that party", () => {
    expect(sizes("Some 2,000 US troops are deployed in Syria.")).toEqual([["force:us", "country:syria", 1800, 2200, "fighters"]]);
    expect(sizes("An estimated 7,000 Hezbollah fighters are in Syria.")).toEqual([["militia:hezbollah-lebanon", "country:syria", 6300, 7700, "fighters"]]);
  });
  test("not the dead, nor a count of machines", () => {
    expect(sizes("Three US soldiers were killed in the blast.")).toEqual([]);
    expect(sizes("About 300 Russian jets flew over the province.")).toEqual([]);
  });
  test("where they went is where they are: «إلى البوكمال»", () => {
    expect(sizes("وصل نحو 500 عنصر من ميليشيا حزب الله إلى البوكمال.", "ar")).toEqual([["militia:hezbollah-lebanon", "place:albukamal", 450, 550, "fighters"]]);
  });
  test("a group «بنحو 400 مقاتل» has those men; men someone killed are no force", () => {
    expect(sizes("وتتمركز في الميادين ميليشيا حزب الله بأكثر من 300 عنصر.", "ar")).toEqual([["militia:hezbollah-lebanon", "place:mayadin", 300, null, "fighters"]]);
    expect(sizes("وقتلت قوات النظام 30 عنصرا من داعش.", "ar")).toEqual([]);
  });
});

describe("force sizes: what a number given for a party counts", () => {
  test("a count of a party's men, in its ranks or deployed by it", () => {
    expect(sizes("ويقاتل في صفوف ميليشيا النجباء مئات العناصر.", "ar")).toEqual([["militia:nujaba", null, 100, 999, "fighters"]]);
    expect(sizes("وحشدت قوات النظام نحو ألفي عنصر في ريف حماة.", "ar")).toEqual([["force:regime", "place:hama-province", 1800, 2200, "fighters"]]);
  });
  test("not civilians; a country in a group's name is no place", () => {
    expect(sizes("وقدر المرصد عدد المدنيين المتبقين في الرقة بنحو 5 آلاف شخص.", "ar")).toEqual([]);
    expect(sizes("ودخل مئات المسلحين من تنظيم داعش في العراق والشام مدينة الموصل.", "ar")).toEqual([["force:isis", null, 100, 999, "fighters"]]);
  });
});

describe("force sizes: whose by the adjective, over two places, the party nearest the verb", () => {
  test("«نحو 2000 جندي أمريكي» are US troops", () => {
    expect(sizes("وينتشر نحو 2000 جندي أمريكي في سوريا.", "ar")).toEqual([["force:us", "country:syria", 1800, 2200, "soldiers"]]);
  });
  test("a count «في العراق وسوريا» is of neither country alone", () => {
    expect(sizes("ويقدر عدد مقاتلي تنظيم داعش بنحو 3 آلاف مقاتل في العراق وسوريا.", "ar")).toEqual([["force:isis", null, 2700, 3300, "fighters"]]);
  });
  test("«المركز في سوريا يقول إن X تحشد N»: X's men, not Syria's", () => {
    expect(sizes("وقال المركز الروسي في سوريا إن هيئة تحرير الشام تحشد نحو ألفي مسلح في ريف حماة.", "ar")).toEqual([["force:hts", "place:hama-province", 1800, 2200, "fighters"]]);
  });
});
