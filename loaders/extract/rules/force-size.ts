/**
 * Force sizes: how many fighters, troops, militias or sites a party has, and where. One row per
 * construction: a count of fighters with whose they are inside or after it ("800 IS fighters",
 * «275 عنصرا من تنظيم الدولة»), a number given for a party's force («يقدر عدد مقاتلي X بنحو N»),
 * "X has N troops". A count that a casualty rule read is not a force size.
 */
import type { Claim } from "../../types.ts";
import { RuleBook, matchAll, type Item, type Match } from "./engine.ts";
import { makeClaim, party, quantityValue, type ArticleContext, type RuleRow } from "./make.ts";
import type { Sentence } from "./sentence.ts";
import { inClause, partyBefore } from "./context.ts";
import { normalizeName } from "../../text/normalize.ts";

export interface ForceSizeRow extends RuleRow {
  /** The count is of men named by their party ("2,000 US troops", "160 mostly gunmen"): the party, or the noun after it, must name men. */
  men?: true;
  /** The count is told with «ب» («ميليشيا حزب الله بأكثر من 300 عنصر»): "with", the group's own men. */
  withBa?: true;
}

/** The constructions, in order: where two read the same count, the first wins. */
export const FORCE_SIZE_RULES: ForceSizeRow[] = [
  { id: "force_size/en/x-has-n", pattern: "{owner=party} …3 has|have|had|deployed|maintains|fields|numbers|number|counts|comprises|boasts|sent|dispatched …3 {count=n:forces}", example: "Russia has about 2,000 troops in Syria." },
  { id: "force_size/en/number-of-x-is-n", pattern: "number of …3 {owner=party} …5 is|was|stands_at|at|to|reached {count=n}", example: "The number of Islamic State fighters left is estimated at 3,000." },
  { id: "force_size/en/n-of-x", pattern: "{count=n:forces} [of|from] [the] {owner=party}", example: "800 fighters of the Islamic State left the city." },
  {
    id: "force_size/en/n-x-troops",
    men: true,
    pattern: "{count=n:persons} [of] [mostly|mainly|largely|about|some|armed] {owner=party} [fighters|troops|soldiers|militiamen|members|personnel|servicemen|gunmen|militants|jihadists|marines]",
    example: "Some 2,000 US troops are deployed in Syria.",
  },
  { id: "force_size/en/n-fighters", pattern: "{count=n:forces}", example: "Several hundred pro-government fighters left the towns." },
  { id: "force_size/ar/number-of-x-n", pattern: "عدد|تعداد|اعداد …2 {owner=party} …6 [ب|بنحو|بحوالي|نحو|حوالي|يبلغ|بلغ|الي|يتجاوز|يزيد] [علي] {count=n}", example: "ويقدر عدد عناصر تنظيم داعش في الرقة بنحو 300 مقاتل." },
  { id: "force_size/ar/n-of-x", pattern: "{count=n:forces} …3 من|في_صفوف|لـ {owner=party}", example: "سلم 275 عنصرا من تنظيم الدولة الإسلامية أنفسهم." },
  // a group with its men: «وتتمركز في الميادين ميليشيا حزب الله بأكثر من 300 عنصر»
  { id: "force_size/ar/x-with-n", withBa: true, pattern: "{owner=party} {count=n:forces}", example: "وتنتشر في البوكمال ميليشيا النجباء بنحو 400 مقاتل." },
  { id: "force_size/ar/n-fighters", pattern: "{count=n:forces}", example: "ويقدر المرصد وجود نحو 15 ألف مقاتل من المجموعات العراقية والأفغانية الموالية لإيران في محافظة دير الزور." },
  {
    id: "force_size/ar/spread-x-in-n",
    pattern: "تتواجد|يتواجد|تنتشر|ينتشر|تتمركز|يتمركز|تتوزع|يتوزع|توجد|يوجد {owner=party} …2 في|ب|علي {count=n:spread} [ضمن|في] [{scope=n:spread}]",
    example: "تتواجد المليشيات الإيرانية في 131 موقعاً ضمن 10 محافظات سورية.",
  },
  {
    id: "force_size/ar/x-spread-in-n",
    pattern: "{owner=party} …3 تتواجد|يتواجد|تنتشر|ينتشر|تتمركز|يتمركز|منتشره|موجوده|متواجده|تتوزع|يتوزع في|ب|علي {count=n:spread} [ضمن|في] [{scope=n:spread}]",
    example: "والمليشيات الإيرانية منتشرة في 131 موقعاً ضمن 10 محافظات.",
  },
  {
    id: "force_size/en/x-in-n-sites",
    pattern: "{owner=party} …4 is|are|has|have|holds|hold|maintains|maintain|operates|operate [present|deployed|based|stationed] in|at|across {count=n:spread} [in|across] [{scope=n:spread}]",
    example: "Iranian militias are present in 131 sites across 10 provinces.",
  },
  {
    id: "force_size/ar/x-has-n",
    pattern: "{owner=party} …4 لديها|لديه|يملك|تملك|يمتلك|تمتلك|تنشر|ينشر|نشرت|نشر|تضم|يضم|ضمت|ضم|قوامها|قوامه|ارسلت|ارسل|دفعت|دفع|استقدمت|استقدم|حشدت|حشد|تحشد|يحشد …2 {count=n:forces}",
    example: "روسيا تنشر في سوريا نحو 5 آلاف جندي.",
  },
  {
    id: "force_size/ar/deploys-x-n",
    pattern: "تنشر|ينشر|نشرت|نشر|تملك|يملك|تمتلك|يمتلك|لدي|تضم|يضم|ضمت|ضم|ارسلت|ارسل|دفعت|دفع|استقدمت|استقدم|حشدت|حشد|تحشد|يحشد {owner=party} …3 {count=n:forces}",
    example: "وتنشر روسيا في سوريا نحو 5 آلاف جندي.",
  },
  // men in a group's ranks: «ويقاتل في صفوف ميليشيا النجباء مئات العناصر»
  { id: "force_size/ar/in-ranks-of-x-n", pattern: "في_صفوف|ضمن_صفوف|ضمن {owner=party} …3 {count=n:forces}", example: "ويقاتل في صفوف ميليشيا النجباء مئات العناصر العراقيين." },
];

