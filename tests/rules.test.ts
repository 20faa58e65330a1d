import { describe, expect, test } from "vitest";
import { analyzeArticle } from "../loaders/extract/article.ts";
import { ACTOR_ROWS, findActors } from "../loaders/extract/actors.ts";
import { RULE_TABLES } from "../loaders/extract/rules/index.ts";
import { normalize } from "../loaders/text/normalize.ts";
import { article, claimsOf, matcher } from "./examples.ts";

describe("every extraction rule reads its own example through the whole extractor", () => {
  const rows = RULE_TABLES.flatMap((t) => t.rows);
  test.each(rows.map((r) => [r.id, r]))("%s", (id, r) => {
    const lang = id.split("/")[1] as "ar" | "en";
    const claims = analyzeArticle(article(r.example, lang), matcher).claims;
    expect(
      claims.map((c) => c.rule),
      JSON.stringify(claims.map((c) => [c.rule, c.value?.low, c.value?.unit])),
    ).toContain(id);
  });
});

describe("described actors (loaders/extract/actors.ts)", () => {
  test.each(ACTOR_ROWS.map((r) => [r.example, r]))("%s", (example, r) => {
    const found = findActors(normalize(example).text, r.ar ? "ar" : "en");
    expect(found.map((a) => [a.type, a.side])).toContainEqual([r.type, r.side ?? null]);
  });
});

describe("force sizes: a count of fighters with whose they are, not the dead", () => {
  const sizes = (text: string, lang: "ar" | "en") => claimsOf("force_size", text, lang).map((c) => [c.subject, c.value?.low, c.value?.high, c.value?.unit]);
  test("the dead or wounded are no force's size", () => {
    expect(sizes("Some 120 Islamic State group fighters and 60 foreign mercenaries were killed in Russian strikes.", "en")).toEqual([]);
    expect(sizes("Several rebels were among the dead in the bombing.", "en")).toEqual([]);
    expect(sizes("وأسفر القصف عن مقتل 20 عنصرا من تنظيم الدولة الإسلامية.", "ar")).toEqual([]);
  });
  test("nor a count of something else, or 'one of'", () => {
    expect(sizes("Buses carried residents from two other rebel-held areas near Damascus.", "en")).toEqual([]);
    expect(sizes("Raqqa was one of the last bastions of the Islamic State in Syria.", "en")).toEqual([]);
  });
  test("several dozen is 36 to 120", () => {
    expect(sizes("Several dozen armed rebels escorted the convoy.", "en")).toEqual([["force:opposition", 36, 120, "fighters"]]);
  });
  test("whose: the party a pronoun refers back to, or the patron of the groups counted", () => {
    expect(sizes("وتنتشر في سوريا مليشيات محلية وأجنبية تابعة لإيران ويتجاوز عدد مسلحيها 100 ألف.", "ar")).toEqual([["militia:iran-backed", 100000, null, "fighters"]]);
    expect(sizes("ويقدر المرصد وجود نحو 15 ألف مقاتل من المجموعات العراقية والأفغانية الموالية لإيران في محافظة دير الزور.", "ar")).toEqual([["country:iran", 13500, 16500, "fighters"]]);
    expect(sizes("وأطلق سراح ما لا يقل عن 275 من مقاتلي تنظيم الدولة في الرقة.", "ar")).toEqual([["force:isis", 275, null, "fighters"]]);
  });
});

