/**
 * Casualties: who was killed or wounded, how many, where and when. One row per construction of
 * the language; killed and wounded are separate claims; a part of a toll ("including 5 children")
 * and a cumulative tally ("since 2011") are marked as such; a denial or "no casualties" makes none.
 */
import type { Claim } from "../../types.ts";
import { normalizeName } from "../../text/normalize.ts";
import { RuleBook, matchAll, type Item, type Match } from "./engine.ts";
import { makeClaim, party, quantityValue, type ArticleContext, type RuleRow } from "./make.ts";
import type { Sentence } from "./sentence.ts";
import { eventDate, eventPlace, inClause, partyBefore } from "./context.ts";

export interface CasualtyRow extends RuleRow {
  unit: "killed" | "wounded";
  /** The construction names one victim ("a soldier was killed", «مقتل عنصر»): the count is 1. */
  one?: true;
  scope?: "tally" | "subcount";
  /** A part of a toll that says so itself ("68 children were among the dead"): it needs no toll before it in the sentence. */
  part?: true;
  /** The party before the construction did it ("Russian strikes kill 34"). */
  active?: true;
}

const VICTIM_EN =
  "soldier|civilian|child|boy|girl|woman|man|person|fighter|rebel|militant|policeman|officer|member|journalist|activist|pilot|contractor|doctor|worker|commander|leader|resident|teenager|general|colonel|adviser|advisor|guard|medic|paramedic|photographer|cameraman|reporter|volunteer|official";
const VICTIM_AR = "عنصر|جندي|شخص|مدني|طفل|طفله|مقاتل|ضابط|امراه|سيده|شاب|رجل|قيادي|متعاقد|طيار|طيارها|صحفي|ناشط|مسلح|عامل|مسعف|طبيب|مواطن|قائد|امير|مسؤول|عسكري";

