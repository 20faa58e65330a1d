/**
 * Presence: which group is where. One row per construction: "X are deployed in Y", "X fighters in
 * Y", "Y, besieged by X", "X-besieged Y", reinforcements, patrols and convoys arriving, a base
 * («تتخذ X من Y مقرا»), a commander's visit (his force is there), «X المتمركزة في Y», «وصول
 * تعزيزات X إلى Y», a place that sees a group's fighting. The place is where the group is, not
 * where it came from; an affiliation ("Iran-backed") is no place, and an absence («غياب») is no
 * presence. «التنظيم» is the organisation the article named last (see refer.ts).
 */
import type { Claim } from "../../types.ts";
import { RuleBook, matchAll, type Item, type Match } from "./engine.ts";
import { makeClaim, party, type ArticleContext, type RuleRow } from "./make.ts";
import type { Sentence } from "./sentence.ts";
import { eventDate, qualifiesNoun } from "./context.ts";
import { withOrganisation } from "./refer.ts";

export interface PresenceRow extends RuleRow {
  /** A movement or a deployment (dated by its sentence), not a standing presence. */
  event?: true;
  /** A country's name is no mover here: before a verb of going it is where someone was («كان في أفغانستان ثم انتقل إلى العراق»). */
  noCountry?: true;
  /** Said with no place after it ("… but regime forces are present"): the place is the town the sentence is about, named before. */
  topic?: true;
  /** The groups named in the rest of the clause are there too ("between X and Y as well as Z"). */
  rest?: true;
  /** A campaign on the ground: no country nor air force wages it, nor is it said to be from the air («حملة جوية», «غارات»). */
  ground?: true;
  /** The place must be a base or an airport (named so, or said with «قاعدة», «مطار»): where aircraft set out from. */
  base?: true;
}

