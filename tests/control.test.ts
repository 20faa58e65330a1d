import { describe, expect, test } from "vitest";
import { claimsOf } from "./examples.ts";

/** The control claims of a text: holder, place and the parts held. */
const held = (text: string, lang: "ar" | "en") => claimsOf("control", text, lang).map((c) => [c.subject, c.place, (c.value?.parts ?? []).join(",")]);

describe("control: the parts of a place held, not where it lies", () => {
  test("a direction that qualifies the place is a part («الأحياء الشرقية لمدينة حلب», 'eastern Aleppo')", () => {
    expect(held("سيطرت قوات النظام على الأحياء الشرقية لمدينة حلب.", "ar")).toEqual([["force:regime", "place:aleppo", "east"]]);
    expect(held("وسيطرت قوات النظام على مركز محافظة دير الزور وغربها.", "ar")).toEqual([["force:regime", "place:deir-ez-zor-province", "centre,west"]]);
    expect(held("Government forces captured eastern Aleppo in December.", "en")).toEqual([["force:regime", "place:aleppo", "east"]]);
    expect(held("Kurdish forces control the northern countryside of Aleppo.", "en")).toEqual([["force:ypg", "place:aleppo", "north,countryside"]]);
  });
  test("«الجزءين الغربي والجنوبي منها»: the parts of the place named before", () => {
    expect(held("وفي محافظة دير الزور، يسيطر نظام الأسد على الجزءين الغربي والجنوبي منها.", "ar")).toEqual([["force:regime", "place:deir-ez-zor-province", "west,south"]]);
  });
  test("where the place lies ('in northeastern Syria', 'at least') is no part of it", () => {
    expect(held("A car bomb went off in the Kurdish-controlled city of Hasaka in northeastern Syria.", "en")).toEqual([["force:ypg", "place:hasakah-city", ""]]);
    expect(held("A gas attack on rebel-held Idlib killed at least 50 people.", "en")).toEqual([["force:opposition", "place:idlib-province", ""]]);
  });
});

describe("control: a place named as a bearing, a distance or a destination is not the one held", () => {
  test("«نقاط شرق مزرعة بيت جن», «قرب», «كلم جنوب الموصل»", () => {
    expect(held("سيطرت قوات النظام على عدد من النقاط شرق مزرعة بيت جن.", "ar").map(([, p]) => p)).not.toContain("place:mazraat-bayt-jinn");
    expect(held("سيطر الجيش العراقي على قاعدة جوية قرب القيارة التي تبعد 60 كلم جنوب الموصل.", "ar").map(([, p]) => p)).not.toContain("place:mosul");
  });
  test("a place before the construction is its topic, whatever leads it ('near the Jafra area, which is controlled by')", () => {
    expect(held("The blast took place near the al-Jafra area which is controlled by the Syrian government.", "en")).toContainEqual(["force:regime", "place:jafrah", ""]);
  });
});

describe("control: who a place was taken from, and a fight for it, are no holding", () => {
  test("«من تنظيم داعش» is the loser, not the holder", () => {
    const cs = held("وكانت مدينة الرمادي قد استعيدت من تنظيم داعش الذي سيطر عليها عام 2015.", "ar");
    expect(cs.map(([s]) => s)).not.toContain("force:isis");
  });
  test("«معركة السيطرة على مدينة الرقة», 'the battle for control of Manbij'", () => {
    expect(held("وانتهت معركة السيطرة على مدينة الرقة بعد أربعة أشهر.", "ar")).toEqual([]);
  });
});

describe("control: a scenario, a denial and a companion are no holding", () => {
  test("«سيناريو محتمل أن تعلن X …، سيطرتها على الرقة», «نفت أنباء عن استعادة»", () => {
    expect(held("لا يمكن استبعاد سيناريو محتمل أن تعلن قوات سوريا الديمقراطية , التي تقودها الوحدات الكردية , سيطرتها على مدينة الرقة .", "ar")).toEqual([]);
    expect(held("ونفت وزارة الدفاع أنباء عن استعادة تنظيم داعش سيطرته على مدينة البوكمال.", "ar").map(([s]) => s)).not.toContain("force:isis");
  });
  test("«بعد السيطرة على» takes the subject before, not a party named as a companion («إلى جانب قوات الأسد»)", () => {
    expect(held("تواصل قوات النظام تقدمها في ريف حلب، بعد السيطرة على بلدة دير حافر.", "ar")).toContainEqual(["force:regime", "place:dayr-hafir", ""]);
    expect(held("وأعلنت الميليشيات نيتها القتال إلى جانب قوات الأسد , وذلك بعد السيطرة على مدينة الموصل.", "ar").map(([s]) => s)).not.toContain("force:regime");
  });
});