/** The constructions, in order: where two read the same count, the first wins. */
export const CASUALTY_RULES: CasualtyRow[] = [
  // cumulative tallies first: "the war has killed", «النزاع الذي أودى بحياة»
  { id: "casualties/en/war-has-killed", unit: "killed", scope: "tally", pattern: "war|conflict|uprising|crisis|violence … has|have|had killed|claimed|left {count=n:victims}", example: "Syria's war has killed more than 280,000 people." },
  {
    id: "casualties/ar/war-has-killed",
    unit: "killed",
    scope: "tally",
    pattern: "الحرب|النزاع|الصراع|الازمه|الثوره …3 اودت|اودى|خلفت|خلف|تسببت|تسبب|اسفرت|اسفر …2 حياه|مقتل|سقوط [من] {count=n:victims}",
    example: "النزاع الذي أودى بحياة أكثر من 330 ألف شخص.",
  },
  // subcounts: "including 5 children", «بينهم 5 أطفال»
  { id: "casualties/en/including-n", unit: "killed", scope: "subcount", pattern: "including|includes {count=n:persons}", example: "The strike killed 15 people, including 4 children." },
  {
    id: "casualties/en/among-them-n",
    unit: "killed",
    scope: "subcount",
    pattern: "among_them|among_whom|of_whom|of_them|among_the_dead|among_the_victims|among_those_killed {count=n:persons}",
    example: "The strike killed 15 people, among them 4 children.",
  },
  { id: "casualties/en/n-of-the-dead-were", unit: "killed", scope: "subcount", part: true, pattern: "{count=n:killed} were|are [mostly|mainly|all] {group=party}", example: "At least 109 of the dead were evacuees, the Observatory said." },
  {
    id: "casualties/en/n-of-the-wounded-were",
    unit: "wounded",
    scope: "subcount",
    part: true,
    pattern: "{count=n:wounded} were|are|remain|remained [in] …3 critical|serious|grave|severe",
    example: "Fifteen of the wounded were in critical condition.",
  },
  { id: "casualties/ar/among-the-dead-n", unit: "killed", scope: "subcount", part: true, pattern: "بين|من_بين|ومن_بين القتلي|الضحايا|الشهداء {count=n:persons}", example: "وبين القتلى 12 طفلا." },
  {
    id: "casualties/en/n-among-the-dead",
    unit: "killed",
    scope: "subcount",
    part: true,
    pattern: "{count=n:persons} …2 among|were_among the_dead|those_killed|the_killed|the_victims|those_who_died",
    example: "The strike killed 40 people; nearly 20 children were among the dead.",
  },
  {
    id: "casualties/en/n-among-the-m-killed",
    unit: "killed",
    scope: "subcount",
    part: true,
    pattern: "{count=n:persons} [were|are] among|including the {total=n:persons} [who_were|who_have_been] killed|dead|slain|who_died",
    example: "Nine children were among the 40 people killed in the raid.",
  },
  {
    id: "casualties/en/n-among-the-wounded",
    unit: "wounded",
    scope: "subcount",
    part: true,
    pattern: "{count=n:persons} …2 among|were_among|are_among the_wounded|the_injured|those_wounded|those_injured|those_hurt",
    example: "Two nurses were among the wounded, the hospital said.",
  },
  { id: "casualties/en/n-of-the-wounded-were-x", unit: "wounded", scope: "subcount", part: true, pattern: "{count=n:wounded} were|are [mostly|mainly|all] {group=party}", example: "Six of the injured were children." },
  { id: "casualties/ar/among-the-wounded-n", unit: "wounded", scope: "subcount", part: true, pattern: "بين|من_بين|ومن_بين الجرحي|المصابين {count=n:persons}", example: "وكان بين الجرحى ثلاثة مسعفين." },
  { id: "casualties/ar/among-them-n", unit: "killed", scope: "subcount", pattern: "بينهم|بينهن|منهم|منهن|بينها|ضمنهم {count=n:persons}", example: "قتل 20 شخصا بينهم 5 أطفال." },
  // killed
  { id: "casualties/en/death-toll", unit: "killed", pattern: "death|casualty toll …12 to|at|of|reached|hit|topped|is|was|stands {count=n:victims}", example: "The death toll from the bombing rose to 126." },
  { id: "casualties/en/left-n-dead", unit: "killed", active: true, pattern: "left|leaving|leaves {count=n:persons} …3 dead|killed", example: "Clashes left 23 civilians dead." },
  { id: "casualties/en/kill-n", unit: "killed", active: true, pattern: "kill|kills|killed|killing|claimed|claiming {count=n:persons}", example: "Russian air strikes killed 34 civilians in the village." },
  {
    id: "casualties/en/n-including-m-killed",
    unit: "killed",
    pattern: "{count=n:persons} [,] including|among|some [a|an|one] [{part=n:persons}] …4 [,] [were|have|had|are|have_been|had_been|were_all] killed|dead|died|perished|slain|executed|destroyed|eliminated|neutralised|neutralized|liquidated",
    example: "At least 126 people including 68 children were killed on Saturday.",
  },
  { id: "casualties/en/n-lost-lives", unit: "killed", pattern: "{count=n:persons} …3 lost|lose|losing their_lives", example: "Seven civilians lost their lives in the shelling." },
  {
    id: "casualties/en/n-from-x-killed",
    unit: "killed",
    pattern: "{count=n:persons} …1 from …8 were|are|have_been|had_been killed|slain|executed",
    example: "Thirty evacuees from the besieged villages of the north were killed at the crossing.",
  },
  { id: "casualties/en/n-killed", unit: "killed", pattern: "{count=n:persons} …5 killed|dead|died|perished|slain|executed|beheaded", example: "At least 20 civilians were killed on Sunday." },
  // fighters "destroyed", "eliminated", «القضاء على»: a military communiqué's words for killed
  {
    id: "casualties/en/n-fighters-eliminated",
    unit: "killed",
    pattern: "{count=n:persons} …10 were|have_been|had_been|been destroyed|eliminated|neutralised|neutralized|liquidated",
    example: "Up to 80 IS fighters were destroyed in the area of Mayadeen.",
  },
  {
    id: "casualties/en/eliminate-n-fighters",
    unit: "killed",
    active: true,
    pattern: "destroyed|destroying|eliminated|eliminating|neutralised|neutralized|liquidated|liquidating {count=n:persons}",
    example: "Russian aircraft eliminated 180 militants near Deir ez-Zor.",
  },
  { id: "casualties/ar/eliminating-n-fighters", unit: "killed", active: true, pattern: "القضاء_علي|تصفيه|تحييد {count=n:forces}", example: "أعلنت الوزارة القضاء على 80 مسلحا في ريف دير الزور." },
  { id: "casualties/en/killing-of-n", unit: "killed", pattern: "killing|killings|death|deaths|lives|murder|execution|executions|massacre of {count=n:persons}", example: "The rocket led to the killing of one person." },
  {
    id: "casualties/en/execute-n",
    unit: "killed",
    active: true,
    pattern: "execute|executes|executed|executing|behead|beheads|beheaded|beheading|massacre|massacred|massacring|slaughtered {count=n:persons}",
    example: "IS executed 15 captured Assyrians.",
  },
  { id: "casualties/en/n-dead", unit: "killed", pattern: "{count=n:killed}", example: "Car bomb leaves 22 dead in Qamishli." },
  { id: "casualties/en/one-killed", unit: "killed", one: true, pattern: `a|an|one|the …2 ${VICTIM_EN} …4 was|is killed|dead|slain|executed|died`, example: "A senior army commander was killed by a roadside bomb." },
  { id: "casualties/en/kill-one", unit: "killed", one: true, active: true, pattern: `kill|kills|killed|killing a|an|one ${VICTIM_EN}`, example: "The sniper killed a civilian." },
  { id: "casualties/en/one-described-killed", unit: "killed", one: true, pattern: "a|an|one {victim=party} …3 was|is killed|dead|died|slain", example: "A US contractor was killed in the attack." },
  { id: "casualties/ar/toll-rose-to-n", unit: "killed", pattern: "حصيله|عدد القتلى|قتلى|الضحايا|ضحايا …20 الى|لتصل|لتبلغ|بلغت|بلغ {count=n:victims}", example: "ارتفعت حصيلة القتلى في المدينة جراء القصف المتواصل إلى 61 شخصا." },
  { id: "casualties/ar/toll-n", unit: "killed", pattern: "حصيله|عدد القتلى|قتلى|الضحايا|ضحايا …12 {count=n:victims}", example: "حصيلة القتلى 61 شخصا." },
  { id: "casualties/ar/killing-of-n", unit: "killed", pattern: "مقتل|قتل|استشهاد|مصرع|وفاه|سقوط|اعدام|اعدم|تصفيه {count=n:victims}", example: "أسفر القصف عن مقتل 5 عناصر." },
  { id: "casualties/ar/party-killed-n", unit: "killed", active: true, pattern: "قتلت|تقتل|يقتل|قتلوا|تقتلان {count=n:victims}", example: "وقالت مصادر محلية إن الغارات الروسية قتلت 14 مدنيا في البلدة." },
  { id: "casualties/ar/killed-party-n", unit: "killed", pattern: "قتل|قتلت|تقتل|يقتل {by=actor} {count=n:victims}", example: "وقتلت قوات النظام 6 عناصر من التنظيم في اشتباكات." },
  { id: "casualties/ar/verb-n-killed", unit: "killed", pattern: "استشهد|استشهدت|قضى|قضت|راح_ضحيته|راح_ضحيتها|راح_ضحيتهم|ذهب_ضحيته|ذهب_ضحيتها|ذهب_ضحيتهم {count=n:victims}", example: "استشهد 4 مدنيين في قصف على البلدة." },
  { id: "casualties/ar/n-met-death", unit: "killed", pattern: "لقي|لقوا|لقيت {count=n:victims} …4 حتفهم|مصرعهم|حتفهن|مصرعهن|حتفه|مصرعه", example: "لقي 6 أشخاص حتفهم في انفجار سيارة." },
  { id: "casualties/ar/took-lives-of-n", unit: "killed", active: true, pattern: "اودى|اودت|يودي|تودي …2 حياه {count=n:victims}", example: "أودى الانفجار بحياة 14 شخصا." },
  { id: "casualties/ar/n-were-killed", unit: "killed", pattern: "{count=n:victims} …2 قتلوا|قتل|قتلا|لقوا|لقي|قضوا|استشهدوا|سقطوا|اعدموا", example: "12 مدنيا قتلوا في القصف." },
  { id: "casualties/ar/n-dead", unit: "killed", pattern: "{count=n:killed}", example: "سقط 20 قتيلا في الانفجار." },
  { id: "casualties/ar/killing-of-one", unit: "killed", one: true, pattern: `مقتل|استشهاد|مصرع|اغتيال|قتل|وفاه ${VICTIM_AR}`, example: "أعلنت الوزارة مقتل جندي في الهجوم." },
  { id: "casualties/ar/one-was-killed", unit: "killed", one: true, pattern: `استشهد|اغتيل|توفي|قضى ${VICTIM_AR}`, example: "استشهد جندي بانفجار لغم في ريف المدينة." },
  { id: "casualties/ar/one-met-death", unit: "killed", one: true, pattern: `لقي|لقيت ${VICTIM_AR} …6 مصرعه|حتفه|مصرعها|حتفها`, example: "لقي عنصر من الشرطة مصرعه بانفجار عبوة." },
  { id: "casualties/ar/killing-of-one-described", unit: "killed", one: true, pattern: "مقتل|استشهاد|مصرع|اغتيال|قتل|وفاه {victim=party}", example: "أسفرت الهجمات عن مقتل متعاقد أميركي." },
  // wounded
  { id: "casualties/en/injury-toll", unit: "wounded", pattern: "number_of_injured|number_of_wounded|number_of_injuries …8 to|at|is|was|reached {count=n:victims}", example: "The number of injured rose to 40." },
  {
    id: "casualties/en/victims-toll",
    unit: "killed",
    pattern: "number_of_victims|number_of_dead|number_of_deaths|number_of_people_killed|number_of_those_killed …8 to|at|is|was|reached {count=n:victims}",
    example: "The number of victims is at least 70.",
  },
  { id: "casualties/en/wound-n", unit: "wounded", active: true, pattern: "wound|wounds|wounded|wounding|injure|injures|injured|injuring [another|other|a_further|more] {count=n:persons}", example: "The attack wounded 30 others." },
  { id: "casualties/en/n-wounded", unit: "wounded", pattern: "{count=n:persons} …5 wounded|injured|hurt", example: "At least 170 people had also been wounded." },
  { id: "casualties/en/n-injured", unit: "wounded", pattern: "{count=n:wounded}", example: "The blast left 30 injured." },
  { id: "casualties/en/one-wounded", unit: "wounded", one: true, pattern: `a|an|one ${VICTIM_EN} …3 was|were|is wounded|injured|hurt`, example: "A soldier was wounded." },
  {
    id: "casualties/ar/wounded-toll-rose-to-n",
    unit: "wounded",
    pattern: "حصيله|عدد المصابين|الجرحى|الاصابات|المصابين …20 الى|لتصل|لتبلغ|بلغت|بلغ {count=n:victims}",
    example: "ارتفعت حصيلة المصابين في صفوف القوات الأميركية جراء الضربات المضادة إلى 12 جنديا.",
  },
  { id: "casualties/ar/wounded-toll", unit: "wounded", pattern: "حصيله|عدد المصابين|الجرحى|الاصابات|المصابين …12 {count=n:victims}", example: "حصيلة المصابين 12 جنديا." },
  { id: "casualties/ar/wounding-of-n", unit: "wounded", pattern: "اصابه|جرح|اصيب|اصيبوا|جرحى|اصابات {count=n:victims}", example: "وأسفر الانفجار عن إصابة 30 آخرين." },
  { id: "casualties/ar/n-wounded", unit: "wounded", pattern: "{count=n:victims} …2 جرحى|بجروح|جروح|مصابين|اصيبوا|جرحوا|باصابات", example: "سقط 10 أشخاص بجروح في القصف." },
  { id: "casualties/ar/n-injured", unit: "wounded", pattern: "{count=n:wounded}", example: "سقط 30 جريحا." },
  { id: "casualties/ar/wounding-of-one", unit: "wounded", one: true, pattern: `اصابه|جرح|اصيب ${VICTIM_AR}|اخر|آخر`, example: "مقتل متعاقد وإصابة آخر." },
];

