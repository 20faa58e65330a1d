/**
 * Described actors: who a sentence names without a gazetteer entry ("a US contractor", "pro-Iranian
 * fighters", "an unidentified drone", «طائرات مجهولة», "civilians"), as a type, a side and a
 * nationality. The phrases are data: one row per construction, Arabic and English, each with an example.
 */
import { normalizeName } from "../text/normalize.ts";
import type { Actor, ActorType } from "../types.ts";

export type { Actor, ActorType };

/** A described actor found in the normalised text. */
export interface ActorMention extends Actor {
  start: number;
  end: number;
  /** The umbrella entry the words name, if any (see `Row.entity`). */
  entity: string | null;
}

interface Row {
  /** A lookbehind the Arabic phrase must follow (the noun an adjective qualifies). */
  before?: string;
  /** The gazetteer's umbrella entry for the whole side the words name ("government forces": force:regime). */
  entity?: string;
  /** Arabic rows: raw words normalised at load; `|` separates forms. English rows: a regular expression on lower-case text. */
  ar?: string;
  en?: string;
  type: ActorType;
  side?: string;
  nationality?: string;
  example: string;
}

const AIR_EN = "warplanes?|war planes?|jets?|fighter jets?|aircraft|planes?|helicopters?|bombers?|drones?|air force";
const FORCE_EN = "forces|troops|soldiers|army|military|servicemen|personnel|special forces|marines|units";

/** Nouns of attacks that a nationality adjective can qualify ("Russian air strikes", «الغارات الأمريكية»). */
const EVENT_EN = "air ?strikes?|airstrikes?|strikes?|raids?|air raids?|bombardment|bombing|shelling|missiles?|rockets?|attacks?|offensive|artillery|drone strikes?";
const EVENT_AR = ["الغارات", "غارات", "الغاره", "غاره", "الضربات", "ضربات", "الضربه", "ضربه", "القصف", "قصف", "الهجوم", "هجوم", "الهجمات", "هجمات", "الصواريخ", "صواريخ", "الطائرات", "طائرات", "الطيران"]
  .map((w) => normalizeName(w))
  .join("|");
// (the noun may carry a conjunction or preposition: «وبالغارات الروسية»)
const AFTER_EVENT_AR = `(?<=[وف]?(?:لل|[بلك])?(?:${EVENT_AR})(?: (?:الجويه|جويه|الجوي|جوي|الصاروخيه|صاروخيه|المدفعي|مدفعي|الحربيه|حربيه))? )`;

const AIR_NOUN_AR = /^([وف]?[بلك]?)(?:الطايرات|طايرات|الطيران)(?![\p{L}])/u;

