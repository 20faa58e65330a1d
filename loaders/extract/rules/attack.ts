/**
 * Attacks: who struck whom, where and when, with what. One row per construction: a party and an
 * attack verb ("Russian jets bombed", «قصفت طائرات التحالف»), an attack noun with its attacker
 * before or after it ("a Daesh car bomb", "strikes by the coalition", «غارات التحالف»), an attack
 * suffered («تعرض X لقصف»). A threat, a plan or a denial is no attack.
 */
import type { Claim } from "../../types.ts";
import { normalizeName } from "../../text/normalize.ts";
import { RuleBook, matchAll, type Item, type Match } from "./engine.ts";
import { makeClaim, party, quantityValue, type ArticleContext, type RuleRow } from "./make.ts";
import type { Sentence } from "./sentence.ts";
import { eventDate, eventPlace, inClause, qualifiesNoun } from "./context.ts";
import { isDistance } from "./control.ts";

export interface AttackRow extends RuleRow {
  /** Where the attacker stands when the construction has no slot for it: the party before the words, or after them. */
  attacker?: "before" | "after";
  /** The place is the target's, said between the target and the attack («تعرضت القاعدة في حقل العمر لقصف»). */
  placeBetween?: true;
}

const VERB_EN =
  "struck|strike|strikes|striking|hit|hits|hitting|bombed|bomb|bombs|bombing|bombarded|bombard|bombards|shelled|shell|shells|shelling|pounded|pound|pounds|targeted|target|targets|targeting|attacked|attack|attacks|raided|raid|raids|stormed|storm|fired_on|fired_at|opened_fire_on|launched_strikes_on|launched_an_attack_on|launched_attacks_on";
const NOUN_EN =
  "airstrikes|airstrike|air_strikes|air_strike|air_raids|air_raid|strikes|strike|raids|raid|shelling|bombardment|bombardments|bombing|bombings|bomb_blast|bomb_blasts|blasts|blast|explosions|explosion|twin_bombing|double_bombing|car_bombs|car_bomb|car_bombing|truck_bomb|truck_bombing|suicide_bombings|suicide_bombing|suicide_bomb|suicide_attack|suicide_attacks|bomb_attack|bomb_attacks|attacks|attack|assault|offensive|barrel_bombs|barrel_bomb|rocket_attacks|rocket_attack|rocket_fire|mortar_fire|mortar_shells|rockets|missiles|missile|chemical_attack|gas_attack|clashes|fighting|battle|battles|ambush";
const VERB_AR = "قصفت|قصف|تقصف|يقصف|استهدفت|استهدف|تستهدف|يستهدف|شنت|شن|تشن|يشن|هاجمت|هاجم|تهاجم|يهاجم|ضربت|ضرب|اغارت|اغار|اطلقت|اطلق|نفذت|نفذ|فجرت|فجر|اقتحمت|اقتحم";
const NOUN_AR =
  "قصف|القصف|قصفا|غارات|غاره|الغارات|الغاره|ضربات|ضربه|الضربات|هجوم|هجوما|هجمات|الهجوم|الهجمات|استهداف|تفجير|تفجيرا|تفجيرات|تفجيرين|تفجيران|انفجار|انفجارا|انفجارات|انفجارين|انفجاران|اشتباكات|الاشتباكات|مواجهات|المواجهات|معارك|المعارك|معركه|هجمه|الهجمه|عمليه|حمله|اقتحام|قذائف|صواريخ|سياره_مفخخه|عبوه_ناسفه|هجوم_انتحاري|تفجير_انتحاري|براميل|برميل|برميلين|البراميل|البرميل";