const BOOK = new RuleBook(CASUALTY_RULES);

/** A denial or "no casualties" in the clause: no claim. */
const NEGATED = new RegExp(
  [
    "\\bno (?:casualties|deaths|injuries|fatalities|one was (?:killed|hurt|injured|wounded))",
    "without (?:causing )?(?:any )?(?:casualties|injuries)",
    "did not (?:cause|result in|lead to) (?:any )?(?:casualties|injuries|deaths)",
    "\\bden(?:y|ied|ies|ying)\\b",
    ...["لم تسفر|لم يسفر|لم ينتج|لم تنتج|لم يؤد|لم تؤد|لم تسجل|لم يسجل|دون وقوع|دون اصابات|دون خسائر|بدون اصابات|لا اصابات|لا قتلى|نفى|نفت|ينفي|تنفي"].map((w) => normalizeName(w)),
  ].join("|"),
  "u",
);
/** A cumulative tally: "since 2011", «منذ بداية الحرب». */
const TALLY = new RegExp(
  [
    "since (?:the (?:start|beginning|outbreak|onset) of )?(?:the |syria'?s )?(?:war|conflict|uprising|revolt|revolution|crisis|fighting)",
    "since (?:[a-z']+ ){0,6}?(?:19|20)\\d\\d\\b",
    "since (?:march )?2011|since (?:it|the conflict|the war) (?:began|started|erupted|broke out)|since (?:the start of )?(?:the|this) year|so far this year|since then|ever since|(?:has|have|had) since (?:killed|claimed|left)",
    ...["منذ بدايه|منذ بدء|منذ اندلاع|منذ انطلاق|منذ مطلع|منذ عام 2011|منذ 2011|منذ اذار 2011|منذ مارس 2011|منذ بداية العام|منذ مطلع العام|منذ ذلك الحين|منذ ذلك الوقت"].map((w) => normalizeName(w)),
  ].join("|"),
  "u",
);
/** Words after a count that introduce whose people they were. */
// (or nothing: a count whose noun is a described party, "98 evacuees")
const VICTIMS_AFTER = /^\s*(?:من\s+(?:عناصر|مقاتلي|جنود|افراد|قوات|صفوف)?|في\s+صفوف|بين\s+صفوف|of(?:\s+the)?|from(?:\s+the)?|among(?:\s+the)?|belonging\s+to(?:\s+the)?|members\s+of(?:\s+the)?)?\s*$/u;
const VICTIMS_BEFORE = /(?:في\s+صفوف|بين\s+صفوف)\s*$/u;
/** Words before a party that make it the perpetrator: "by X", «بقصف X». */
const PERPETRATOR = /(?:\bby|بغارات|بغاره|بقصف|برصاص|بنيران|علي\s+يد|من\s+قبل|جراء\s+قصف|اثر\s+قصف|بضربات|بضربه)(?:\s+\S+){0,2}\s*$/u;

