/**
 * Leadership: who leads, heads or commands what. One row per construction: a title before or after
 * a name ("SOHR director Rami Abdulrahman", "X, commander of Y", «قائد فيلق القدس إسماعيل قاآني»),
 * "led by", «بقيادة», "appointed". A title alone ("President Bashar al-Assad") makes the person the
 * leader of what the gazetteer says they belong to. Spokesmen, ministers and envoys lead nothing, nor do
 * deputies («نائب قائد», "deputy leader", "Vice President"): a title right after such a word makes no claim.
 * A country is what a title leads only when it stands right after it ("President of Syria", «رئيس
 * سوريا»), not inside another name («رئيس مجلس سوريا الديمقراطية», «زعيم تنظيم القاعدة في العراق»).
 */
import type { Claim } from "../../types.ts";
import { RuleBook, matchAll, type Item, type Match } from "./engine.ts";
import { makeClaim, party, type ArticleContext, type RuleRow } from "./make.ts";
import { normalizeName } from "../../text/normalize.ts";
import type { Sentence } from "./sentence.ts";

export type LeadershipRow = RuleRow;

const TITLE_EN =
  "president|leader|caliph|commander|commander-in-chief|head|chief|director|emir|founder|secretary-general|secretary_general|general_secretary|chairman|chairwoman|co-chair|co-chairman|co-chairwoman|co-leader|supreme_leader|top_commander|military_commander|field_commander|prime_minister";
// (feminine forms end in ة, folded to ه: قائدة is قائده, الزعيمة is ال + زعيمه)
const TITLE_AR =
  "رئيس|رئيسه|رئيسا|رئيسها|قائد|قائده|قائدا|قائدها|زعيم|زعيمه|زعيما|زعيمها|امير|اميره|اميرا|اميرها|مدير|مديره|مديرا|امين_عام|الامين_العام|مؤسس|القيادي|القياديه|قيادي|قياديه|المرشد|مرشد|الزعيم|الرئيس|القائد|المدير|متزعم|المتزعم|والي|الوالي";
/** What names an armed force, a campaign or an operation the gazetteer may not know (not a party, movement or organisation, which the person may lead without leading their own group). */
const FORCE_NOUN_AR = "حمله|معركه|عمليه|غرفه|عمليات|قوات|ميليشيا|ميليشيات|فصيل|فصايل|كتايب|كتيبه|لواء|جبهه|جيش|فيلق|فرقه|شرطه";
/** Titles of a commander or a leading member, which «في» may follow with a body the gazetteer does not know. */
const MEMBER_AR = "القيادي|القياديه|قيادي|قياديه|قائد|قائده|زعيم|زعيمه|امير|اميره";
/** A rank or honorific between a title or verb and the name («بقيادة العميد سهيل الحسن», "commander Gen. Joseph Votel"). */
const RANK_AR = "اللواء|العميد|الجنرال|العقيد|المقدم|الفريق|العماد|الرائد|النقيب|الشيخ|السيد|الحاج|المدعو";
const RANK_EN = "general|major_general|brigadier_general|lieutenant_general|colonel|sheikh|gen\\.|maj\\._gen\\.|brig\\._gen\\.|lt\\._gen\\.|col\\.";
/** Words that may stand between a body and its leader's title ("ISIS's top commander", "Syrian regime leader"). */
const BODY_ADJ_EN = "s|top|senior|military|political|overall|de_facto|acting|former|jailed|slain|late|self-styled|spiritual|supreme|field|regional|local";