/** The constructions, in order: where two read the same words, the first wins. */
export const ATTACK_RULES: AttackRow[] = [
  // English
  { id: "attack/en/struck-by", pattern: `[{target=party}] …2 was|were|been|is|are|being ${VERB_EN} by {attacker=party}`, example: "The convoy was struck by Russian warplanes." },
  // ("strikes on X": X is the target; only "blamed on X" names the attacker after "on")
  { id: "attack/en/noun-by", pattern: `${NOUN_EN} [carried_out|launched|conducted|claimed|dropped|fired] by|blamed_on|attributed_to {attacker=party}`, example: "A car bomb attack carried out by Islamic State hit Hasakah." },
  { id: "attack/en/party-struck", pattern: `{attacker=party} …3 ${VERB_EN} [{target=party}]`, example: "Russian jets bombed the market in Raqqa." },
  { id: "attack/en/blew-up", attacker: "before", pattern: "blew_himself_up|blew_itself_up|blew_themselves_up|blew_up|detonated|exploded|went_off", example: "A suicide bomber blew himself up in Hasakah." },
  // a party that claims an attack it did: "IS claimed responsibility for the bombing" (before the attack noun reads it alone)
  {
    id: "attack/en/party-claimed-responsibility",
    pattern: `{attacker=party} …3 claimed|claims|claiming|took|takes|taking responsibility|credit for [the] …2 ${NOUN_EN}`,
    example: "The Islamic State group claimed responsibility for the bombing in a statement.",
  },
  {
    id: "attack/en/launched-offensive",
    pattern: "{attacker=party} …3 launched|began|started|announced|kicked_off [a|an|the|its] …2 offensive|operation|campaign|assault|push|battle",
    example: "The SDF launched an offensive to retake Raqqa in June.",
  },
  {
    id: "attack/en/party-carried-out",
    pattern: `{attacker=party} …3 carried_out|carrying_out|carries_out|conducted|conducting|conducts|claimed|claims|claiming [{count=n}] [a|an|the|several|many|multiple|repeated|similar|new|more] …2 ${NOUN_EN}`,
    example: "The Islamic State has carried out car bombings in the province.",
  },
  { id: "attack/en/party-noun", pattern: `{attacker=party} [-led|led|'s|-backed|backed] …2 ${NOUN_EN}`, example: "A Russian bombardment of Idlib killed dozens." },
  { id: "attack/en/noun", pattern: NOUN_EN, example: "The blast hit buses in Aleppo." },
  // Arabic
  {
    id: "attack/ar/suffered",
    placeBetween: true,
    attacker: "after",
    pattern: "تعرضت|تعرض|تتعرض|يتعرض …3 {target=party} …,12 قصف|هجوم|هجمات|غارات|غاره|ضربات|استهداف|قصفا|هجوما",
    example: "تعرضت قاعدة التحالف الدولي في حقل العمر، مساء أمس، لقصف صاروخي مصدره الميليشيات الإيرانية.",
  },
  // dropping bombs, not leaflets nor arrests («ألقت الشرطة القبض»): the weapon is said
  { id: "attack/ar/dropped-bombs", pattern: "القت|القي|تلقي|يلقي {attacker=party} …2 براميل|برميلا|برميلين|البراميل|قنابل|القنابل|صواريخ|الصواريخ", example: "ألقت مروحيات النظام براميل متفجرة على البلدة." },
  // a party that claims an attack it did: "IS claimed responsibility for the bombing", «تبنى تنظيم داعش التفجير»
  {
    id: "attack/ar/party-claimed-responsibility",
    pattern: `تبني|تبنت|يتبني|تتبني {attacker=party} …2 ${NOUN_AR}`,
    example: "وتبنى تنظيم داعش التفجير في بيان نشرته وكالة أعماق.",
  },
  {
    id: "attack/ar/party-announced-responsibility",
    pattern: `اعلن|اعلنت|يعلن|تعلن {attacker=party} …2 مسؤوليته|مسؤوليتها|مسئوليته|مسئوليتها عن ${NOUN_AR}`,
    example: "وأعلن تنظيم داعش مسؤوليته عن الهجوم على الحاجز.",
  },
  { id: "attack/ar/verb-party", pattern: `${VERB_AR} {attacker=party} …4 [{target=party}]`, example: "قصفت طائرات التحالف مواقع لتنظيم داعش في البوكمال." },
  { id: "attack/ar/party-verb", pattern: `{attacker=party} …3 ${VERB_AR} [{target=party}]`, example: "وكانت قوات النظام قصفت بلدة الجرذي." },
  // a party announcing the start of its offensive: «أعلنت قسد بدء معركة تحرير الرقة», "the SDF launched an offensive on Raqqa"
  {
    id: "attack/ar/announced-offensive",
    pattern: "اعلنت|اعلن|تعلن|يعلن {attacker=party} …,8 بدء|انطلاق|اطلاق|بدء_معركه معركه|حمله|هجوم|عمليه|الهجوم|المعركه|الحمله|العمليه",
    example: "وأعلنت قوات سوريا الديمقراطية، يوم 6 حزيران، انطلاق معركة تحرير الرقة.",
  },
  { id: "attack/ar/party-announced-offensive", pattern: "{attacker=party} …3 اعلنت|اعلن …,8 بدء|انطلاق|اطلاق معركه|حمله|هجوم|عمليه|الهجوم|المعركه|الحمله|العمليه", example: "قوات سوريا الديمقراطية أعلنت انطلاق الهجوم الأخير على الرقة." },
  {
    id: "attack/ar/noun-by",
    pattern: `${NOUN_AR} …2 شنها|شنتها|نفذها|نفذتها|يشنها|تشنها|يشنه|تشنه|ينفذها|تنفذها|ينفذه|تنفذه|مصدرها|مصدره|من_قبل|من_جانب|نسبت_الى|تبناها|تبنتها {attacker=party}`,
    example: "غارات جوية شنتها طائرات التحالف على البوكمال.",
  },
  { id: "attack/ar/noun-party", pattern: `${NOUN_AR} [جوي|جويه|صاروخي|مدفعي|مكثف|مكثفه|عنيف] [ل|من] {attacker=party}`, example: "غارات التحالف الدولي على مدينة الرقة." },
  // (a bare «حملة», «عملية» is mostly a campaign named in passing, «متحدثة باسم حملة …»: only a military one is an attack; with its attacker it is read above)
  { id: "attack/ar/military-operation", pattern: "عمليه|حمله عسكريه|جويه|بريه", example: "وتواصل القوات عملية عسكرية في ريف الرقة." },
  { id: "attack/ar/noun", pattern: NOUN_AR.replace("|عمليه|حمله|", "|"), example: "قصف على مدينة البوكمال." },
];

