/**
 * Control: who holds, took or lost a place, and when. One row per construction of the language:
 * "X seized Y", "the X-held town of Y", "Y, controlled by X", «سيطرت X على Y», «Y التي يسيطر
 * عليها X», «انسحاب X من Y». A capture is an event with a date; a holding is a state.
 */
import type { Claim, Value } from "../../types.ts";
import { RuleBook, matchAll, type Item, type Match } from "./engine.ts";
import { makeClaim, party, quantityValue, type ArticleContext, type RuleRow } from "./make.ts";
import type { Sentence } from "./sentence.ts";
import { eventDate, partyBefore } from "./context.ts";

export interface ControlRow extends RuleRow {
  /** The subject loses the place (a withdrawal, an expulsion). */
  lost?: true;
  /** Dated by its sentence: a capture, or a holding said as of then. */
  event?: true;
  /** The holder is the party before the construction in its clause («وبسطت قوات النظام سيطرتها على»). */
  holderBefore?: true;
  /** Only a part of the place is held: entering or storming it («دخلت X المدينة القديمة»), a foothold, not the whole. */
  partial?: true;
  /** A share of the holder's own territory, no place named ("IS has lost 87 percent of its territory"): the share is the claim. */
  territory?: true;
  /** A relative clause after the place: a second one («…، والتي سيطرت عليها») is about the head of the first, not the place before it. */
  relative?: true;
  /** The construction says its own clause: a word of denial or plan before its relative pronoun («نفت أنباء عن …، والتي سيطرت عليها») does not govern it. */
  ownClause?: true;
}

const PLACE_NOUN_EN =
  "[the] [northern|southern|eastern|western|north|south|east|west|central|rural] [town|city|village|villages|area|areas|territory|territories|district|districts|neighbourhood|neighborhood|province|region|enclave|countryside|suburb|suburbs|outskirts] [of|in]";
// (entering or storming a place is an advance, not a hold: "the army entered the old city")
const TAKE_EN = "seized|seize|seizes|captured|capture|captures|capturing|retook|retake|retakes|retaking|recaptured|recapture|took|take|takes|taking|regained|regain|regains|liberated|liberate|overran|overrun";
const HOLD_EN = "control|controls|controlled|controlling|holds|hold|held|occupy|occupies|occupied|run|runs";

