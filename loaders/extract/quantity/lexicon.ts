/** Units and number words, Arabic and English: the nouns a count can name and the words a number is spelled with. */
import { normalizeName } from "../../text/normalize.ts";
import { QUANTITY_DEFAULTS } from "./defaults.ts";

// ---------------------------------------------------------------------------------------------
// Lexicons (raw Arabic, normalised at load)

export const N = (s: string) => normalizeName(s);
export const list = (s: string) => s.trim().split(/\s+/).map(N);

/** Counted nouns, Arabic: singular, accusative, plural and construct forms. */
const AR_UNIT_WORDS: Record<string, string> = {
  fighters:
    "مقاتل مقاتلا مقاتلين مقاتلون مقاتلي مسلح مسلحا مسلحين مسلحون مسلحي عنصر عنصرا عناصر مرتزق مرتزقا مرتزقة مرتزقين " + "إرهابي إرهابيا إرهابيين إرهابيون داعشي داعشيا دواعش جهادي جهاديا جهاديين مجند مجندا مجندين متطوع متطوعا متطوعين",
  soldiers: "جندي جنديا جنود جنودا عسكري عسكريا عسكريين ضابط ضابطا ضباط",
  militias: "ميليشيا ميليشيات مليشيا مليشيات ميلشيا ميلشيات",
  factions: "فصيل فصيلا فصائل",
  groups: "مجموعة مجموعات جماعة جماعات تنظيم تنظيما تنظيمات كتيبة كتائب ألوية",
  sites: "موقع موقعا مواقع مقر مقرا مقرات مقار نقطة نقاط قاعدة قواعد منشأة منشآت مستودع مستودعا مستودعات مخزن مخزنا مخازن حاجز حاجزا حواجز",
  provinces: "محافظة محافظات",
  rockets: "صاروخ صاروخا صواريخ قذيفة قذائف",
  drones: "مسيرة مسيرات",
  aircraft: "طائرة طائرات مقاتلات مروحية مروحيات",
  strikes: "غارة غارات ضربة ضربات",
  attacks: "هجوم هجوما هجمات",
  killed: "قتيل قتيلا قتلى ضحية ضحايا",
  wounded: "جريح جريحا جرحى مصاب مصابا مصابين مصابون",
  civilians: "مدني مدنيا مدنيين مدنيون",
  children: "طفل طفلا أطفال",
  women: "امرأة نساء سيدة سيدات",
  people: "شخص شخصا أشخاص فرد فردا أفراد مواطن مواطنا مواطنين نسمة " + "مسعف مسعفا مسعفين مسعفون طبيب طبيبا أطباء صحفي صحفيا صحفيين صحفيون عمال ناشط ناشطا ناشطين ناشطون",
  targets: "هدف هدفا أهداف",
  vehicles: "آلية آليات سيارة سيارات عربة عربات دبابة دبابات مدرعة مدرعات",
  families: "عائلة عائلات عوائل أسرة أسر",
  detainees: "معتقل معتقلا معتقلين أسير أسيرا أسرى",
  minutes: "دقيقة دقائق",
  hours: "ساعة ساعات",
  days: "يوم يوما أيام",
  weeks: "أسبوع أسبوعا أسابيع",
  months: "شهر شهرا أشهر شهور",
  years: "عام عاما أعوام سنة سنوات سنين",
  dollars: "دولار دولارا دولارات",
  euros: "يورو",
  pounds: "جنيه جنيها جنيهات",
  liras: "ليرة ليرات",
  dinars: "دينار دينارا دنانير",
  riyals: "ريال ريالا ريالات",
  kilometres: "كم كلم كيلومتر كيلومترا كيلومترات",
  metres: "متر مترا أمتار",
  percent: "بالمئة بالمائة",
};

const EN_UNIT_WORDS: Record<string, string> = {
  fighters: "fighter fighters militant militants gunman gunmen jihadist jihadists rebel rebels insurgent insurgents member members mercenaries",
  soldiers: "soldier soldiers troops servicemen officers",
  militias: "militia militias",
  factions: "faction factions",
  groups: "group groups brigades battalions",
  sites: "site sites position positions base bases headquarters depots checkpoints",
  provinces: "province provinces governorate governorates",
  rockets: "rocket rockets missile missiles shell shells mortar mortars",
  drones: "drone drones",
  aircraft: "aircraft jets warplanes planes helicopters",
  strikes: "strike strikes airstrike airstrikes raid raids",
  attacks: "attack attacks",
  killed: "killed dead deaths casualties victims",
  wounded: "wounded injured",
  civilians: "civilian civilians",
  children: "child children kids",
  women: "woman women",
  people: "people persons person individuals residents",
  targets: "target targets",
  vehicles: "vehicle vehicles tanks cars",
  families: "family families",
  detainees: "detainees prisoners",
  minutes: "minute minutes",
  hours: "hour hours",
  days: "day days",
  weeks: "week weeks",
  months: "month months",
  years: "year years",
  dollars: "dollar dollars usd",
  euros: "euro euros",
  pounds: "pound pounds",
  kilometres: "km kilometres kilometers kilometre kilometer",
  miles: "mile miles",
  metres: "metres meters",
  percent: "percent",
};