const BE_EN = "is|are|was|were|been|being|remain|remains|remained";
const AT_EN = "in|at|around|near|inside|across|on|throughout|outside";
/** A town, a district or an airport said before its name («مدينة», «حي», «مطار»): optional. */
const TOWN_AR = "[مدينه|بلده|قريه|حي|احياء|مطار]";
/** Where a place lies, said after it («البوكمال شرق دير الزور»): optional, and the place before it is the one meant. */
/** Verbs of keeping or having, and what a party keeps at a place: bases, posts, troops. */
const KEEP_AR = "تحتفظ|يحتفظ|احتفظت|احتفظ|تمتلك|يمتلك|امتلكت|تملك|يملك|لدي";
const BASES_AR = "قاعده|قاعدتين|قواعد|قاعدتي|مقرات|نقاط|مواقع|قوات|جنودا";
const BASE_ADJ_AR = "[عسكريه|عسكريتين|جويه|بحريه|عسكري|مراقبه]";
/** Founding or strengthening a presence, and the presence («لوجود عسكري دائم لها»). */
const BUILD_AR = "تؤسس|يؤسس|اسست|اسس|التاسيس|عززت|عزز|تعزز|يعزز|تعزيز|وسعت|وسع|توسع|يوسع|توسيع|رسخت|رسخ|ترسخ|يرسخ|ترسيخ";
const PRESENCE_NOUN_AR = "وجود|وجودها|وجوده|وجودا|تواجد|تواجدها|تواجده|تواجدا|انتشارها|انتشاره [العسكري|عسكري|عسكريا] [الدائم|دائم|دائما] [لها|له]";
const DIRECTION_OF = "[شرق|شرقي|غرب|غربي|شمال|شمالي|جنوب|جنوبي|ريف] [{within=place}]";

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
    pattern: `{groups=troops} …3 deployed|sent|moved|arrived|entered|redeployed|reinforced|dispatched|poured|massed|amassed|gathered …2 [{count=n}] …3 to|into|${AT_EN} …2 {places=place}`,
    example: "Russian military police deployed to Manbij.",
  },
  {
    id: "presence/en/x-fighters-in",
    pattern: `{groups=troops} fighters|forces|troops|militants|militiamen|positions|bases|base|headquarters|presence|units|members ${AT_EN} …2 {places=place}`,
    example: "the remaining Islamic State fighters in Manbij",
  },
  { id: "presence/en/x-are-present-too", topic: true, pattern: `{groups=troops} ${BE_EN} [also|still] present|deployed|stationed`, example: "Manbij is held by the SDF but US troops are also present." },
  { id: "presence/en/place-besieged-by", pattern: "{places=place} [,] …6 besieged|surrounded|encircled|blockaded by {groups=troops}", example: "Madaya, a town besieged by government forces." },
  { id: "presence/en/x-besieged-place", pattern: "{groups=troops} -besieged|-encircled [town|towns|city|village|villages] [of] [al-|el-|ad-|ar-|as-|az-] {places=place}", example: "the regime-besieged town of Madaya" },
  { id: "presence/en/under-siege", pattern: "{places=place} …4 under {groups=troops} siege", example: "Foua has been under rebel siege for two years." },
  { id: "presence/en/where-x", pattern: "{places=place} [,] where|in_which {groups=troops} …3 is|are|was|were|has|have …2 fighting|deployed|based|present|stationed|operating", example: "Raqqa province, where the SDF is fighting." },
  {
    id: "presence/ar/x-stationed-in",
    pattern: "{groups=troops} …2 المتمركزه|المتمركز|المتمركزين|المنتشره|المنتشرين|المتواجده|المتواجدين|الموجوده|الموجودين|المرابطه|المحاصره_ل|الناشطه|الناشطين|المتحصنه|المتحصنين … في|ب|داخل|حول|محيط …2 {places=place}",
    example: "الميليشيات الإيرانية المتمركزة في مدينة الميادين.",
  },
  {
    id: "presence/ar/deploys-x-in",
    pattern:
      "تنتشر|ينتشر|تتمركز|يتمركز|تتواجد|يتواجد|توجد|يوجد|انتشرت|انتشر|تمركزت|تمركز|ترابط|تتحصن|يتحصن|تتوزع|يتوزع|توزعت|يتحصنون|يتمركزون|ينتشرون|يتواجدون|تنشط|ينشط|نشطت|ينشطون [خلايا|عناصر|مقاتلو|مقاتلي|قوات|افراد|جنود|مسلحو|مسلحي] {groups=troops} …3 في|ب|داخل|حول|محيط|قرب|عند …2 {places=place}",
    example: "وتنتشر ميليشيا فاطميون في مدينة البوكمال.",
  },
  {
    id: "presence/ar/x-deploys-in",
    pattern:
      "{groups=troops} …3 تنتشر|ينتشر|تتمركز|يتمركز|تتواجد|يتواجد|انتشرت|انتشر|تمركزت|تتحصن|يتحصن|تتوزع|يتوزع|توزعت|انتشروا|تمركزوا|ينتشرون|يتمركزون|يتواجدون|يتحصنون|تنشط|ينشط|نشطت|ينشطون …2 في|ب|داخل|حول|محيط|قرب|عند …2 {places=place}",
    example: "ميليشيا فاطميون تنتشر في البوكمال.",
  },
  // the place first: «وتتمركز في بلدة حطلة ميليشيا الباقر», «مدينة الميادين التي تنتشر فيها ميليشيا النجباء»
  {
    id: "presence/ar/deploys-in-place-x",
    pattern: `تنتشر|ينتشر|تتمركز|يتمركز|تتواجد|يتواجد|توجد|يوجد|انتشرت|تمركزت|تتحصن|يتحصن|تنشط|ينشط|نشطت في|داخل ${TOWN_AR} {places=place} …1 [عناصر|مقاتلو|مقاتلي|قوات|خلايا|افراد] {groups=troops}`,
    example: "وتتمركز في بلدة حطلة عناصر ميليشيا الباقر.",
  },
  {
    id: "presence/ar/place-where-x-deploys",
    pattern: `{places=place} ${DIRECTION_OF} …1 التي|الذي|حيث [لا_تزال|لا_يزال|ما_زالت|ما_زال] تنتشر|ينتشر|تتمركز|يتمركز|تتواجد|يتواجد|توجد|يوجد|انتشرت|تمركزت|تتحصن|يتحصن|تنشط|ينشط|نشطت [فيها|فيه|بها|به] [عناصر|مقاتلو|مقاتلي|قوات|خلايا|افراد] {groups=troops}`,
    example: "بلدة حطلة التي تنتشر فيها ميليشيا الباقر.",
  },
  { id: "presence/ar/reinforcements-to", event: true, pattern: "وصول|ارسال|ارسلت|دفعت|دفع|استقدام|استقدمت تعزيزات [عسكريه] …2 {groups=troops} …4 الي|في|نحو {places=place}", example: "وصول تعزيزات عسكرية لقوات النظام إلى مدينة البوكمال." },
  // a group's positions, bases or checkpoints at a place: «مواقع لجبهة فتح الشام في إدلب», "positions of the SDF near Raqqa"
  {
    id: "presence/ar/positions-of-x-in",
    pattern: "مواقع|مقرات|مقر|نقاط|نقطه|تحصينات|معاقل|معقل|مراكز|ثكنات|ثكنه|حواجز|حاجز|قواعد|قاعده [عسكريه] [تابعه|تابع] [ل] {groups=troops} …3 في|ب|داخل|قرب|محيط|عند …2 {places=place}",
    example: "استهدفت الغارات مواقع لجبهة فتح الشام في إدلب.",
  },
  // the areas a group holds or moves in: «مناطق سيطرة التنظيم في ريف دير الزور», «المناطق الخاضعة لنفوذ قسد في الحسكة»
  {
    id: "presence/ar/areas-of-x-in",
    pattern: "مناطق|المناطق|منطقه|المنطقه [الخاضعه|الواقعه_تحت] سيطره|نفوذ|تواجد|انتشار|تمركز {groups=troops} …3 في|ب|داخل|ضمن|شرق|غرب|شمال|جنوب …2 {places=place}",
    example: "ونزح الأهالي إلى مناطق نفوذ قوات النظام في ريف حماة.",
  },
  // a place said to be a group's stronghold or base: «وتعد بلدة حطلة من أبرز معاقل ميليشيا الباقر»
  {
    id: "presence/ar/place-is-stronghold-of-x",
    pattern:
      "{places=place} [التي|الذي] [تعد|يعد|تعتبر|يعتبر|باتت|بات|اصبحت|اصبح|كانت|كان|تشكل|يشكل] [من] [ابرز|اهم|اكبر|اخر|احد|احدي] معقل|معاقل|معقلا|المعقل|مقرا|قاعده|مركز_قياده [الرئيسي|الابرز|الاهم|الاخير|رئيسيا|الرئيسي_ل|ل] [ل] {groups=troops}",
    example: "وتعد بلدة حطلة من أبرز معاقل ميليشيا الباقر.",
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
    pattern: "{groups=troops} …3 انسحب|انسحبت|انسحبوا|تقهقر|تقهقرت|انتقل|انتقلت|انتقلوا|فر|فرت|فروا|هرب|هربت|هربوا|لجا|لجات|لجاوا|خرج|خرجت|خرجوا …4 الي|باتجاه|صوب …2 {places=place}",
    example: "وكان عناصر تنظيم داعش قد انسحبوا من الرقة إلى ريف دير الزور.",
  },
  {
    id: "presence/ar/withdrew-x-to",
    event: true,
    pattern: "انسحب|انسحبت|تقهقر|تقهقرت|انتقل|انتقلت|فر|فرت|هرب|هربت|لجا|لجات|ترحيل|نقل|انسحاب|خروج|خرج|خرجت …1 {groups=troops} …4 الي|باتجاه|صوب …2 {places=place}",
    example: "وتقهقر تنظيم داعش إلى قطاع من وادي الفرات.",
  },
  {
    id: "presence/en/x-withdrew-to",
    event: true,
    noCountry: true,
    pattern: `{groups=troops} …3 withdrew|retreated|fled|relocated|evacuated|bused|transferred|escaped|pulled_back|fallen_back|fell_back …4 to|into|toward|towards …2 {places=place}`,
    example: "Islamic State fighters withdrew from Raqqa to the Euphrates valley.",
  },
  // a place that sees a group's fighting: «تشهد دير الزور هجومين لقوات النظام و…», "Aleppo province, a battleground between X and Y"
  {
    id: "presence/ar/place-sees-fighting-of-x",
    event: true,
    pattern: "تشهد|يشهد|شهدت|شهد {places=place} …4 هجوم|هجوما|هجمات|معارك|معركه|اشتباكات|مواجهات|عمليات|عمليه|حمله [عسكريه|عسكري|عنيفه|عنيفا] ل|بين {groups=troops}",
    example: "وتشهد مدينة الميادين معارك عنيفة بين قوات النظام وتنظيم داعش.",
  },
  { id: "presence/ar/place-sees-n-attacks-of-x", event: true, pattern: "تشهد|يشهد|شهدت|شهد {places=place} …4 {count=n:weapons} ل|بين {groups=troops}", example: "ويشهد ريف حماة ثلاث هجمات لفصائل المعارضة." },
  {
    id: "presence/en/place-battleground-between-x",
    rest: true,
    pattern: "{places=place} …4 battleground|battlefield between|for …8 {groups=troops}",
    example: "Hama province has become a battleground between rebels and government forces.",
  },
  // a base: «تتخذ ميليشيا X من مدينة Y مقرا لها», «مطار Y الذي تتخذه القوات الروسية قاعدة»
  {
    id: "presence/ar/takes-place-as-base",
    pattern: "تتخذ|يتخذ|اتخذت|اتخذ|يتخذون|اتخذوا {groups=troops} …2 من …2 {places=place} …3 مقرا|مقرات|مقرا_رئيسيا|قاعده|مركزا|معقلا|منطلقا|ثكنه",
    example: "وتتخذ ميليشيا الباقر من بلدة حطلة مقرا رئيسيا لها.",
  },
  {
    id: "presence/ar/x-takes-place-as-base",
    pattern: "{groups=troops} …3 تتخذ|يتخذ|اتخذت|اتخذ|يتخذون|اتخذوا من …2 {places=place} …3 مقرا|مقرات|مقرا_رئيسيا|قاعده|مركزا|معقلا|منطلقا|ثكنه",
    example: "ميليشيا الباقر اتخذت من بلدة حطلة مقرا لها.",
  },
  {
    id: "presence/ar/place-x-takes-as-base",
    pattern: "{places=place} …3 الذي|التي|اللذين تتخذه|تتخذها|يتخذه|يتخذها|اتخذته|اتخذتها|اتخذه|اتخذها {groups=troops} …2 مقرا|مقرات|قاعده|مركزا|معقلا|منطلقا|ثكنه",
    example: "مطار دير الزور العسكري الذي تتخذه ميليشيا حزب الله مقرا لها.",
  },
  // aircraft or troops that set out from, or use, a base or an airport are based there (`base`: the place must be one)
  {
    id: "presence/ar/x-sets-out-from-base",
    base: true,
    pattern: "{groups=troops} …4 انطلقت|اقلعت|تنطلق|تقلع|انطلق|اقلع|ينطلق|يقلع|انطلقوا من [مطار|قاعده] {places=place}",
    example: "وكانت المقاتلات الروسية قد أقلعت من قاعدة حميميم.",
  },
  {
    id: "presence/ar/set-out-x-from-base",
    base: true,
    pattern: "انطلقت|اقلعت|تنطلق|تقلع|انطلق|اقلع|ينطلق|يقلع {groups=troops} …3 من [مطار|قاعده] {places=place}",
    example: "وأقلعت الطائرات الروسية من مطار حميميم فجرا.",
  },
  { id: "presence/ar/x-uses-base", base: true, pattern: "{groups=troops} …3 تستخدم|يستخدم|استخدمت|استخدم [مطار|قاعده] {places=place}", example: "القوات الروسية تستخدم مطار الشعيرات منذ أشهر." },
  { id: "presence/ar/uses-x-base", base: true, pattern: "تستخدم|يستخدم|استخدمت|استخدم {groups=troops} …2 [مطار|قاعده] {places=place}", example: "وتستخدم القوات الروسية مطار الشعيرات منذ أشهر." },
  {
    id: "presence/ar/base-x-uses",
    base: true,
    pattern: "{places=place} …1 الذي|التي تستخدمه|تستخدمها|يستخدمه|يستخدمها|استخدمته|استخدمها|تنطلق_منه|تنطلق_منها|تقلع_منه|تقلع_منها|انطلقت_منه|انطلقت_منها [طائرات|مقاتلات|قوات] {groups=troops}",
    example: "مطار الشعيرات الذي تستخدمه الطائرات الروسية.",
  },
  // bases or forces a party keeps at a place: «وتحتفظ روسيا بقاعدتين في سوريا», «لدى واشنطن قواعد في الحسكة»
  {
    id: "presence/ar/keeps-x-bases-in",
    pattern: `${KEEP_AR} {groups=troops} …2 ${BASES_AR} ${BASE_ADJ_AR} …2 في|ب|داخل {places=place}`,
    example: "ولدى قوات النظام مواقع عسكرية في ريف حماة.",
  },
  { id: "presence/ar/keeps-x-n-bases-in", pattern: `${KEEP_AR} {groups=troops} …2 {bases=n:sites} ${BASE_ADJ_AR} …2 في|ب|داخل {places=place}`, example: "وتحتفظ الولايات المتحدة بقاعدتين عسكريتين في ريف الحسكة." },
  { id: "presence/ar/x-keeps-bases-in", pattern: `{groups=troops} …3 ${KEEP_AR}|لديها|لديه …2 ${BASES_AR} ${BASE_ADJ_AR} …2 في|ب|داخل {places=place}`, example: "وكانت تركيا تمتلك نقاط مراقبة في ريف إدلب." },
  { id: "presence/ar/x-keeps-n-bases-in", pattern: `{groups=troops} …3 ${KEEP_AR}|لديها|لديه …2 {bases=n:sites} ${BASE_ADJ_AR} …2 في|ب|داخل {places=place}`, example: "روسيا تمتلك ثلاث قواعد في سوريا." },
  {
    id: "presence/en/x-uses-place-as-base",
    pattern: `{groups=troops} …3 uses|used|using|has_used|have_used|turned …3 {places=place} …2 as|into [a|its|their|the] …2 base|bases|headquarters|stronghold|launchpad|staging_ground`,
    example: "Hezbollah uses the town of Qusayr as its main base.",
  },
  // reinforcements, patrols and convoys sent to or seen at a place
  {
    id: "presence/ar/x-sent-reinforcements-to",
    event: true,
    pattern: "{groups=troops} …3 ارسلت|ارسل|ارسلوا|دفعت|دفع|استقدمت|استقدم|استقدموا|حشدت|حشد|تدفع|يدفع|ترسل|يرسل تعزيزات|حشودا|مقاتلين|عناصر …4 الي|نحو|باتجاه|صوب …2 {places=place}",
    example: "قوات النظام أرسلت تعزيزات عسكرية إلى ريف حماة.",
  },
  {
    id: "presence/ar/sent-x-reinforcements-to",
    event: true,
    pattern: "ارسلت|ارسل|دفعت|دفع|استقدمت|استقدم|حشدت|حشد|تدفع|يدفع|ترسل|يرسل {groups=troops} …2 تعزيزات|حشودا|مقاتلين|عناصر …4 الي|نحو|باتجاه|صوب …2 {places=place}",
    example: "وأرسلت قوات النظام تعزيزات عسكرية إلى ريف حماة الشمالي.",
  },
  {
    id: "presence/ar/reinforcements-of-x-to",
    event: true,
    pattern: "تعزيزات|حشود|ارتال|رتل|قافله|قوافل|دوريه|دوريات [عسكريه|جديده|ضخمه|كبيره|اضافيه] …1 ل|من|تابعه_ل {groups=troops} …4 الي|نحو|باتجاه|صوب|في|داخل …2 {places=place}",
    example: "ووصلت تعزيزات عسكرية جديدة لقوات النظام إلى مدينة الميادين.",
  },
  {
    id: "presence/ar/x-patrols-in",
    event: true,
    pattern: "{groups=troops} …3 سيرت|سير|تسير|يسير|تسيير|تجري|اجرت دوريه|دوريات [عسكريه|مشتركه] …3 في|ب|داخل|علي|حول …2 {places=place}",
    example: "الشرطة العسكرية الروسية تسير دوريات في مدينة منبج.",
  },
  {
    id: "presence/ar/patrols-of-x-in",
    event: true,
    pattern: "سيرت|سير|تسير|يسير|تسيير|اجرت|تجري {groups=troops} …2 دوريه|دوريات [عسكريه|مشتركه] …3 في|ب|داخل|علي|حول …2 {places=place}",
    example: "وسيرت الشرطة العسكرية الروسية دورية في مدينة منبج.",
  },
  {
    id: "presence/en/x-sent-reinforcements-to",
    event: true,
    pattern: `{groups=troops} …3 sent|sends|dispatched|rushed|brought|deployed|moved reinforcements|troops|fighters|convoys|more_troops|more_fighters …4 to|into|towards|toward|${AT_EN} …2 {places=place}`,
    example: "Turkey rushed reinforcements towards Idlib.",
  },
  {
    id: "presence/en/convoy-of-x-in",
    event: true,
    pattern: `reinforcements|convoy|convoys|patrol|patrols|column of|from {groups=troops} …4 arrived_in|reached|entered|to|into|${AT_EN} …2 {places=place}`,
    example: "A convoy of Turkish troops entered Idlib province.",
  },
  { id: "presence/en/x-patrol-place", event: true, pattern: "{groups=troops} …3 patrol|patrols|patrolled|patrolling [in|the_streets_of] {places=place}", example: "Russian military police patrol Manbij." },
  // a commander's visit: his force is there («زار قائد فيلق القدس قاسم سليماني البوكمال»)
  { id: "presence/ar/person-visited", event: true, pattern: "{person} …3 زار|يزور|تفقد|يتفقد|وصل|يصل|ظهر …2 [الي|في] [مدينه|بلده|منطقه] {places=place}", example: "قاسم سليماني زار مدينة البوكمال." },
  { id: "presence/ar/visit-of-person-to", event: true, pattern: "زياره|زار|يزور|تفقد|يتفقد|وصول|وصل|ظهور|ظهر …3 {person} …3 الي|في|ل [مدينه|بلده|منطقه] {places=place}", example: "وكشفت الصور زيارة قاسم سليماني إلى البوكمال." },
  { id: "presence/ar/visited-person-place", event: true, pattern: `زار|يزور|تفقد|يتفقد|زاروا …4 {person} …2 ${TOWN_AR} {places=place}`, example: "وتفقد قائد فيلق القدس قاسم سليماني بلدة حطلة." },
  { id: "presence/en/person-visited", event: true, pattern: `{person} …3 visited|toured|arrived_in|was_seen_in|was_spotted_in|appeared_in [the_town_of|the_city_of] {places=place}`, example: "Qasem Soleimani visited Albukamal." },
  // to fight in a place: «مقاتلون من الميليشيا للقتال في دير الزور», "militiamen to fight in Aleppo"
  { id: "presence/ar/x-to-fight-in", pattern: "{groups=troops} …4 للقتال|للمشاركه_في_القتال|للمشاركه_في_المعارك في|ب …2 {places=place}", example: "استقدمت ميليشيا فاطميون مقاتلين للقتال في دير الزور." },
  { id: "presence/en/x-to-fight-in", pattern: `{groups=troops} …3 fighters|troops|militiamen|volunteers …3 to_fight|fighting ${AT_EN} …2 {places=place}`, example: "Hezbollah fighters went to fight in Qusayr." },
  // fighting in a place, and whom alongside: «تقاتل ميليشيا النجباء إلى جانب قوات النظام في ريف حلب», "Hezbollah has fought in Syria since 2013"
  {
    id: "presence/ar/x-fights-in",
    pattern: "تقاتل|يقاتل|قاتلت|قاتل|يقاتلون|قاتلوا|تحارب|يحارب [عناصر|مقاتلو|مقاتلي|قوات] {groups=troops} …2 [الي_جانب] [{allies=troops}] …2 في|ب|داخل|علي_جبهات|جبهات …2 {places=place}",
    example: "تقاتل ميليشيا النجباء إلى جانب قوات النظام في ريف حلب.",
  },
  {
    id: "presence/ar/x-fighting-in",
    pattern: "{groups=troops} …4 المقاتله|المقاتلين|تقاتل|يقاتل|يقاتلون|قاتلت|قاتل|قاتلوا|تحارب|يحارب [الي_جانب] [{allies=troops}] …2 في|ب|داخل|علي_جبهات|جبهات …2 {places=place}",
    example: "ويعد حزب الله من أبرز الميليشيات المقاتلة في سوريا.",
  },
  // a ground campaign or battles a group wages at a place («تخوض قوات النظام معارك ضد التنظيم في البادية»); not an air campaign (`ground`)
  {
    id: "presence/ar/x-wages-battles-in",
    ground: true,
    pattern: "{groups=troops} …3 تخوض|يخوض|خاضت|خاض|تشن|يشن|شنت|شن حمله|معارك|معركه|اشتباكات|مواجهات|هجوما_بريا|عمليه_بريه …6 في|ب|علي …3 {places=place}",
    example: "ميليشيا النجباء تخوض معارك عنيفة ضد فصائل المعارضة في ريف حلب الجنوبي.",
  },
  {
    id: "presence/ar/wages-x-battles-in",
    ground: true,
    pattern: "تخوض|يخوض|خاضت|خاض {groups=troops} …2 معارك|معركه|اشتباكات|مواجهات …6 في|ب|علي …3 {places=place}",
    example: "وخاضت ميليشيا النجباء اشتباكات مع فصائل المعارضة في ريف حلب الجنوبي.",
  },
  {
    id: "presence/ar/x-takes-part-in-battles-of",
    pattern: "تشارك|يشارك|شاركت|شارك|يشاركون|شاركوا [عناصر|مقاتلو|مقاتلي|قوات] {groups=troops} …3 في|ب معارك|المعارك|القتال|معركه|العمليات [الدائره] [في|علي] [مدينه|ريف] {places=place}",
    example: "تشارك ميليشيا النجباء في معارك ريف حلب.",
  },
  {
    id: "presence/en/x-fighting-in",
    pattern: `{groups=troops} …3 fighting|fought|fight|fights|battling|battled|battle [alongside|with|against] [{allies=troops}] ${AT_EN} …2 {places=place}`,
    example: "Hezbollah fighters are fighting alongside government forces in Aleppo.",
  },
  { id: "presence/en/x-entered-place", event: true, pattern: "{groups=troops} …3 entered|stormed|reached|overran|infiltrated {places=place}", example: "Turkish troops entered Idlib on Sunday." },
  {
    id: "presence/en/x-holds-positions-in",
    pattern: `{groups=troops} …3 hold|holds|held|have|has|maintain|maintains|maintained|set_up|established|built positions|bases|base|headquarters|outposts|checkpoints|a_base|a_presence …2 ${AT_EN} …2 {places=place}`,
    example: "Rebels still hold positions in the Idlib countryside.",
  },
  {
    id: "presence/ar/x-deployed-forces-in",
    pattern: "نشرت|نشر|تنشر|ينشر|اعادت_نشر {groups=troops} …2 قوات|جنودا|جنود|عناصر|مقاتلين|وحدات|منظومه|منظومات|بطاريات|دبابات|شرطه …4 في|ب|داخل|الي|علي …2 {places=place}",
    example: "نشرت روسيا قوات من الشرطة العسكرية في حلب.",
  },
  // a presence a party founds or strengthens: «روسيا تؤسس لوجود عسكري دائم في قاعدتيها بسوريا», «عززت إيران تواجدها في حلب»
  {
    id: "presence/ar/x-builds-presence-in",
    pattern: `{groups=troops} …3 ${BUILD_AR} ${PRESENCE_NOUN_AR} …3 في|ب|داخل [{bases=n}] …3 {places=place}`,
    example: "ميليشيا النجباء عززت وجودها العسكري في ريف حلب الجنوبي.",
  },
  { id: "presence/ar/builds-x-presence-in", pattern: `${BUILD_AR} {groups=troops} …1 ${PRESENCE_NOUN_AR} …3 في|ب|داخل [{bases=n}] …3 {places=place}`, example: "وعززت ميليشيا النجباء وجودها العسكري في ريف حلب الجنوبي." },
  // the noun: «وجود التنظيم داخل مدينة الرقة», "the presence of Iranian militias in Albukamal"
  { id: "presence/ar/presence-of-x-in", pattern: "وجود|تواجد|انتشار|تمركز {groups=troops} …3 في|ب|داخل|حول|محيط …2 {places=place}", example: "وتهدف العملية إلى إنهاء وجود تنظيم داعش داخل مدينة الرقة." },
  { id: "presence/en/presence-of-x-in", pattern: `presence|deployment of {groups=troops} …3 ${AT_EN} …2 {places=place}`, example: "The presence of Iranian militias in Albukamal worries Washington." },
  // a group named with where it is: «مقاتلي المعارضة المحاصرين في شرق حلب», «قوات النظام في حلب», "the SDF in Raqqa"
  {
    id: "presence/ar/fighters-of-x-in",
    pattern: "عناصر|مقاتلو|مقاتلي|مسلحو|مسلحي|جنود|افراد|قوات|فصائل {groups=troops} [المتبقين|المتواجدين|الموجودين|المنتشرين|المحاصرين|المتحصنين] في|داخل [مدينه|بلده|قريه|حي|احياء|ريف|محيط|شرق|غرب|شمال|جنوب] {places=place}",
    example: "واستهدف القصف مقاتلي فصائل المعارضة المحاصرين في شرق حلب.",
  },
  { id: "presence/ar/x-in-place", pattern: "{groups=group} في|داخل [مدينه|بلده|قريه|حي|احياء|ريف|محيط] {places=place}", example: "وتواجه قوات سوريا الديمقراطية في الرقة مقاومة عنيفة." },
  { id: "presence/en/x-in-place", pattern: "{groups=group} in|inside [the_city_of|the_town_of|eastern|western|northern|southern] {places=place}", example: "Rebels in Aleppo rejected the offer." },
  // a siege laid or broken: the besiegers, or those who broke it, are at the place
  { id: "presence/ar/x-besieges-place", pattern: `{groups=troops} …3 تحاصر|يحاصر|حاصرت|حاصر|تطوق|يطوق|طوقت|طوق ${TOWN_AR} {places=place}`, example: "وكانت قوات النظام تحاصر مدينة دير الزور منذ أسابيع." },
  { id: "presence/ar/besieges-x-place", pattern: `حاصرت|تحاصر|يحاصر|حاصر|طوقت|تطوق {groups=troops} ${TOWN_AR} {places=place}`, example: "وحاصرت قوات النظام مدينة الميادين من ثلاث جهات." },
  {
    id: "presence/ar/laid-siege-to",
    pattern: `فرضت|فرض|تفرض|يفرض|احكمت|احكم {groups=troops} …2 حصارا|الحصار|حصارها|حصاره [خانقا|مطبقا] علي ${TOWN_AR} {places=place}`,
    example: "فرضت قوات النظام حصارا خانقا على بلدة مضايا.",
  },
  {
    id: "presence/ar/broke-siege-of",
    event: true,
    pattern: `فكت|فك|كسرت|كسر|تفك|يفك {groups=troops} …2 الحصار|حصار …2 عن|علي|المفروض_علي ${TOWN_AR} {places=place}`,
    example: "فكت قوات النظام الحصار عن مدينة دير الزور.",
  },
  { id: "presence/en/laid-siege-to", pattern: "{groups=troops} …3 laid|lay|lays|laying siege to [the] [town|city|village] [of] {places=place}", example: "Government forces laid siege to the town of Madaya." },
  {
    id: "presence/en/broke-siege-of",
    event: true,
    pattern: "{groups=troops} …3 broke|broken|breaking|lifted|lifting|ended|ending [the] siege of|on [the] [town|city|village] [of] {places=place}",
    example: "Syrian troops broke the siege of Deir Ezzor.",
  },
  {
    id: "presence/en/x-operates-from",
    pattern: "{groups=troops} …3 operate|operates|operating|operated from|out_of [a|the|their|its] [military] [base|bases|outpost|garrison] [at|in|near] [the] {places=place}",
    example: "US special forces operate from a base at al-Tanf.",
  },
  {
    id: "presence/ar/x-set-up-posts-in",
    pattern: `اقامت|اقام|انشات|انشا|تقيم|يقيم|استحدثت|استحدث {groups=troops} …2 حواجز|حاجزا|نقاط|نقطه|مقرات|مقرا|قاعده|قواعد|معسكرا|معسكرات [عسكريه|جديده|لها|له] …2 في|داخل|قرب|محيط ${TOWN_AR} {places=place}`,
    example: "وأقامت الميليشيات الإيرانية حواجز جديدة في مدينة البوكمال.",
  },
  {
    id: "presence/ar/x-moved-men-to",
    event: true,
    pattern: `نقلت|نقل|تنقل|ينقل {groups=troops} …2 عناصرها|عناصره|مقاتليها|مقاتليه|قواتها|قواته|مقراتها|مقراته|اسلحتها …4 الي ${TOWN_AR} {places=place}`,
    example: "ونقلت ميليشيا فاطميون عناصرها من الميادين إلى البوكمال.",
  },
  { id: "presence/ar/besieged-by", pattern: "{places=place} …4 المحاصره|المحاصر|المحاصرتين|المحاصرين [من] [قبل] {groups=troops}", example: "مدينة دير الزور المحاصرة من قبل تنظيم داعش." },
];

