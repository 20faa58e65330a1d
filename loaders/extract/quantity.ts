/**
 * Quantities in normalised article text (Arabic and English), read as intervals: `نحو 15 ألف مقاتل`
 * is about 15,000 fighters, [13500, 16500]; `أكثر من 150 مسلحا` is (150, ∞); `عشرات` is [10, 99].
 *
 * The input is `normalize(raw).text` (loaders/text/normalize.ts): every pattern below is written in
 * raw Arabic and normalised at load, so `ثمانية` here matches `ثمانيه` in the text.
 */
import { normalizeName } from "../text/normalize.ts";

/**
 * How the number relates to the count: `exact` (n), `about` (n ± tolerance), open bounds, a `range`, or a `vague` count word.
 *
 * @example
 * findQuantities("ما لا يقل عن 5 عناصر")[0].qualifier; // "at_least" (low 5, high null)
 */
export type Qualifier = "exact" | "about" | "more_than" | "at_least" | "less_than" | "at_most" | "vague" | "range";

/**
 * One quantity found in normalised text. Offsets are into that text; map them back to the raw
 * article with `normalize(raw).raw(start, end)`.
 *
 * @example
 * findQuantities("وجود نحو 15 الف مقاتل")[0];
 * // { start: 5, end: 21, numStart: 9, numEnd: 15, low: 13500, high: 16500, qualifier: "about",
 * //   unit: "fighters", unitStart: 16, unitEnd: 21, text: "نحو 15 الف مقاتل" }
 */
export interface Quantity {
  /** Start of the whole expression: qualifier + number + scale word + unit noun. */
  start: number;
  /** End of the whole expression. */
  end: number;
  /** Start of the number expression itself (digits or number words, with their scale word). */
  numStart: number;
  /** End of the number expression itself. */
  numEnd: number;
  /** Lower bound; `null` is open. */
  low: number | null;
  /** Upper bound; `null` is open. */
  high: number | null;
  qualifier: Qualifier;
  /** Canonical unit (`fighters`, `rockets`, `sites`, `days`, `percent`, …) or `null` when no known noun is counted. */
  unit: string | null;
  unitStart: number | null;
  unitEnd: number | null;
  /** `text.slice(start, end)`. */
  text: string;
}

/**
 * Every tunable of the reader.
 *
 * @example
 * QUANTITY_DEFAULTS.aboutTolerance; // 0.1: "about 100" is [90, 110]
 */
export const QUANTITY_DEFAULTS = {
  /** `about n` reads as [n × (1 − t), n × (1 + t)]. */
  aboutTolerance: 0.1,
  /** Vague count words as [low, high]. */
  vague: {
    tens: [10, 99],
    hundreds: [100, 999],
    thousands: [1_000, 9_999],
    millions: [1_000_000, 9_999_999],
    billions: [1_000_000_000, 9_999_999_999],
    few: [3, 9],
    several: [3, 10],
    dozens: [24, 99],
    scores: [40, 99],
  },
  /** A bare 4-digit number in this range with no unit is a year, not a count. */
  yearRange: [1900, 2100],
  /** Hijri years, skipped when marked as years (`1439 هـ`, `عام 1439`). */
  hijriYearRange: [1300, 1500],
  /** A digit run at least this long (or one of 3+ digits led by 0) is a phone number or an id. */
  phoneDigits: 9,
  /** English words skipped between a number and its noun (`15,000 iranian troops`). */
  maxAdjectives: 2,
} as const;

/**
 * Units that are durations; callers counting people or things usually ignore them.
 *
 * @example
 * DURATION_UNITS.has("days"); // true
 */
export const DURATION_UNITS: ReadonlySet<string> = new Set(["minutes", "hours", "days", "weeks", "months", "years"]);

// ---------------------------------------------------------------------------------------------
// Lexicons (raw Arabic, normalised at load)

const N = (s: string) => normalizeName(s);
const list = (s: string) => s.trim().split(/\s+/).map(N);

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
  people: "شخص شخصا أشخاص فرد فردا أفراد مواطن مواطنا مواطنين نسمة",
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
const AR_UNITS = unitMap(AR_UNIT_WORDS, list);
const EN_UNITS = unitMap(EN_UNIT_WORDS, (s) => s.split(/\s+/));