function unitMap(words: Record<string, string>, norm: (s: string) => string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const [unit, forms] of Object.entries(words)) for (const f of norm(forms)) m.set(f, unit);
  return m;
}
export const AR_UNITS = unitMap(AR_UNIT_WORDS, list);
export const EN_UNITS = unitMap(EN_UNIT_WORDS, (s) => s.split(/\s+/));

/** Multi-word units, checked before single words. */
export const MULTI_UNITS: Array<[string[], string]> = [
  ...(
    [
      ["طائرة مسيرة", "drones"],
      ["طائرات مسيرة", "drones"],
      ["طائرة بدون طيار", "drones"],
      ["طائرات بدون طيار", "drones"],
      ["طائرة من دون طيار", "drones"],
      ["طائرات من دون طيار", "drones"],
      ["في المئة", "percent"],
      ["في المائة", "percent"],
      ["في المية", "percent"],
    ] as const
  ).map(([p, u]): [string[], string] => [list(p), u]),
  [["per", "cent"], "percent"],
  [["air", "strikes"], "strikes"],
  [["air", "raids"], "strikes"],
];

/** Singular nouns whose indefinite dual (`صاروخين`, `قتيلان`) counts two. Nouns with a sound plural in ين are left out: `مقاتلين` is a plural. */
const AR_DUAL_STEMS: Record<string, string> = {
  fighters: "عنصر مرتزق",
  soldiers: "جندي ضابط",
  factions: "فصيل",
  groups: "مجموعة جماعة",
  sites: "موقع مقر نقطة قاعدة مستودع",
  provinces: "محافظة",
  rockets: "صاروخ قذيفة",
  drones: "مسيرة",
  aircraft: "طائرة مروحية",
  strikes: "غارة ضربة",
  attacks: "هجوم",
  killed: "قتيل",
  wounded: "جريح",
  children: "طفل",
  women: "امرأة",
  people: "شخص",
  targets: "هدف",
  vehicles: "آلية سيارة عربة دبابة",
  families: "عائلة أسرة",
  detainees: "أسير",
  minutes: "دقيقة",
  hours: "ساعة",
  days: "يوم",
  weeks: "أسبوع",
  months: "شهر",
  years: "عام سنة",
};
export const AR_DUALS = new Map<string, string>();
for (const [unit, stems] of Object.entries(AR_DUAL_STEMS))
  for (const s of list(stems)) {
    const stem = s.endsWith("ه") ? s.slice(0, -1) + "ت" : s;
    AR_DUALS.set(stem + "ين", unit);
    AR_DUALS.set(stem + "ان", unit);
  }

export type NumKind = "unit" | "head" | "ten10" | "ten" | "hundred" | "compound" | "scale" | "vscale" | "vague" | "half" | "dozen";
export interface NumWord {
  v: number;
  k: NumKind;
  /** Ambiguous on its own (`ست`, `خمس`, `one`): counts only before a noun; `"unit"`: only before a known unit (`ألف`). */
  short?: boolean | "unit";
  /** For `compound`: the magnitude class (100 for ثلاثمئة, 1000 for ألفين). */
  mag?: number;
  /** For `vague` and `vscale`: the interval when the word stands alone. */
  lo?: number;
  hi?: number;
  /** Counts only with a scale after it: `tens of thousands`. */
  needsScale?: boolean;
}

export const V = QUANTITY_DEFAULTS.vague;
export const AR_NUMS = new Map<string, NumWord>();
const arNum = (forms: string, w: NumWord) => list(forms).forEach((f) => AR_NUMS.set(f, w));
arNum("اثنان اثنين اثنتين اثنتان", { v: 2, k: "unit" });
for (const [short, long, v] of [
  ["ثلاث", "ثلاثة", 3],
  ["أربع", "أربعة", 4],
  ["خمس", "خمسة", 5],
  ["ست", "ستة", 6],
  ["سبع", "سبعة", 7],
  ["ثمان ثماني", "ثمانية", 8],
  ["تسع", "تسعة", 9],
] as const) {
  arNum(short, { v, k: "unit", short: true });
  arNum(long, { v, k: "unit" });
}
arNum("عشر", { v: 10, k: "ten10", short: true });
arNum("عشرة", { v: 10, k: "ten10" });
arNum("أحد إحدى", { v: 1, k: "head" });
arNum("اثنا اثني اثنتا اثنتي", { v: 2, k: "head" });
for (const [forms, v] of [
  ["عشرون عشرين", 20],
  ["ثلاثون ثلاثين", 30],
  ["أربعون أربعين", 40],
  ["خمسون خمسين", 50],
  ["ستون ستين", 60],
  ["سبعون سبعين", 70],
  ["ثمانون ثمانين", 80],
  ["تسعون تسعين", 90],
] as const)
  arNum(forms, { v, k: "ten" });
