import { describe, expect, test } from "vitest";
import { claimsOf } from "./examples.ts";

const presence = (text: string, lang: "ar" | "en" = "ar") => claimsOf("presence", text, lang).map((c) => [c.subject, c.place]);

describe("presence: «التنظيم» is the organisation the article named last", () => {
  test("after the organisation is named", () => {
    expect(presence("تقدمت القوات الحكومية على حساب تنظيم داعش. وانسحب عناصر التنظيم إلى مدينة الميادين.")).toContainEqual(["force:isis", "place:mayadin"]);
  });
  test("not before it is named, nor after another organisation was named since", () => {
    expect(presence("وانسحب عناصر التنظيم إلى مدينة الميادين.")).toEqual([]);
    expect(presence("قاتل تنظيم داعش طويلا. ثم أعلن تنظيم القاعدة بيانا. وانسحب عناصر التنظيم إلى مدينة الميادين.")).not.toContainEqual(["force:isis", "place:mayadin"]);
  });
});

describe("presence: every group of a battleground, none that only qualifies another", () => {
  test("the groups after the list are there too", () => {
    const found = presence("Hama province has become a battleground between rebels and government forces as well as the Nusra Front.", "en");
    expect(found).toEqual(
      expect.arrayContaining([
        ["force:opposition", "place:hama-province"],
        ["force:regime", "place:hama-province"],
        ["force:hts", "place:hama-province"],
      ]),
    );
  });
});

describe("presence: a commander stands for his force", () => {
  test("Soleimani's visit is the Quds Force's presence", () => {
    expect(presence("Qasem Soleimani visited Albukamal.", "en")).toEqual([["force:quds-force", "place:albukamal"]]);
  });
});

describe("presence: where within a place, and an ending that failed", () => {
  test("'in part of X province around the town of Y' places the group at Y too", () => {
    expect(presence("Daesh group is now cornered in part of Deir Ezzor province around the border town of Abu Kamal.", "en")).toContainEqual(["force:isis", "place:albukamal"]);
  });
  test("«لم تستطع أن تنهي وجود X في Y»: X is in Y; «لا وجود لـ X» is an absence", () => {
    expect(presence("وقصف التحالف تنظيم داعش. لم تستطع العملية أن تنهي وجود التنظيم داخل مدينة الرقة.")).toContainEqual(["force:isis", "place:raqqa-city"]);
    expect(presence("لا وجود لقوات النظام في مدينة الميادين.")).toEqual([]);
  });
});

describe("presence: the place first, a relative clause, a stronghold, a base", () => {
  test("«تتمركز في P X» and «P التي تنتشر فيها X»; a place said after the town is not the town", () => {
    expect(presence("وتتمركز في بلدة حطلة عناصر ميليشيا الباقر.")).toContainEqual(["militia:baqir", "place:hatla"]);
    expect(presence("وقصفت الطائرات البوكمال شرق دير الزور التي تنتشر فيها ميليشيا النجباء.")).toContainEqual(["militia:nujaba", "place:albukamal"]);
    expect(presence("وقصفت الطائرات البوكمال شرق دير الزور التي تنتشر فيها ميليشيا النجباء.")).not.toContainEqual(["militia:nujaba", "place:deir-ez-zor-province"]);
  });
  test("areas under a group's sway and a group's stronghold", () => {
    expect(presence("ونزح الأهالي إلى مناطق نفوذ قوات النظام في ريف حماة.")).toContainEqual(["force:regime", "place:hama-province"]);
    expect(presence("وتعد بلدة حطلة من أبرز معاقل ميليشيا الباقر.")).toContainEqual(["militia:baqir", "place:hatla"]);
  });
  test("aircraft setting out from a base are based there; from a town they are not", () => {
    expect(presence("وأقلعت الطائرات الروسية من مطار حميميم فجرا.")).toContainEqual(["force:russia", "place:hmeimim"]);
    expect(presence("وانطلقت قوات النظام من مدينة حماة باتجاه إدلب.")).not.toContainEqual(["force:regime", "place:hama"]);
  });
  test("a commander visiting a town, said verb first", () => {
    expect(presence("وتفقد قائد فيلق القدس قاسم سليماني بلدة حطلة.")).toContainEqual(["force:quds-force", "place:hatla"]);
  });
});

describe("presence: «قوات الأخير» are the men of the party named last", () => {
  test("the latter is the last group named before it in the sentence; with none, nobody", () => {
    expect(presence("وهاجمت هيئة تحرير الشام قوات النظام، وتتمركز عناصر الأخيرة في مدينة حماة.")).toContainEqual(["force:regime", "place:hama"]);
    expect(presence("وتتمركز قوات الأخير في مدينة حماة.")).toEqual([]);
  });
});

describe("presence: battles a group wages at a place, on the ground", () => {
  test("«تخوض X معارك … في P» places X; an air campaign does not", () => {
    expect(presence("ميليشيا النجباء تخوض معارك عنيفة ضد فصائل المعارضة في ريف حلب الجنوبي.")).toContainEqual(["militia:nujaba", "place:aleppo-province"]);
    expect(presence("وتشن الطائرات الروسية حملة جوية على ريف إدلب.")).toEqual([]);
  });
});