/** The constructions, in order: where two read the same place, the first wins. */
export const CONTROL_RULES: ControlRow[] = [
  // English
  // ("the rebel-held town in Idlib": the town is in Idlib, not Idlib held)
  { id: "control/en/x-held-place", pattern: `{holder=party} -held|-controlled|-run|held|controlled ${PLACE_NOUN_EN.replace("[of|in]", "[of]")} {places=place}`, example: "The bomb hit the rebel-held town of Manbij." },
  // ("rebel-held territory in Idlib": the territory is part of Idlib, held)
  {
    id: "control/en/x-held-territory-in",
    pattern: "{holder=party} -held|-controlled|held|controlled territory|territories in|of [the] {places=place}",
    example: "Thousands fled rebel-held territory in Idlib province.",
  },
  // ("IS-held areas in Raqqa", "areas under IS control in Raqqa": a part of the place held, as «المناطق الخاضعة لسيطرة X في Y»)
  {
    id: "control/en/x-held-areas-in",
    partial: true,
    pattern: "{holder=party} -held|-controlled|held|controlled areas|parts|districts|neighbourhoods|neighborhoods|pockets in|of [the] {places=place}",
    example: "Hundreds of families fled IS-held areas in Mayadin.",
  },
  {
    id: "control/en/areas-under-x-control-in",
    partial: true,
    pattern: "areas|parts|districts|neighbourhoods|neighborhoods|territory under {holder=party} control|rule in|of [the] {places=place}",
    example: "Strikes went on over areas under Daesh control in Mayadin.",
  },
  {
    id: "control/en/areas-held-by-x-in",
    partial: true,
    pattern: "areas|parts|districts|neighbourhoods|neighborhoods held|controlled|run by {holder=party} in|of [the] {places=place}",
    example: "Aid cannot reach areas held by Daesh in Mayadin.",
  },
  // ("Zabadani and two other rebel-held areas": the place named is one of them)
  {
    id: "control/en/place-and-other-x-held",
    pattern: "{places=place} and|, [{count=n}] [more] other {holder=party} -held|-controlled|held|controlled areas|towns|villages|districts|enclaves|cities",
    example: "Buses left Madaya and three other rebel-held towns on Friday.",
  },
  {
    id: "control/en/x-held-adj-towns-of",
    pattern: `{holder=party} -held|-controlled|-run …2 town|towns|city|cities|village|villages|district|districts|neighbourhoods|neighborhoods|enclave|areas of {places=place}`,
    example: "the regime-held predominantly Shia towns of Foua and Kefraya",
  },
  {
    id: "control/en/place-is-x-held",
    pattern: `{places=place} …3 is|are|was|were|remain|remains|remained [the] [only|last|main|largest|biggest|vast|mostly] {holder=party} -held|-controlled|-run enclave|enclaves|town|towns|city|area|areas|pocket|territory`,
    example: "Foua and Kefraya are the only government-controlled enclave in Idlib province.",
  },
  { id: "control/en/stronghold-of", pattern: `{holder=party} …2 stronghold|strongholds|bastion|bastions|heartland|capital of {places=place}`, example: "Fighting raged around the Daesh stronghold of Manbij." },
  { id: "control/en/place-is-bastion", pattern: "{places=place} …3 is|was|remains one_of|the …2 {holder=party} …3 bastion|bastions|stronghold|strongholds", example: "Mayadin is the Islamic State group's last bastion in Syria." },
  {
    id: "control/en/lost",
    lost: true,
    pattern: "{holder=party} …3 lost|loses|lose|withdrew|withdraws|withdrawn|pulled_out|retreated|fled|abandoned|been_driven|were_driven|was_driven|driven_out|expelled|ousted|pushed_out from|of|out_of [the] …2 {places=place}",
    example: "Islamic State fighters withdrew from Tabqa.",
  },
  {
    id: "control/en/x-entered-place",
    event: true,
    partial: true,
    pattern: `{holder=party} …3 entered|enter|enters|stormed|storm|storms|pushed_into|broke_into [the] [old] ${PLACE_NOUN_EN} {places=place}`,
    example: "Regime forces entered the town of Sukhna on Monday.",
  },
  { id: "control/en/x-took-place", event: true, pattern: `{holder=party} …3 ${TAKE_EN} [full|complete|total] [control] [of|over] ${PLACE_NOUN_EN} {places=place}`, example: "Government forces recaptured the town of Deir Hafer." },
  {
    id: "control/en/gained-control-of",
    event: true,
    holderBefore: true,
    pattern: "gained|regained|took|seized|retook|established|declared [full|complete|total] control of|over …2 {places=place}",
    example: "The Syrian army declared full control of Albukamal.",
  },
  {
    id: "control/en/x-holds-share-of",
    pattern: `{holder=party} …2 ${HOLD_EN} [just|only|about|roughly|around|nearly|almost|some] {share=n} [percent|per_cent|%] of [the] ${PLACE_NOUN_EN} {places=place}`,
    example: "The militants still hold about 40 percent of Idlib province.",
  },
  {
    id: "control/en/x-took-areas-of",
    event: true,
    pattern: `{holder=party} …3 ${TAKE_EN} [large|vast|wide|huge|big] areas|swathes|swaths|parts|tracts|much|most of [both] [the] [northern|southern|eastern|western|central] {places=place}`,
    example: "The jihadists captured vast swathes of northern Iraq in 2014.",
  },
  {
    id: "control/en/x-lost-place",
    event: true,
    lost: true,
    pattern: `{holder=party} …2 lost|loses|lose [control_of|its_hold_on|their_hold_on] ${PLACE_NOUN_EN} {places=place}`,
    example: "The Islamic State group lost Raqqa to the Kurdish-led alliance.",
  },
  { id: "control/en/x-holds-place", pattern: `{holder=party} …2 ${HOLD_EN} [much|most|all|part|parts|large_areas|areas|half] [of] ${PLACE_NOUN_EN} {places=place}`, example: "Kurdish forces control much of Hasakah province." },
  { id: "control/en/place-held-by", pattern: "{places=place} …5 controlled|held|seized|captured|retaken|recaptured|taken|liberated|overrun by {holder=party}", example: "Qamishli is mainly controlled by the YPG." },
  { id: "control/en/place-which-x-controls", pattern: "{places=place} [,] …3 which|that …2 {holder=party} …2 controls|control|holds|hold|captured|seized|took|retook", example: "Idlib province, which the armed opposition controls." },
  { id: "control/en/place-bastion-of", pattern: "{places=place} [,] …4 bastion|stronghold|strongholds|bastions|capital|fiefdom of [the] …2 {holder=party}", example: "The town of Manbij, a bastion of Islamic State." },
  { id: "control/en/x-bastion-place", pattern: "{holder=party} -bastion|-stronghold|bastion|stronghold [town|city|village] [of] {places=place}", example: "the Islamic State-bastion city of Manbij" },
  {
    id: "control/en/drove-out",
    event: true,
    pattern: "{holder=party} …3 drove|drive|drives|driven|expelled|expel|ousted|oust|pushed|push|cleared|clear {loser=party} …2 out_of|from …2 {places=place}",
    example: "Regime forces drove rebels from Aleppo in December.",
  },
  {
    id: "control/en/lost-including",
    event: true,
    lost: true,
    pattern: `{holder=party} …3 lost|has_lost|have_lost …,10 including ${PLACE_NOUN_EN.replace("[of|in]", "[of]")} {places=place}`,
    example: "Islamic State lost much ground this year, including the town of Palmyra.",
  },
  {
    id: "control/en/lost-share-of-territory",
    event: true,
    lost: true,
    territory: true,
    pattern: "{holder=party} …3 lost|has_lost|have_lost|had_lost [about|nearly|almost|some|around|roughly|over|more_than] {share=n} [percent|per_cent|%] of its|their|the territory|territories|land|ground",
    example: "Islamic State has lost about 60 percent of its territory since January.",
  },
  { id: "control/en/under-x-control", pattern: "{places=place} …5 under {holder=party} control|rule", example: "Raqqa was under Islamic State control." },
  // Arabic
  {
    id: "control/ar/x-seized-areas-of",
    event: true,
    pattern: "سيطرت|سيطر|استعادت|استعاد|استولت|استولى|بسطت|بسط {holder=party} …3 علي مساحات|اجزاء|مناطق|اراض|اراضي|اغلب|معظم [واسعه|كبيره|شاسعه] من|في {places=place}",
    example: "استولى تنظيم داعش عام 2014 على مساحات واسعة من العراق.",
  },
  {
    id: "control/ar/seized-x-place",
    event: true,
    // (entering or storming, «دخلت», «اقتحمت», is an advance into a place, not a hold of it)
    pattern: "سيطرت|سيطر|استعادت|استعاد|حررت|حرر|انتزعت|انتزع|استولت|استولى|بسطت|بسط {holder=party} …3 [على] …2 {places=place}",
    example: "سيطرت قوات سوريا الديمقراطية على مدينة الرقة.",
  },
  // (entering or storming a place is a foothold in it, a part held: «دخلت قوات النظام أحياء المدينة»)
  { id: "control/ar/entered-place", event: true, partial: true, pattern: "دخلت|دخل|اقتحمت|اقتحم {holder=party} …3 …2 {places=place}", example: "ودخلت قوات النظام أطراف بلدة السخنة صباح اليوم." },
  {
    id: "control/ar/x-seized-place",
    event: true,
    pattern: "{holder=party} …3 سيطرت|سيطر|تسيطر|يسيطر|استعادت|استعاد|حررت|حرر|انتزعت|استولت|تمكنت_من_السيطره|تمكنت_من_استعاده …2 [على] …2 {places=place}",
    example: "قوات النظام سيطرت على بلدة دير حافر.",
  },
  // a party announcing it took a place: «أعلنت قوات النظام تحرير مدينة الميادين» (a battle "to liberate" is not yet a hold)
  {
    id: "control/ar/announced-liberation",
    event: true,
    pattern: "اعلنت|اعلن|تعلن|يعلن|اكدت|اكد {holder=party} [,] [{date}] [,] [رسميا|عن] تحرير|استعاده|السيطره_علي|سيطرتها_علي|سيطرته_علي|السيطره_الكامله_علي [كامل|كافه|مدينه|بلده|قريه|حي|مطار] …1 {places=place}",
    example: "أعلنت قوات النظام تحرير مدينة الميادين من تنظيم داعش.",
  },
  {
    id: "control/ar/x-lost-place",
    event: true,
    lost: true,
    pattern: "خسر|خسرت|فقد|فقدت {holder=party} [السيطره|سيطرته|سيطرتها] [علي] [مدينه|بلده|قريه|محافظه|معقله|معقلها|مطار] {places=place}",
    example: "وفقد تنظيم داعش مدينة الميادين بعد أسابيع من القتال.",
  },
  {
    id: "control/ar/place-which-x-controls",
    relative: true,
    pattern: "{places=place} [,] …3 التي|الذي|الواقعه|الخاضعه|الخاضع …2 يسيطر|تسيطر|سيطر|سيطرت|لسيطره|سيطره …2 عليها|عليه [من] [قبل] {holder=party}",
    example: "منطقة الغوطة الشرقية التي تسيطر عليها الفصائل المقاتلة.",
  },
  // (a place with two relative clauses, the second saying who took it: «مدينة البوكمال، التي تعد آخر معقل …، والتي سيطرت عليها القوات السورية»)
  {
    id: "control/ar/place-which-and-which-x-took",
    event: true,
    ownClause: true,
    pattern: "{places=place} [,] التي|الذي …,10 , والتي|والذي سيطرت|سيطر|استعادت|استعاد|حررت|حرر عليها|عليه [من_قبل] {holder=party}",
    example: "بلدة السخنة , التي تقع في البادية , والتي سيطرت عليها قوات النظام في آب .",
  },
  // (a loss that names the places it included: «خسر التنظيم مناطق واسعة، بما في ذلك مدينة الموصل»)
  {
    id: "control/ar/lost-including",
    event: true,
    lost: true,
    pattern: "خسر|خسرت|فقد|فقدت {holder=party} …,12 بما_في_ذلك|بما_فيذلك|بما_فيها|بما_فيه|ومن_بينها [مدينه|بلده|قريه|محافظه] {places=place}",
    example: "وخسر تنظيم داعش أراضي واسعة خلال العام , بما في ذلك مدينة تدمر .",
  },
  {
    id: "control/ar/lost-share-of-territory",
    event: true,
    lost: true,
    territory: true,
    pattern: "خسر|خسرت|فقد|فقدت {holder=party} …,8 {share=n} [في_المايه|في_الميه|بالمايه|بالميه|%] من اراضي|اراضيه|اراضيها|الاراضي|مساحه",
    example: "وفقد تنظيم داعش نحو 60 في المئة من أراضيه منذ مطلع العام .",
  },
  { id: "control/ar/under-control-of", pattern: "{places=place} …4 تحت|الخاضعه_ل|الخاضع_ل|الخاضعة_لسيطره سيطره|لسيطره|سيطرة [من] {holder=party}", example: "وتقع بلدة دير حافر تحت سيطرة تنظيم داعش." },
  {
    id: "control/ar/control-noun-of",
    event: true,
    holderBefore: true,
    pattern: "سيطرتها|سيطرته|سيطرتهم|السيطره|سيطره [الكامله|التامه|الكاملة] [بشكل_كامل|بشكل_تام|الكامله] على …2 {places=place}",
    example: "وأعلنت قوات سوريا الديمقراطية سيطرتها بشكل كامل على مدينة الرقة.",
  },
  // (areas of a party's control in a place, «المناطق الخاضعة لسيطرة X في Y», «مناطق سيطرة X في Y»: a part of Y held, a state, not a capture)
  {
    id: "control/ar/areas-of-x-control-in",
    partial: true,
    // (dated by its sentence: held as of then, «غادروا المناطق الخاضعة لسيطرة X في Y الأسبوع الماضي»)
    event: true,
    pattern: "مناطق|المناطق|اراضي|الاراضي|احياء|الاحياء [الخاضعه|الواقعه_تحت] سيطره|لسيطره {holder=party} في|ب [مدينه|محافظه|ريف] {places=place}",
    example: "وفر مئات المدنيين من المناطق الخاضعة لسيطرة تنظيم داعش في مدينة الميادين.",
  },
  // (a retaking or a liberation; the bare noun «سيطرة X على Y» names a holding, dated as of its sentence)
  { id: "control/ar/retaking-of", event: true, pattern: "استعاده|استعادة|تحرير {holder=party} …5 {places=place}", example: "بعد استعادة قوات سوريا الديمقراطية في 10 آذار مدينة الطبقة." },
  { id: "control/ar/control-of-x-over", event: true, pattern: "سيطره {holder=party} …5 {places=place}", example: "ويرى السكان أن سيطرة قوات النظام على بلدة السخنة لن تدوم." },
  { id: "control/ar/x-held-place", pattern: "{places=place} …2 الخاضعه|الخاضع|الواقعه_تحت|الخاضعة_لسيطرة|الموجوده_تحت لسيطره|سيطره|لـ [من] {holder=party}", example: "مدينة الرقة الخاضعة لسيطرة تنظيم داعش." },
  { id: "control/ar/stronghold", pattern: "معقل|معاقل {holder=party} …3 في {places=place}", example: "تعد البلدة معقل تنظيم داعش في ريف حلب." },
  { id: "control/ar/withdrawal", lost: true, pattern: "انسحاب|انسحب|انسحبت|خروج|خرج|طرد|خسر|خسرت|خساره|هزيمه {holder=party} …2 من|في [مدينه|بلده|قريه] …2 {places=place}", example: "بعد انسحاب تنظيم داعش من مدينة تدمر." },
];