/** The phrases, most specific first (a longer match wins where two overlap). */
export const ACTOR_ROWS: Row[] = [
  // (two air forces named together, before either adjective alone)
  { ar: "الطائرات الحربيه الروسيه والسوريه|الطيران الروسي والسوري|الطيران السوري والروسي|طائرات روسية وسورية|طائرات سورية وروسية", type: "state-force", side: "regime", example: "غارات الطيران الروسي والسوري" },
  // a nationality adjective of an attack: the attacker's side
  { en: `(?:russian|russia's)(?= (?:${EVENT_EN})\\b)`, type: "state-force", side: "russia", nationality: "country:russia", entity: "force:russia", example: "Russian air strikes hit the town" },
  { en: `(?:us|u\\.s\\.|american|us-led|u\\.s\\.-led|coalition)(?= (?:${EVENT_EN})\\b)`, type: "state-force", side: "us-coalition", entity: "force:coalition", example: "a US-led coalition strike killed 18" },
  { en: `(?:turkish|turkey's)(?= (?:${EVENT_EN})\\b)`, type: "state-force", side: "turkey", nationality: "country:turkey", entity: "force:turkey", example: "Turkish shelling hit the village" },
  { en: `(?:israeli|israel's)(?= (?:${EVENT_EN})\\b)`, type: "state-force", side: "israel", nationality: "country:israel", entity: "force:idf", example: "an Israeli strike on a depot" },
  { en: `(?:syrian|regime|government|syrian regime|syrian government|assad regime)(?= (?:${EVENT_EN}|barrel bombs?)\\b)`, type: "state-force", side: "regime", entity: "force:regime", example: "regime barrel bomb attacks" },
  { en: `(?:us|u\\.s\\.|american)(?: military)? contractors?`, type: "contractor", side: "us-coalition", nationality: "country:us", example: "a US contractor was killed" },
  { ar: "متعاقد امريكي|متعاقدا امريكيا|متعاقدين امريكيين|المتعاقد الامريكي", type: "contractor", side: "us-coalition", nationality: "country:us", example: "مقتل متعاقد أمريكي" },
  { en: `(?:regime|government|pro-government|pro-regime|loyalist|assad)(?=-(?:held|controlled|run|besieged))`, type: "state-force", side: "regime", entity: "force:regime", example: "the regime-held district" },
  { en: `(?:rebel|opposition|insurgent|militant|jihadist|islamist)(?=-(?:held|controlled|run|besieged))`, type: "armed-group", side: "opposition", entity: "force:opposition", example: "the rebel-held town" },
  { en: `(?:kurdish-led|sdf)(?=-(?:held|controlled|run))`, type: "armed-group", side: "sdf", entity: "force:sdf", example: "in SDF-held territory" },
  { en: `(?:kurdish|ypg)(?=-(?:held|controlled|run))`, type: "armed-group", side: "sdf", entity: "force:ypg", example: "in Kurdish-controlled territory" },
  { en: `(?:is|isis|isil|daesh)(?=-(?:held|controlled|run))`, type: "armed-group", side: "isis", entity: "force:isis", example: "the IS-held town" },
  {
    en: `(?:syrian )?(?:government|regime|pro-government|pro-regime|pro-assad|loyalist)(?:-| )(?:${FORCE_EN}|fighters|militias?|gunmen|${AIR_EN})`,
    type: "state-force",
    side: "regime",
    entity: "force:regime",
    example: "government forces shelled the town",
  },
  { en: `syrian (?:${FORCE_EN}|${AIR_EN})`, type: "state-force", side: "regime", nationality: "country:syria", entity: "force:regime", example: "Syrian warplanes struck the village" },
  { en: `(?:russian|russia's) (?:${FORCE_EN}|${AIR_EN}|navy|submarine|warships?)`, type: "state-force", side: "russia", nationality: "country:russia", entity: "force:russia", example: "Russian jets bombed the market" },
  { en: `(?:syrian (?:and|or) russian|russian (?:and|or) syrian|russian-backed syrian|syrian-russian) (?:${FORCE_EN}|${AIR_EN})`, type: "state-force", side: "regime", example: "Syrian and Russian warplanes" },
  {
    en: `(?:us|u\\.s\\.|american|us-led|u\\.s\\.-led|coalition|us-led coalition|u\\.s\\.-led coalition|international coalition)(?: coalition)? (?:${FORCE_EN}|${AIR_EN})`,
    type: "state-force",
    side: "us-coalition",
    entity: "force:coalition",
    example: "US-led coalition air strikes killed",
  },
  { en: `(?:turkish|turkey's) (?:${FORCE_EN}|${AIR_EN}|tanks)`, type: "state-force", side: "turkey", nationality: "country:turkey", entity: "force:turkey", example: "Turkish troops entered the town" },
  { en: `(?:israeli|israel's) (?:${FORCE_EN}|${AIR_EN})`, type: "state-force", side: "israel", nationality: "country:israel", entity: "force:idf", example: "Israeli jets struck a depot" },
  { en: `iraqi (?:${FORCE_EN}|${AIR_EN})`, type: "state-force", side: "iraq-gov", nationality: "country:iraq", entity: "force:iraqi-forces", example: "Iraqi forces retook the town" },
  {
    en: `(?:pro-iranian|pro-iran|iran-backed|iranian-backed|iranian|shiite|shia) (?:militias?|militiamen|fighters|forces|groups|paramilitaries|gunmen)`,
    type: "militia",
    side: "iran-axis",
    entity: "militia:iran-backed",
    example: "pro-Iranian fighters moved in",
  },
  { en: `(?:kurdish-led|us-backed|u\\.s\\.-backed|american-backed) (?:forces|fighters|militias?|troops|units|alliance)`, type: "armed-group", side: "sdf", entity: "force:sdf", example: "Kurdish-led forces captured the dam" },
  // (Kurdish forces, not Kurdish-led ones, are the YPG and its police, not the whole SDF)
  {
    en: `(?:syrian kurdish|kurdish) (?:forces|fighters|militias?|militiamen|troops|units|police|security forces|security|internal security)`,
    type: "armed-group",
    side: "sdf",
    entity: "force:ypg",
    example: "Kurdish forces control much of Hasaka province",
  },
  {
    en: `(?:(?:sunni|islamist|moderate|armed|syrian) )?(?:rebels?|rebel (?:fighters|groups|forces|factions|brigades)|opposition (?:fighters|forces|groups|factions|militants|brigades)|insurgents|armed opposition(?: groups)?)`,
    type: "armed-group",
    side: "opposition",
    entity: "force:opposition",
    example: "rebels shelled the district",
  },
  { en: `(?:turkish-backed|turkey-backed) (?:rebels|fighters|forces|factions|groups)`, type: "armed-group", side: "turkey", example: "Turkish-backed rebels took the village" },
  {
    en: `(?:jihadists?|jihadist (?:fighters|groups|militants|rebels)|extremists|islamists?|islamist (?:fighters|militants|rebels|groups)|militants|gunmen|assailants|attackers|suicide bombers?)`,
    type: "armed-group",
    example: "gunmen opened fire",
  },
  { en: `(?:unidentified|unknown) (?:gunmen|assailants|attackers|${AIR_EN})`, type: "unknown", example: "an unidentified drone struck a car" },
  { en: `(?:${AIR_EN})`, type: "aircraft", example: "warplanes struck the town" },
  { en: `(?:civilians|residents|villagers|passengers|evacuees|children|women|people|displaced people|refugees|worshippers|students|medics|aid workers|volunteers|journalists)`, type: "civilians", example: "civilians fled" },
  {
    ar: "القوات الحكوميه|قوات الحكومه|قوات الجيش|عناصر النظام|ميليشيات النظام|الميليشيات الموالية للنظام|القوات الموالية للنظام|قوات موالية للنظام|الطيران الحربي السوري|الطيران السوري|طائرات النظام|طيران النظام|الطائرات الحربية السورية|المروحيات السورية|الطائرات المروحية|الطيران الحربي للنظام|الطيران الحربي التابع للنظام|الطائرات الحربيه التابعه للنظام|الطائرات التابعه للنظام|الطيران المروحي للنظام|الطيران المروحي التابع للنظام|مروحيات النظام|مدفعيه النظام|طيران النظام الحربي",
    type: "state-force",
    side: "regime",
    entity: "force:regime",
    example: "قصفت طائرات النظام البلدة",
  },
  {
    ar: "القاذفات الروسيه|قاذفات روسيه|الغواصه الروسيه|غواصه روسيه|الطائرات الروسيه|طائرات روسيه|طائرات حربيه روسيه|المقاتلات الروسيه|الجنود الروس|جنود روس|القوات الروسيه",
    type: "state-force",
    side: "russia",
    nationality: "country:russia",
    entity: "force:russia",
    example: "قصفت ست قاذفات روسية بعيدة المدى",
  },
  { ar: "القوات التركيه|الجيش التركي|الطيران التركي|الطائرات التركيه|المدفعيه التركيه|قوات تركيه", type: "state-force", side: "turkey", nationality: "country:turkey", entity: "force:turkey", example: "قصفت المدفعية التركية القرية" },
  {
    ar: "الطيران الاسراييلي|الطائرات الاسراييليه|طائرات اسراييليه|المقاتلات الاسراييليه|الجيش الاسراييلي|سلاح الجو الاسراييلي",
    type: "state-force",
    side: "israel",
    nationality: "country:israel",
    entity: "force:idf",
    example: "استهدفت الطائرات الإسرائيلية مستودعا",
  },
  { ar: "القوات العراقيه|الجيش العراقي|قوات عراقيه", type: "state-force", side: "iraq-gov", nationality: "country:iraq", entity: "force:iraqi-forces", example: "استعادت القوات العراقية البلدة" },
  { ar: "القوات الكرديه|المقاتلين الاكراد|المقاتلون الاكراد|الوحدات الكرديه|الفصائل الكرديه|قوات كرديه|مقاتلين اكراد", type: "armed-group", side: "sdf", entity: "force:ypg", example: "سيطرت القوات الكردية على القرية" },
  {
    ar: "الفصائل المسلحه|الفصائل المقاتله|فصائل مسلحه|مقاتلي المعارضه|مقاتلو المعارضه|الثوار|قوات المعارضه|فصائل الجيش الحر|الجيش الحر|الجيش السوري الحر",
    type: "armed-group",
    side: "opposition",
    entity: "force:opposition",
    example: "سيطرت الفصائل المقاتلة على التلة",
  },
  { ar: "الميليشيات الشيعيه|ميليشيات شيعيه|الميليشيات العراقيه|الميليشيات الافغانيه", type: "militia", side: "iran-axis", entity: "militia:iran-backed", example: "انتشار الميليشيات الشيعية" },
  { ar: "طائرات مجهوله|طائرات حربيه مجهوله|طيران مجهول|طائره مجهوله|طائره مسيره مجهوله|طائرات مسيره مجهوله|مسلحون مجهولون|مسلحين مجهولين|مجهولون|مجهولين", type: "unknown", example: "شنت طائرات حربية مجهولة غارة" },
  // a nationality adjective after an attack or aircraft noun, when no row above names the pair
  { ar: "الامريكيه|الامريكي|امريكيه|الاميركيه|اميركيه", before: AFTER_EVENT_AR, type: "state-force", side: "us-coalition", nationality: "country:us", entity: "force:us", example: "استهدفت الغارات الأمريكية مواقع" },
  { ar: "الروسيه|الروسي|روسيه", before: AFTER_EVENT_AR, type: "state-force", side: "russia", nationality: "country:russia", entity: "force:russia", example: "الغارات الروسية على البلدة" },
  { ar: "التركيه|التركي|تركيه", before: AFTER_EVENT_AR, type: "state-force", side: "turkey", nationality: "country:turkey", entity: "force:turkey", example: "القصف التركي على القرية" },
  { ar: "الاسراييليه|الاسراييلي|اسراييليه", before: AFTER_EVENT_AR, type: "state-force", side: "israel", nationality: "country:israel", entity: "force:idf", example: "الغارات الإسرائيلية على مواقع" },
  { ar: "السوريه|السوري|سوريه", before: AFTER_EVENT_AR, type: "state-force", side: "regime", entity: "force:regime", example: "الطائرات الحربية السورية" },
  { ar: "الطيران الحربي|طائرات حربيه|الطائرات الحربيه|طائرات مسيره|طائره مسيره|الطائرات المسيره|الطيران المسير|المروحيات", type: "aircraft", example: "قصف الطيران الحربي البلدة" },
  { ar: "مسلحون|مسلحين|المسلحين|المسلحون|انتحاري|انتحاريا|انتحاريين", type: "armed-group", example: "هاجم مسلحون حاجزا" },
  { ar: "المدنيين|مدنيين|مدنيون|المدنيون|مدنيا|مدني|الاطفال|اطفال|طفلا|طفلين|النساء|نساء|امراه|امراتين|المواطنين|مواطنين|مواطنا|الاهالي|السكان|النازحين|نازحين|المهجرين", type: "civilians", example: "قصف أحياء المدنيين" },
];