const BOOK = new RuleBook(FORCE_SIZE_RULES);
/** A country said in a group's name, not where its men are: «تنظيم الدولة الإسلامية في العراق والشام». */
const IN_NAME = /^\s*و\s*(?:بلاد\s+)?(?:ال)?شام(?![\p{L}])/u;
const isParty = (it: Item) => it.code === "G" || it.code === "A" || it.code === "C";
/** Words before a party that make it whose the fighters are: "of X", «من عناصر X». */
const OWNER_AFTER = /^\s*(?:من\s+(?:عناصر|مقاتلي|جنود|قوات|صفوف|افراد)?|في\s+صفوف|تابعين\s+ل|of(?:\s+the)?|from(?:\s+the)?|belonging\s+to(?:\s+the)?|loyal\s+to(?:\s+the)?)\s*$/u;
const LOCATIVE = /(?:^|\s)(?:في|ب|داخل|عموم|انحاء|ضمن|الي|نحو|باتجاه|in|across|throughout|inside|at|around|to|into)(?:\s+\S+)?\s*$/u;
/** Men named by their party: "US troops", "rebels", "gunmen" (the party's own words, or the noun after it). */
const MEN = /(?:troops|soldiers|forces|fighters|militiamen|personnel|servicemen|marines|gunmen|rebels|militants|jihadists|insurgents|members)\s*$/u;
/** A count ending in a noun in construct with its owner: «مقاتلي التنظيم», «عناصر الحرس». */
const CONSTRUCT = /(?:مقاتلي|عناصر|جنود|افراد|مسلحي|اعضاء)$/u;
/** A count's words that refer back to whose the fighters are: «عددها», «مسلحيها», "their number". */
const OWN_PRONOUN = /(?:^|\s)[وف]?(?:عدد|مسلحي|مقاتلي|عناصر|افراد|جنود|قوام)(?:ها|هم|ه)(?:\s|$)|\b(?:their|its)\s+(?:number|fighters|troops|members|ranks|strength)\b/u;
/** Words before a party that make it the patron of the fighters counted before it. */
const PATRON = /(?:(?:^|\s)[وف]?(?:ال)?(?:مواليه|موالين|موالي|تابعه|تابعين|تابع|مدعومه|مدعومين|مدعوم)\s+(?:ل|من)?|\b(?:loyal\s+to|backed\s+by|supported\s+by|affiliated\s+with|allied\s+(?:to|with))\s+(?:the\s+)?)$/u;
/** Words after a count that make it the dead or the wounded, not a force ("120 IS fighters were killed"); fighters who surrender or leave are a count of the force. */
const FATE_AFTER =
  /^[^.;،؛]{0,60}?(?:\b(?:killed|dead|died|wounded|injured|executed|slain|perished)\b|\bamong\s+(?:the\s+)?(?:dead|killed|victims|casualties)|(?:^|\s)[وف]?(?:قتلوا|قتل|قتلا|لقوا|لقي|قضوا|جرحوا|جرحي|اصيبوا|اعدموا)(?:\s|$))/u;
