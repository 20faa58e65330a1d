/** Words around a number: qualifier phrases (`أكثر من`, "at least"), count verbs, and the stop words and cues that tell a count from a date, a time or an id. */
import type { Qualifier } from "./defaults.ts";
import { AR_UNITS, N, list } from "./lexicon.ts";

/** Qualifier phrases as word lists: the Arabic ones normalised as the text is, the English ones as written. */
const phrases = (arabic: Array<[string, Qualifier]>, english: Array<[string, Qualifier]>): Array<[string[], Qualifier]> => [
  ...arabic.map(([p, q]): [string[], Qualifier] => [list(p), q]),
  ...english.map(([p, q]): [string[], Qualifier] => [p.split(" "), q]),
];

/** Qualifiers before the number, longest first; the first word may carry a clitic (`بنحو`, `لأكثر من`). */
export const PRE: Array<[string[], Qualifier]> = phrases(
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
export const POST: Array<[string[], Qualifier]> = phrases(
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
export const COUNT_VERBS = new Map<string, Qualifier>([
  ...list("يزيد تزيد زاد زادت يتجاوز تتجاوز تجاوز تجاوزت يفوق تفوق فاق فاقت يربو").map((w): [string, Qualifier] => [w, "more_than"]),
  ...list("يبلغ تبلغ بلغ بلغت وصل وصلت ارتفع ارتفعت يرتفع").map((w): [string, Qualifier] => [w, "exact"]),
  ...list("يصل تصل").map((w): [string, Qualifier] => [w, "at_most"]),
  ...list("يقدر تقدر قدر قدرت").map((w): [string, Qualifier] => [w, "about"]),
  ...list("يقل تقل").map((w): [string, Qualifier] => [w, "less_than"]),
]);
/** `لا` before a count verb. */
export const NEGATED: Partial<Record<Qualifier, Qualifier>> = { less_than: "at_least", more_than: "at_most" };
export const COUNT_NOUN = N("عدد");
export const COUNT_NOUN_SUFFIXED = new Set(list("عددها عددهم عدده عددهن عددهما"));
export const COUNT_PREPS = new Set([...list("على عن إلى ب"), "ل"]);
export const PRONOUN_SUFFIXES = list("هما هم هن ها ه نا كم");

export const CLITICS = list("وب ول وك فب فل فك و ف ب ل ك");
/** Short Arabic words that may stand before a number; any other 1–2 letter word before digits is part of a name (`اس 400`). */
export const SHORT_WORDS = new Set(list("و ف ب ل ك في من عن إن أن أو ما لا لم لن قد هو هي أي يا مع كل ذا ضد شن تل"));
export const AR_STOP = new Set(
  list(
    "من في على إلى عن أو أم ثم ما لا لم لن قد إن أن أنه إذ إذا هذا هذه ذلك تلك هو هي هم هن كان كانت يكون بين حتى منذ مع عند " +
      "بعد قبل خلال ضد حول عبر دون بل لكن كما أي كل بعض غير سوى نحو لدى له لها لهم فيها فيه عليها عليه منها منه عنها عنه و",
  ),
);
/** Words that start with ال but are particles, not definite nouns. */
export const AL_PARTICLES = new Set(list("إلى إلا التي الذي الذين الآن اللذان اللتان اللذين اللتين اللواتي اللاتي"));

export const MONTHS = new Set([
  ...list("كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين يناير فبراير مارس أبريل إبريل أفريل مايو ماي يونيو يونيه جوان " + "يوليو يوليه جويلية أغسطس أوت سبتمبر أكتوبر نوفمبر ديسمبر محرم صفر ربيع جمادى رجب شعبان رمضان شوال ذو ذي"),
  ..."january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
]);
export const YEAR_WORDS = new Map([...list("عام العام سنة السنة لعام للعام"), "year"].map((w) => [w, true]));
export const ERA_WORDS = new Set([...list("م هـ ه ميلادي ميلادية هجري هجرية للميلاد للهجرة"), "ad", "bc", "ah"]);
export const CLOCK_WORDS = new Set([...list("صباحا مساء مساءا فجرا ظهرا عصرا ليلا"), "am", "pm", "gmt", "utc"]);
export const CLOCK_BEFORE = new Set(list("الساعة"));
export const LIST_JOINERS = new Set(["و", ",", "/", "and", "-"]);
export const ID_WORDS = new Set([...list("رقم قرار برقم سوخوي ميغ جنيف أستانا فرانس"), "no", "number", "resolution", "route", "article", "page", "vol", "section", "chapter", "flight"]);
export const EN_ADJ = new Set("more other armed foreign government regime rebel opposition pro backed led allied additional new security militia islamic state shiite sunni local isis army police elite special extra".split(" "));
/** Second halves of compound adjectives ("rebel-held", "militant-controlled"). */
export const COMPOUND_TAIL = new Set(["held", "controlled", "run", "backed", "led", "allied", "linked", "affiliated", "dominated", "besieged", "occupied"]);
export const EN_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "those", "these"]);
export const SINGULAR_TIME_AR = new Map(list("يوم أسبوع شهر عام سنة ساعة").map((w) => [w, AR_UNITS.get(w)!]));
/** `ارتفع من 10 إلى 20` is a change, not a range. */
export const CHANGE_VERBS = new Map(list("ارتفع ارتفعت يرتفع ترتفع انخفض انخفضت ينخفض تراجع تراجعت زاد زادت").map((w) => [w, true]));
export const EN_PLURAL_SCALES = new Map([
  ["thousands", 1000],
  ["millions", 1e6],
]);