const BOOK = new RuleBook(CONTROL_RULES);

/** The parts in the order claims list them. */
const PART_ORDER = ["centre", "west", "east", "north", "south", "countryside"];
/** The parts of a place: a direction or countryside word that qualifies the place itself. */
const AR_DIRECTION: Record<string, string> = { مركز: "centre", ريف: "countryside", شرق: "east", غرب: "west", شمال: "north", جنوب: "south" };
const EN_DIRECTION: Record<string, string> = { central: "centre", centre: "centre", center: "centre", countryside: "countryside", rural: "countryside", east: "east", west: "west", north: "north", south: "south" };
/** «ريف حلب», «شرق حلب», «شمال شرق مدينة حلب», «بريف دير الزور»: the word(s) right before the place. */
const AR_BEFORE = /(?:^|\s)[وفب]?(?:ال)?(ريف|مركز|شرق|غرب|شمال|جنوب)(?:ي|يه)?(?:\s+(?:ال)?(شرق|غرب)(?:ي|يه)?)?\s+(?:(?:مدينه|بلده|قريه|محافظه|منطقه)\s+)?$/u;
/** «الأحياء الشرقية لمدينة حلب», «الجانب الشرقي من المدينة». */
const AR_SIDE_OF = /(?:^|\s)[وفب]?(?:ال)?(?:احياء|جزء|جزءين|قسم|جانب|اجزاء|مناطق|ريف|اطراف)\s+((?:(?:و|ال|وال)?(?:شرق|غرب|شمال|جنوب)(?:ي|يه|يين)\s+)+)(?:من\s+)?(?:ل(?:مدينه|بلده|محافظه)?\s*)?(?:(?:مدينه|بلده|محافظه)\s+)?$/u;
/** «حلب الشرقية», «ريف الرقة الشمالي الغربي», «دير الزور وغربها»: right after the place. */
const AR_AFTER = /^\s+(?:(?:ال)?(شرق|غرب|شمال|جنوب)(?:ي|يه)(?:\s+(?:ال)?(شرق|غرب)(?:ي|يه))?|و(شرق|غرب|شمال|جنوب)(?:ها|ه))(?![\p{L}])/u;
/** Words before a direction word that make it a part of the place after it («على شرق حلب»), not a bearing from it («قرى شرق حلب»). */
const AR_PART_LEAD = /(?:^|\s)[وف]?(?:علي|من|في|احياء|الاحياء|مناطق|المناطق|اجزاء|الجزء|القسم|جيوب|ريف)\s*$/u;
/** Sites, villages and hills: a direction after them is a bearing («قرى شرق حلب», «نقاط غرب البلدة»). */
const SITES_LEAD = /(?:^|\s)[وف]?(?:ال)?(?:قري|قريه|قريتي|قريتين|نقاط|نقطه|مواقع|موقع|تلال|تله|تل|تلتي|بلدات|مزارع|مزرعه|حاجز|حواجز|مرتفع|مرتفعات|جبل|قاعده|مطار)(?:\s+\S+)?\s*$/u;
/** "eastern Aleppo", "east Aleppo", "rural Damascus", "the eastern part of Aleppo", "the countryside of Aleppo". */
const EN_BEFORE = /\b(east|west|north|south|central|centre|center|rural)(?:ern)?\s+(?:(?:part|parts|half|side|districts|neighbou?rhoods|countryside|outskirts|suburbs)\s+of\s+)?(?:the\s+)?(?:(?:city|town|province)\s+of\s+)?$/u;
/** "the countryside of Aleppo", "Aleppo countryside". */
const EN_COUNTRYSIDE_BEFORE = /\bcountryside\s+of\s+(?:the\s+)?$/u;
const EN_COUNTRYSIDE_AFTER = /^\s+countryside\b/u;
/** "east of Aleppo" (of another place): the place is a bearing, not what is held. */
const EN_BEARING = /\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:(?:\S+\s+){0,2}(?:city|town|village|province)\s+of\s+)?$/u;
/** A place noun between a cue and the place: «الى مدينة», "near the town of". */
const PLACE_NOUN_AFTER_CUE = String.raw`(?:(?:ل|لل|ال)?(?:مدينه|بلده|قريه|محافظه|منطقه|town|city|village|province|area)\s+(?:of\s+)?)?ل?$`;
/** A place said as how far something else is from it («على بعد 20 كلم من», «60 كلم جنوب», "30 km from"), or a name that is a TV channel's («مراسل الميادين»). */
const DISTANCE = new RegExp(
  String.raw`(?:(?:^|\s)[وف]?(?:مراسل|قناه)\s+|(?:كلم|كم|كيلومتر\S*|km|kilometres?|kilometers?|miles?)\s+(?:(?:\S+\s+){0,2}(?:عن|من|of|from)\s+|(?:(?:ال)?(?:شمال|جنوب|شرق|غرب)\S*\s+){1,2}|(?:north|south|east|west)\S*\s+of\s+)?)` +
    PLACE_NOUN_AFTER_CUE,
  "u",
);
/** Whether a place at `start` is said as how far something else is from it ("160 km north of Baghdad", «على بعد 60 كلم من»). */
export const isDistance = (text: string, start: number, lo: number) => DISTANCE.test(text.slice(Math.max(lo, start - 60), start));
/** A place that names a body, «مجلس الرقة المدني», "the Raqqa Civil Council": no place held. */
const COUNCIL = /(?:(?:^|\s)[وفبل]?(?:ال)?مجلس\s+(?:(?:مدينه|محافظه)\s+)?|\bcouncil\s+of\s+(?:the\s+)?)$/u;
/** A place said as where a move or a road leads, or what something is near: «قرب», «المجاورة لـ», «على مشارف», «باتجاه», "near", "to". */
const REACH = new RegExp(
  `(?:${[
    String.raw`(?:^|\s)[وفب]?(?:قرب|بالقرب\s+من|مقربه\s+من|مشارف|علي\s+مشارف|باتجاه|نحو|الي|المجاوره|المجاور|المتاخمه|معركه|لمعركه)\s+`,
    String.raw`\b(?:near|outside|towards?|into|to|road\s+to|battle\s+(?:for|of)|neighbou?ring|bound\s+for)\s+(?:the\s+)?`,
  ].join("|")})` + PLACE_NOUN_AFTER_CUE,
  "u",
);

