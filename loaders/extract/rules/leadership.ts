/**
 * Leadership: who leads, heads or commands what. One row per construction: a title before or after
 * a name ("SOHR director Rami Abdulrahman", "X, commander of Y", «قائد فيلق القدس إسماعيل قاآني»),
 * "led by", «بقيادة», "appointed". A title alone ("President Bashar al-Assad") makes the person the
 * leader of what the gazetteer says they belong to. Spokesmen, ministers and envoys lead nothing.
 */
import type { Claim } from "../../types.ts";
import { RuleBook, matchAll, type Item, type Match } from "./engine.ts";
import { makeClaim, party, type ArticleContext, type RuleRow } from "./make.ts";
import { normalizeName } from "../../text/normalize.ts";
import type { Sentence } from "./sentence.ts";

export type LeadershipRow = RuleRow;

const TITLE_EN = "president|leader|commander|commander-in-chief|head|chief|director|emir|founder|secretary-general|secretary_general|general_secretary|chairman|supreme_leader|top_commander|military_commander|field_commander|prime_minister";
const TITLE_AR = "رئيس|رئيسه|رئيسا|قائد|قائده|قائدا|زعيم|زعيمه|زعيما|امير|اميرا|مدير|مديره|مديرا|امين_عام|الامين_العام|مؤسس|القيادي|القياديه|قيادي|المرشد|مرشد|الزعيم|الرئيس|القائد|المدير";

/** The constructions, in order: where two read the same name, the first wins. */
export const LEADERSHIP_RULES: LeadershipRow[] = [
  { id: "leadership/en/appointed", pattern: `appointed|named|picked {person} [as] [the] [new] ${TITLE_EN} of|in [the] {body}`, example: "Tehran appointed Esmail Qaani as commander of the Quds Force." },
  { id: "leadership/en/person-title-of-body", pattern: `{person} [,] [the] …2 ${TITLE_EN} of|in [the] …2 {body}`, example: "Rami Abdulrahman, head of the Syrian Observatory for Human Rights, said." },
  { id: "leadership/en/title-of-body-person", pattern: `${TITLE_EN} of [the] …2 {body} [,] {person}`, example: "The head of the Syrian Observatory for Human Rights, Rami Abdulrahman, said." },
  { id: "leadership/en/body-title-person", pattern: `{body} …2 ${TITLE_EN} {person}`, example: "SOHR director Rami Abdulrahman said." },
  { id: "leadership/en/led-by", pattern: "{body} [,] …3 led_by|headed_by|commanded_by|under_the_command_of|under_the_leadership_of {person}", example: "The Quds Force, led by Esmail Qaani, sent advisers." },
  { id: "leadership/en/person-leads", pattern: "{person} …2 leads|led|heads|headed|commands|commanded|runs [the] {body}", example: "Esmail Qaani leads the Quds Force." },
  { id: "leadership/en/title-person", pattern: `${TITLE_EN} {person}`, example: "the government of President Bashar al-Assad" },
  { id: "leadership/ar/appointed", pattern: `تعيين|عين|عينت {person} …2 ${TITLE_AR} …2 [ل|في] {body}`, example: "أعلنت طهران تعيين إسماعيل قاآني قائدا لفيلق القدس." },
  { id: "leadership/ar/title-body-person", pattern: `${TITLE_AR} [في|ل] …3 {body} …2 {person}`, example: "قال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن." },
  { id: "leadership/ar/person-title-body", pattern: `{person} [,] ${TITLE_AR} …2 [في|ل] {body}`, example: "إسماعيل قاآني قائد فيلق القدس زار البوكمال." },
  { id: "leadership/ar/led-by", pattern: "{body} …3 بقياده|يقودها|يقوده|تقودها|يتزعمها|يتزعمه|يترأسها|التي_يقودها|الذي_يقوده {person}", example: "الميليشيات الإيرانية التي يقودها سلمان الإيراني." },
  { id: "leadership/ar/person-leads", pattern: "{person} …2 يقود|يتزعم|يترأس|قاد|تزعم|ترأس {body}", example: "سلمان الإيراني يقود الميليشيات التابعة لإيران." },
  { id: "leadership/ar/leads-person-body", pattern: "يقود|يتزعم|يترأس {person} {body}", example: "ويقود سلمان الإيراني الميليشيات التابعة لإيران." },
  { id: "leadership/ar/title-person", pattern: `${TITLE_AR} …1 {person}`, example: "وقال القائد العسكري أبو محمد الجولاني." },
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
      const c = build(a, s, rule, m, person, attribution);
      if (!c) continue;
      seen.add(person);
      covered.push(m);
      out.push(c);
    }
  }
  return out;
}

/** A title that a name of the gazetteer may begin with. */
const TITLED = new RegExp(`^(?:${[...TITLE_EN.split("|"), ...TITLE_AR.split("|").map((w) => normalizeName(w))].map((w) => w.replace(/_/g, " ")).join("|")})\\s`, "iu");

function build(a: ArticleContext, s: Sentence, rule: LeadershipRow, m: Match, person: Item, attribution: string | null): Claim | null {
  if (rule.id.endsWith("/titled-name") && !TITLED.test(s.text.slice(person.start, person.end))) return null;
  // (a title alone: what the gazetteer says the person belongs to)
  const body = m.slots.body?.[0] ?? null;
  const led = party(body).id ?? person.entity?.affiliation ?? null;
  if (!led || !person.entity || led === person.entity.id) return null;
  const b = party(body);
  return makeClaim(a, s, "leadership", rule.id, attribution, [m, person, body], {
    subject: person.entity.id,
    object: led,
    ...(b.actor ? { actors: { object: b.actor } } : {}),
  });
}
