/**
 * Presence: which group is where. One row per construction: "X are deployed in Y", "X fighters in
 * Y", "Y, besieged by X", "X-besieged Y", reinforcements arriving, «X المتمركزة في Y», «وصول
 * تعزيزات X إلى Y». The place is where the group is, not where it came from; an affiliation
 * ("Iran-backed") is no place, and an absence («غياب») is no presence.
 */
import type { Claim } from "../../types.ts";
import { RuleBook, matchAll, type Item, type Match } from "./engine.ts";
import { makeClaim, party, type ArticleContext, type RuleRow } from "./make.ts";
import type { Sentence } from "./sentence.ts";
import { eventDate } from "./context.ts";

export interface PresenceRow extends RuleRow {
  /** A movement or a deployment (dated by its sentence), not a standing presence. */
  event?: true;
  /** A country's name is no mover here: before a verb of going it is where someone was («كان في أفغانستان ثم انتقل إلى العراق»). */
  noCountry?: true;
}

const BE_EN = "is|are|was|were|been|being|remain|remains|remained";
const AT_EN = "in|at|around|near|inside|across|on|throughout|outside";

/** The constructions, in order: where two read the same group and place, the first wins. */
export const PRESENCE_RULES: PresenceRow[] = [
  {
    id: "presence/en/x-is-deployed-in",
    pattern: `{groups=troops} …3 ${BE_EN} …2 present|deployed|stationed|based|positioned|entrenched|cornered|holed_up|concentrated|active|fighting|operating ${AT_EN} …3 {places=place}`,
    example: "Iran-backed militias are deployed in Albukamal.",
  },
  {
    id: "presence/en/x-deployed-to",
    event: true,
    pattern: `{groups=troops} …3 deployed|sent|moved|arrived|entered|redeployed|reinforced|dispatched …3 to|into|${AT_EN} …2 {places=place}`,
    example: "Russian military police deployed to Manbij.",
  },
  {
    id: "presence/en/x-fighters-in",
    pattern: `{groups=troops} fighters|forces|troops|militants|militiamen|positions|bases|base|headquarters|presence|units|members ${AT_EN} …2 {places=place}`,
    example: "the remaining Islamic State fighters in Manbij",
  },
  { id: "presence/en/place-besieged-by", pattern: "{places=place} [,] …6 besieged|surrounded|encircled|blockaded by {groups=troops}", example: "Madaya, a town besieged by government forces." },
  { id: "presence/en/x-besieged-place", pattern: "{groups=troops} -besieged|-encircled [town|towns|city|village|villages] [of] {places=place}", example: "the regime-besieged town of Madaya" },
  { id: "presence/en/under-siege", pattern: "{places=place} …4 under {groups=troops} siege", example: "Foua has been under rebel siege for two years." },
  { id: "presence/en/where-x", pattern: "{places=place} [,] where|in_which {groups=troops} …3 is|are|was|were|has|have …2 fighting|deployed|based|present|stationed|operating", example: "Raqqa province, where the SDF is fighting." },
  {
    id: "presence/ar/x-stationed-in",
    pattern: "{groups=troops} …2 المتمركزه|المتمركز|المتمركزين|المنتشره|المنتشرين|المتواجده|المتواجدين|الموجوده|الموجودين|المرابطه|المحاصره_ل … في|ب|داخل|حول|محيط …2 {places=place}",
    example: "الميليشيات الإيرانية المتمركزة في مدينة الميادين.",
  },
  {
    id: "presence/ar/deploys-x-in",
    pattern: "تنتشر|ينتشر|تتمركز|يتمركز|تتواجد|يتواجد|توجد|يوجد|انتشرت|انتشر|تمركزت|تمركز|ترابط|تتحصن|يتحصن {groups=troops} …3 في|ب|داخل|حول|محيط …2 {places=place}",
    example: "وتنتشر ميليشيا فاطميون في مدينة البوكمال.",
  },
  { id: "presence/ar/x-deploys-in", pattern: "{groups=troops} …3 تنتشر|ينتشر|تتمركز|يتمركز|تتواجد|يتواجد|انتشرت|انتشر|تمركزت|تتحصن|يتحصن …2 في|ب|داخل|حول|محيط …2 {places=place}", example: "ميليشيا فاطميون تنتشر في البوكمال." },
  { id: "presence/ar/reinforcements-to", event: true, pattern: "وصول|ارسال|ارسلت|دفعت|دفع|استقدام|استقدمت تعزيزات [عسكريه] …2 {groups=troops} …4 الي|في|نحو {places=place}", example: "وصول تعزيزات عسكرية لقوات النظام إلى مدينة البوكمال." },
  // a group's positions, bases or checkpoints at a place: «مواقع لجبهة فتح الشام في إدلب», "positions of the SDF near Raqqa"
  {
    id: "presence/ar/positions-of-x-in",
    pattern: "مواقع|مقرات|مقر|نقاط|نقطه|تحصينات|معاقل|معقل|مراكز|ثكنات|ثكنه|حواجز|حاجز|قواعد|قاعده [عسكريه] [تابعه|تابع] [ل] {groups=troops} …3 في|ب|داخل|قرب|محيط|عند …2 {places=place}",
    example: "استهدفت الغارات مواقع لجبهة فتح الشام في إدلب.",
  },
  {
    id: "presence/en/positions-of-x-in",
    pattern: `positions|bases|base|headquarters|strongholds|checkpoints|checkpoint|outposts|outpost|barracks of|held_by|belonging_to {groups=troops} …2 ${AT_EN} …2 {places=place}`,
    example: "The jets struck positions of the Nusra Front in Idlib.",
  },
  // fighting between two sides at a place: both are there
  {
    id: "presence/ar/clashes-between-x-in",
    event: true,
    pattern: "اشتباكات|اشتباك|معارك|مواجهات|قتال بين {groups=troops} …3 في|ب|داخل|محيط|علي|قرب …3 {places=place}",
    example: "تتواصل الاشتباكات بين قوات النظام وفصائل المعارضة في مدينة حرستا.",
  },
  {
    id: "presence/en/clashes-between-x-in",
    event: true,
    pattern: `clashes|fighting|battles|clashed between|with {groups=troops} …4 ${AT_EN} …2 {places=place}`,
    example: "Clashes between government forces and rebels in Harasta continued for a second day.",
  },
  // advancing or arriving at a place: «تقدمت قسد إلى باب بغداد», «وصول قوات النظام إلى الرقة», "the SDF advanced into Raqqa"
  {
    id: "presence/ar/x-advanced-to",
    event: true,
    pattern: "{groups=troops} …3 تقدمت|تقدم|وصلت|وصل|دخلت|دخل|اقتحمت|اقتحم …3 الي|نحو|في|داخل …2 {places=place}",
    example: "وكانت قوات سوريا الديمقراطية قد تقدمت إلى باب بغداد في مدينة الرقة.",
  },
  { id: "presence/ar/advance-of-x-to", event: true, pattern: "تقدمت|تقدم|وصلت|وصل|دخلت|دخل|اقتحمت|اقتحم|وصول|تقدم|دخول {groups=troops} …3 الي|نحو|في|داخل …2 {places=place}", example: "في ظل وصول قوات النظام إلى الحدود الإدارية للرقة." },
  { id: "presence/en/x-advanced-into", event: true, pattern: `{groups=troops} …3 advanced|pushed|reached|stormed …3 into|to|in|on|toward|towards …3 {places=place}`, example: "The SDF advanced into the old city of Raqqa." },
  // a group gone to a place is there: «انسحب عناصر التنظيم من الرقة إلى ريف دير الزور», "the rebels were evacuated to Idlib"
  {
    id: "presence/ar/x-withdrew-to",
    event: true,
    noCountry: true,
    pattern: "{groups=troops} …3 انسحب|انسحبت|انسحبوا|تقهقر|تقهقرت|انتقل|انتقلت|انتقلوا|فر|فرت|فروا|هرب|هربت|هربوا|لجا|لجات|لجاوا …4 الي …2 {places=place}",
    example: "وكان عناصر تنظيم داعش قد انسحبوا من الرقة إلى ريف دير الزور.",
  },
  {
    id: "presence/ar/withdrew-x-to",
    event: true,
    pattern: "انسحب|انسحبت|تقهقر|تقهقرت|انتقل|انتقلت|فر|فرت|هرب|هربت|لجا|لجات|ترحيل|نقل|انسحاب|خروج …1 {groups=troops} …4 الي …2 {places=place}",
    example: "وتقهقر تنظيم داعش إلى قطاع من وادي الفرات.",
  },
  {
    id: "presence/en/x-withdrew-to",
    event: true,
    noCountry: true,
    pattern: `{groups=troops} …3 withdrew|retreated|fled|relocated|evacuated|bused|transferred|escaped|pulled_back|fallen_back|fell_back …4 to|into|toward|towards …2 {places=place}`,
    example: "Islamic State fighters withdrew from Raqqa to the Euphrates valley.",
  },
  // the noun: «وجود التنظيم داخل مدينة الرقة», "the presence of Iranian militias in Albukamal"
  { id: "presence/ar/presence-of-x-in", pattern: "وجود|تواجد|انتشار|تمركز {groups=troops} …3 في|ب|داخل|حول|محيط …2 {places=place}", example: "وتهدف العملية إلى إنهاء وجود تنظيم داعش داخل مدينة الرقة." },
  { id: "presence/en/presence-of-x-in", pattern: `presence|deployment of {groups=troops} …3 ${AT_EN} …2 {places=place}`, example: "The presence of Iranian militias in Albukamal worries Washington." },
  { id: "presence/ar/besieged-by", pattern: "{places=place} …4 المحاصره|المحاصر|المحاصرتين|المحاصرين [من] [قبل] {groups=troops}", example: "مدينة دير الزور المحاصرة من قبل تنظيم داعش." },
];

