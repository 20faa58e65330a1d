import { describe, expect, test } from "vitest";
import { analyzeArticle } from "../loaders/extract/article.ts";
import { article, matcher } from "./examples.ts";

/** The leadership claims of a sentence, as [subject, object]. */
const leads = (text: string) =>
  analyzeArticle(article(text, /[\u0600-\u06ff]/.test(text) ? "ar" : "en"), matcher)
    .claims.filter((c) => c.kind === "leadership")
    .map((c) => [c.subject, c.object]);

describe("leadership: who leads what (loaders/extract/rules/leadership.ts)", () => {
  test("a feminine title («الزعيمة», «القيادية») reads as the masculine one", () => {
    expect(leads("وقالت إلهام أحمد الزعيمة السياسية في قوات سوريا الديمقراطية إن الحوار مستمر.")).toEqual([["person:ilham-ahmed", "force:sdf"]]);
    expect(leads("وقالت القيادية في حملة تحرير الريف روجدا فلات إن القوات باقية.")).toEqual([["person:rojda-felat", "force:sdf"]]);
  });
  test("the head of a body's office leads for that body; a spokesman leads nothing", () => {
    expect(leads('وقال مدير المكتب الإعلامي ل - " قوات سوريا الديمقراطية " مصطفى بالي إن الهجوم بدأ.')).toEqual([["person:mustafa-bali", "force:sdf"]]);
    expect(leads("وقال المتحدث باسم قوات سوريا الديمقراطية طلال سلو إن الهجوم بدأ.")).toEqual([]);
  });
  test("a deputy leads nothing, in a construction or in the trigger window", () => {
    expect(leads("وقال نائب الأمين العام لحزب الله نعيم قاسم إن الحزب باق.")).toEqual([]);
    expect(leads("وزار نائب قائد فيلق القدس إسماعيل قاآني مدينة البوكمال.")).toEqual([]);
    expect(leads("Naim Qassem, the deputy leader of Hezbollah, said the group would stay.")).toEqual([]);
    expect(leads("Vice President Mike Pence visited the troops.")).toEqual([]);
  });
  test("a killed commander: the title still says whom he led", () => {
    expect(leads("وأعلنت الجماعة مقتل القيادي في حزب الله مصطفى بدر الدين قرب دمشق.")).toEqual([["person:mustafa-badreddine", "militia:hezbollah-lebanon"]]);
    expect(leads("ISIS's top commander Abu Omar al-Shishani was killed.")).toEqual([["person:abu-omar-al-shishani", "force:isis"]]);
  });
  test("a country inside another name is not what the title leads", () => {
    // (the body is al-Qaeda in Iraq, a name of its own: not Iraq, nor al-Qaeda itself)
    expect(leads("أعلن زعيم تنظيم القاعدة في العراق أبو بكر البغدادي اندماج تنظيمه.")).toEqual([["person:abu-bakr-al-baghdadi", "force:aqi"]]);
    expect(leads("وقالت إلهام أحمد الرئيسة المشتركة لمجلس سوريا الديمقراطية إن الحوار مستمر.")).toEqual([]);
    expect(leads("President of Syria Bashar al-Assad met the envoy.")).toEqual([["person:bashar-al-assad", "country:syria"]]);
  });
  test("a body and a title apart, or a second phrase after the name, make no claim on that body", () => {
    expect(leads("Iran is President Bashar Assads strongest regional ally.")).toEqual([["person:bashar-al-assad", "force:regime"]]);
    expect(leads("Speaking to AFP Observatory director Rami Abdel Rahman said nine were civilians.")).toEqual([["person:rami-abdulrahman", "org:sohr"]]);
    expect(leads("A letter went to Rami Abdel Rahman and the head of the Syrian Network for Human Rights.")).toEqual([]);
  });
  test("a rank between the title or verb and the name; taking command; one of a body's commanders", () => {
    expect(leads("سيطرت قوات النمر بقيادة العميد سهيل الحسن على البلدة.")).toEqual([["person:suhail-al-hassan", "force:tiger-forces"]]);
    expect(leads("ويقود اللواء قاسم سليماني فيلق القدس في سوريا.")).toEqual([["person:qasem-soleimani", "force:quds-force"]]);
    expect(leads("The Tiger Forces, led by Brigadier General Suhail al-Hassan, advanced.")).toEqual([["person:suhail-al-hassan", "force:tiger-forces"]]);
    expect(leads("CENTCOM commander Gen. Joseph Votel said the campaign continues.")).toEqual([["person:joseph-votel", "org:centcom"]]);
    expect(leads("وكان إسماعيل قاآني قد تولى قيادة فيلق القدس بعد مقتل سلفه.")).toEqual([["person:esmail-qaani", "force:quds-force"]]);
    expect(leads("وقتل مصطفى بدر الدين أحد قادة حزب الله في انفجار.")).toEqual([["person:mustafa-badreddine", "militia:hezbollah-lebanon"]]);
  });
  test("a relative clause after the name and its comma: 'X, who heads Y', «X، الذي يقود Y»", () => {
    expect(leads("Iranian general Qassem Soleimani, who heads the Quds Force, visited.")).toEqual([["person:qasem-soleimani", "force:quds-force"]]);
    expect(leads("وقال قاسم سليماني، الذي يقود فيلق القدس، إن المعركة انتهت.")).toEqual([["person:qasem-soleimani", "force:quds-force"]]);
  });
  test("the head of a delegation of a body does not lead it; a title between two names belongs to the second", () => {
    expect(leads("أعلن رئيس وفد الحكومة السورية بشار الجعفري أن الوفد سيغادر.")).toEqual([]);
    expect(leads("واستقبل رئيس البرلمان الإيراني علي لاريجاني أحد قادة الحشد الشعبي أكرم الكعبي.")).toEqual([["person:akram-al-kaabi", "force:pmf"]]);
    expect(leads("استضاف الرئيس السوري السابق حافظ الأسد زعيم حزب العمال الكردستاني عبد الله أوجلان.")).toEqual(expect.arrayContaining([["person:abdullah-ocalan", "militia:pkk"]]));
    expect(leads("استضاف الرئيس السوري السابق حافظ الأسد زعيم حزب العمال الكردستاني عبد الله أوجلان.")).not.toContainEqual(["person:hafez-al-assad", "militia:pkk"]);
  });
  test("a commander in a force or campaign the gazetteer does not know, not in a party or movement", () => {
    expect(leads('هاجم القيادي في ميليشيا الحشد الشيعي " أبو عزرائيل " الحكومة.')).toEqual([["person:abu-azrael", "militia:imam-ali"]]);
    expect(leads("وقال القيادي في التيار المدني صالح مسلم إن الحوار مستمر.")).toEqual([]);
  });
  test("a unit named before the body it belongs to is what the title leads", () => {
    expect(leads("وأشرف على العملية قائد فيلق القدس في قوات الحرس الثوري الإيراني قاسم سليماني.")).toEqual([["person:qasem-soleimani", "force:quds-force"]]);
    expect(leads("وقال قائد الحرس الثوري محمد علي جعفري إن المعركة انتهت.")).toEqual([["person:mohammad-ali-jafari", "force:irgc"]]);
    expect(leads("The YPG-dominated Syrian Democratic Forces took the dam.")).toEqual([["force:ypg", "force:sdf"]]);
  });
  test("a described body: the person leads what they belong to, unless it is a delegation, a council or an office", () => {
    expect(leads("The head of the Britain-based monitoring group, Rami Abdel Rahman, said 20 died.")).toEqual([["person:rami-abdulrahman", "org:sohr"]]);
    expect(leads("The head of the opposition delegation Mohammed Alloush arrived.")).toEqual([]);
  });
  test("the head of a force the gazetteer does not know, named by its kind, leads what the person belongs to", () => {
    expect(leads("أعلن القائد العام لجيش السهل جميل الصالح رفض الخطة.")).toEqual([["person:jamil-al-saleh", "force:fsa"]]);
    expect(leads("واجتمع قائد لواء الوادي مصطفى سيجري بالوفد.")).toEqual([["person:mustafa-sejari", "force:fsa"]]);
    expect(leads('وقال القائد العام لـ " جيش السهل " الرائد جميل الصالح , إن رجاله جاهزون .')).toEqual([["person:jamil-al-saleh", "force:fsa"]]);
    expect(leads("وقال قائد الشرطة الاتحادية الفريق رائد شاكر جودت إن رجاله عبروا النهر.")).toEqual([["person:raed-shaker-jawdat", "force:iraqi-forces"]]);
    expect(leads("وتفقد جواد غفاري قائد القوات الخاصة في المنطقة خطوط التماس.")).toEqual([["person:javad-ghaffari", "force:irgc"]]);
    // (a force the gazetteer knows, «القوات الإيرانية», is the one led)
    expect(leads("وتفقد جواد غفاري قائد القوات الإيرانية في المنطقة خطوط التماس.")).toEqual([["person:javad-ghaffari", "force:iran"]]);
    // (the title is the next name's)
    expect(leads("والتقى بشار الأسد قائد القوات الروسية سيرغي سوروفيكين في القاعدة.")).toEqual([["person:sergei-surovikin", "force:russia"]]);
  });
  test("a name the text gives, then the by-name the gazetteer knows («الملقب بأبي …», genitive أبي)", () => {
    expect(leads("وقاد الهجوم القيادي في داعش رجل عراقي الملقب بأبي لقمان.")).toEqual([["person:abu-luqman", "force:isis"]]);
    expect(leads("وقال قائد مجموعة النهر المدعو أبو حاتم شقرا إن رجاله تقدموا.")).toEqual([["person:abu-hatem-shaqra", "force:euphrates-shield"]]);
    expect(leads("وقال رئيس البلدية المعروف بأبي علي العسكري إن المياه مقطوعة.")).toEqual([]);
  });
  test("a country's force named right after it is what the title leads; a parliament is not its country", () => {
    expect(leads("Qassem Soleimani, the commander of Iran's Quds Force, toured the front.")).toEqual([["person:qasem-soleimani", "force:quds-force"]]);
    expect(leads("Abu Bakr al-Baghdadi, the self-proclaimed caliph of the Islamic State, spoke.")).toEqual([["person:abu-bakr-al-baghdadi", "force:isis"]]);
    expect(leads("Ali Larijani, the head of Iran's parliament, arrived.").filter(([, o]) => o === "country:iran")).toEqual([]);
  });
  test("«تحت قيادة», «تحت إمرة», «بزعامة», «التي يرأسها»; an ISIS governor («والي»)", () => {
    expect(leads("وتقدمت قوات النمر تحت قيادة سهيل الحسن نحو السهل.")).toEqual([["person:suhail-al-hassan", "force:tiger-forces"]]);
    expect(leads("وقاتل لواء فاطميون تحت إمرة علي رضا توسلي قرب المطار.")).toEqual([["person:alireza-tavassoli", "militia:fatemiyoun"]]);
    expect(leads("ووصلت ميليشيا النجباء بزعامة أكرم الكعبي إلى الريف.")).toEqual([["person:akram-al-kaabi", "militia:nujaba"]]);
    expect(leads("وتمركزت عصائب أهل الحق التي يرأسها قيس الخزعلي قرب الحدود.")).toEqual([["person:qais-al-khazali", "militia:asaib-ahl-al-haq"]]);
    expect(leads("وهرب والي الرقة أبو لقمان من المدينة.")).toEqual([["person:abu-luqman", "force:isis"]]);
  });
  test("one of its commanders («أحد قادته»): the person leads what they belong to", () => {
    expect(leads("ونعى الحزب أحد قادته الميدانيين إبراهيم عقيل.")).toEqual([["person:ibrahim-aqil", "militia:hezbollah-lebanon"]]);
    expect(leads("وخسرت الهيئة أحد أبرز قادتها أبو عمر سراقب.")).toEqual([["person:abu-omar-saraqib", "force:hts"]]);
  });
  test("another role or a clause between the body and the name: the name is not the title's", () => {
    expect(leads("التقى قائد لواء القدس وزير الدفاع فهد جاسم الفريج.")).toEqual([]);
    expect(leads("وقال قائد جيش الاحتلال إن بنيامين نتنياهو وافق على الخطة.")).toEqual([]);
  });
});

describe("leadership in the trigger window", () => {
  test("near a commander word, a country is mostly someone else's: no one leads a country from the window", () => {
    expect(leads("ودان قادة إيران قرار ترمب نقل السفارة.")).toEqual([]);
    expect(leads("وكان قائد القيادة المركزية جوزيف فوتيل قد صنف إيران بين أكبر التهديدات.").filter(([, o]) => o?.startsWith("country:"))).toEqual([]);
  });
});