/** The constructions, in order: where two read the same name, the first wins. */
export const LEADERSHIP_RULES: LeadershipRow[] = [
  { id: "leadership/en/appointed", pattern: `appointed|named|picked {person} [as] [the] [new] ${TITLE_EN} of|in [the] {body}`, example: "Tehran appointed Esmail Qaani as commander of the Quds Force." },
  { id: "leadership/en/person-title-of-body", pattern: `{person} [,] [the] …2 ${TITLE_EN} of|in [the] …2 {body}`, example: "Rami Abdulrahman, head of the Syrian Observatory for Human Rights, said." },
  { id: "leadership/en/title-of-body-person", pattern: `${TITLE_EN} of [the] …2 {body} [,] {person}`, example: "The head of the Syrian Observatory for Human Rights, Rami Abdulrahman, said." },
  { id: "leadership/en/body-title-person", pattern: `{body} [${BODY_ADJ_EN}] [${BODY_ADJ_EN}] ${TITLE_EN} [${RANK_EN}] {person}`, example: "SOHR director Rami Abdulrahman said." },
  { id: "leadership/en/led-by", pattern: `{body} [,] …3 led_by|headed_by|commanded_by|under_the_command_of|under_the_leadership_of [${RANK_EN}] {person}`, example: "The Quds Force, led by Esmail Qaani, sent advisers." },
  { id: "leadership/en/person-leads", pattern: "{person} [,] …2 leads|led|heads|headed|commands|commanded|runs [the] {body}", example: "Esmail Qaani leads the Quds Force." },
  { id: "leadership/en/title-person", pattern: `${TITLE_EN} [${RANK_EN}] {person}`, example: "the government of President Bashar al-Assad" },
  // a body the gazetteer does not know, described: the person leads what they belong to
  {
    id: "leadership/en/title-of-described-body-person",
    pattern: "head|director|leader|chief|commander|founder|chairman|chairwoman|co-chair|emir of [the] …,4 {person}",
    example: "said the director of the London-based war monitor, Rami Abdulrahman.",
  },
  { id: "leadership/ar/appointed", pattern: `تعيين|عين|عينت {person} …2 ${TITLE_AR} …2 [ل|في] {body}`, example: "أعلنت طهران تعيين إسماعيل قاآني قائدا لفيلق القدس." },
  // the head of an office of a body («مدير المكتب الإعلامي ل - "قسد"», «رئيس المكتب السياسي لجيش الإسلام»)
  { id: "leadership/ar/head-of-office-of-body", pattern: "مدير|رئيس|مسؤول المكتب|مكتب …2 [ل|في] [-] {body} …2 {person}", example: "صرح رئيس المكتب السياسي لجيش الإسلام محمد علوش بأن الوفد سيحضر." },
  { id: "leadership/ar/title-body-person", pattern: `${TITLE_AR} [في|ل] …3 {body} …2 {person}`, example: "قال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن." },
  { id: "leadership/ar/person-title-body", pattern: `{person} [,] ${TITLE_AR} …2 [في|ل] {body}`, example: "إسماعيل قاآني قائد فيلق القدس زار البوكمال." },
  {
    id: "leadership/ar/led-by",
    pattern: `{body} …3 بقياده|تحت_قياده|تحت_امره|بامره|بزعامه|يقودها|يقوده|تقودها|يتزعمها|يتزعمه|يترأسها|يرأسها|يرأسه|التي_يقودها|الذي_يقوده [${RANK_AR}] {person}`,
    example: "الميليشيات الإيرانية التي يقودها سلمان الإيراني.",
  },
  { id: "leadership/ar/person-leads", pattern: "{person} [,] …2 يقود|يتزعم|يترأس|قاد|تزعم|ترأس {body}", example: "سلمان الإيراني يقود الميليشيات التابعة لإيران." },
  { id: "leadership/ar/leads-person-body", pattern: `يقود|يتزعم|يترأس [${RANK_AR}] {person} {body}`, example: "ويقود سلمان الإيراني الميليشيات التابعة لإيران." },
  { id: "leadership/ar/title-person", pattern: `${TITLE_AR} …1 {person}`, example: "وقال القائد العسكري أبو محمد الجولاني." },
  // taking command: «تولى قيادة فيلق القدس»
  { id: "leadership/ar/person-took-command", pattern: "{person} …3 تولى|يتولى|تسلم|يتسلم|استلم قياده|رئاسه|زعامه {body}", example: "وكان إسماعيل قاآني قد تولى قيادة فيلق القدس بعد مقتل سلفه." },
  // one of a body's commanders: «أحد قادة حزب الله», «أبرز قياديي داعش»
  { id: "leadership/ar/one-of-the-commanders-body-person", pattern: "احد|ابرز قاده|قياديي [في] …2 {body} …2 {person}", example: "وقتل أحد قادة حزب الله مصطفى بدر الدين في انفجار." },
  { id: "leadership/ar/person-one-of-the-commanders-body", pattern: "{person} [,] احد|ابرز قاده|قياديي …1 [في] {body}", example: "وقتل مصطفى بدر الدين أحد قادة حزب الله في انفجار." },
  // one of its commanders, of a body said before: «نعى الحزب أحد قادته الميدانيين فلان»
  { id: "leadership/ar/one-of-its-commanders-person", pattern: "احد|ابرز [ابرز] قادته|قادتها|قيادييه|قيادييها [الميدانيين|العسكريين|البارزين] {person}", example: "ونعى الحزب أحد قادته الميدانيين إبراهيم عقيل." },
  // «القيادية في حملة "…" فلانة»: a commander in a body or campaign the gazetteer does not know
  { id: "leadership/ar/member-in-described-body-person", pattern: `${MEMBER_AR} في ${FORCE_NOUN_AR} …2 {person}`, example: "وقال القيادي في غرفة عمليات المعركة مظلوم عبدي إن الهجوم مستمر." },
  // the head of a force the gazetteer does not know, named by its kind: «القائد العام لجيش …», «قائد فرقة …»
  { id: "leadership/ar/title-of-described-force-person", pattern: `${TITLE_AR} [العام|العسكري|الميداني] [ل] ${FORCE_NOUN_AR} …4 {person}`, example: "وقال القائد العام لجيش الجبل جميل الصالح إن رجاله صامدون." },
  // a name the text gives, then the by-name the gazetteer knows: «القيادي في داعش فلان الملقب بأبي …»
  {
    id: "leadership/ar/title-body-nicknamed-person",
    pattern: `${TITLE_AR} [في|ل] …3 {body} …4 الملقب|الملقبه|المكنى|المعروف|الشهير [ب] {person}`,
    example: "وقال القيادي في حزب الله رجل من الجنوب الملقب بأبي علي الطبطبائي إن الجبهة هادئة.",
  },
  // the same, a commander of a body the gazetteer does not know: «قائد فصيل … المدعو أبو …»
  {
    id: "leadership/ar/title-described-nicknamed-person",
    pattern: `${MEMBER_AR} [العام|العسكري|الميداني] …3 المدعو|الملقب|الملقبه|المكنى|المعروف|الشهير [ب] {person}`,
    example: "وقال قائد مجموعة الوادي المدعو أبو حاتم شقرا إن رجاله صامدون.",
  },
  // a group leading a group: «قسد التي تهيمن عليها وحدات حماية الشعب», "the YPG-dominated SDF"
  {
    id: "leadership/ar/body-led-by-group",
    pattern: "{body=party} [,] …2 التي|الذي تهيمن_عليها|يهيمن_عليها|يهيمن_عليه|تقودها|يقودها|يقوده|تتزعمها|يتزعمها [ميليشيا|ميليشيات] {person=group}",
    example: "قوات سوريا الديمقراطية التي تهيمن عليها وحدات حماية الشعب الكردية.",
  },
  {
    id: "leadership/ar/group-backbone-of",
    pattern: "{body=party} [,] …2 التي|الذي تشكل|يشكل {person=group} …1 عمادها|عماده|عمودها_الفقري|نواتها|قوامها_الرئيسي",
    example: "قوات سورية الديمقراطية، التي تشكل وحدات حماية الشعب الكردية عمادها.",
  },
  // the name, then the head's title of a force named by its kind: «فلان قائد القوات الإيرانية في حلب»
  { id: "leadership/ar/person-title-of-described-force", pattern: `{person} [,] ${TITLE_AR} [العام|العسكري|الميداني] ${FORCE_NOUN_AR}`, example: "وزار جواد غفاري قائد القوات الخاصة في المدينة الجبهة." },
  // a name that carries its title («الرئيس بشار الأسد», "President Assad"): the person leads what they belong to
  { id: "leadership/ar/titled-name", pattern: "{person}", example: "قوات الرئيس بشار الأسد تتقدم." },
  { id: "leadership/en/titled-name", pattern: "{person}", example: "The forces of President Assad advanced." },
  { id: "leadership/en/group-led-body", pattern: "{person=group} -led|-dominated|led|dominated {body=party}", example: "The YPG-dominated Syrian Democratic Forces took the dam." },
  { id: "leadership/en/body-dominated-by", pattern: "{body=party} [,] …3 dominated_by|spearheaded_by|led_by {person=group}", example: "The Syrian Democratic Forces, dominated by the YPG, took the dam." },
];