/** «على الجزءين الغربي والجنوبي منها», "the western and southern parts of it": parts of a place named before. */
const SIDES_OF_IT =
  /(?:^|\s)(?:ال)?(?:جزء|جزءين|جزان|اجزاء|قسم|قسمين|اقسام|احياء|مناطق|ريف|جهه|جهتين|جانب|جانبين)\s+((?:(?:و|ال|وال)?(?:شرق|غرب|شمال|جنوب)(?:ي|يه|يين)\s+)+)(?:منها|منه)(?![\p{L}])|\b(?:the\s+)?((?:(?:and\s+)?(?:east|west|north|south)ern\s+)+)(?:parts?|half|side|districts)\s+of\s+it\b/u;
export function sidesOfIt(after: string): string[] {
  const m = SIDES_OF_IT.exec(after);
  if (!m) return [];
  const found = [...(m[1] ?? m[2]).matchAll(/شرق|غرب|شمال|جنوب|east|west|north|south/gu)].map((d) => AR_DIRECTION[d[0]] ?? EN_DIRECTION[d[0]]);
  return PART_ORDER.filter((x) => found.includes(x));
}

/**
 * How a place is only a reference: a bearing or a distance from it ("420 km east of Damascus"),
 * never the place held; or what a move or a road reaches for, or what something is near («قرب»,
 * "to"), not held when a construction's verb reaches for it (a place before the construction is
 * its topic: "near the al-Jafra area, which is controlled by").
 */