arNum("مئة مائة", { v: 100, k: "hundred" });
arNum("مئتان مئتين مئتي مئتا مائتان مائتين مائتي مائتا", { v: 200, k: "compound", mag: 100 });
for (const [stems, v] of [
  ["ثلاث ثلث", 3],
  ["أربع", 4],
  ["خمس", 5],
  ["ست", 6],
  ["سبع", 7],
  ["ثمان ثماني", 8],
  ["تسع", 9],
] as const)
  for (const s of stems.split(" ")) arNum(`${s}مئة ${s}مائة`, { v: v * 100, k: "compound", mag: 100 });
arNum("ألفان ألفين ألفي", { v: 2000, k: "compound", mag: 1000 });
arNum("مليونان مليونين", { v: 2e6, k: "compound", mag: 1e6 });
arNum("ألف", { v: 1000, k: "scale", short: "unit" });
arNum("ألفا", { v: 1000, k: "scale" });
arNum("مليون مليونا", { v: 1e6, k: "scale" });
arNum("مليار مليارا", { v: 1e9, k: "scale" });
arNum("آلاف الآلاف", { v: 1000, k: "vscale", lo: V.thousands[0], hi: V.thousands[1] });
arNum("ملايين الملايين", { v: 1e6, k: "vscale", lo: V.millions[0], hi: V.millions[1] });
arNum("مليارات", { v: 1e9, k: "vscale", lo: V.billions[0], hi: V.billions[1] });
arNum("عشرات العشرات", { v: 0, k: "vague", lo: V.tens[0], hi: V.tens[1] });
arNum("مئات المئات", { v: 0, k: "vague", lo: V.hundreds[0], hi: V.hundreds[1] });
arNum("بضع بضعة", { v: 0, k: "vague", lo: V.few[0], hi: V.few[1] });
arNum("عدة", { v: 0, k: "vague", lo: V.several[0], hi: V.several[1], short: true });
arNum("نصف", { v: 0.5, k: "half" });
arNum("ربع", { v: 0.25, k: "half" });

export const EN_NUMS = new Map<string, NumWord>();
"one two three four five six seven eight nine".split(" ").forEach((w, i) => EN_NUMS.set(w, { v: i + 1, k: "unit", short: i === 0 }));
"ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ").forEach((w, i) => EN_NUMS.set(w, { v: i + 10, k: "ten10" }));
"twenty thirty forty fifty sixty seventy eighty ninety".split(" ").forEach((w, i) => EN_NUMS.set(w, { v: (i + 2) * 10, k: "ten" }));
EN_NUMS.set("hundred", { v: 100, k: "hundred" });
EN_NUMS.set("thousand", { v: 1000, k: "scale" });
EN_NUMS.set("million", { v: 1e6, k: "scale" });
EN_NUMS.set("billion", { v: 1e9, k: "scale" });
EN_NUMS.set("dozen", { v: 12, k: "dozen" });
EN_NUMS.set("thousands", { v: 1000, k: "vscale", lo: V.thousands[0], hi: V.thousands[1] });
EN_NUMS.set("millions", { v: 1e6, k: "vscale", lo: V.millions[0], hi: V.millions[1] });
EN_NUMS.set("hundreds", { v: 0, k: "vague", lo: V.hundreds[0], hi: V.hundreds[1] });
EN_NUMS.set("dozens", { v: 0, k: "vague", lo: V.dozens[0], hi: V.dozens[1] });
EN_NUMS.set("tens", { v: 0, k: "vague", lo: V.tens[0], hi: V.tens[1], needsScale: true });
EN_NUMS.set("scores", { v: 0, k: "vague", lo: V.scores[0], hi: V.scores[1] });
EN_NUMS.set("several", { v: 0, k: "vague", lo: V.several[0], hi: V.several[1] });
/** Only after `a`/`an`. */
export const EN_AFTER_A = new Map<string, NumWord>([
  ["few", { v: 0, k: "vague", lo: V.few[0], hi: V.few[1] }],
  ["couple", { v: 2, k: "unit" }],
]);

/** Scale words right after digits: `15 ألف`, `1.5 million`. */
/** Scale words in the plural («آلاف», «ملايين»), which Arabic uses after 3 to 10 only. */
export const PLURAL_SCALES = new Set(list("آلاف ملايين مليارات"));
export const SCALES = new Map<string, number>([...list("ألف ألفا آلاف الآلاف مليون مليونا ملايين الملايين مليار مليارا مليارات").map((w): [string, number] => [w, AR_NUMS.get(w)!.v]), ["thousand", 1000], ["million", 1e6], ["billion", 1e9]]);