describe("control: the subject of an Arabic verb or noun of control stands right after it", () => {
  test("a party named further on is a foe or who lost («… ضد تنظيم داعش», «نكسة لتنظيم داعش»), not the holder", () => {
    expect(held("وأعلن رئيس الوزراء السبت سيطرة قواته بشكل كامل على الحدود السورية العراقية , مؤكدا انتهاء الحرب ضد تنظيم داعش .", "ar").map(([s]) => s)).not.toContain("force:isis");
    expect(held("وتشكل السيطرة على مدينة الرقة نكسة كبرى لتنظيم داعش .", "ar").map(([s]) => s)).not.toContain("force:isis");
  });
  test("'is controlled by the Kurdish People's Protection Units (YPG)' keeps its holder", () => {
    expect(held("Nearly all of Hasakah province is controlled by the Kurdish Peoples Protection Units (YPG).", "en")).toContainEqual(["force:ypg", "place:hasakah-province", ""]);
  });
});

describe("control: a bearing is never the place held; a passive's holder comes after 'by'", () => {
  test("'Mayadeen, which lies 400 km east of Damascus and is one of IS's bastions'; 'south of the border city of Qamishli'", () => {
    expect(held("They fled Mayadeen which lies about 400 km east of Damascus and is one of the Islamic State group's last bastions.", "en").map(([, p]) => p)).not.toContain("place:damascus");
    expect(held("Government troops pushed south of the northeastern border city of Qamishli to regain control of a hill.", "en").map(([, p]) => p)).not.toContain("place:qamishli");
  });
  test("'controlled by an opposition alliance and shelled by the regime': no holder rather than the regime", () => {
    expect(held("Idlib province is controlled by an opposition alliance and is often shelled by both the Assad regime and its Russian ally.", "en").map(([s]) => s)).not.toContain("force:regime");
  });
});

describe("control: shares, swathes and losses", () => {
  test("a loss in a place is not the loss of it («خسر داعش عشرات المقاتلين في الرقة»); 'lost fighters in Raqqa' likewise", () => {
    expect(held("وخسر تنظيم داعش عشرات المقاتلين في الرقة.", "ar")).toEqual([]);
    expect(held("Islamic State lost dozens of fighters in Raqqa.", "en")).toEqual([]);
  });
});

describe("control: an English active verb's holder stands before it", () => {
  test("'the alliance seized a junction, pushing into the IS stronghold': IS is not the holder; 'Syria Democratic Forces' is the SDF", () => {
    expect(held("The US-backed Kurdish-Arab alliance seized a key road junction last week, pushing further into the Islamic State group stronghold.", "en").map(([s]) => s)).not.toContain("force:isis");
    expect(held("The U.S.-backed Syria Democratic Forces have captured wide areas from the extremists.", "en").map(([s]) => s)).toEqual(["force:sdf"]);
  });
  test("'under the control of the YPG' keeps its holder after the noun", () => {
    expect(held("The blast hit a checkpoint under the control of the YPG.", "en").map(([s]) => s)).toEqual(["force:ypg"]);
  });
});

describe("control: an English capture needs ground as its object", () => {
  test("'a pilot they captured', 'a photo captured from the town of Nusaybin' are no capture; 'seized a key road junction' is", () => {
    expect(held("The army says opposition forces killed a pilot they captured after he ejected.", "en")).toEqual([]);
    expect(held("This photo captured from the town of Nusaybin near the border shows smoke.", "en")).toEqual([]);
    expect(held("The SDF seized a key road junction.", "en").map(([s]) => s)).toEqual(["force:sdf"]);
  });
});