/** Multi-word units, checked before single words. */
const MULTI_UNITS: Array<[string[], string]> = [
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
const AR_DUALS = new Map<string, string>();
for (const [unit, stems] of Object.entries(AR_DUAL_STEMS))
  for (const s of list(stems)) {
    const stem = s.endsWith("ه") ? s.slice(0, -1) + "ت" : s;
    AR_DUALS.set(stem + "ين", unit);
    AR_DUALS.set(stem + "ان", unit);
  }

type NumKind = "unit" | "head" | "ten10" | "ten" | "hundred" | "compound" | "scale" | "vscale" | "vague" | "half" | "dozen";
interface NumWord {
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

const V = QUANTITY_DEFAULTS.vague;
const AR_NUMS = new Map<string, NumWord>();
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
arNum("مئتان مئتين مئتي مائتان مائتين مائتي", { v: 200, k: "compound", mag: 100 });
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

const EN_NUMS = new Map<string, NumWord>();
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
const EN_AFTER_A = new Map<string, NumWord>([
  ["few", { v: 0, k: "vague", lo: V.few[0], hi: V.few[1] }],
  ["couple", { v: 2, k: "unit" }],
]);

/** Scale words right after digits: `15 ألف`, `1.5 million`. */
/** Scale words in the plural («آلاف», «ملايين»), which Arabic uses after 3 to 10 only. */
const PLURAL_SCALES = new Set(list("آلاف ملايين مليارات"));
const SCALES = new Map<string, number>([...list("ألف ألفا آلاف الآلاف مليون مليونا ملايين الملايين مليار مليارا مليارات").map((w): [string, number] => [w, AR_NUMS.get(w)!.v]), ["thousand", 1000], ["million", 1e6], ["billion", 1e9]]);

/** Qualifier phrases as word lists: the Arabic ones normalised as the text is, the English ones as written. */
const phrases = (arabic: Array<[string, Qualifier]>, english: Array<[string, Qualifier]>): Array<[string[], Qualifier]> => [
  ...arabic.map(([p, q]): [string[], Qualifier] => [list(p), q]),
  ...english.map(([p, q]): [string[], Qualifier] => [p.split(" "), q]),
];

/** Qualifiers before the number, longest first; the first word may carry a clitic (`بنحو`, `لأكثر من`). */
const PRE: Array<[string[], Qualifier]> = phrases(
  [
    ["ما لا يقل عن", "at_least"],
    ["لا يقل عن", "at_least"],
    ["لا تقل عن", "at_least"],
    ["على الأقل", "at_least"],
    ["ما لا يزيد عن", "at_most"],
    ["ما لا يزيد على", "at_most"],
    ["لا يزيد عن", "at_most"],
    ["لا يزيد على", "at_most"],
    ["لا تزيد عن", "at_most"],
    ["لا تزيد على", "at_most"],
    ["لا يتجاوز", "at_most"],
    ["لا تتجاوز", "at_most"],
    ["ما يصل إلى", "at_most"],
    ["يصل إلى", "at_most"],
    ["تصل إلى", "at_most"],
    ["حتى", "at_most"],
    ["ما يزيد عن", "more_than"],
    ["ما يزيد على", "more_than"],
    ["يزيد عن", "more_than"],
    ["يزيد على", "more_than"],
    ["تزيد عن", "more_than"],
    ["تزيد على", "more_than"],
    ["ما يربو على", "more_than"],
    ["يربو على", "more_than"],
    ["أكثر من", "more_than"],
    ["أزيد من", "more_than"],
    ["ما يتجاوز", "more_than"],
    ["يتجاوز", "more_than"],
    ["تتجاوز", "more_than"],
    ["تجاوز", "more_than"],
    ["تجاوزت", "more_than"],
    ["ما يفوق", "more_than"],
    ["يفوق", "more_than"],
    ["تفوق", "more_than"],
    ["فوق", "more_than"],
    ["أقل من", "less_than"],
    ["ما دون", "less_than"],
    ["دون", "less_than"],
    ["ما يقل عن", "less_than"],
    ["يقل عن", "less_than"],
    ["تقل عن", "less_than"],
    ["ما يقرب من", "about"],
    ["يقرب من", "about"],
    ["ما يقارب", "about"],
    ["يقارب", "about"],
    ["تقارب", "about"],
    ["ما يناهز", "about"],
    ["يناهز", "about"],
    ["في حدود", "about"],
    ["نحو", "about"],
    ["حوالي", "about"],
    ["قرابة", "about"],
    ["زهاء", "about"],
    ["تقريبا", "about"],
  ],
  [
    ["at least", "at_least"],
    ["no fewer than", "at_least"],
    ["no less than", "at_least"],
    ["not less than", "at_least"],
    ["a minimum of", "at_least"],
    ["no more than", "at_most"],
    ["not more than", "at_most"],
    ["a maximum of", "at_most"],
    ["up to", "at_most"],
    ["as many as", "at_most"],
    ["more than", "more_than"],
    ["upwards of", "more_than"],
    ["in excess of", "more_than"],
    ["over", "more_than"],
    ["fewer than", "less_than"],
    ["less than", "less_than"],
    ["under", "less_than"],
    ["close to", "about"],
    ["an estimated", "about"],
    ["estimated", "about"],
    ["about", "about"],
    ["around", "about"],
    ["nearly", "about"],
    ["almost", "about"],
    ["some", "about"],
    ["approximately", "about"],
    ["roughly", "about"],
  ],
).sort((a, b) => b[0].length - a[0].length);

/** Qualifiers after the number or its noun: `5 عناصر على الأقل`, `50 عاما تقريبا`, `100 or more`. */
const POST: Array<[string[], Qualifier]> = phrases(
  [
    ["على الأقل", "at_least"],
    ["أو أكثر", "at_least"],
    ["أو يزيد", "at_least"],
    ["فأكثر", "at_least"],
    ["فما فوق", "at_least"],
    ["ونيف", "more_than"],
    ["ونيفا", "more_than"],
    ["و نيف", "more_than"],
    ["تقريبا", "about"],
  ],
  [
    ["at least", "at_least"],
    ["or more", "at_least"],
    ["or so", "about"],
  ],
);

/** Verbs of `يزيد عددها على 50`, `ويتجاوز عدد مسلحيها 100 ألف`, `بلغ عدد القتلى 30`. */
const COUNT_VERBS = new Map<string, Qualifier>([
  ...list("يزيد تزيد زاد زادت يتجاوز تتجاوز تجاوز تجاوزت يفوق تفوق فاق فاقت يربو").map((w): [string, Qualifier] => [w, "more_than"]),
  ...list("يبلغ تبلغ بلغ بلغت وصل وصلت ارتفع ارتفعت يرتفع").map((w): [string, Qualifier] => [w, "exact"]),
  ...list("يصل تصل").map((w): [string, Qualifier] => [w, "at_most"]),
  ...list("يقدر تقدر قدر قدرت").map((w): [string, Qualifier] => [w, "about"]),
  ...list("يقل تقل").map((w): [string, Qualifier] => [w, "less_than"]),
]);
/** `لا` before a count verb. */
const NEGATED: Partial<Record<Qualifier, Qualifier>> = { less_than: "at_least", more_than: "at_most" };
const COUNT_NOUN = N("عدد");
const COUNT_NOUN_SUFFIXED = new Set(list("عددها عددهم عدده عددهن عددهما"));
const COUNT_PREPS = new Set([...list("على عن إلى ب"), "ل"]);
const PRONOUN_SUFFIXES = list("هما هم هن ها ه نا كم");

const CLITICS = list("وب ول وك فب فل فك و ف ب ل ك");
/** Short Arabic words that may stand before a number; any other 1–2 letter word before digits is part of a name (`اس 400`). */
const SHORT_WORDS = new Set(list("و ف ب ل ك في من عن إن أن أو ما لا لم لن قد هو هي أي يا مع كل ذا ضد شن تل"));
const AR_STOP = new Set(
  list(
    "من في على إلى عن أو أم ثم ما لا لم لن قد إن أن أنه إذ إذا هذا هذه ذلك تلك هو هي هم هن كان كانت يكون بين حتى منذ مع عند " +
      "بعد قبل خلال ضد حول عبر دون بل لكن كما أي كل بعض غير سوى نحو لدى له لها لهم فيها فيه عليها عليه منها منه عنها عنه و",
  ),
);
/** Words that start with ال but are particles, not definite nouns. */
const AL_PARTICLES = new Set(list("إلى إلا التي الذي الذين الآن اللذان اللتان اللذين اللتين اللواتي اللاتي"));

const MONTHS = new Set([
  ...list("كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين يناير فبراير مارس أبريل إبريل أفريل مايو ماي يونيو يونيه جوان " + "يوليو يوليه جويلية أغسطس أوت سبتمبر أكتوبر نوفمبر ديسمبر محرم صفر ربيع جمادى رجب شعبان رمضان شوال ذو ذي"),
  ..."january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
]);
const YEAR_WORDS = new Map([...list("عام العام سنة السنة لعام للعام"), "year"].map((w) => [w, true]));
const ERA_WORDS = new Set([...list("م هـ ه ميلادي ميلادية هجري هجرية للميلاد للهجرة"), "ad", "bc", "ah"]);
const CLOCK_WORDS = new Set([...list("صباحا مساء مساءا فجرا ظهرا عصرا ليلا"), "am", "pm", "gmt", "utc"]);
const CLOCK_BEFORE = new Set(list("الساعة"));
const LIST_JOINERS = new Set(["و", ",", "/", "and", "-"]);
const ID_WORDS = new Set([...list("رقم قرار برقم سوخوي ميغ جنيف أستانا فرانس"), "no", "number", "resolution", "route", "article", "page", "vol", "section", "chapter", "flight"]);
const EN_ADJ = new Set("more other armed foreign government regime rebel opposition pro backed led allied additional new security militia islamic state shiite sunni local isis army police elite special extra".split(" "));
/** Second halves of compound adjectives ("rebel-held", "militant-controlled"). */
const COMPOUND_TAIL = new Set(["held", "controlled", "run", "backed", "led", "allied", "linked", "affiliated", "dominated", "besieged", "occupied"]);
const EN_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "those", "these"]);
const SINGULAR_TIME_AR = new Map(list("يوم أسبوع شهر عام سنة ساعة").map((w) => [w, AR_UNITS.get(w)!]));
/** `ارتفع من 10 إلى 20` is a change, not a range. */
const CHANGE_VERBS = new Map(list("ارتفع ارتفعت يرتفع ترتفع انخفض انخفضت ينخفض تراجع تراجعت زاد زادت").map((w) => [w, true]));
const EN_PLURAL_SCALES = new Map([
  ["thousands", 1000],
  ["millions", 1e6],
]);