const BOOK = new RuleBook(PRESENCE_RULES);
/** An absence, a denial, a plan or a demand: no presence. */
export const NOT_THERE =
  /\b(?:no longer|not|never|would|will|could|plans? to|wants? to|den(?:y|ied|ies))\b|(?:^|\s)[وف]?[لب]?(?:غياب|عدم|منع|تريد|يريد|لم|لن|لا\s+يوجد|لا\s+توجد|لا\s+وجود|لا\s+تواجد|نفي|نفت|نفى|ينفي|سوف|سيتم|تسعي|يسعي|تعتزم|يعتزم|مطالبه|طالب)(?:\s|$)/u;
/**
 * A place named after a street or a square is the street's name («شارع تل أبيض»), not the town;
 * a place said after "with" is a party dealt with («اتفاق مع دمشق», "a deal with Damascus") or a border's other side, not where anyone is.
 */
export const STREET = /(?:^|\s)[وفبل]?(?:ال)?(?:شارع|دوار|ساحه|street|square)\s*$|(?:^|\s)(?:مع|with)\s+$/u;
const PATRON = /(?:(?:^|\s)[وف]?(?:ال)?(?:تابعه|تابعين|تابع|مواليه|موالين|موالي|مدعومه|مدعومين|مدعوم)\s+(?:ل|من)?\s*|\b(?:backed|supported|armed|funded)\s+by\s+(?:the\s+)?|\b(?:loyal\s+to|affiliated\s+with)\s+(?:the\s+)?)$/u;
/** Words of ending a presence: «تنهي وجود», «إنهاء وجود», "to end the presence of", "to oust". */
const ENDING = /(?:^|\s)[وفل]?(?:تنهي|ينهي|انهاء|لانهاء|انهي|طرد|اخراج)\s+(?:ال)?(?:وجود|تواجد)|\b(?:end|ending|ended)\s+(?:the\s+)?presence\b/u;
const AS_PLACE = /(?:^|\s)(?:في|ب|داخل|in|at|inside)\s*$/u;
/** The absences and denials of NOT_THERE (not its plans): they may stand a few words before the construction. */
const NEGATION = /\b(?:no longer|not|never|den(?:y|ied|ies))\b|(?:^|\s)[وف]?[لب]?(?:غياب|عدم|منع|لم|لن|لا\s+يوجد|لا\s+توجد|لا\s+وجود|لا\s+تواجد|نفي|نفت|نفى|ينفي)(?:\s|$)/u;
/** A base or an airport: its kind in the gazetteer, or the word before its name. */
const isBase = (s: Sentence, p: Item) => ["base", "airport"].includes(p.entity?.placeType ?? "") || /(?:^|\s)[وفبل]?(?:ال)?(?:مطار|قاعده)\s*$/u.test(s.before(p.start, 12));
/** Whether a campaign is fought on the ground: not a country's nor aircraft's, nor said from the air. */
const FROM_AIR = /(?:جوي|طيران|طائر|مقاتلات|غارات|قصف|صواريخ|\bair\b|aircraft|jets|strikes)/u;
const onGround = (s: Sentence, m: Match, g: Item) => g.code !== "C" && !FROM_AIR.test(s.text.slice(g.start, g.end)) && !FROM_AIR.test(s.text.slice(m.start, m.end));
const isGroup = (it: Item) => it.code === "G" || it.code === "A" || it.code === "C";