describe("control announced, sieges laid and broken", () => {
  test("a party announcing it liberated a place holds it; announcing the battle to liberate it does not", () => {
    expect(held("أعلنت قوات النظام، الاثنين، تحرير مدينة الميادين من تنظيم داعش.", "ar").map((x) => x.slice(0, 2))).toEqual([["force:regime", "place:mayadin"]]);
    expect(held("أعلنت قوات النظام بدء معركة تحرير مدينة الميادين.", "ar")).toEqual([]);
  });
  test("besiegers, and those who broke a siege, are present at the place; no one holds it for that", () => {
    const present = (text: string, lang: "ar" | "en") => claimsOf("presence", text, lang).map((c) => [c.subject, c.place]);
    expect(present("فرضت قوات النظام حصارا خانقا على مدينة الميادين.", "ar")).toEqual([["force:regime", "place:mayadin"]]);
    expect(present("Syrian troops broke the siege of Albukamal on Tuesday.", "en")).toEqual([["force:regime", "place:albukamal"]]);
    expect(held("Syrian troops broke the siege of Albukamal on Tuesday.", "en")).toEqual([]);
  });
});

describe("control told as territory held, or a bastion named", () => {
  test("'rebel-held territory in X' holds X; 'the only government-held enclave in X' does not; 'a bastion of the group Y' names Y", () => {
    expect(held("Thousands fled rebel-held territory in Idlib province.", "en").map((x) => x.slice(0, 2))).toEqual([["force:opposition", "place:idlib-province"]]);
    expect(held("Foua is the only government-held enclave in Idlib province.", "en").map((x) => x[1])).not.toContain("place:idlib-province");
    expect(held("Airstrikes hit the town of Manbij, a bastion of the extremist group Daesh.", "en").map((x) => x.slice(0, 2))).toEqual([["force:isis", "place:manbij"]]);
  });
});

describe("control of a part: a share, most of it, a foothold", () => {
  /** The control claims with their share: [holder, place, low, high] (null: no share said). */
  const shares = (text: string, lang: "ar" | "en") => claimsOf("control", text, lang).map((c) => [c.subject, c.place, c.value?.unit === "percent" ? c.value.low : "whole", c.value?.unit === "percent" ? c.value.high : "whole"]);
  test("'N percent of', «N في المئة من» is that share, not full control", () => {
    expect(shares("Government forces now hold about 60 percent of Deir Ezzor city.", "en")).toEqual([["force:regime", "place:deir-ez-zor-city", 60, 60]]);
    expect(shares("وتسيطر قوات سوريا الديمقراطية على 80 في المئة من مدينة الرقة .", "ar")).toEqual([["force:sdf", "place:raqqa-city", 80, 80]]);
  });
  test("'most of', «معظم», «الجزء الأكبر من» are a majority; 'parts of', «مناطق من» some part", () => {
    expect(shares("Kurdish forces control most of Hasakah province.", "en")).toEqual([["force:ypg", "place:hasakah-province", 50, 100]]);
    expect(shares("وتسيطر قوات النظام على الجزء الأكبر من مدينة دير الزور .", "ar")).toEqual([["force:regime", "place:deir-ez-zor-city", 50, 100]]);
    expect(shares("وتسيطر قوات النظام على معظم أحياء مدينة دير الزور .", "ar")).toEqual([["force:regime", "place:deir-ez-zor-city", 50, 100]]);
    expect(shares("Government forces seized parts of Deir Ezzor city on Monday.", "en")).toEqual([["force:regime", "place:deir-ez-zor-city", null, null]]);
  });
  test("a whole place stays whole", () => {
    expect(shares("سيطرت قوات النظام على بلدة دير حافر .", "ar")).toEqual([["force:regime", "place:dayr-hafir", "whole", "whole"]]);
  });
  test("entering or storming a place («دخلت», 'stormed') is a foothold in it, not a hold of the whole", () => {
    expect(shares("ودخلت قوات النظام أطراف بلدة السخنة صباح اليوم .", "ar")).toEqual([["force:regime", "place:sukhnah", null, null]]);
    expect(shares("Regime forces stormed the town of Sukhna on Monday.", "en")).toEqual([["force:regime", "place:sukhnah", null, null]]);
  });
  test("«البلدة التي يسيطر عليها X» is the town named before in the sentence", () => {
    expect(shares("قتل خمسة مدنيين في بلدة الجرذي بريف دير الزور في قصف على البلدة التي يسيطر عليها تنظيم داعش .", "ar").map((x) => x.slice(0, 2))).toEqual([["force:isis", "place:jurdhi"]]);
  });
});