export type Reference = "bearing" | "reach" | null;
/** Whether a place, at `start`, after (or at) the construction's start `from`, is not the one held. */
export const notHeld = (reference: Reference, start: number, from: number) => reference === "bearing" || (reference === "reach" && start > from);

/**
 * What a place is in a control claim: the parts of it held («ريف حلب الشرقي», "eastern Aleppo")
 * — not where it lies ("in northeastern Syria", «( شرق )») — or a mere reference (a bearing,
 * a distance, a destination: «قرى شرق حلب», "30 km from Raqqa", «باتجاه الرقة»).
 */
export function placeRole(text: string, start: number, end: number, lo: number, hi: number, prevEnd = -1): { parts: string[]; reference: Reference } {
  const before = text.slice(Math.max(lo, start - 60), start);
  const after = text.slice(end, Math.min(hi, end + 30));
  if (DISTANCE.test(before) || EN_BEARING.test(before) || COUNCIL.test(before)) return { parts: [], reference: "bearing" };
  if (REACH.test(before)) return { parts: [], reference: "reach" };
  const parts: string[] = [];
  const ar = AR_BEFORE.exec(before);
  if (ar) {
    const lead = before.slice(0, ar.index + (ar[0].startsWith(" ") ? 1 : 0));
    // («تل ضامر جنوبي مدينة عين عيسى», «نقاط شرق مزرعة بيت جن»: a bearing from the place, not a part of it)
    const dirAt = start - before.length + lead.length;
    if (ar[1] !== "ريف" && ar[1] !== "مركز" && !AR_PART_LEAD.test(lead) && ((prevEnd >= 0 && dirAt - prevEnd < 25) || SITES_LEAD.test(lead))) return { parts: [], reference: "bearing" };
    parts.push(AR_DIRECTION[ar[1]], ...(ar[2] ? [AR_DIRECTION[ar[2]]] : []));
  }
  const side = AR_SIDE_OF.exec(before);
  if (side) parts.push(...[...side[1].matchAll(/شرق|غرب|شمال|جنوب/gu)].map((d) => AR_DIRECTION[d[0]]));
  const arAfter = AR_AFTER.exec(after);
  if (arAfter) parts.push(...[arAfter[1], arAfter[2], arAfter[3]].filter(Boolean).map((d) => AR_DIRECTION[d]));
  if (/^[وفب]?(?:ال)?ريف\s/u.test(text.slice(start, end))) parts.push("countryside");
  const en = EN_BEFORE.exec(before);
  if (en) parts.push(EN_DIRECTION[en[1]]);
  if (EN_COUNTRYSIDE_BEFORE.test(before) || EN_COUNTRYSIDE_AFTER.test(after)) parts.push("countryside");
  return { parts: PART_ORDER.filter((x) => parts.includes(x)), reference: null };
}