// ---------------------------------------------------------------------------------------------
// Tokens

const NUM = 0;
const AR = 1;
const EN = 2;
const PUNCT = 3;
interface Tok {
  s: number;
  e: number;
  t: string;
  k: number;
}
const TOKEN = /[0-9]+|[\u0621-\u064a\u0671-\u06d3]+|[a-zA-Z]+|\n|\S/g;

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const c = m[0].charCodeAt(0);
    const k = c >= 48 && c <= 57 ? NUM : c >= 0x0621 && c <= 0x06d3 ? AR : (c | 32) >= 97 && (c | 32) <= 122 ? EN : PUNCT;
    out.push({ s: m.index, e: m.index + m[0].length, t: k === EN ? m[0].toLowerCase() : m[0], k });
  }
  return out;
}

/** A word's entry in `map`, bare or under one clitic prefix; `[entry, prefixLength]`. */
function withClitic<T>(t: string, map: Map<string, T>): [T, number] | undefined {
  const pre = EXPANDED.get(map as Map<string, unknown>);
  if (pre) return pre.get(t) as [T, number] | undefined;
  const bare = map.get(t);
  if (bare !== undefined) return [bare, 0];
  for (const p of CLITICS) {
    if (t.length > p.length + 1 && t.startsWith(p)) {
      const v = map.get(t.slice(p.length));
      if (v !== undefined) return [v, p.length];
    }
  }
  return undefined;
}

/** Every form of a hot lexicon's words under each clitic, built once so a token costs one lookup. */
const EXPANDED = new Map<Map<string, unknown>, Map<string, [unknown, number]>>();
function expand<T>(map: Map<string, T>): void {
  const out = new Map<string, [unknown, number]>();
  for (const [w, v] of map) {
    for (const p of CLITICS) if (!out.has(p + w) && !map.has(p + w)) out.set(p + w, [v, p.length]);
  }
  for (const [w, v] of map) out.set(w, [v, 0]);
  EXPANDED.set(map as Map<string, unknown>, out);
}
expand(AR_NUMS);
expand(AR_DUALS);

/** The unit of an Arabic noun, bare or definite (`المقاتلين` after `مئات`). */
function arUnit(t: string): string | undefined {
  return AR_UNITS.get(t) ?? (t.length > 4 && t.startsWith("ال") ? AR_UNITS.get(t.slice(2)) : undefined);
}