const BOOK = new RuleBook(ATTACK_RULES);
/** A threat, a plan, a call, a fear, a question or a denial: no report of an attack. */
const UNREAL = new RegExp(
  [
    "\\b(?:would|could|will|threaten(?:s|ed|ing)?|vow(?:s|ed)?|warn(?:s|ed)?|plan(?:s|ned)? to|aim(?:s|ed)? to|if|whether|deni(?:ed|es)|deny|denying|possible|prevent)\\b",
    ...["هدد|يهدد|تهدد|هددت|تسعى|يسعى|دعت|دعا|طالب|يطالب|في حال|اذا|لو|لمنع|نيه|تخوف|خشيه|مخاوف|سيتم|ستكون|ستقوم|سوف|لشن|بهدف|استعدادا|تمهيدا|المتوقع|يتوقع|محتمل|نفى|نفت|ينفي|تنفي|منع"].map(
      (w) => `(?:^|\\s)[وف]?(?:${normalizeName(w)})(?:\\s|$)`,
    ),
  ].join("|"),
  "u",
);
/** A denial or a halt right at the attack ("had not carried out strikes", «لم تقصف», «إيقاف القصف»), not a "not" further back ("it was not clear who carried out the attack", «لم تستطع تلك العملية أن تنهي»). */
const NOT_RIGHT_BEFORE = new RegExp(
  `(?:\\b(?:not|never)\\s+(?:\\S+\\s+){0,3}|\\b(?:halt(?:ed|s)?|stop(?:ped|s)?|suspend(?:ed|s)?)\\s+(?:the\\s+|its\\s+|their\\s+)?|(?:^|\\s)[وف]?(?:${["لم", "لن", "وقف", "ايقاف", "توقف", "تعليق"].map((w) => normalizeName(w)).join("|")})\\s+)$`,
  "u",
);
const NOT_INSIDE = new RegExp(`\\b(?:not|never)\\b|(?:^|\\s)[وف]?(?:${["لم", "لن"].map((w) => normalizeName(w)).join("|")})\\s`, "u");
/** An attack named as what an inquiry looks into or who is to blame for it ("an inquiry into chemical attacks", «لتحديد المسؤول عن هجمات»): a mention in passing, no report of one. */
const INQUIRY_BEFORE = new RegExp(
  `(?:\\b(?:investigat\\w*|inquiry|inquiries|probe|identify|determine)\\s+(?:\\S+\\s+){0,3}?(?:into|of|for|on)?\\s*(?:the\\s+)?|(?:^|\\s)[وفل]?(?:${["تحقيق", "التحقيق", "تحقيقا", "تحقيقات", "تحديد", "لتحديد", "يحقق", "تحقق"].map((w) => normalizeName(w)).join("|")})\\s+(?:\\S+\\s+){0,3}?(?:في|عن|حول)\\s+)$`,
  "u",
);
/** Attacks told as a campaign over a stretch of time ("its strikes since 2015", "bombings … in the past"): no one day's event (Arabic «منذ» is left: it cost a test fact). */
// (not a stretch of hours: "strikes over the past 24 hours", "since Sunday morning" are one day's)
const CAMPAIGN_AFTER =
  /^\s*(?:\S+\s+){0,6}?since\s+(?!(?:early\s+|the\s+)?(?:morning|dawn|midnight|yesterday|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day))|^\s*(?:\S+\s+){0,6}?(?:in\s+the\s+past\s*(?:[.,;]|$)|(?:in|over)\s+the\s+(?:past|last)\s+(?:\S+\s+)?(?:years?|months?|decades?)\b)/u;