/**
 * A share of a place held, said right before it: "about 40 percent of", «90 في المئة من», "most of",
 * «معظم», «الجزء الأكبر من», "half of", «ثلث مساحة», "parts of", «مناطق من»: a partial value, not full control.
 */
const SHARE_BEFORE = new RegExp(
  String.raw`(?:(?:^|\s)(?:(?:about|nearly|almost|some|around|roughly|over|more\s+than|نحو|حوالي|قرابه|اكثر\s+من|ما\s+يقارب)\s+)?(\d+(?:[.,]\d+)?)\s*(?:percent|per\s+cent|%|في\s+المايه|في\s+الميه|بالمايه|بالميه)\s+(?:of|من)|(?:^|\s)[وب]?(?:ال)?(most|much|the\s+bulk|the\s+majority|(?:large|vast|wide|huge|big)\s+(?:parts|areas|swathes|swaths|tracts)|parts|areas|swathes|swaths|half|a\s+third|a\s+quarter|two\s+thirds|معظم|اغلب|غالبيه|جزء\s+الاكبر|قسم\s+الاكبر|جزء\s+كبير|اجزاء|مناطق|مساحات(?:\s+(?:واسعه|كبيره|شاسعه))?|كثير|نصف|ثلث|ثلثي|ربع)(?:\s+(?:of|من))?)\s+(?:the\s+)?(?:(?:ال)?(?:مساحه|احياء|اراضي|مدينه|بلده|محافظه|city|town|province|area|territory|territories|neighbou?rhoods|districts)\s+(?:(?:of|من|في|in)\s+)?)?(?:(?:northern|southern|eastern|western|central|rural)\s+)?(?:ال|ل)?$`,
  "u",
);
/** The share each word says, in percent (null: some part, how much unsaid). */
const SHARE_WORDS: Array<[RegExp, number | null, number | null]> = [
  [/^(?:most|the\s+bulk|the\s+majority|معظم|اغلب|غالبيه|جزء\s+الاكبر|قسم\s+الاكبر)$/u, 50, 100],
  [/^(?:half|نصف)$/u, 50, 50],
  [/^(?:a\s+third|ثلث)$/u, 33, 34],
  [/^(?:two\s+thirds|ثلثي)$/u, 66, 67],
  [/^(?:a\s+quarter|ربع)$/u, 25, 25],
];
/** The share of a place held said before it (at `start`, not before `lo`), as a value in percent, or null for the whole. */
/** The share said before a place or before the list it ends («الكثير من الأراضي في سوريا والعراق»: Iraq too). */
export function shareOfList(text: string, places: Array<{ start: number; end: number }>, k: number, lo: number): Value | null {
  for (let j = k; j >= 0 && places[j].start >= lo; j--) {
    const share = shareBefore(text, places[j].start, lo);
    if (share || j === 0 || !/^\s*(?:,\s*)?(?:و|and\s+)?\s*$/u.test(text.slice(places[j - 1].end, places[j].start))) return share;
  }
  return null;
}
export function shareBefore(text: string, start: number, lo: number): Value | null {
  const m = SHARE_BEFORE.exec(text.slice(Math.max(lo, start - 60), start));
  if (!m) return null;
  const n = m[1] ? Number(m[1].replace(",", ".")) : null;
  const [low, high] = n !== null ? [n, n] : (SHARE_WORDS.find(([re]) => re.test(m[2]))?.slice(1) ?? [null, null]);
  return { low: low as number | null, high: high as number | null, unit: "percent", qualifier: n !== null ? "exact" : "share", text: m[0].trim() };
}