describe("control told by a second relative clause, a loss that names its places, a share of one's territory", () => {
  const claims = (text: string, lang: "ar" | "en") => claimsOf("control", text, lang).map((c) => [c.subject, c.place, c.change ?? "holds", c.value?.unit === "percent" ? c.value.low : null, c.date?.start ?? null]);
  test("«…، التي …، والتي سيطرت عليها X في 10 نوفمبر»: the head of the first clause, dated in its own; a denial before it does not govern it", () => {
    expect(claims("ونفت الوزارة أنباء عن هجوم على بلدة السخنة , التي تقع في البادية , والتي سيطرت عليها قوات النظام في 6 آب .", "ar")).toEqual([["force:regime", "place:sukhnah", "holds", null, "2017-08-06"]]);
  });
  test("«خسر X …، بما في ذلك مدينة Y», 'X lost …, including the town of Y': Y lost", () => {
    expect(claims("وخسر تنظيم داعش مناطق واسعة هذا العام , بما في ذلك مدينة تدمر .", "ar").filter((c) => c[1] === "place:palmyra")).toEqual([["force:isis", "place:palmyra", "lost", null, "2017-01-01"]]);
    expect(
      claims("Islamic State lost much ground this year, including the town of Palmyra.", "en")
        .filter((c) => c[1] === "place:palmyra")
        .map((c) => c.slice(0, 3)),
    ).toEqual([["force:isis", "place:palmyra", "lost"]]);
  });
  test("'X has lost N percent of its territory', «فقد X N في المئة من أراضيه»: a share lost, no place", () => {
    expect(claims("Islamic State has lost 60 percent of its territory since January.", "en")).toEqual([["force:isis", null, "lost", 60, null]]);
    expect(claims("وفقد تنظيم داعش 70 في المئة من أراضيه .", "ar")).toEqual([["force:isis", null, "lost", 70, null]]);
  });
  test("'the city' before a preposition refers back ('drove rebels from the city in December')", () => {
    expect(claims("A bomb hit Aleppo on Monday. Regime forces drove rebels from the city in December.", "en").map((c) => c.slice(0, 2))).toEqual([["force:regime", "place:aleppo"]]);
  });
});

describe("areas of a party's control in a place: a part held, as of its sentence", () => {
  const parts = (text: string, lang: "ar" | "en") => claimsOf("control", text, lang).map((c) => [c.subject, c.place, c.value?.unit === "percent" ? "part" : "whole"]);
  test("«المناطق الخاضعة لسيطرة X في Y», 'X-held areas in Y', 'areas under X control in Y', 'areas held by X in Y'", () => {
    expect(parts("وفر مئات المدنيين من المناطق الخاضعة لسيطرة تنظيم داعش في مدينة الميادين .", "ar")).toEqual([["force:isis", "place:mayadin", "part"]]);
    expect(parts("Hundreds of families fled Daesh-held areas in Mayadin.", "en")).toEqual([["force:isis", "place:mayadin", "part"]]);
    expect(parts("Strikes went on over areas under Daesh control in Mayadin.", "en")).toEqual([["force:isis", "place:mayadin", "part"]]);
    expect(parts("Aid cannot reach areas held by Daesh in Mayadin.", "en")).toEqual([["force:isis", "place:mayadin", "part"]]);
  });
  test("'X and two other rebel-held towns': X is one of them, held", () => {
    expect(parts("Buses left Madaya and three other rebel-held towns on Friday.", "en")).toEqual([["force:opposition", "place:medaya", "whole"]]);
  });
  test("«سيطرة قواته على»: 'its forces' name no party to guess", () => {
    expect(parts("وفي تقرير عن تنظيم داعش بعد إعلان رئيس الوزراء سيطرة قواته على مدينة الموصل .", "ar").map(([s]) => s)).not.toContain("force:isis");
  });
  test("a place that names a body («مجلس الرقة المدني») is not held", () => {
    expect(parts("ونزح مئات المدنيين إلى مناطق سيطرة قوات سوريا الديمقراطية بموجب اتفاق مع مجلس الرقة المدني .", "ar").map(([, p]) => p)).not.toContain("place:raqqa-province");
  });
});