/** Whether the words after a plural attack noun make it a campaign over time. */
const campaign = (after: string) => CAMPAIGN_AFTER.test(after);
const PLURAL_NOUN = /(?:strikes|raids|attacks|bombings|bombardments|غارات|ضربات|هجمات|الغارات|الضربات|الهجمات)$/u;
/** "fighting" as a participle or an adjective ("the force fighting IS", "a fighting force"): no event. */
const FIGHTING_NOT_NOUN = /(?:^|\s)fighting$/u;
const FIGHTING_AFTER = /^\s+(?:force|forces|units?|men|season|chance|spirit|capabilit\w+|is|isis|isil|daesh|islamic|jihadists|militants|rebels|extremists|terrorists|insurgents)\b/u;
/** …or after a verb of being or the one fighting ("has been fighting", "troops fighting"). */
const FIGHTING_BEFORE = /\b(?:been|are|is|was|were|be|force|forces|alliance|militias?|groups?|fighters|rebels|troops|units|army|militants|jihadists|insurgents)\s+(?:(?:still|now|also|currently|already)\s+)?$/u;
/** Where people moved to, not where it struck: "arriving in Aleppo", "fled to X", «نزحوا إلى». */
export const DESTINATION =
  /(?:\b(?:arriv\w*|fle[de]\w*|head\w*|evacuated|transferred|moved|taken|brought|returned|returning|cross(?:ed|ing)?)\s+(?:\S+\s+){0,2}?(?:to|in|into|towards|for)\s+(?:the\s+)?|(?:^|\s)[وف]?(?:وصلوا|وصولهم|نزحوا|فروا|نقلوا|نقلهم|عادوا|عودتهم)\s+(?:\S+\s+)?(?:الي|نحو)\s+)$/u;
/** A relative pronoun between an attack and a date after it: the date is of that clause's verb ("…, which the government took last year"); read by the trigger window. */
export const RELATIVE_BETWEEN = /\b(?:which|who|whose|where)\b|(?:^|\s)[وف]?(?:التي|الذي|الذين)(?:\s|$)/u;