/** Words that make the sentence a threat, a plan or a question, not a report. */
const UNREAL =
  /\b(?:would|could|will|may|might|possibl[ey]|scenario|expected to|plans? to|aims? to|seeks? to|threaten(?:s|ed)? to|vow(?:s|ed)? to|if|whether|denied|denies|deny|fears?|feared)\b|(?:^|\s)[وف]?(?:نفت|نفي|ينفي|تنفي|تخشي|يخشي|خشيه|تخوف|مخاوف|سوف|سيتم|ستقوم|تسعي|يسعي|تهدف|يهدف|تهدد|يهدد|هددت|اذا|لو|في حال|بهدف|محاوله|لمحاوله|محتمل|المحتمل|سيناريو|احتمال|يتوقع|المتوقع|يمكن)(?:\s|$)/u;
/** How far before a construction (characters) a word of plan or chance still governs it: «سيناريو محتمل أن تعلن قسد، التي …، سيطرتها». */
const UNREAL_REACH = 120;

/** A noun of control with a possessive suffix: its holder is the subject named before. */
const POSSESSIVE_NOUN = /^[وفبل]?سيطرت(?:ها|ه|هم)(?![\p{L}])/u;
/** Words before a party that make it a companion or a foe of the subject: «إلى جانب قوات الأسد», "alongside", "against". */
const COMPANION = /(?:(?:^|\s)(?:جانب|مع|ضد)|\b(?:alongside|with|against))\s+$/u;
/**
 * The holder of a noun of control named in a clause before: a possessive («سيطرتها») refers back to
 * the subject; a bare noun («بعد السيطرة على») to the party last named, unless that party is only
 * a companion or a foe («إلى جانب قوات الأسد»).
 */