describe("where and by whom an event happened", () => {
  const events = (text: string) => claimsOf("casualties", text, "en").map((c) => [c.value?.low, c.place, c.object]);
  test("a place with its Arabic article written apart is where it happened ('in al-Qameshli')", () => {
    expect(events("A car bomb attack killed at least 44 people on Wednesday in al-Qameshli city.")).toContainEqual([44, "place:qamishli", null]);
  });
  test("a country said as where it happened is not who did it ('in northern Syria … killing 44')", () => {
    expect(events("A twin bombing struck a crowd in a Kurdish town in northern Syria on Wednesday killing 44 people.")).toEqual([[44, "country:syria", null]]);
  });
  test("a party that qualifies a noun ('rebel-held Idlib') or a country in the possessive is not who killed; 'strikes on X' is X struck", () => {
    expect(events("Airstrikes on Syria's rebel-held Idlib province hit a school on Wednesday killing at least 26 civilians.")).toEqual([[26, "place:idlib-province", null]]);
    const attackers = claimsOf("attack", "Airstrikes on Syria's rebel-held Idlib province hit a school. The bombing was blamed on Islamic State.", "en").map((c) => c.subject);
    expect(attackers).not.toContain("force:opposition");
    expect(events("Russian strikes killed 34 civilians in the village of Shaafa.").map((x) => x[2])).toEqual(["force:russia"]);
  });
  test("a toll that rose to a figure on a day was of an event on or before it (the two days before, 'days'); one killed on a day is of that day", () => {
    const dated = (text: string, lang: "ar" | "en") => claimsOf("casualties", text, lang).map((c) => [c.value?.low, c.date?.start, c.date?.end, c.date?.precision]);
    expect(dated("The death toll from the bombing in Aleppo rose to 112 on Sunday.", "en")).toEqual([[112, "2017-11-17", "2017-11-19", "days"]]);
    expect(dated("وارتفعت حصيلة القتلى في مدينة حلب يوم الأحد إلى 112 شخصا.", "ar")).toEqual([[112, "2017-11-17", "2017-11-19", "days"]]);
    expect(dated("A car bomb killed 12 people in Aleppo on Sunday.", "en")).toEqual([[12, "2017-11-19", "2017-11-19", "day"]]);
  });
  test("a place told by its direction from another is at that place ('towns east of the Syrian capital', «بلدات شرق دمشق»)", () => {
    expect(events("At least 19 civilians were killed in heavy bombardment of several opposition-held towns east of the Syrian capital on Tuesday.")).toEqual([[19, "place:damascus", null]]);
    const ar = claimsOf("casualties", "قتل 5 مدنيين في غارات على بلدات شرق دمشق.", "ar");
    expect(ar.map((c) => [c.value?.low, c.place])).toEqual([[5, "place:damascus"]]);
  });
  test("a place said after 'the edge of' or 'the outskirts of' is where it happened; so is the place an attack struck as its object ('blasts hit the city of X', «انفجارا هز مدينة X»)", () => {
    const attacks = (text: string, lang: "ar" | "en") => claimsOf("attack", text, lang).map((c) => c.place);
    expect(attacks("A van blew up on the southern edge of the town of Albukamal on Monday.", "en")).toEqual(["place:albukamal"]);
    expect(attacks("Two bomb blasts claimed by the Islamic State hit the eastern city of Albukamal on Monday.", "en")).toEqual(["place:albukamal"]);
    expect(attacks("وقال سكان إن انفجارا هز مدينة البوكمال مساء الاثنين.", "ar")).toEqual(["place:albukamal"]);
    expect(attacks("تعرضت مدينة البوكمال لقصف مدفعي من قوات النظام.", "ar")).toEqual(["place:albukamal"]);
    // (barrel bombs dropped are an attack; an arrest or leaflets «ألقت» are not)
    expect(attacks("ألقت مروحيات النظام براميل متفجرة على مدينة البوكمال.", "ar")).toEqual(["place:albukamal"]);
    expect(attacks("وألقت قوات النظام القبض على ثلاثة شبان في مدينة البوكمال.", "ar")).toEqual([]);
    expect(attacks("ألقت طائرات التحالف منشورات على مدينة البوكمال.", "ar")).toEqual([]);
    // (one aircraft of a party, and a weapon 'dropped by' or 'fired by' it)
    const dropped = claimsOf("attack", "A barrel bomb dropped by a regime helicopter hit a school in Albukamal.", "en");
    expect(dropped.map((c) => [c.subject, c.place])).toEqual([["force:regime", "place:albukamal"]]);
    // (the clash noun «المواجهات», and an attack «تشنها» a party in the present)
    expect(attacks("ولا تزال المواجهات مستمرة في مدينة البوكمال.", "ar")).toEqual(["place:albukamal"]);
    const by = claimsOf("attack", "الغارات التي تشنها قوات النظام على مدينة البوكمال مستمرة.", "ar");
    expect(by.map((c) => c.subject)).toEqual(["force:regime"]);
    // (a place named in passing, after no such verb or locative, is no place of the attack; 'in support of its ally X' is no locative)
    expect(attacks("The blast was the deadliest since the Albukamal talks began.", "en")).toEqual([]);
    expect(attacks("Moscow has been carrying out air strikes in support of its ally Damascus, targeting IS in Albukamal.", "en")).toEqual(["place:albukamal"]);
    expect(attacks("Kurdish-led forces pressed on with their offensive to take the town of Albukamal.", "en")).toEqual(["place:albukamal"]);
  });
  test("the opposition's political body ('National Coalition for Syrian Revolution and Opposition Forces') citing a toll is no armed party in it", () => {
    expect(events("The National Coalition for Syrian Revolution and Opposition Forces said the attack killed 40 people in Albukamal on Monday.")).toEqual([[40, "place:albukamal", null]]);
  });
  test("an attack or a toll of the month an article was published in ends by its publication day ('in November' of 20 November is 1 to 20 November)", () => {
    const days = (text: string) => claimsOf("casualties", text, "en").map((c) => [c.date?.start, c.date?.end]);
    expect(days("In November a car bomb killed 16 people in Albukamal.")).toEqual([["2017-11-01", "2017-11-20"]]);
    expect(days("In October a car bomb killed 16 people in Albukamal.")).toEqual([["2017-10-01", "2017-10-31"]]);
  });
  test("a toll since a past moment is a tally ('since then', 'the war has since killed'), and 'half a million' or 'a quarter of a million' is that many", () => {
    const tolls = (text: string, lang: "ar" | "en") => claimsOf("casualties", text, lang).map((c) => [c.value?.low, c.value?.high, c.scope ?? null]);
    expect(tolls("Since then more than a quarter of a million people have been killed.", "en")).toEqual([[250000, null, "tally"]]);
    expect(tolls("The conflict has since killed half a million people.", "en")).toEqual([[500000, 500000, "tally"]]);
    expect(tolls("ومنذ ذلك الحين قتل أكثر من 300 ألف شخص.", "ar")).toEqual([[300000, null, "tally"]]);
    expect(tolls("A car bomb killed 12 people in Aleppo on Sunday.", "en")).toEqual([[12, 12, null]]);
    expect(tolls("More than 300000 people have been killed since the country's uprising began in March 2011.", "en")).toEqual([[300000, null, "tally"]]);
    expect(tolls("At least 12 people, including 3 children, were killed in Albukamal.", "en")).toEqual([
      [12, null, null],
      [3, 3, "subcount"],
    ]);
    expect(tolls("لقي 6 أشخاص حتفهم وراح ضحية القصف 3 أطفال آخرين في البوكمال.", "ar").map((x) => x[0])).toContain(6);
    // (Arabic civilians counted in the accusative or singular are the victims described: «12 مدنيا», «مقتل مدني»)
    const victims = claimsOf("casualties", "قتل 12 مدنيا في البوكمال، وأسفر القصف عن مقتل مدني آخر.", "ar");
    expect(victims.map((c) => c.actors?.subject?.type)).toEqual(["civilians", "civilians"]);
    // (a toll with its part said between, and no auxiliary before the verb)
    expect(tolls("At least 40 civilians including 9 children perished in the raid on Albukamal.", "en")).toEqual([
      [40, null, null],
      [9, 9, "subcount"],
    ]);
  });
  test("a date things run 'since' is no event's date ('strikes since 2014', «منذ عام 2015»); a country an outlet is based in is no attacker ('the Britain-based monitor')", () => {
    const dated = (text: string, lang: "ar" | "en") => claimsOf("attack", text, lang).map((c) => [c.subject, c.date?.start ?? null]);
    expect(dated("Russian strikes have hit Albukamal again and again since 2015.", "en")).toEqual([["force:russia", null]]);
    expect(dated("وتقصف الطائرات الروسية مدينة البوكمال منذ عام 2015.", "ar").map((x) => x[1])).toEqual([null]);
    expect(dated("The Britain-based monitor said the attack on the checkpoint in Albukamal was the deadliest this year.", "en").map((x) => x[0])).not.toContain("country:uk");
  });
  test("a place coordinated with a place said as a location is one too («على قرية الحوايج ومدينة البوكمال», 'in the village of X and the town of Y')", () => {
    const ar = claimsOf("casualties", "قتل ثلاثة أشخاص في غارات على قرية الحوايج ومدينة البوكمال.", "ar");
    expect(ar.map((c) => [c.value?.low, c.place])).toEqual([[3, "place:albukamal"]]);
    expect(events("Airstrikes killed 5 people in the village of Tuwayhinah and the town of Albukamal on Monday.")).toEqual([[5, "place:albukamal", null]]);
  });
  test("a toll told in a region takes the place and date of the event before only when that lies in the region", () => {
    const cs = claimsOf("casualties", "Clashes broke out in Harasta on Monday. Elsewhere, air strikes killed three people in eastern Syria.", "en");
    expect(cs.map((c) => [c.value?.low, c.place, c.date?.start ?? null])).toEqual([[3, "place:eastern-syria", null]]);
  });
  test("a part of a toll happened where its toll did, the toll whose count stands before it", () => {
    const cs = claimsOf("casualties", "At least 19 people were killed near the Syrian capital on Tuesday including six children, hours after a gas attack left dozens dead in Khan Sheikhun.", "en");
    expect(cs.map((c) => [c.value?.low, c.place, c.scope ?? null]).sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual([
      [6, "place:damascus", "subcount"],
      [19, "place:damascus", null],
      [24, "place:khan-shaykhun", null],
    ]);
    // (no toll before it: no part of one)
    expect(events("Including six children, the dead were buried on Tuesday.")).toEqual([]);
  });
  test("a part of the dead that says so itself needs no toll before it ('109 of the dead were evacuees', '68 children were among the dead', «وبين القتلى 12 طفلا»)", () => {
    const parts = (text: string, lang: "ar" | "en") => claimsOf("casualties", text, lang).map((c) => [c.value?.low, c.scope ?? null]);
    expect(parts("At least 109 of the dead were evacuees, the Observatory said.", "en")).toEqual([[109, "subcount"]]);
    expect(parts("68 children were among the dead.", "en")).toEqual([[68, "subcount"]]);
    expect(parts("وبين القتلى 12 طفلا.", "ar")).toEqual([[12, "subcount"]]);
    // (the critically wounded are a part of the wounded, even after a toll of the dead)
    const cs = claimsOf("casualties", "A suicide bomber killed 16 people and wounded 40. Fifteen of the wounded were in critical condition.", "en");
    expect(cs.map((c) => [c.value?.low, c.value?.unit, c.scope ?? null])).toEqual([
      [16, "killed", null],
      [40, "wounded", null],
      [15, "wounded", "subcount"],
    ]);
  });
  test("a part said before its toll ('9 children were among the 40 killed'), and parts of the wounded, are subcounts that take the toll's place and date", () => {
    const parts = (text: string, lang: "ar" | "en") =>
      claimsOf("casualties", text, lang)
        .map((c) => [c.value?.low, c.value?.unit, c.scope ?? null, c.place, c.date?.start ?? null])
        .sort((x, y) => Number(x[0]) - Number(y[0]));
    expect(parts("A barrel bomb hit a market in Albukamal on Sunday. Nine children were among the 40 people killed.", "en")).toEqual([
      [9, "killed", "subcount", "place:albukamal", "2017-11-19"],
      [40, "killed", null, "place:albukamal", "2017-11-19"],
    ]);
    expect(parts("The shelling killed 12 people in Albukamal. Two nurses were among the wounded, and four of the injured were children.", "en")).toEqual([
      [2, "wounded", "subcount", "place:albukamal", null],
      [4, "wounded", "subcount", "place:albukamal", null],
      [12, "killed", null, "place:albukamal", null],
    ]);
    expect(parts("قتل 12 شخصا في قصف على البوكمال، وكان بين الجرحى ثلاثة مسعفين.", "ar")).toEqual([
      [3, "wounded", "subcount", "place:albukamal", null],
      [12, "killed", null, "place:albukamal", null],
    ]);
  });
  test("a party that says it carried out 'the attack' told just before is of that event, its day; attacks it carries out again and again are not", () => {
    const attacks = (text: string) =>
      analyzeArticle(article(text, "en"), matcher)
        .claims.filter((c) => c.kind === "attack" && c.subject)
        .map((c) => [c.subject, c.place, c.date?.start ?? null]);
    expect(attacks("A car bomb killed 20 people in Albukamal on Sunday. The Islamic State group said it carried out the attack.")).toEqual([["force:isis", "place:albukamal", "2017-11-19"]]);
    expect(attacks("A car bomb killed 20 people in Albukamal on Sunday. The Islamic State group has carried out attacks in the town for years.")).toEqual([["force:isis", "place:albukamal", null]]);
  });
  test("a toll whose victims are said with where they came from ('30 evacuees from the villages of X and Y were killed') counts them, and names them", () => {
    const cs = claimsOf("casualties", "Thirty evacuees from the besieged villages of the north were killed at the crossing in Albukamal.", "en");
    expect(cs.map((c) => [c.value?.low, c.place, c.actors?.subject?.text])).toEqual([[30, "place:albukamal", "evacuees"]]);
  });
  test("fighters 'destroyed' or 'eliminated' in a communiqué are killed; tanks destroyed are not", () => {
    expect(events("Russian aircraft eliminated 180 militants near Deir ez-Zor. Three tanks were destroyed.")).toEqual([[180, "place:deir-ez-zor-province", "force:russia"]]);
  });
});

describe("presence beyond 'based at': positions, fighting, advancing", () => {
  const presence = (text: string, lang: "ar" | "en") => claimsOf("presence", text, lang).map((c) => [c.subject, c.place]);
  test("a group's positions at a place, with the clitic written on its name («مواقع لتنظيم داعش»)", () => {
    expect(presence("استهدفت الغارات مواقع لتنظيم داعش في إدلب.", "ar")).toEqual([["force:isis", "place:idlib-province"]]);
    expect(presence("The jets struck positions of the Nusra Front in Idlib.", "en")).toEqual([["force:hts", "place:idlib-province"]]);
  });
  test("both sides of a clash are at its place", () => {
    expect(presence("تتواصل الاشتباكات بين قوات النظام وفصائل المعارضة في مدينة حرستا.", "ar")).toEqual([
      ["force:regime", "place:harasta"],
      ["force:opposition", "place:harasta"],
    ]);
  });
  test("a gap in a pattern reaches the nearest slot, not the farthest ('into Aleppo, once Syria's hub': Aleppo)", () => {
    expect(presence("Rebels advanced into Aleppo once Syria's commercial hub in 2012 from the north.", "en")).toEqual([["force:opposition", "place:aleppo"]]);
  });
  test("'besieged by Sunni rebels': a qualified description of the rebels is still the rebels", () => {
    expect(presence("Fuaa and Kafraya who are mainly Shiites were besieged by Sunni rebels.", "en")).toEqual([
      ["force:opposition", "place:foua"],
      ["force:opposition", "place:kefraya"],
    ]);
  });
  test("an advance that did not happen is no presence", () => {
    expect(presence("The SDF has not advanced into Raqqa.", "en")).toEqual([]);
    expect(presence("لم تصل قوات النظام إلى مدينة الرقة.", "ar")).toEqual([]);
    expect(presence("وصلت قوات النظام إلى مدينة الرقة.", "ar")).toEqual([["force:regime", "place:raqqa-city"]]);
  });
  test("a group gone somewhere is there, and has lost only the place it left («انسحبت قوات النظام من تدمر إلى حمص», 'evacuated to Idlib')", () => {
    const claims = (text: string, lang: "ar" | "en") => analyzeArticle(article(text, lang), matcher).claims.map((c) => [c.kind, c.subject, c.place, c.change ?? null]);
    const ar = claims("وانسحب عناصر تنظيم داعش من مدينة منبج إلى مدينة الباب.", "ar");
    expect(ar).toContainEqual(["presence", "force:isis", "place:bab", null]);
    expect(ar).toContainEqual(["control", "force:isis", "place:manbij", "lost"]);
    expect(ar).not.toContainEqual(["control", "force:isis", "place:bab", "lost"]);
    expect(claims("وتقهقر تنظيم داعش إلى قطاع من وادي الفرات.", "ar")).toContainEqual(["presence", "force:isis", "place:euphrates-valley", null]);
    // (driven out to outside a town: that town is lost)
    expect(claims("وطردت القوات العراقية مقاتلي تنظيم داعش إلى خارج مدينة تلعفر.", "ar")).toContainEqual(["control", "force:isis", "place:tal-afar", "lost"]);
    expect(presence("Hundreds of rebels were evacuated to Idlib province on Sunday.", "en")).toEqual([["force:opposition", "place:idlib-province"]]);
    // (a country before the verb is where someone was, not who went: «كان في أفغانستان ثم انتقل إلى العراق»)
    expect(presence("وكان القائد في أفغانستان ثم انتقل إلى العراق.", "ar")).toEqual([]);
  });
  test("the noun 'presence of X in Y' is presence; an absence, a denial or a wish is not («عدم وجود», «لا يوجد», «منع انتشار»)", () => {
    expect(presence("وتهدف العملية إلى إنهاء وجود تنظيم داعش داخل مدينة الرقة.", "ar")).toEqual([["force:isis", "place:raqqa-city"]]);
    expect(presence("The presence of Iranian militias in Albukamal worries Washington.", "en")).toEqual([["militia:iran-backed", "place:albukamal"]]);
    expect(presence("وأكد المتحدث عدم وجود قوات أمريكية في مدينة منبج.", "ar")).toEqual([]);
    expect(presence("ولا يوجد أي وجود لقوات النظام في مدينة منبج.", "ar")).toEqual([]);
    expect(presence("وتسعى أنقرة إلى منع انتشار وحدات حماية الشعب في مدينة منبج.", "ar")).toEqual([]);
  });
});

describe("who struck: aircraft of a party are that party's", () => {
  const attacks = (text: string, lang: "ar" | "en") => claimsOf("attack", text, lang).map((c) => [c.subject, c.place]);
  test("«الطائرات الحربية التابعة للتحالف», «الطيران الحربي للنظام», 'warplanes of the coalition'", () => {
    expect(attacks("قصفت الطائرات الحربية التابعة للتحالف الدولي مواقع في الرقة.", "ar")).toEqual([["force:coalition", "place:raqqa-province"]]);
    expect(attacks("وشن الطيران الحربي للنظام غارات على مدن دوما وحرستا.", "ar")).toEqual([["force:regime", "place:douma"]]);
    expect(attacks("Warplanes of the US-led coalition struck Raqqa on Monday.", "en").map((x) => x[0])).toEqual(["force:coalition"]);
  });
  test("a party announcing its offensive is the attacker, the place it would take is where («أعلنت قسد انطلاق معركة تحرير الرقة»)", () => {
    expect(attacks("وأعلنت قوات سوريا الديمقراطية، يوم 6 حزيران، انطلاق معركة تحرير الرقة.", "ar")).toContainEqual(["force:sdf", "place:raqqa-province"]);
    expect(attacks("The SDF launched an offensive to retake Raqqa in June.", "en")).toContainEqual(["force:sdf", "place:raqqa-province"]);
    // (a plan to announce one is no attack)
    expect(attacks("وسوف تعلن قوات سوريا الديمقراطية انطلاق معركة تحرير الرقة.", "ar")).toEqual([]);
  });
  test("either of two parties is neither: 'by government or Russian jets', 'the YPG or the Islamic State'", () => {
    const tolls = claimsOf("casualties", "The raid, carried out by Syrian government or Russian jets, killed 17 people in Saraqeb on Monday.", "en");
    expect(tolls.map((c) => [c.value?.low, c.place, c.object, c.actors?.object?.side ?? null])).toEqual([[17, "place:saraqib", null, null]]);
    expect(attacks("The YPG or the Islamic State shelled the village of Tal Abyad on Sunday.", "en")).toEqual([[null, "place:tall-abyad"]]);
    // (one party named alone is still that party)
    expect(attacks("Russian warplanes struck the town of Saraqeb on Monday.", "en")).toEqual([["force:russia", "place:saraqib"]]);
  });
  test("unowned aircraft stay undescribed by side («الطيران الحربي» alone); the place a verb struck is its object", () => {
    expect(attacks("قصف الطيران الحربي مدينة دوما.", "ar")).toEqual([[null, "place:douma"]]);
    expect(attacks("Government forces shelled the town of Douma on Monday.", "en")).toEqual([["force:regime", "place:douma"]]);
  });
});

describe("Kurdish forces are the YPG, Kurdish-led forces the SDF", () => {
  const holders = (text: string, lang: "ar" | "en") => claimsOf("control", text, lang).map((c) => [c.subject, c.place]);
  test("'Kurdish forces control much of Hasaka province'; 'controlled by PYD'; «سيطرت القوات الكردية»", () => {
    expect(holders("Kurdish forces control much of Hasaka province.", "en")).toEqual([["force:ypg", "place:hasakah-province"]]);
    expect(holders("Qamishli is mainly controlled by the PYD.", "en")).toEqual([["force:ypg", "place:qamishli"]]);
    expect(holders("Kurdish-led forces captured the town of Tabqa.", "en")).toEqual([["force:sdf", "place:tabqa"]]);
  });
});

describe("control: held places as the language describes them", () => {
  const holders = (text: string) => claimsOf("control", text, "en").map((c) => [c.subject, c.place]);
  test("'X-held towns of P', 'P are the only X-controlled enclave', 'P is one of X's last bastions'", () => {
    expect(holders("Buses left the regime-held predominantly Shia towns of Foua and Kefraya.")).toEqual([
      ["force:regime", "place:foua"],
      ["force:regime", "place:kefraya"],
    ]);
    expect(holders("Foua and Kefraya are the only government-controlled enclave in Idlib province.")).toEqual([
      ["force:regime", "place:foua"],
      ["force:regime", "place:kefraya"],
    ]);
    expect(holders("Mayadeen is one of the Islamic State group's last bastions in Syria.")).toEqual([["force:isis", "place:mayadin"]]);
  });
  test("the holder before «سيطرتها» skips an apposition and a patron («قسد، وهي تحالف … المدعوم من واشنطن، … سيطرتها على الرقة»)", () => {
    const cs = claimsOf("control", "أعلنت قوات سوريا الديمقراطية، وهي تحالف الفصائل الكردية العربية المدعوم من واشنطن، الثلاثاء سيطرتها بشكل كامل على مدينة الرقة.", "ar");
    expect(cs.map((c) => [c.subject, c.place])).toEqual([["force:sdf", "place:raqqa-city"]]);
  });
  test("«البلدة التي يسيطر عليها» refers back to the town named before; «بلدة في ريف حلب» does not", () => {
    const held = (text: string) => claimsOf("control", text, "ar").map((c) => [c.subject, c.place]);
    expect(held("تقدمت القوات نحو مدينة الجرذي. وقصفت الطائرات البلدة التي يسيطر عليها تنظيم داعش.")).toEqual([["force:isis", "place:jurdhi"]]);
    expect(held("تقدمت القوات نحو مدينة الجرذي. وسيطر تنظيم داعش على بلدة في ريف حلب.")).toEqual([["force:isis", "place:aleppo-province"]]);
  });
  test("a held town in a province does not make the province held", () => {
    expect(holders("Shells fell on a rebel-held town in Idlib province.")).toEqual([]);
  });
});

describe("leadership: a group leading a group, a name that carries its title", () => {
  const leads = (text: string, lang: "ar" | "en") => claimsOf("leadership", text, lang).map((c) => [c.subject, c.object]);
  test("«قسد التي تهيمن عليها ميليشيا الحماية الكردية»: the YPG leads the SDF; «التي تسيطر عليها» is control, not leadership", () => {
    expect(leads("وتقول قوات سوريا الديمقراطية، التي تهيمن عليها ميليشيا الحماية الكردية، إن المعركة انتهت.", "ar")).toEqual([["force:ypg", "force:sdf"]]);
    expect(leads("مدينة منبج التي تسيطر عليها قوات سوريا الديمقراطية.", "ar")).toEqual([]);
  });
  test("«قوات الرئيس بشار الأسد», 'President Assad' lead the regime; the bare name does not say so", () => {
    expect(leads("تتقدم قوات الرئيس بشار الأسد نحو المدينة.", "ar")).toEqual([["person:bashar-al-assad", "force:regime"]]);
    expect(leads("وقال بشار الأسد إن الحرب طويلة.", "ar")).toEqual([]);
  });
});

describe("what asserts no event: questions, denials, halts; a channel is no town", () => {
  const kinds = (text: string, lang: "ar" | "en") => analyzeArticle(article(text, lang), matcher).claims.map((c) => [c.kind, c.place]);
  test("a question asserts nothing («من يقف خلف استهداف الطائرات الروسية في حميميم؟»)", () => {
    expect(kinds("من يقف خلف استهداف الطائرات الروسية في حميميم؟", "ar")).toEqual([]);
    expect(kinds("Who bombed the market in Raqqa?", "en")).toEqual([]);
  });
  test("a denial or a halt right at the attack is none; a 'not' further back leaves it", () => {
    expect(kinds("Russian planes had not carried out air strikes on Idlib, the ministry said.", "en").filter((x) => x[0] === "attack")).toEqual([]);
    expect(kinds("أعلن جيش العزة إيقاف القصف على مدينة حماة.", "ar").filter((x) => x[0] === "attack")).toEqual([]);
    expect(kinds("لم تقصف الطائرات مدينة حماة.", "ar").filter((x) => x[0] === "attack")).toEqual([]);
    expect(kinds("It was not immediately clear who carried out the attack in Raqqa.", "en").filter((x) => x[0] === "attack")).toEqual([["attack", "place:raqqa-province"]]);
    expect(kinds("لم تستطع تلك العملية العسكرية أن تنهي وجود التنظيم داخل مدينة الرقة.", "ar").filter((x) => x[0] === "attack")).toEqual([["attack", "place:raqqa-city"]]);
  });
  test("«مراسل الميادين» is the channel's correspondent, not the town of al-Mayadin", () => {
    expect(kinds("وقال مراسل الميادين إن الجيش سيطر على التلة في ريف اللاذقية.", "ar").map((x) => x[1])).not.toContain("place:mayadin");
  });
});