/** Words before a party that make it the target: "on X", "positions of X", «مواقع لـX», «رتلا عسكريا لقوات X». */
const TARGET_BEFORE = new RegExp(
  `(?:(?:^|\\s)(?:on|against|targeting|at|علي|ضد|الي)(?:\\s+the)?|(?:${["رتل", "ارتال", "مواقع", "موقع", "مقرات", "مقر", "مقار", "مستودع", "مستودعات", "مخازن", "مخزن", "قواعد", "قاعده", "نقاط", "نقطه", "تجمعات", "تجمع", "تعزيزات", "اهداف", "هدفا", "سياره", "positions?", "targets?", "bases?", "headquarters", "convoy", "depots?", "posts?"].join("|")})\\S*(?:\\s+\\S+){0,2}?(?:\\s+(?:ل|لل|تابعه\\s+ل|تابع\\s+ل|تتبع\\s+ل|of(?:\\s+the)?|belonging\\s+to(?:\\s+the)?))?)\\s*$`,
  "u",
);
/** Between an attack noun and its attacker: «قصف صاروخي مصدره X», «غارات شنها X», "strikes by X". */
const AGENT_BEFORE = new RegExp(`^\\s*(?:\\S+\\s+)?(?:${["مصدره", "مصدرها", "شنها", "شنتها", "نفذها", "نفذتها", "من قبل", "من جانب", "by", "from"].map((w) => w.replace(/ /g, "\\s+")).join("|")})\\s*$`, "u");
const isParty = (it: Item) => it.code === "G" || it.code === "A" || it.code === "C";
/** The rules whose words are an attack verb: what follows the verb may be the place it struck. */
const VERB_RULE = /\/(?:party-verb|verb-party|party-struck)$/;
/** Between an actor and the party it belongs to: «ل» (often read as part of the name: «للتحالف»), «التابع ل», "of", "belonging to". */
const OWNED_BY_AR = /^\s*(?:(?:ال)?تابع(?:ه)?\s+)?(?:لل?)?\s*$/u;
const OWNED_BY_EN = /^\s*(?:of|belonging\s+to)(?:\s+the)?\s*$/u;
/** The party a described actor belongs to, named right after it («الطائرات الحربية التابعة للتحالف», "warplanes of the coalition"). */
const ownerOf = (s: Sentence, actor: Item) =>
  s.items.find((it) => {
    if ((it.code !== "G" && it.code !== "C") || it.start < actor.end || it.start - actor.end >= 20) return false;
    const between = s.text.slice(actor.end, it.start);
    if (OWNED_BY_EN.test(between)) return true;
    return OWNED_BY_AR.test(between) && (/ل\s*$/.test(between) || /^ل/.test(s.text.slice(it.start, it.end)));
  }) ?? null;
/** A noun of a weapon or a count of strikes in the clause: "eight rockets", «ثلاثة صواريخ». */
const weaponsOf = (s: Sentence, clause: { start: number; end: number }) => s.items.find((it) => it.code === "Q" && inClause(s, it, clause) && ["rockets", "drones", "strikes", "aircraft", "attacks", "targets"].includes(it.unit ?? ""));