function holderAcross(s: Sentence, at: number): Item | null {
  const cand = partyBefore(s, at, s.parts.sentence);
  if (!cand || POSSESSIVE_NOUN.test(s.text.slice(at, at + 14))) return cand;
  return COMPANION.test(s.before(cand.start, 20)) ? null : cand;
}
/** Whether a word of plan or chance stands before `at` (from `from`, not before the sentence's start). */
export const unrealBefore = (text: string, at: number, from: number, sentenceStart: number) => UNREAL.test(text.slice(Math.max(sentenceStart, from), at));

/** «والتي»/«والذي» after an «التي»/«الذي» earlier in the sentence: a second relative clause about the first one's head. */
const AND_WHICH = /(?:^|\s)و(?:التي|الذي)\s/u;
const WHICH = /(?:^|\s)(?:التي|الذي)\s/u;
const secondRelative = (s: Sentence, m: Match) => AND_WHICH.test(s.text.slice(m.start, m.end) + " ") && WHICH.test(s.text.slice(Math.max(s.parts.sentence.start, m.start - 150), m.start));

/** The claims of the control constructions in a sentence; `taken` collects the places they read. */
export function controlClaims(a: ArticleContext, s: Sentence, attribution: string | null, taken: Set<Item>, covered: Array<{ start: number; end: number }> = []): Claim[] {
  const out: Claim[] = [];
  for (const { rule, compiled } of BOOK.candidates(a.language, s.tagged)) {
    for (const m of matchAll(compiled, s.tagged)) {
      const clause = s.clauseAt(m.start);
      // (a place the construction's verb reaches for as a bearing, a distance or a destination is not the one held)
      const prevEnd = (p: Item) => s.items.filter((it) => (it.code === "P" || it.code === "C") && it.end <= p.start).at(-1)?.end ?? -1;
      const places: Array<Item | null> = (m.slots.places ?? []).filter((p) => !taken.has(p) && !notHeld(placeRole(s.text, p.start, p.end, clause.start, clause.end, prevEnd(p)).reference, p.start, m.start));
      // (a share of one's own territory names no place)
      if (rule.territory && m.slots.share?.[0]?.quantity) places.push(null);
      if (!places.length || (rule.relative && secondRelative(s, m))) continue;
      const own = rule.ownClause ? m.start + Math.max(0, s.text.slice(m.start, m.end).search(AND_WHICH)) : -1;
      if (own >= 0 ? unrealBefore(s.text, m.end, own, own) : unrealBefore(s.text, m.start, Math.min(clause.start, m.start - UNREAL_REACH), s.parts.sentence.start)) continue;
      const holder = m.slots.holder?.[0] ?? (rule.holderBefore ? (partyBefore(s, m.start, clause) ?? holderAcross(s, m.start)) : null);
      if (!holder) continue;
      covered.push(m);
      for (const p of places) {
        if (p) taken.add(p);
        out.push(build(a, s, rule, m, holder, p, attribution));
      }
    }
  }
  return out;
}

function build(a: ArticleContext, s: Sentence, rule: ControlRow, m: Match, holder: Item, place: Item | null, attribution: string | null): Claim {
  // (a construction in its own clause is dated there: «…، والتي سيطرت عليها X في 10 نوفمبر»)
  const at = rule.ownClause ? { start: m.end - 1, end: m.end } : m;
  const date = rule.event ? eventDate(a, s, at, s.clauseAt(at.start)) : null;
  const h = party(holder);
  return makeClaim(a, s, "control", rule.id, attribution, [m, holder, place, date?.item], {
    subject: h.id,
    place: place?.entity?.id ?? null,
    value: place ? heldValue(s, rule, m, place) : territoryShare(a, m),
    date: date?.value ?? null,
    ...(rule.lost ? { change: "lost" as const } : {}),
    ...(h.actor ? { actors: { subject: h.actor } } : {}),
  });
}

/** What of a place is held: the parts («على مركز محافظة دير الزور وغربها», "the western part of") and the share ("40 percent of", «معظم»). */
function heldValue(s: Sentence, rule: ControlRow, m: Match, place: Item): Value | null {
  const clause = s.clauseAt(m.start);
  const { parts } = placeRole(s.text, place.start, place.end, clause.start, clause.end);
  const around = s.text.slice(Math.max(clause.start, m.start), Math.min(clause.end, place.end + 40)).trim();
  const listed = s.items.filter((it) => it.code === "P" || it.code === "C");
  const share = shareOfList(s.text, listed, listed.indexOf(place), Math.max(clause.start, m.start)) ?? (rule.partial ? { low: null, high: null, unit: "percent", qualifier: "share", text: "" } : null);
  if (share) return { ...share, text: around, ...(parts.length ? { parts } : {}) };
  return parts.length ? { low: null, high: null, unit: "parts", qualifier: "parts", text: around, parts } : null;
}

/** The share of its own territory a party holds or lost ("87 percent of its territory"), in percent. */
function territoryShare(a: ArticleContext, m: Match): Value | null {
  const q = m.slots.share?.[0]?.quantity;
  return q ? { ...quantityValue(a, q), unit: "percent" } : null;
}