/** The claims of the presence constructions in a sentence; `covered` collects the spans they read. */
export function presenceClaims(a: ArticleContext, said: Sentence, attribution: string | null, covered: Array<{ start: number; end: number; subject?: string | null }> = []): Claim[] {
  const out: Claim[] = [];
  const s = withOrganisation(said);
  const seen = new Set<string>();
  for (const { rule, compiled } of BOOK.candidates(a.language, s.tagged)) {
    for (const m of matchAll(compiled, s.tagged)) {
      const clause = s.clauseAt(m.start);
      // (a plan counts in the construction and the words right before it — "will" of another verb of the
      // clause is no plan of this one —, a negation a little further: «ولا يوجد أي وجود لقوات النظام في»)
      const said = s.text.slice(Math.max(clause.start, m.start - 15), m.end);
      const denied = NEGATION.test(s.text.slice(Math.max(clause.start, m.start - 30), m.end));
      // (ending a presence, planned or failed, says the group is there: «لم تستطع أن تنهي وجود التنظيم»)
      if ((NOT_THERE.test(said) || denied) && !ENDING.test(s.text.slice(clause.start, m.start + 12))) continue;
      const groups = groupsOf(s, rule, m);
      for (const g of groups.filter((it) => isGroup(it) && !(rule.noCountry && it.code === "C")))
        for (const p of rule.topic ? topicOf(s, m) : placesOf(s, m)) {
          const key = `${g.start}:${p.start}`;
          if (seen.has(key) || !p.entity || STREET.test(s.before(p.start, 12)) || (rule.base && !isBase(s, p)) || (rule.ground && !onGround(s, m, g))) continue;
          seen.add(key);
          const c = build(a, s, rule, m, g, p, attribution);
          covered.push({ start: m.start, end: m.end, subject: c.subject });
          out.push(c);
        }
    }
  }
  return out;
}

