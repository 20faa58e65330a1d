import { describe, expect, test } from "vitest";
import { analyzeArticle } from "../loaders/extract/article.ts";
import { article, claimsOf, matcher } from "./examples.ts";

/** The attack claims of a text: attacker, place and whether it is dated. */
const attacks = (text: string, lang: "ar" | "en") => claimsOf("attack", text, lang).map((c) => [c.subject, c.place, !!c.date]);

describe("attack: a mention in passing is no attack event", () => {
  test("attacks an inquiry looks into: generic ones dropped, one attack undated («لتحديد المسؤول عن هجمات», 'investigating the attack')", () => {
    expect(attacks("وفشل المجلس أمس الخميس في تمديد عمل لجنة لتحديد المسؤول عن هجمات بالغاز في سوريا .", "ar")).toEqual([]);
    expect(attacks("A UN panel said on Monday it is investigating the gas attack on Khan Sheikhoun.", "en")).toEqual([[null, "place:khan-shaykhun", false]]);
  });
  test("strikes told as a campaign over years ('its strikes since 2015', 'in the past') have no one day, a day's ('over the past 24 hours') keeps its own", () => {
    expect(attacks("Last month Moscow said its strikes in Syria since 2015 killed only militants.", "en")).toEqual([["country:russia", "country:syria", false]]);
    expect(attacks("Last week the group said it staged several bombings in Kurdish towns of Syria in the past.", "en").map(([, , d]) => d)).toEqual([false]);
    expect(attacks("Russian jets carried out strikes on Idlib over the past 24 hours.", "en")).toContainEqual(["force:russia", "place:idlib-province", false]);
  });
  test("'fighting' as a participle or an adjective ('the force fighting IS', 'a fighting force')", () => {
    expect(attacks("The alliance is seen as the best fighting force in Syria.", "en")).toEqual([]);
    expect(attacks("Kurdish units have been fighting Islamic State in northern Syria.", "en").map(([, p]) => p)).not.toContain("country:syria");
    expect(attacks("Heavy fighting broke out in Douma on Tuesday.", "en")).toEqual([[null, "place:douma", true]]);
  });
  test("a campaign named in passing («متحدث باسم حملة …») and an operation being prepared («استعدادا لمعركة»)", () => {
    expect(attacks("وقال متحدث باسم حملة غضب الفرات في مدينة الرقة إن القوات تتقدم .", "ar")).toEqual([]);
    expect(attacks("طردت القوات العراقية المسلحين من القرية استعدادا لمعركة الموصل .", "ar")).toEqual([]);
  });
});

describe("attack: where it landed, not a distance nor where the aircraft took off", () => {
  test("where people moved to ('arriving in Aleppo') is not where it struck; 'are still fighting back' is no event", () => {
    expect(attacks("Convoys resumed after the bombing, with the evacuees arriving in Aleppo by night.", "en").map(([, p]) => p)).not.toContain("place:aleppo");
    expect(attacks("The insurgents are still fighting back in the hills.", "en")).toEqual([]);
  });
  test("«على بعد 160 كيلومترا شمال بغداد» is no place of the attack", () => {
    expect(attacks("وبدأت عملية عسكرية واسعة على بعد 160 كيلومترا شمال بغداد .", "ar").map(([, p]) => p)).not.toContain("place:baghdad");
  });
});

describe("attack: a party that claims an attack did it", () => {
  const claimed = (text: string, lang: "ar" | "en") =>
    analyzeArticle(article(text, lang), matcher)
      .claims.filter((c) => c.kind === "attack" && c.subject)
      .map((c) => [c.subject, c.place, c.date?.start ?? null]);
  test("'X claimed responsibility for the bombing', «تبنى X التفجير», «أعلن X مسؤوليته عن الهجوم»: X attacked, on the day of the event told before", () => {
    expect(claimed("A car bomb hit a checkpoint in Albukamal on Sunday. The Islamic State group claimed responsibility for the bombing.", "en")).toEqual([["force:isis", "place:albukamal", "2017-11-19"]]);
    expect(claimed("انفجرت سيارة مفخخة في مدينة البوكمال يوم الأحد. وتبنى تنظيم داعش التفجير.", "ar")).toEqual([["force:isis", "place:albukamal", "2017-11-19"]]);
    expect(claimed("انفجرت سيارة مفخخة في مدينة البوكمال يوم الأحد. وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "ar")).toEqual([["force:isis", "place:albukamal", "2017-11-19"]]);
    // (the day the claim was made is not the attack's)
    expect(claimed("On Sunday the Islamic State group claimed responsibility for the attack on the market of Albukamal.", "en")).toEqual([["force:isis", "place:albukamal", null]]);
    // (nobody claiming it names no attacker)
    expect(claimed("A car bomb hit a checkpoint in Albukamal on Sunday. No group has claimed responsibility for the bombing.", "en")).toEqual([]);
  });
});