/** …and words before it ("killing 120 fighters", «مقتل 20 عنصرا», "including 3 rebels"). */
const FATE_BEFORE = /(?:\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing)|execut(?:ed|ing)|among\s+them|including)|(?:^|\s)[وف]?(?:مقتل|قتل|اصابه|جرح|اعدام|مصرع|استشهاد))\s*$/u;

/** …or a verb of killing with its subject before it («وقتلت قوات النظام 30 عنصرا», "the strikes killed 30 fighters"). */
const KILLER_BEFORE = /(?:(?:^|\s)[وف]?(?:قتلت|قتل|اعدمت|اعدم|اسرت|اسر|قنصت)|\b(?:killed|executed|captured|wounded))\s+(?:\S+\s+){0,4}$/u;

/** Whether a count in a text is of the dead or the wounded (see FATE_AFTER, FATE_BEFORE). */
export function isFateCount(text: string, count: { start: number; end: number }, sentenceEnd: number): boolean {
  return FATE_AFTER.test(text.slice(count.end, sentenceEnd)) || FATE_BEFORE.test(text.slice(Math.max(0, count.start - 30), count.start)) || KILLER_BEFORE.test(text.slice(Math.max(0, count.start - 45), count.start));
}

/** The claims of the force-size constructions in a sentence; counts read by other rules (`used`) are skipped. */
export function forceSizeClaims(a: ArticleContext, s: Sentence, attribution: string | null, used: Set<Item>): Claim[] {
  const out: Claim[] = [];
  for (const { rule, compiled } of BOOK.candidates(a.language, s.tagged)) {
    for (const m of matchAll(compiled, s.tagged)) {
      // (a count, and the provinces its sites lie in where the construction gives them)
      for (const count of [m.slots.count?.[0], m.slots.scope?.[0]]) {
        if (!count?.quantity || used.has(count) || (count.quantity.qualifier === "vague" && count.quantity.low === null)) continue;
        // (the dead or the wounded are no force's size; nor is "one of")
        if (isFateCount(s.text, count, s.parts.sentence.end)) continue;
        if (/^\s*of\b/.test(s.after(count.end, 5)) && count.quantity.low === 1 && count.quantity.high === 1) continue;
        if (rule.men && !menOf(s, m, count)) continue;
        if (rule.withBa && !/^[وف]?ب/u.test(s.text.slice(count.start, count.end))) continue;
        // (civilians are nobody's force: «عدد المدنيين المتبقين»)
        if (m.slots.owner?.[0]?.code === "V") continue;
        const c = build(a, s, rule, m, count, attribution);
        if (!c) continue;
        used.add(count);
        out.push(c);
      }
    }
  }
  return out;
}

/** Whether a count before a party counts its men: no other unit, and the party or the word after it names men. */
function menOf(s: Sentence, m: Match, count: Item): boolean {
  const owner = m.slots.owner?.[0];
  if (!owner || !["", "fighters", "soldiers"].includes(count.unit ?? "")) return false;
  return MEN.test(s.text.slice(owner.start, m.end));
}