const BOOK = new RuleBook(LEADERSHIP_RULES);

/** The claims of the leadership constructions in a sentence; `covered` collects the spans they read. */
export function leadershipClaims(a: ArticleContext, s: Sentence, attribution: string | null, covered: Array<{ start: number; end: number }> = []): Claim[] {
  const out: Claim[] = [];
  const seen = new Set<Item>();
  for (const { rule, compiled } of BOOK.candidates(a.language, s.tagged)) {
    for (const m of matchAll(compiled, s.tagged)) {
      const person = m.slots.person?.[0];
      if (!person || seen.has(person)) continue;
      // (a deputy's title, or a title that is not the name's, is read and leads nothing: neither a later rule nor the trigger window reads it again)
      if (isDeputy(a.norm.text, m) || otherRoleBefore(a.norm.text, rule, m, person)) {
        seen.add(person);
        covered.push(m);
        continue;
      }
      const c = build(a, s, rule, m, person, attribution);
      if (!c) continue;
      seen.add(person);
      covered.push(m);
      out.push(c);
    }
  }
  return out;
}

const words = (list: string) => list.split("|").map((w) => normalizeName(w.replace(/_/g, " ")).replace(/\s+/g, "\\s+"));
/** A deputy's word, right before a title or inside the match: «نائب», «مساعد», "deputy", "vice". */
const DEPUTY = `(?:[وفلب]?(?:${words("نائب|نائبة|مساعد").join("|")})|deputy|vice|assistant)`;
// (no word boundary before: texts glue words, «الإرهابنائب الرئيس»)
const DEPUTY_BEFORE = new RegExp(`${DEPUTY}[\\s-]*$`, "iu");
const DEPUTY_IN = new RegExp(`(?:^|[^\\p{L}])${DEPUTY}(?![\\p{L}])`, "iu");
/** A title, then only what links it to a country: the country is what it leads («رئيس سوريا», "President of Syria"). */
const TITLE_THEN_COUNTRY = new RegExp(`(?:^|[^\\p{L}])(?:[وفلب]?(?:ال)?(?:${[...words(TITLE_AR), ...words(TITLE_EN)].join("|")}))[\\s"'\\-]*(?:(?:of|in|for|the|ل|لل|في)(?![\\p{L}])[\\s"'\\-]*)*$`, "iu");
/** After a name, a word that starts another phrase: "X and the President of Y", «X وقائد Y». */
const NOT_APPOSITION = /^[\s,"']*(?:(?:and|or|to|with|by|from)(?![\p{L}])|و)/iu;

const isDeputy = (text: string, m: Match) => DEPUTY_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || DEPUTY_IN.test(text.slice(m.start, m.end));

/**
 * Do the words of a match make the person the leader of the body: not a country inside another name,
 * not the head of a delegation, council or office of it («رئيس وفد الحكومة السورية»), not a title
 * that belongs to the next name («X أحد قادة الحشد الشعبي Y»)?
 */
function readsAsLeader(text: string, rule: LeadershipRow, m: Match, person: Item, body: Item | null, items: Item[]): boolean {
  const first = person.start === m.start;
  if (first && body && body.start > person.end && NOT_APPOSITION.test(text.slice(person.end, body.start))) return false;
  if (first && body && items.some((it) => it.code === "N" && it.start >= body.end && it.start - body.end <= 12)) return false;
  // (a force named by its kind, then another name: the title is that name's, «التقى فلان قائد القوات الروسية فلان»)
  if (first && !body && rule.id.includes("described") && items.some((it) => it.code === "N" && it !== person && it.start >= m.end && it.start - m.end <= 30)) return false;
  if (body?.code === "C" && body.start > m.start && !TITLE_THEN_COUNTRY.test(text.slice(m.start, body.start))) return false;
  // (a country's own body that the gazetteer does not know: "the head of Iran's parliament", "commander of Iran's army")
  if (body?.code === "C" && COUNTRY_OWNS_OTHER.test(text.slice(body.end, body.end + 40))) return false;
  // (the title is of another body the text names on the way: «رئيس وفد الحكومة», "head of the delegation of")
  if (body && body.start > m.start && !rule.id.includes("office-of-body") && DESCRIBED_OTHER.test(text.slice(first ? person.end : m.start, body.start))) return false;
  // (a body the text only describes: the same, before the name)
  if (rule.id.includes("described-body") && DESCRIBED_OTHER.test(text.slice(m.start, person.start))) return false;
  return true;
}

/** Between the body and the name, another role or a clause: «قائد لواء القدس وزير الدفاع X», «قائد الجيش إن X» (the name is not the title's). */
function otherRoleBefore(text: string, rule: LeadershipRow, m: Match, person: Item): boolean {
  const body = m.slots.body?.[0];
  const from = body && body.end <= person.start ? body.end : rule.id.includes("described") && person.start > m.start ? m.start : null;
  return from !== null && OTHER_ROLE_OR_CLAUSE.test(text.slice(from, person.start));
}
const OTHER_ROLE_OR_CLAUSE = new RegExp(
  `(?:^|[^\\p{L}])(?:[وفلب]?(?:ال)?(?:${words("وزير|وزيرة|متحدث|متحدثة|سفير|مستشار|مبعوث|مندوب|ان|قال|قالت|اعلن|اكد").join("|")})|said|says|told|that|minister|spokesman|spokeswoman|envoy|ambassador|adviser|advisor)(?![\\p{L}])`,
  "iu",
);
const COUNTRY_OWNS_OTHER =
  /^(?:'s|’s|s)?\s+(?:[a-z-]+\s+)?(?:delegation|committee|commission|council|office|bureau|team|wing|ministry|government|department|parliament|army|navy|air force|police|intelligence|guard|forces|militias?)(?![\p{L}])/iu;
const DESCRIBED_OTHER = new RegExp(
  `(?:^|[^\\p{L}])(?:[وفلب]?(?:ال)?(?:${words("وفد|لجنة|مجلس|مكتب|جناح|وزارة|فريق|حكومة|برلمان").join("|")})|delegation|committee|commission|council|office|bureau|team|wing|ministry|government|department|parliament)(?![\\p{L}])`,
  "iu",
);

/**
 * The unit a title names before the body it belongs to: «قائد فيلق القدس في الحرس الثوري X» reads the
 * IRGC as the body (the gap after the Quds Force was too long), but X commands the Quds Force, a part
 * of it. An item between the title and the body whose parent is the body is what the title leads.
 */
function unitOf(body: Item | null, m: Match, person: Item, items: Item[]): Item | null {
  if (!body?.entity || body.start <= m.start) return body;
  return items.find((it) => it !== person && it.start >= m.start && it.end <= body.start && it.entity?.parent === body.entity!.id) ?? body;
}

/** A country that owns the force named right after it ("commander of Iran's Quds Force"): the force is what the title leads. */
function ownedForce(text: string, body: Item | null, person: Item, items: Item[]): Item | null {
  if (body?.code !== "C") return body;
  return items.find((it) => it !== person && (it.code === "G" || it.code === "O") && it.start >= body.end && /^(?:'s|’s|s)?\s*$/u.test(text.slice(body.end, it.start))) ?? body;
}

/** A title that a name of the gazetteer may begin with. */
const TITLED = new RegExp(`^(?:${[...TITLE_EN.split("|"), ...TITLE_AR.split("|").map((w) => normalizeName(w))].map((w) => w.replace(/_/g, " ")).join("|")})\\s`, "iu");

function build(a: ArticleContext, s: Sentence, rule: LeadershipRow, m: Match, person: Item, attribution: string | null): Claim | null {
  if (rule.id.endsWith("/titled-name") && !TITLED.test(s.text.slice(person.start, person.end))) return null;
  // (a title alone: what the gazetteer says the person belongs to)
  const body = ownedForce(a.norm.text, unitOf(m.slots.body?.[0] ?? null, m, person, s.tagged.items), person, s.tagged.items);
  if (!readsAsLeader(a.norm.text, rule, m, person, body, s.tagged.items)) return null;
  const led = party(body).id ?? person.entity?.affiliation ?? null;
  if (!led || !person.entity || led === person.entity.id) return null;
  const b = party(body);
  return makeClaim(a, s, "leadership", rule.id, attribution, [m, person, body], {
    subject: person.entity.id,
    object: led,
    ...(b.actor ? { actors: { object: b.actor } } : {}),
  });
}