/** The claims of the attack constructions in a sentence; `covered` collects the spans they read. */
export function attackClaims(a: ArticleContext, s: Sentence, attribution: string | null, covered: Array<{ start: number; end: number }> = []): Claim[] {
  const out: Claim[] = [];
  for (const { rule, compiled } of BOOK.candidates(a.language, s.tagged)) {
    for (const m of matchAll(compiled, s.tagged)) {
      // one attack per stretch of words: "a suicide car bomb attack" is one
      if (covered.some((x) => x.start < m.end + 25 && m.start - 25 < x.end && sameClause(s, x, m))) continue;
      const clause = s.clauseAt(m.start);
      if (UNREAL.test(s.text.slice(clause.start, m.start))) continue;
      if (NOT_RIGHT_BEFORE.test(s.text.slice(Math.max(clause.start, m.start - 25), m.start)) || NOT_INSIDE.test(s.text.slice(m.start, m.end))) continue;
      const passing = inPassing(s, m, clause);
      // (the trigger window leaves it too)
      if (passing === "drop") {
        covered.push(m);
        continue;
      }
      const c = build(a, s, rule, m, attribution, passing === "undated");
      if (!c) continue;
      covered.push(m);
      out.push(c);
    }
  }
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

/**
 * An attack named in passing: attacks an inquiry looks into (generic: dropped; one attack: its date
 * is the inquiry's, not the attack's), a campaign over time (no one day's: undated), "fighting"
 * that is no noun ("the force fighting IS").
 */
function inPassing(s: Sentence, m: Match, clause: { start: number; end: number }): "drop" | "undated" | null {
  const words = s.text.slice(m.start, m.end).trim();
  // (a count of strikes is many: "thousands of strikes")
  const plural = PLURAL_NOUN.test(words) || s.items.some((it) => it.code === "Q" && it.start <= m.start && m.start < it.end && ["strikes", "attacks"].includes(it.unit ?? ""));
  if (INQUIRY_BEFORE.test(s.text.slice(Math.max(clause.start, m.start - 60), m.start))) return plural ? "drop" : "undated";
  if (plural && campaign(s.text.slice(m.end, clause.end))) return "undated";
  if (FIGHTING_NOT_NOUN.test(words)) {
    const next = s.items.find((it) => it.start >= m.end);
    const at = m.start + s.text.slice(m.start, m.end).lastIndexOf("fighting");
    if (FIGHTING_AFTER.test(s.after(m.end, 20)) || FIGHTING_BEFORE.test(s.before(at, 20)) || (next && isParty(next) && /^\s*(?:the\s+)?$/u.test(s.text.slice(m.end, next.start)))) return "drop";
  }
  return null;
}

/** The rows of a party claiming an attack. */
const RESPONSIBILITY = /-responsibility$/;

const sameClause = (s: Sentence, x: { start: number }, y: { start: number }) => s.clauseAt(x.start) === s.clauseAt(y.start);

function build(a: ArticleContext, s: Sentence, rule: AttackRow, m: Match, attribution: string | null, undated = false): Claim | null {
  const clause = s.clauseAt(m.start);
  let attacker: Item | null = m.slots.attacker?.[0] ?? null;
  // ("rebel-held Idlib … hit": the rebels hold the place struck, they did not strike)
  if (attacker && qualifiesNoun(s, attacker)) return null;
  if (!attacker && rule.attacker === "before") attacker = s.items.filter((it) => isParty(it) && inClause(s, it, clause) && it.end <= m.start && m.start - it.end < 60).at(-1) ?? null;
  if (!attacker && rule.attacker === "after") attacker = s.items.find((it) => isParty(it) && it.start >= m.end && it.start - m.end < 40 && inClause(s, it, s.clauseAt(m.end - 1)) && AGENT_BEFORE.test(s.text.slice(m.end, it.start))) ?? null;
  // (aircraft or gunmen of a party are that party's: «الطيران الحربي للنظام», "warplanes of the coalition")
  if (attacker?.code === "A" && !attacker.actor?.side) attacker = ownerOf(s, attacker) ?? attacker;
  let target: Item | null = m.slots.target?.[0] ?? null;
  if (!target) target = s.items.find((it) => isParty(it) && it !== attacker && inClause(s, it, clause) && it.start >= m.end && TARGET_BEFORE.test(s.before(it.start, 40))) ?? null;
  if (target === attacker) target = null;
  // (where the attack landed is said as a location: "in X", «في X»; a name in passing is no place)
  const between = rule.placeBetween && target ? s.items.find((it) => it.code === "P" && it.start >= target!.end && it.end <= m.start) : undefined;
  // (else a place the verb struck, its object: «قصف الطيران مدينة دوما», "shelled the town of Douma")
  const object = VERB_RULE.test(rule.id) ? s.items.find((it) => it.code === "P" && inClause(s, it, clause) && it.start >= m.end && it.start - m.end < 30) : undefined;
  // (a place said as a distance from somewhere else, "160 km north of Baghdad", is not where it landed)
  const place = [between, eventPlace(s, m, clause, true, true), object].find((p) => p && !isDistance(s.text, p.start, s.parts.sentence.start) && !DESTINATION.test(s.before(p.start, 50))) ?? null;
  // (a date after a relative pronoun is kept here: dropped, the carry-over dated "the blast hit X, which … in December" with an earlier attack's day and merged two events)
  // (a claim of responsibility is dated when it was made, "on Sunday X claimed Tuesday's attacks": the attack's day is the one told before it)
  const date = undated || RESPONSIBILITY.test(rule.id) ? null : eventDate(a, s, m, clause);
  const weapons = weaponsOf(s, clause);
  const at = party(attacker),
    tg = party(target);
  // an attack says where or by whom: a bare "the attack" of a sentence about something else says nothing
  if (!place && !at.id && !at.actor && !tg.id) return null;
  const actors = at.actor || tg.actor ? { ...(at.actor ? { subject: at.actor } : {}), ...(tg.actor ? { object: tg.actor } : {}) } : undefined;
  return makeClaim(a, s, "attack", rule.id, attribution, [m, attacker, target, place, date?.item, weapons], {
    subject: at.id,
    object: tg.id && tg.id !== at.id ? tg.id : null,
    place: place?.entity?.id ?? null,
    value: weapons?.quantity ? quantityValue(a, weapons.quantity) : null,
    date: date?.value ?? null,
    ...(actors ? { actors } : {}),
  });
}