/** The town a sentence is about, for a presence said with no place after it: the first town named before, when nothing follows but "and" or the end. */
function topicOf(s: Sentence, m: Match): Item[] {
  if (!/^\s*(?:and\b|,|\.|$)/u.test(s.after(m.end, 6))) return [];
  const town = s.items.find((it) => it.code === "P" && it.end <= m.start && it.entity);
  return town ? [town] : [];
}

/** The places of a match, and a town said right after one of them as where within it: "in part of Deir Ezzor province around the border town of Abu Kamal". */
function placesOf(s: Sentence, m: Match): Item[] {
  const places = m.slots.places ?? [];
  const last = places.at(-1);
  if (!last) return places;
  const within = s.items.find((it) => it.code === "P" && it.start > last.end && it.start - last.end < 60 && AROUND.test(s.text.slice(last.end, it.start)));
  return within ? [...places, within] : places;
}
const AROUND = /^\s*(?:province|governorate|countryside)?\s*,?\s*(?:around|near|close\s+to|حول|قرب|بالقرب\s+من|في\s+محيط)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,1}(?:town|city|village|مدينه|بلده|قريه)\s+(?:of\s+)?$/u;

/** The groups of a match: its slot's (a count's party inside it), a commander's force, the rest of the clause's where the row says so. */
function groupsOf(s: Sentence, rule: PresenceRow, m: Match): Item[] {
  const slot = [...(m.slots.groups ?? []), ...(m.slots.allies ?? [])].map((it) => (it.code === "Q" ? (it.inner?.find(isGroup) ?? whoseCount(s, it)) : it)).filter((it): it is Item => !!it);
  // (a commander stands for the force he belongs to)
  const forces = (m.slots.person ?? []).flatMap((it): Item[] => {
    const force = it.entity?.affiliation ? s.g.entities.get(it.entity.affiliation) : undefined;
    return force && (force.type === "force" || force.type === "militia") ? [{ ...it, code: "G", entity: force }] : [];
  });
  // (a country said as a place, «في العراق», "in Iraq", is no mover nor fighter of the construction)
  // (nor is a patron named after the group it backs: «ميليشيا فاطميون التابعة للحرس الثوري في الميادين»)
  const parties = slot.filter((it) => (it.code !== "C" || !AS_PLACE.test(s.before(it.start, 8))) && !PATRON.test(s.before(it.start, 25)));
  if (!rule.rest) return [...parties, ...forces];
  const clause = s.clauseAt(m.start);
  // (not a party that qualifies the one after it: "al-Qaeda rebels" are al-Qaeda's)
  const rest = s.items.filter((it, k) => it.start >= m.end && it.end <= clause.end && isGroup(it) && !qualifiesNoun(s, it) && !(k > 0 && isGroup(s.items[k - 1]) && !s.text.slice(s.items[k - 1].end, it.start).trim()));
  return [...parties, ...forces, ...rest];
}

/** The party a count of men belongs to when it is named right after the count: "2,000 US troops", «500 عنصر من ميليشيا حزب الله». */
function whoseCount(s: Sentence, count: Item): Item | undefined {
  return s.items.find((it) => isGroup(it) && it.start >= count.end && /^\s*(?:(?:من|of|from)(?:\s+the)?\s*)?$/u.test(s.text.slice(count.end, it.start)));
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