const BOOK = new RuleBook(PRESENCE_RULES);
/** An absence, a denial, a plan or a demand: no presence. */
export const NOT_THERE =
  /\b(?:no longer|not|never|would|will|could|plans? to|wants? to|den(?:y|ied|ies))\b|(?:^|\s)[وف]?[لب]?(?:غياب|عدم|منع|تريد|يريد|لم|لن|لا\s+يوجد|لا\s+توجد|نفي|نفت|نفى|ينفي|سوف|سيتم|تسعي|يسعي|تعتزم|يعتزم|مطالبه|طالب)(?:\s|$)/u;
const isGroup = (it: Item) => it.code === "G" || it.code === "A" || it.code === "C";

/** The claims of the presence constructions in a sentence; `covered` collects the spans they read. */
export function presenceClaims(a: ArticleContext, s: Sentence, attribution: string | null, covered: Array<{ start: number; end: number }> = []): Claim[] {
  const out: Claim[] = [];
  const seen = new Set<string>();
  for (const { rule, compiled } of BOOK.candidates(a.language, s.tagged)) {
    for (const m of matchAll(compiled, s.tagged)) {
      const clause = s.clauseAt(m.start);
      if (NOT_THERE.test(s.text.slice(clause.start, m.end))) continue;
      const groups = (m.slots.groups ?? []).map((it) => (it.code === "Q" ? it.inner?.find(isGroup) : it)).filter((it): it is Item => !!it);
      for (const g of groups.filter((it) => isGroup(it) && !(rule.noCountry && it.code === "C")))
        for (const p of m.slots.places ?? []) {
          const key = `${g.start}:${p.start}`;
          if (seen.has(key) || !p.entity) continue;
          seen.add(key);
          covered.push(m);
          out.push(build(a, s, rule, m, g, p, attribution));
        }
    }
  }
  return out;
}

function build(a: ArticleContext, s: Sentence, rule: PresenceRow, m: Match, group: Item, place: Item, attribution: string | null): Claim {
  const g = party(group);
  const date = rule.event ? eventDate(a, s, m, s.clauseAt(m.start)) : null;
  return makeClaim(a, s, "presence", rule.id, attribution, [m, group, place, date?.item], {
    subject: g.id,
    place: place.entity!.id,
    date: date?.value ?? null,
    ...(g.actor ? { actors: { subject: g.actor } } : {}),
  });
}