/** The unit of a noun with a possessive suffix: `مسلحيها` → fighters. */
function possessedUnit(t: string): string | undefined {
  const direct = arUnit(t);
  if (direct) return direct;
  for (const s of PRONOUN_SUFFIXES) if (t.length > s.length + 2 && t.endsWith(s)) return arUnit(t.slice(0, -s.length));
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Number cores

interface Core {
  /** Token span [a, b) of the number expression. */
  a: number;
  b: number;
  lo: number;
  hi: number;
  vague: boolean;
  range: boolean;
  /** The multiplier of a scale word (1 if none) and the value before it, for `بين 10 و15 ألف`. */
  scale: number;
  base: number;
  /** The digit literal when the number is one plain digit run (for year, date and id checks). */
  digits: string | null;
  /** Counts only if a noun follows (`ست`, `ألف`, `one`); `prefixed` words need a known unit. */
  needsNoun: boolean | "unit";
  prefixed: boolean;
  unit?: string;
  ua?: number;
  ub?: number;
  /** Token index where the expression starts (a `$` or `a` before the number). */
  lead?: number;
}

const gap = (toks: Tok[], i: number, j: number) => toks[j].s - toks[i].e;
const isPunct = (tok: Tok | undefined, ...ch: string[]) => tok !== undefined && tok.k === PUNCT && ch.includes(tok.t);

/** Is the token right before (or after) `t` a Latin word or a URL-ish sign, touching it ("s-400", "id=12")? */
const glued = (t: Tok, o: Tok | undefined, before: boolean) => o !== undefined && (before ? o.e === t.s : o.s === t.e) && (o.k === EN || (o.k === PUNCT && "/=#_&?@+\\".includes(o.t)));

/** Digits with thousands separators or a decimal part, and a scale word. Returns a token index to skip to for dates, times, phone numbers and ids. */
function readDigits(toks: Tok[], i: number, inner = false): Core | number {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if ((!inner && glued(t, prev, true)) || glued(t, next, false)) return i + 1;
  // s-400, covid-19
  if (isPunct(prev, "-") && prev.e === t.s && toks[i - 2]?.k === EN && toks[i - 2].e === prev.s) return i + 1;
  // clock time 01 : 13 (: 46)
  if (isPunct(next, ":") && toks[i + 2]?.k === NUM) return i + 3;
  if (!inner && isPunct(prev, ":", "-", ".", "/") && toks[i - 2]?.k === NUM && gap(toks, i - 2, i - 1) === gap(toks, i - 1, i)) return i + 1;
  // list numbering: 11 - التنمية
  if (isPunct(next, "-") && toks[i + 2] !== undefined && toks[i + 2].k !== NUM) return i + 1;
  // tables, phone numbers and codes: digit groups with only a space between
  if (next?.k === NUM && gap(toks, i, i + 1) <= 1) {
    let j = i + 1;
    while (toks[j + 1]?.k === NUM && gap(toks, j, j + 1) <= 1) j++;
    return j + 1;
  }
  // numeric dates and fractions: 28 / 12 / 2017, 1439 / 3, 27 . 12 . 2017, 8 - 12 - 2017
  if (isPunct(next, "/", "\\") && toks[i + 2]?.k === NUM) {
    let j = i + 2;
    while (isPunct(toks[j + 1], "/", "\\") && toks[j + 2]?.k === NUM) j += 2;
    return j + 1;
  }
  if (isPunct(next, ".", "-") && toks[i + 2]?.k === NUM && toks[i + 3]?.t === next.t && toks[i + 4]?.k === NUM) return i + 5;
  // phone numbers and ids, with the digit groups that follow them
  if (t.t.length >= QUANTITY_DEFAULTS.phoneDigits || (t.t[0] === "0" && t.t.length >= 3) || (isPunct(prev, "+") && t.s - prev.e <= 1)) {
    let j = i + 1;
    while (toks[j] && (toks[j].k === NUM || isPunct(toks[j], "-")) && gap(toks, j - 1, j) <= 1) j++;
    return j;
  }
  // 1,500 / 1.500 / 200 , 000 (thousands), 2.5 / 1 . 78 (decimals): the same spacing on both sides of the mark
  let lit = t.t;
  let decimals = "";
  let j = i + 1;
  let sep = "";
  for (;;) {
    const sp = toks[j];
    const nx = toks[j + 1];
    if (!isPunct(sp, ",", ".") || nx?.k !== NUM) break;
    const g = gap(toks, j - 1, j);
    if (g !== gap(toks, j, j + 1) || g > 1) break;
    const thousands = nx.t.length === 3 && (sep === "" ? lit.length <= 3 : sep === sp.t);
    const decimalBeforeScale = sp.t === "." && sep === "" && SCALES.has(toks[j + 2]?.t ?? ""); // 1.500 مليار
    if (thousands && !decimalBeforeScale) {
      lit += nx.t;
      sep = sp.t;
      j += 2;
      continue;
    }
    if (sp.t === "." && sep !== ".") {
      decimals = `.${nx.t}`;
      j += 2;
    }
    break;
  }
  const value = Number(lit + decimals);
  const plain = j === i + 1;
  let scale = 1;
  const sc = toks[j] ? SCALES.get(toks[j].t) : undefined;
  if (sc !== undefined) {
    // (a plural scale word counts 3 to 10 of it: after a number above ten it only repeats what the digits say, «5000 آلاف مقاتل» is 5,000)
    if (!(value > 10 && PLURAL_SCALES.has(toks[j].t) && value % sc === 0)) scale = sc;
    j++;
  }
  const v = value * scale;
  return {
    a: i,
    b: j,
    lo: v,
    hi: v,
    vague: false,
    range: false,
    scale,
    base: value,
    digits: plain && scale === 1 ? lit : null,
    needsNoun: false,
    prefixed: false,
  };
}

/** The number word at token `j` (Arabic, under a clitic, or English). */
function numWord(toks: Tok[], j: number, allowClitic: boolean): [NumWord, number] | undefined {
  const tok = toks[j];
  if (!tok) return undefined;
  if (tok.k === AR) {
    if (allowClitic) return withClitic(tok.t, AR_NUMS);
    const w = AR_NUMS.get(tok.t);
    return w ? [w, 0] : undefined;
  }
  if (tok.k === EN) {
    const w = EN_NUMS.get(tok.t);
    return w ? [w, 0] : undefined;
  }
  return undefined;
}

/** A word starting with the conjunction و (or a lone و before it) followed by a number word: `وعشرين`, `و عشرين`, `and fifty`. */
function andWord(toks: Tok[], j: number): [NumWord, number] | undefined {
  const tok = toks[j];
  if (!tok) return undefined;
  if (tok.k === AR && tok.t.length > 2 && tok.t[0] === "و") {
    const w = AR_NUMS.get(tok.t.slice(1));
    if (w) return [w, 1];
  }
  if ((tok.t === "و" || tok.t === "and") && toks[j + 1]) {
    const w = numWord(toks, j + 1, false);
    if (w) return [w[0], 2];
  }
  return undefined;
}

/** Number words: `خمسة عشر`, `خمسة وعشرين`, `ثلاثة آلاف وخمسمئة`, `عشرات الآلاف`, `two hundred and fifty`, `hundreds of thousands`. */
function readWords(toks: Tok[], i: number): Core | null {
  const t = toks[i];
  let w: NumWord;
  let prefix = 0;
  let lead: number | undefined;
  if ((t.t === "a" || t.t === "an") && toks[i + 1]?.k === EN) {
    // a few, a couple, a dozen, a hundred, a thousand
    const after = EN_AFTER_A.get(toks[i + 1].t);
    const sw = EN_NUMS.get(toks[i + 1].t);
    if (after?.k === "unit") return finishWords(toks, i, i + 2, after.v, after.v, false, 1, after.v, false, false);
    if (!after && !(sw && (sw.k === "hundred" || sw.k === "scale" || sw.k === "dozen"))) return null;
    lead = i;
    w = after ?? { v: 1, k: "unit" };
  } else {
    const f = numWord(toks, i, true);
    if (!f) return null;
    [w, prefix] = f;
  }
  const a = lead ?? i;
  let j = lead !== undefined && w.k === "vague" ? i + 2 : i + 1;
  // fractions: two-thirds
  if (isPunct(toks[j], "-") && toks[j].s === toks[j - 1].e && /^(?:thirds?|quarters?|fifths?|tenths?|halves)$/.test(toks[j + 1]?.t ?? "")) return null;
  if (w.k === "vague" || w.k === "vscale") {
    let lo = w.lo!;
    let hi = w.hi!;
    if (lo === V.few[0] && toks[i].k === AR) {
      // بضعة عشر, بضع وخمسون: ten-odd, fifty-odd
      const teen = numWord(toks, j, false);
      const and = teen?.[0].k === "ten10" ? ([teen[0], 1] as [NumWord, number]) : andWord(toks, j);
      if (and && (and[0].k === "ten" || and[0].k === "ten10")) {
        lo = and[0].v + V.few[0];
        hi = and[0].v + V.few[1];
        j += and[1];
      }
    }
    let scale = 1;
    // عشرات الآلاف, hundreds of thousands, several hundred
    const of = toks[j]?.t === "of";
    const sw = toks[of ? j + 1 : j];
    const sc = w.k !== "vague" || !sw ? undefined : sw.k === AR ? SCALES.get(sw.t) : of ? EN_PLURAL_SCALES.get(sw.t) : sw.t === "hundred" ? 100 : sw.t === "dozen" ? 12 : SCALES.get(sw.t);
    const ofAt = of ? j + 1 : j;
    if (sc !== undefined) {
      scale = sc;
      lo *= sc;
      hi *= sc;
      j = ofAt + 1;
    } else if (w.needsScale) return null;
    return finishWords(toks, a, j, lo, hi, true, scale, w.lo!, scale === 1 && (w.short ?? false), prefix > 0);
  }
  let total = 0;
  let cur = 0;
  let last: NumKind;
  let lastScale = Infinity;
  if (lead !== undefined) {
    cur = 1;
    last = "unit";
  } else if (w.k === "head") {
    // أحد عشر, اثنا عشر
    const teen = numWord(toks, j, false);
    if (!teen || teen[0].k !== "ten10") return null;
    cur = w.v + 10;
    last = "ten10";
    j++;
  } else if (w.k === "half") {
    const sc = toks[j] ? SCALES.get(toks[j].t) : undefined;
    if (sc === undefined || AR_NUMS.get(toks[j].t)?.k === "vscale") return null;
    return finishWords(toks, a, j + 1, w.v * sc, w.v * sc, false, sc, w.v, false, prefix > 0);
  } else if (w.k === "scale" || w.k === "dozen") {
    // a bare ألف, مليون, thousand: read the scale word itself in the loop
    cur = 1;
    last = "unit";
    j = i;
  } else if (w.k === "compound" && w.mag! >= 1000) {
    total = w.v;
    lastScale = w.mag!;
    last = "scale";
  } else {
    cur = w.v;
    last = w.k === "compound" ? "hundred" : w.k;
  }
  let scale = 1;
  for (;;) {
    const tok = toks[j];
    const pw = numWord(toks, j, false)?.[0];
    if (pw && pw.k === "ten10" && last === "unit" && cur >= 3 && cur <= 9 && tok.k === AR) {
      cur += 10; // خمسة عشر
      last = "ten10";
      j++;
    } else if (pw && pw.k === "hundred" && (last === "unit" || (tok.k === EN && last === "ten10")) && cur >= 1 && cur <= 19) {
      cur *= 100; // ثلاث مئة, two hundred
      last = "hundred";
      j++;
    } else if (pw && pw.k === "dozen" && last === "unit") {
      cur *= 12;
      last = "hundred";
      j++;
    } else if (pw && (pw.k === "scale" || (pw.k === "vscale" && tok.k === AR)) && pw.v < lastScale && (cur > 0 || total === 0)) {
      total += (cur || 1) * pw.v; // خمسة عشر ألف, ثلاثة آلاف
      scale = pw.v;
      cur = 0;
      lastScale = pw.v;
      last = "scale";
      j++;
    } else if (pw && tok.k === EN && (pw.k === "unit" || pw.k === "ten10") && (last === "ten" || last === "hundred" || last === "scale") && cur % 10 === 0) {
      cur += pw.v; // twenty five, two hundred fifty
      last = "unit";
      j++;
    } else if (pw && tok.k === EN && pw.k === "ten" && (last === "hundred" || last === "scale") && cur % 100 === 0) {
      cur += pw.v;
      last = "ten";
      j++;
    } else if (isPunct(tok, "-") && tok.s === toks[j - 1].e && last === "ten" && toks[j + 1]?.k === EN && EN_NUMS.get(toks[j + 1].t)?.k === "unit") {
      cur += EN_NUMS.get(toks[j + 1].t)!.v; // twenty-five
      last = "unit";
      j += 2;
    } else {
      // و-joined parts in Arabic order: خمسة وعشرين, مئة وخمسون, ألف وخمسمئة; two hundred and fifty
      const and = andWord(toks, j);
      if (!and) break;
      const [aw, width] = and;
      const afterUnits = last === "unit" && cur % 100 < 10;
      const roundTail = last === "hundred" || last === "scale";
      const ok = ((aw.k === "unit" || aw.k === "ten10") && roundTail) || (aw.k === "ten" && (afterUnits || roundTail)) || ((aw.k === "hundred" || (aw.k === "compound" && aw.mag === 100)) && last === "scale");
      if (!ok) break;
      cur += aw.v;
      last = aw.k === "compound" ? "hundred" : aw.k;
      j += width;
    }
  }
  const value = total + cur;
  if (value === 0 || j <= a) return null;
  const single = j === a + 1;
  return finishWords(toks, a, j, value, value, false, scale, scale > 1 ? value / scale : value, single && (w.short ?? false), prefix > 0);
}

function finishWords(toks: Tok[], a: number, b: number, lo: number, hi: number, vague: boolean, scale: number, base: number, needsNoun: boolean | "unit", prefixed: boolean): Core | null {
  if (b <= a || !toks[b - 1]) return null;
  return { a, b, lo, hi, vague, range: false, scale, base, digits: null, needsNoun, prefixed };
}

/** A number core at `i`: digits or words. */
function readCore(toks: Tok[], i: number): Core | number | null {
  const t = toks[i];
  if (t.k === NUM) return readDigits(toks, i);
  if (t.k === AR || t.k === EN) return readWords(toks, i);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Around the core: ranges, units, qualifiers

/** Extend a core into a range: `10-20`, `بين 10 و20`, `من 10 إلى 20`, `between 10 and 20`. Returns the token where the range opener stands. */
function readRange(toks: Tok[], core: Core, floor: number): number | null {
  const before = toks[core.a - 1];
  const b = core.b;
  let second: Core | number | null = null;
  let opener: number | null = null;
  if (isPunct(toks[b], "-") && toks[b + 1]?.k === NUM && core.digits !== null) {
    second = readDigits(toks, b + 1, true);
    opener = core.a;
  } else if (before && core.a - 1 >= floor) {
    const bt = before.t;
    const between = bt === N("بين") || bt === "between";
    const from = bt === N("من") || bt === "from";
    if (between) {
      const conj = toks[b];
      if (conj && (conj.t === "و" || conj.t === "and") && toks[b + 1]) second = readCore(toks, b + 1);
      else if (conj?.k === AR && conj.t[0] === "و" && conj.t.length > 2) second = readWords(toks, b);
      opener = core.a - 1;
      if (opener - 1 >= floor && toks[opener - 1].t === N("ما")) opener--;
    } else if (from) {
      const to = toks[b];
      let change = false;
      for (let k = Math.max(0, core.a - 4); k < core.a - 1; k++) if (toks[k].k === AR && withClitic(toks[k].t, CHANGE_VERBS)) change = true;
      if (to && (to.t === N("إلى") || to.t === N("حتى") || to.t === "to") && toks[b + 1] && !change) second = readCore(toks, b + 1);
      opener = core.a - 1;
    }
  }
  if (second === null || typeof second === "number" || second.vague || opener === null) return null;
  let lo = core.lo;
  if (core.scale === 1 && second.scale > 1 && core.hi <= second.base) lo = core.lo * second.scale;
  if (!(second.hi > lo)) return null;
  core.lo = lo;
  core.hi = second.hi;
  core.b = second.b;
  core.range = true;
  core.scale = second.scale;
  core.digits = null;
  core.needsNoun = false;
  return opener;
}

function matchSeq(toks: Tok[], at: number, seq: string[], clitic: boolean): boolean {
  for (let k = 0; k < seq.length; k++) {
    const tok = toks[at + k];
    if (!tok) return false;
    if (tok.t === seq[k]) continue;
    if (k === 0 && clitic && tok.k === AR && CLITICS.some((p) => tok.t.length === p.length + seq[0].length && tok.t.startsWith(p) && tok.t.endsWith(seq[0]))) continue;
    return false;
  }
  return true;
}

/** The counted noun after token `j`: `[unit, start, end)` in tokens. */
function readUnit(toks: Tok[], j: number): [string, number, number] | null {
  const tok = toks[j];
  if (!tok) return null;
  if (isPunct(tok, "%", "٪")) return ["percent", j, j + 1];
  for (const [seq, unit] of MULTI_UNITS) if (matchSeq(toks, j, seq, false)) return [unit, j, j + seq.length];
  if (tok.k === AR) {
    const u = arUnit(tok.t);
    if (u) return [u, j, j + 1];
    if (tok.t === N("من") && toks[j + 1]?.k === AR) {
      const v = arUnit(toks[j + 1].t);
      if (v) return [v, j, j + 2];
    }
    return null;
  }
  if (tok.k === EN || (isPunct(tok, "-") && tok.s === toks[j - 1]?.e && toks[j + 1]?.k === EN)) {
    let k = tok.k === EN ? j : j + 1; // six-year war
    if (toks[k].t === "of") {
      k++;
      if (toks[k] && EN_DETERMINERS.has(toks[k].t)) k++;
    }
    for (let skipped = 0; toks[k];) {
      const u = EN_UNITS.get(toks[k].t);
      // (a unit noun in a compound adjective qualifies what follows: "two rebel-held areas")
      if (u && toks[k].k === EN && isPunct(toks[k + 1], "-") && toks[k + 1].s === toks[k].e && COMPOUND_TAIL.has(toks[k + 2]?.t ?? "")) {
        if (skipped >= QUANTITY_DEFAULTS.maxAdjectives) return null;
        skipped++;
        k += 3;
        continue;
      }
      if (u && toks[k].k === EN) {
        for (const [seq, unit] of MULTI_UNITS) if (matchSeq(toks, k, seq, false)) return [unit, j, k + seq.length];
        return [u, j, k + 1];
      }
      if (isPunct(toks[k], "-") && skipped > 0) {
        k++;
        continue;
      }
      if (toks[k].k !== EN || skipped >= QUANTITY_DEFAULTS.maxAdjectives) return null;
      const w = toks[k].t;
      if (!(EN_ADJ.has(w) || /(?:an|ese|ish|i)$/.test(w))) return null;
      skipped++;
      k++;
    }
  }
  return null;
}

/** `PRE` by its last word (and, for one-word phrases, that word under each clitic), longest first. */
const PRE_BY_LAST = new Map<string, Array<[string[], Qualifier]>>();
for (const entry of PRE) {
  const last = entry[0][entry[0].length - 1];
  const keys = entry[0].length === 1 && /[\u0621-\u064a]/.test(last) ? [last, ...CLITICS.map((p) => p + last)] : [last];
  for (const k of keys) PRE_BY_LAST.set(k, [...(PRE_BY_LAST.get(k) ?? []), entry]);
}

/** A qualifier phrase that ends at token `end - 1` and starts at or after `floor`. */
function readPre(toks: Tok[], end: number, floor: number): [Qualifier, number] | null {
  if (end - 1 < floor) return null;
  const candidates = PRE_BY_LAST.get(toks[end - 1].t);
  if (!candidates) return null;
  for (const [seq, q] of candidates) {
    const at = end - seq.length;
    if (at >= floor && matchSeq(toks, at, seq, toks[at].k === AR)) return [q, at];
  }
  return null;
}

/** `يزيد عددها على` / `ويتجاوز عدد مسلحيها` ending at token `end - 1`: qualifier, start token and the unit named by the counted noun. */
function readCountVerb(toks: Tok[], end: number, floor: number): [Qualifier, number, [string, number, number] | null] | null {
  let k = end - 1;
  if (k >= floor && COUNT_PREPS.has(toks[k].t)) k--;
  let unit: [string, number, number] | null = null;
  if (k >= floor && COUNT_NOUN_SUFFIXED.has(toks[k].t)) k--;
  else if (k - 1 >= floor && toks[k - 1].t === COUNT_NOUN && toks[k].k === AR) {
    const u = possessedUnit(toks[k].t);
    if (u) unit = [u, k, k + 1];
    k -= 2;
  } else return null;
  if (k < floor || toks[k].k !== AR) return null;
  const verb = withClitic(toks[k].t, COUNT_VERBS);
  if (!verb || verb[1] > 1) return null;
  let q = verb[0];
  if (k - 1 >= floor && toks[k - 1].t === N("لا")) {
    const neg = NEGATED[q];
    if (!neg) return null;
    q = neg;
    k--;
  }
  return [q, k, unit];
}

function readPost(toks: Tok[], j: number): [Qualifier, number] | null {
  for (const [seq, q] of POST) if (matchSeq(toks, j, seq, false)) return [q, j + seq.length];
  return null;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

// ---------------------------------------------------------------------------------------------

/**
 * Find the quantities in normalised text, sorted by start and non-overlapping.
 *
 * @example
 * import { normalize } from "../text/normalize.ts";
 * findQuantities(normalize("وينتشر أكثر من 150 مسلحا من ميليشيا فاطميون").text)
 *   .map((q) => [q.text, q.low, q.high, q.qualifier, q.unit]);
 * // [["اكثر من 150 مسلحا", 150, null, "more_than", "fighters"]]
 */
export function findQuantities(text: string): Quantity[] {
  const toks = tokenize(text);
  const out: Quantity[] = [];
  let floor = 0;
  let skipped = -1;
  for (let i = 0; i < toks.length;) {
    const r = mayStart(toks[i]) ? readAt(toks, i, floor, skipped) : null;
    if (r === null) {
      i++;
      continue;
    }
    if (typeof r === "number") {
      i = floor = skipped = Math.max(r, i + 1);
      continue;
    }
    out.push(toQuantity(text, toks, r));
    i = floor = r.end;
  }
  return out;
}

const WAHID = /^واحد[اه]?$/;
const AR_NUMS_X = EXPANDED.get(AR_NUMS as Map<string, unknown>)!;
const AR_DUALS_X = EXPANDED.get(AR_DUALS as Map<string, unknown>)!;

/** Words a quantity can start at (most words cannot): one lookup per token. */
const STARTERS = new Set<string>([...AR_NUMS_X.keys(), ...AR_DUALS_X.keys(), ...SINGULAR_TIME_AR.keys(), ...list("واحد واحدا واحدة"), ...EN_NUMS.keys(), "a", "an"]);
const mayStart = (t: Tok) => t.k === NUM || (t.k !== PUNCT && STARTERS.has(t.t));

interface Found {
  core: Core;
  start: number;
  end: number;
  qualifier: Qualifier;
  unit: [string, number, number] | null;
}

/** The quantity starting at token `i`, or the token to resume at after a date, id or code; `skipped` ends the last such skip. */
function readAt(toks: Tok[], i: number, floor: number, skipped: number): Found | number | null {
  const t = toks[i];
  let core: Core | number | null = null;
  if (t.k === AR) {
    const dual = withClitic(t.t, AR_DUALS);
    if (dual && dual[1] <= 2) {
      let b = i + 1;
      const follow = toks[b] && AR_NUMS.get(toks[b].t);
      if (follow && follow.k === "unit" && follow.v === 2) b++;
      core = {
        a: i,
        b,
        lo: 2,
        hi: 2,
        vague: false,
        range: false,
        scale: 1,
        base: 2,
        digits: null,
        needsNoun: false,
        prefixed: false,
        unit: dual[0],
        ua: i,
        ub: i + 1,
      };
    } else if (WAHID.test(t.t) && i - 1 >= floor && toks[i - 1].k === AR) {
      const u = withClitic(toks[i - 1].t, AR_UNITS);
      if (!u) return null;
      core = {
        a: i - 1,
        b: i + 1,
        lo: 1,
        hi: 1,
        vague: false,
        range: false,
        scale: 1,
        base: 1,
        digits: null,
        needsNoun: false,
        prefixed: false,
        unit: u[0],
        ua: i - 1,
        ub: i,
      };
    } else if (SINGULAR_TIME_AR.has(t.t)) {
      const pre = readPre(toks, i, floor);
      if (!pre || pre[0] === "at_most" || pre[0] === "exact") return null;
      const u = SINGULAR_TIME_AR.get(t.t)!;
      core = {
        a: i,
        b: i + 1,
        lo: 1,
        hi: 1,
        vague: false,
        range: false,
        scale: 1,
        base: 1,
        digits: null,
        needsNoun: false,
        prefixed: false,
        unit: u,
        ua: i,
        ub: i + 1,
      };
    }
  } else if (t.k === EN && (t.t === "a" || t.t === "an") && toks[i + 1]?.k === EN && /^(?:day|week|month|year|hour)$/.test(toks[i + 1].t)) {
    const pre = readPre(toks, i, floor);
    if (!pre || pre[0] === "at_most") return null;
    core = {
      a: i,
      b: i + 2,
      lo: 1,
      hi: 1,
      vague: false,
      range: false,
      scale: 1,
      base: 1,
      digits: null,
      needsNoun: false,
      prefixed: false,
      unit: `${toks[i + 1].t}s`,
      ua: i + 1,
      ub: i + 2,
    };
  }
  if (core === null) core = readCore(toks, i);
  if (core === null || typeof core === "number") return core;
  const opener = core.unit ? null : readRange(toks, core, floor);

  // unit after the number, or named before it (عدد مسلحيها)
  // ("one of the groups" picks one out of them: no count of groups)
  const partitive = core.lo === 1 && core.hi === 1 && toks[core.b]?.t === "of";
  let unit: [string, number, number] | null = core.unit ? [core.unit, core.ua!, core.ub!] : partitive ? null : readUnit(toks, core.b);
  if (!unit && !core.range && isPunct(toks[core.a - 1], "$") && core.a - 1 >= floor) {
    unit = ["dollars", core.a - 1, core.a];
    core.lead = core.a - 1;
  }
  if (core.needsNoun) {
    const nx = toks[core.b];
    const noun = core.needsNoun === true && nx !== undefined && nx.k === AR && !core.prefixed && !nx.t.startsWith("ال") && !AR_STOP.has(nx.t);
    if (!unit && !noun) return null;
  }

  // qualifiers before
  const startTok = opener ?? core.lead ?? Math.min(core.a, unit && unit[1] < core.a ? unit[1] : core.a);
  let qualifier: Qualifier = core.range ? "range" : core.vague ? "vague" : "exact";
  let start = startTok;
  if (!core.range) {
    const pre = readPre(toks, startTok, floor);
    const verbEnd = pre ? pre[1] : startTok;
    const verb = readCountVerb(toks, verbEnd, floor);
    if (pre) {
      start = pre[1];
      if (!core.vague || pre[0] !== "about") qualifier = pre[0];
    }
    if (verb) {
      start = verb[1];
      if (!pre) qualifier = verb[0];
      if (!unit && verb[2]) unit = verb[2];
    }
  }
  // qualifiers after the number or its noun
  let end = Math.max(core.b, unit && unit[2] > core.b ? unit[2] : core.b);
  const post = readPost(toks, end);
  if (post && (qualifier === "exact" || qualifier === post[0])) {
    qualifier = post[0];
    end = post[1];
  }

  if (skipAsNotACount(toks, core, unit, qualifier, start, floor, skipped)) return core.b;
  return { core, start, end, qualifier, unit };
}

/** Years, day-month dates, clock times and identifiers read like numbers but count nothing. */
function skipAsNotACount(toks: Tok[], core: Core, unit: [string, number, number] | null, q: Qualifier, start: number, floor: number, skipped: number): boolean {
  const prev = core.a - 1 >= floor ? toks[core.a - 1] : undefined;
  const next = toks[core.b];
  const [y0, y1] = QUANTITY_DEFAULTS.yearRange;
  const [h0, h1] = QUANTITY_DEFAULTS.hijriYearRange;
  if (core.range) {
    const yearish = (v: number) => Number.isInteger(v) && v >= y0 && v <= y1;
    return (!unit && yearish(core.lo) && yearish(core.hi)) || (next !== undefined && MONTHS.has(next.t) && core.hi <= 31);
  }
  const d = core.digits;
  if (d === null) return false;
  const v = Number(d);
  const yearLike = d.length === 4 && ((v >= y0 && v <= y1) || (v >= h0 && v <= h1));
  if (prev && withClitic(prev.t, YEAR_WORDS) && d.length >= 3) return true;
  if (next && ERA_WORDS.has(next.t) && yearLike) return true;
  if (d.length === 4 && v >= y0 && v <= y1 && !unit && q !== "about" && q !== "more_than" && q !== "at_least" && q !== "less_than") return true;
  // day and month: 25 آذار, 28 حزيران, january 21, ديسمبر 28 , 2017
  if (v >= 1 && v <= 31 && d.length <= 2 && ((next && MONTHS.has(next.t)) || (prev && MONTHS.has(prev.t)))) return true;
  if ((next && CLOCK_WORDS.has(next.t)) || (prev && CLOCK_BEFORE.has(prev.t) && !unit)) return true;
  if (!unit && q === "exact" && start === core.a && prev) {
    if (ID_WORDS.has(prev.t)) return true;
    // model names and ordinals: اس 400, ت 2, الـ 38
    if (prev.k === AR && prev.t.length <= 2 && !SHORT_WORDS.has(prev.t)) return true;
    // model names after a hyphen: تو - 95, اس - 400, ال - 38 (an ordinal)
    const named = toks[core.a - 2];
    if (isPunct(prev, "-") && named !== undefined && (named.k === AR || named.k === EN) && !SHORT_WORDS.has(named.t)) return true;
    // ordinal teens: بالمرتبة الرابعة عشرة
    if (core.digits === null && core.b === core.a + 1 && prev.k === AR && prev.t.startsWith("ال") && AR_NUMS.get(toks[core.a].t)?.k === "ten10") return true;
    // the rest of a list of ids or dates: المواد 22 و 23, عامي 2014 و2015
    if (skipped >= 0 && core.a > skipped && core.a - skipped <= 2) {
      let joined = true;
      for (let k = skipped; k < core.a; k++) if (!LIST_JOINERS.has(toks[k].t)) joined = false;
      if (joined) return true;
    }
    // a number right after a definite noun names something: دير الزور 24, الفرقة 17, القرار 2254
    if (prev.k === AR && prev.t.length >= 4 && prev.t.startsWith("ال") && !AL_PARTICLES.has(prev.t)) return true;
  }
  return false;
}

function toQuantity(text: string, toks: Tok[], f: Found): Quantity {
  const { core, qualifier, unit } = f;
  const tol = QUANTITY_DEFAULTS.aboutTolerance;
  let low: number | null = core.lo;
  let high: number | null = core.hi;
  if (qualifier === "about" && core.lo === core.hi) [low, high] = [round(core.lo * (1 - tol)), round(core.hi * (1 + tol))];
  else if (qualifier === "more_than" || qualifier === "at_least") high = null;
  else if (qualifier === "less_than" || qualifier === "at_most") low = null;
  const start = toks[f.start].s;
  const end = toks[f.end - 1].e;
  const numA = core.lead !== undefined && toks[core.lead].t !== "$" ? core.lead : core.a;
  // the number span leaves out a noun that is part of the core (duals, جندي واحد, نحو أسبوع)
  let numStart = toks[numA].s;
  let numEnd = toks[core.b - 1].e;
  if (core.unit && core.ua === core.a && core.ub! < core.b) numStart = toks[core.ub!].s;
  else if (core.unit && core.ub === core.b && core.ua! > core.a) numEnd = toks[core.ua! - 1].e;
  return {
    start,
    end,
    numStart,
    numEnd,
    low,
    high,
    qualifier,
    unit: unit ? unit[0] : null,
    unitStart: unit ? toks[unit[1]].s : null,
    unitEnd: unit ? toks[unit[2] - 1].e : null,
    text: text.slice(start, end),
  };
}