/** A singular noun of a person or unit: "contractor", «متعاقد». */
const SINGULAR = new RegExp(`^(?:[وفبل]?(?:ال)?)?(?:${VICTIM_AR}|${VICTIM_EN}|us contractor|u\\.s\\. contractor|american contractor)(?:\\s|$)`, "u");
const isVictimParty = (it: Item) => it.code === "G" || it.code === "A" || it.code === "C" || it.code === "V";

/** The claims of the casualty constructions in a sentence; `counts` collects the quantities they read. */
export function casualtyClaims(a: ArticleContext, s: Sentence, attribution: string | null, counts: Set<Item>): Claim[] {
  const out: Claim[] = [];
  const claimed = new Set<Item>();
  const spans: Array<{ start: number; end: number }> = [];
  // (a part of a toll reserves its count at once, and is made once the tolls it belongs to are known)
  const parts: Array<{ rule: CasualtyRow; m: Match; count: Item }> = [];
  // (each toll with where its count stands: a part of a toll belongs to the toll nearest before it)
  const tolls: Array<{ claim: Claim; at: number }> = [];
  for (const { rule, compiled } of BOOK.candidates(a.language, s.tagged)) {
    for (const m of matchAll(compiled, s.tagged)) {
      const count = m.slots.count?.[0] ?? null;
      if (count ? claimed.has(count) : spans.some((x) => x.start < m.end && m.start < x.end)) continue;
      if (rule.scope === "subcount" && count) {
        claimed.add(count);
        parts.push({ rule, m, count });
        continue;
      }
      const c = build(a, s, rule, m, count, attribution, tolls);
      if (!c) continue;
      if (count) (claimed.add(count), counts.add(count));
      tolls.push({ claim: c, at: count?.start ?? m.start });
      spans.push(m);
      out.push(c);
    }
  }
  for (const { rule, m, count } of parts) {
    const c = build(a, s, rule, m, count, attribution, tolls);
    if (c) (out.push(c), counts.add(count));
  }
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

function build(a: ArticleContext, s: Sentence, rule: CasualtyRow, m: Match, count: Item | null, attribution: string | null, tolls: Array<{ claim: Claim; at: number }>): Claim | null {
  const clause = s.clauseAt(m.start);
  const clauseText = s.text.slice(clause.start, clause.end);
  if (NEGATED.test(clauseText)) return null;
  const q = count?.quantity;
  const victimSlot = m.slots.victim?.[0];
  // a described victim counts as one only when the words name one ("a US contractor", «متعاقد أميركي»)
  if (victimSlot && (victimSlot.code === "Q" || !SINGULAR.test(s.text.slice(victimSlot.start, victimSlot.end)))) return null;
  if (q && /casualt|victim|ضحي|ضحاي|اصابات/.test(q.text) && rule.unit === "killed" && !rule.id.includes("toll")) return null;
  if (q && (q.qualifier === "vague" || q.unit === "percent") && q.low === null && q.high === null) return null;
  let unit: "killed" | "wounded" = rule.unit;
  let total: Claim | undefined;
  if (rule.scope === "subcount") {
    // a part of the toll just before it in the sentence, of its unit
    total = tolls.filter((t) => t.at < m.start && !t.claim.scope).reduce<{ claim: Claim; at: number } | undefined>((x, t) => (!x || t.at > x.at ? t : x), undefined)?.claim;
    if (!total && !rule.part) return null;
    if (total && !rule.part) unit = total.value!.unit as "killed" | "wounded";
  }
  const sentenceText = s.text.slice(s.parts.sentence.start, s.parts.sentence.end);
  const scope = rule.scope ?? (TALLY.test(clauseText) || (rule.unit === "killed" && TALLY.test(sentenceText) && !hasEventDate(s)) ? "tally" : undefined);
  // whose people: inside the count ("31 IS militants"), right after it ("من عناصر X"), or «في صفوف X» before it
  const inner = count?.inner?.find(isVictimParty) ?? (victimSlot && isVictimParty(victimSlot) ? victimSlot : null);
  const after = count ? s.items.find((it) => isVictimParty(it) && it.start >= count.end && it.start - count.end < 40 && VICTIMS_AFTER.test(s.text.slice(count.end, it.start))) : null;
  const before = s.items.filter((it) => isVictimParty(it) && it.end <= (count?.start ?? m.end) && inClause(s, it, clause) && VICTIMS_BEFORE.test(s.before(it.start, 20))).at(-1);
  const victims = inner ?? after ?? before ?? m.slots.group?.[0] ?? null;
  // who did it: "X killed N" (the party before an active construction), "killed by X", «بقصف X»
  const by =
    m.slots.by?.[0] ??
    (rule.active ? partyBefore(s, m.start, clause) : null) ??
    s.items.find((it) => (it.code === "G" || it.code === "A" || it.code === "C") && it !== victims && inClause(s, it, clause) && PERPETRATOR.test(s.before(it.start, 30))) ??
    null;
  const place = eventPlace(s, m, clause, true, true);
  const date = scope === "tally" ? null : byThen(eventDate(a, s, m, clause), s.text.slice(clause.start, m.end));
  // (a part of a toll happened where and when its toll did: "19 killed near the capital … including six children")
  if (total) {
    const c = makeClaim(a, s, "casualties", rule.id, attribution, [m, count, victims], { subject: party(victims).id, object: total.object, place: total.place, value: quantityValue(a, q!, unit), date: total.date, scope: "subcount" });
    const v = party(victims);
    return v.actor ? { ...c, actors: { subject: v.actor } } : c;
  }
  const v = party(victims),
    p = party(by && by !== victims ? by : null);
  const value = q ? quantityValue(a, q, unit) : { low: 1, high: 1, unit, qualifier: "exact", text: a.raw.slice(...a.norm.raw(m.start, m.end)) };
  const actors = v.actor || p.actor ? { ...(v.actor ? { subject: v.actor } : {}), ...(p.actor ? { object: p.actor } : {}) } : undefined;
  return makeClaim(a, s, "casualties", rule.id, attribution, [m, count, victims, place, date?.item], {
    subject: v.id,
    object: p.id,
    place: place?.entity?.id ?? null,
    value,
    date: date ? date.value : null,
    ...(actors ? { actors } : {}),
    ...(scope ? { scope } : {}),
  });
}

/** A toll that rose or reached a figure on a day was of an event on or before it: "the toll rose to 112 on Sunday", «ارتفعت الحصيلة إلى». */
const UPDATE =
  /\btoll\b.{0,80}?\b(?:rose|risen|rises|climbed|climbs|reached|reaches|hit|hits|jumped|increased|topped|mounted)\b|\braised\s+the\s+(?:death\s+)?toll\b|(?:^|\s)[وف]?(?:ارتفعت|ارتفع|ترتفع|يرتفع|ارتفاع)\s+(?:\S+\s+){0,2}?(?:حصيله|عدد)|(?:حصيله|عدد)\s.{0,80}?(?:لترتفع|لتصل|ليصل|لتبلغ|ليبلغ|ارتفعت|ارتفع)(?:\s|$)/u;
const DAY = 86_400_000;
function byThen(date: ReturnType<typeof eventDate>, matched: string): ReturnType<typeof eventDate> {
  if (!date || date.value.precision !== "day" || !date.value.start || !UPDATE.test(matched)) return date;
  const start = new Date(Date.parse(date.value.start) - 2 * DAY).toISOString().slice(0, 10);
  return { ...date, value: { ...date.value, start, precision: "days" } };
}

const hasEventDate = (s: Sentence) => s.items.some((it) => it.code === "D" && it.date?.date?.precision === "day");