const AR_CLITICS = "(?:[وف]?(?:بال|كال|لل|ال|[بلك])?)";

interface Lexicon {
  re: RegExp;
  rows: Row[];
}
/**
 * One regular expression per language. A row that qualifies a noun (`before`) is matched with its
 * noun and the actor is the adjective at the end of the match («الغارات الأمريكية»): a lookbehind
 * tried at every character of every article cost more than the rest of the lexicon.
 */
function compile(rows: Row[]): Lexicon {
  const parts = rows.map((r, i) => {
    const body = r.en
      ? r.en
      : r
          .ar!.split("|")
          .map((w) => normalizeName(w).replace(/\s+/g, "\\s+"))
          .join("|");
    const before = r.before ? r.before.replace(/^\(\?<=/, "(?:") : "";
    return `${before}(?<a${i}>${r.ar && !r.before ? AR_CLITICS : ""}(?:${body}))`;
  });
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join("|")})(?![\\p{L}\\p{N}])`, "gu"), rows };
}
const LEXICONS = { en: compile(ACTOR_ROWS.filter((r) => r.en)), ar: compile(ACTOR_ROWS.filter((r) => r.ar)) };

/**
 * Every described actor in a normalised text of a language, leftmost-longest, not overlapping.
 *
 * @example
 * findActors("a us contractor was killed", "en")[0]; // {text: "us contractor", type: "contractor", side: "us-coalition", …}
 */
export function findActors(text: string, language: "ar" | "en" = /[\u0600-\u06ff]/.test(text) ? "ar" : "en"): ActorMention[] {
  const out: ActorMention[] = [];
  const { re, rows } = LEXICONS[language];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const k = Object.keys(m.groups!).find((name) => m!.groups![name] !== undefined);
    if (k === undefined) continue;
    const row = rows[Number(k.slice(1))];
    let words = m.groups![k];
    // (a qualifying adjective: the actor is the end of the match, after its noun, or the whole
    // of it when the noun is the aircraft that struck: «الطائرات الأمريكية»)
    const air = words.length < m[0].length ? AIR_NOUN_AR.exec(m[0]) : null;
    if (air) words = m[0].slice(air[1].length);
    const start = m.index + m[0].length - words.length;
    out.push({ text: words, start, end: m.index + m[0].length, type: row.type, side: row.side ?? null, nationality: row.nationality ?? null, entity: row.entity ?? null });
  }
  return out;
}