function build(a: ArticleContext, s: Sentence, rule: ForceSizeRow, m: Match, count: Item, attribution: string | null): Claim | null {
  const clause = s.clauseAt(count.start);
  // whose: the slot, inside the count ("800 IS fighters"), or right after it ("of X", «من X»)
  const owner =
    slotOwner(s, m, count) ??
    count.inner?.find(isParty) ??
    nationalOf(s, count) ??
    s.items.find(
      (it) => isParty(it) && it.start >= count.end && it.start - count.end < 40 && (OWNER_AFTER.test(s.text.slice(count.end, it.start)) || (CONSTRUCT.test(s.text.slice(count.start, count.end)) && !s.text.slice(count.end, it.start).trim())),
    ) ??
    // (a count told with a pronoun, «يتجاوز عدد مسلحيها», "their number": the party named before it)
    (OWN_PRONOUN.test(s.text.slice(count.start, count.end)) ? partyBefore(s, count.start, s.parts.sentence) : null) ??
    // (fighters of groups loyal to a patron: «مقاتل من المجموعات … الموالية لإيران», "fighters backed by Iran")
    s.items.find((it) => isParty(it) && it.start >= count.end && it.start - count.end < 120 && inClause(s, it, clause) && PATRON.test(s.before(it.start, 25))) ??
    null;
  if (!owner) return null; // a count of nobody in particular is no force size
  // where: a place said as a location after the count, else before it in its clause
  const places = s.items.filter((it) => (it.code === "P" || it.code === "C") && inClause(s, it, clause) && it !== owner && !IN_NAME.test(s.after(it.end, 14)));
  const found = places.find((it) => it.start >= count.end && it.start - count.end < 90 && LOCATIVE.test(s.before(it.start, 20))) ?? places.filter((it) => it.end <= count.start && LOCATIVE.test(s.before(it.start, 20))).at(-1) ?? null;
  // (a count over two places, «في العراق وسوريا», "in Iraq and Syria", is of neither alone)
  const scope = found && places.some((it) => it !== found && coordinated(s, found, it)) ? null : found;
  const o = party(owner);
  return makeClaim(a, s, "force_size", rule.id, attribution, [m, count, owner, scope], {
    subject: o.id,
    place: scope?.entity?.id ?? null,
    // (men counted by their party's name are fighters: "2,000 US troops")
    value: quantityValue(a, count.quantity!, count.quantity!.unit || (rule.men ? "fighters" : null)),
    ...(o.actor ? { actors: { subject: o.actor } } : {}),
  });
}

/** Two places said together: "X and Y", «X وY», «X و Y». */
function coordinated(s: Sentence, a: Item, b: Item): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return /^\s*(?:,\s*)?(?:و|and)?\s*$/u.test(s.text.slice(x.end, y.start)) && (/^\s*(?:,\s*)?(?:و|and)\s*$/u.test(s.text.slice(x.end, y.start)) || s.text.startsWith("و", y.start));
}

/** The slot's party, or, where other parties stand between it and the verb («المركز الروسي في سوريا يعلن أن جبهة النصرة تحشد»), the last of them that is no place. */
function slotOwner(s: Sentence, m: Match, count: Item): Item | undefined {
  const first = m.slots.owner?.[0];
  if (!first || first.start > count.start) return first;
  const asPlace = (it: Item) => it.code === "C" && LOCATIVE.test(s.before(it.start, 20));
  const between = s.items.filter((it) => isParty(it) && it.start >= first.start && it.end <= count.start && !asPlace(it));
  return between.at(-1) ?? (asPlace(first) ? undefined : first);
}

/** A force named by the adjective after a count of its men: «48 ألف جندي روسي», «نحو 500 عسكري أمريكي». */
const NATIONALS: Array<[RegExp, string]> = (
  [
    ["روس روسي روسيا الروس الروسي", "force:russia"],
    ["أمريكي أمريكيا أمريكيين أمريكيون الأمريكي الأمريكيين أميركي أميركيا أميركيين أميركيون الأميركي الأميركيين", "force:us"],
    ["تركي تركيا أتراك الأتراك التركي", "force:turkey"],
    ["إيراني إيرانيا إيرانيين إيرانيون الإيراني الإيرانيين", "force:iran"],
  ] as const
).map(([words, id]) => [new RegExp(`^\\s*(?:${[...new Set(words.split(" ").map(normalizeName))].join("|")})(?![\\p{L}])`, "u"), id]);
function nationalOf(s: Sentence, count: Item): Item | undefined {
  const after = s.after(count.end, 14);
  const hit = NATIONALS.find(([re]) => re.test(after));
  const entity = hit && s.g.entities.get(hit[1]);
  if (!hit || !entity) return undefined;
  const len = hit[0].exec(after)![0].length;
  return { code: "G", start: count.end, end: count.end + len, entity };
}
