/**
 * Control: who holds, took or lost a place, and when. One row per construction of the language:
 * "X seized Y", "the X-held town of Y", "Y, controlled by X", «سيطرت X على Y», «Y التي يسيطر
 * عليها X», «انسحاب X من Y». A capture is an event with a date; a holding is a state.
 */
import type { Claim, Value } from "../../types.ts";
import { RuleBook, matchAll, type Item, type Match } from "./engine.ts";
import { makeClaim, party, type ArticleContext, type RuleRow } from "./make.ts";
import type { Sentence } from "./sentence.ts";
import { eventDate, partyBefore } from "./context.ts";

export interface ControlRow extends RuleRow {
  /** The subject loses the place (a withdrawal, an expulsion). */
  lost?: true;
  /** A capture (dated by its sentence), not a holding. */
  event?: true;
  /** The holder is the party before the construction in its clause («وبسطت قوات النظام سيطرتها على»). */
  holderBefore?: true;
}

const PLACE_NOUN_EN = "[the] [town|city|village|villages|area|areas|territory|territories|district|districts|neighbourhood|neighborhood|province|region|enclave|countryside|suburb|suburbs|outskirts] [of|in]";
const TAKE_EN = "seized|seize|seizes|captured|capture|captures|capturing|retook|retake|retakes|retaking|recaptured|recapture|took|take|takes|taking|regained|regain|regains|liberated|liberate|overran|overrun|stormed|entered|enter|enters";
const HOLD_EN = "control|controls|controlled|controlling|holds|hold|held|occupy|occupies|occupied|run|runs";

/** The constructions, in order: where two read the same place, the first wins. */
export const CONTROL_RULES: ControlRow[] = [
  // English
  // ("the rebel-held town in Idlib": the town is in Idlib, not Idlib held)
  { id: "control/en/x-held-place", pattern: `{holder=party} -held|-controlled|-run|held|controlled ${PLACE_NOUN_EN.replace("[of|in]", "[of]")} {places=place}`, example: "The bomb hit the rebel-held town of Manbij." },
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
  { id: "control/en/x-took-place", event: true, pattern: `{holder=party} …3 ${TAKE_EN} [full|complete|total] [control] [of|over] ${PLACE_NOUN_EN} {places=place}`, example: "Government forces recaptured the town of Deir Hafer." },
  {
    id: "control/en/gained-control-of",
    event: true,
    holderBefore: true,
    pattern: "gained|regained|took|seized|retook|established|declared [full|complete|total] control of|over …2 {places=place}",
    example: "The Syrian army declared full control of Albukamal.",
  },
  { id: "control/en/x-holds-place", pattern: `{holder=party} …2 ${HOLD_EN} [much|most|all|part|parts|large_areas|areas|half] [of] ${PLACE_NOUN_EN} {places=place}`, example: "Kurdish forces control much of Hasakah province." },
  { id: "control/en/place-held-by", pattern: "{places=place} …5 controlled|held|seized|captured|retaken|recaptured|taken|liberated|overrun by {holder=party}", example: "Qamishli is mainly controlled by the YPG." },
  { id: "control/en/place-which-x-controls", pattern: "{places=place} [,] …3 which|that …2 {holder=party} …2 controls|control|holds|hold|captured|seized|took|retook", example: "Idlib province, which the armed opposition controls." },
  { id: "control/en/place-bastion-of", pattern: "{places=place} [,] …4 bastion|stronghold|strongholds|bastions|capital|fiefdom of {holder=party}", example: "The town of Manbij, a bastion of Islamic State." },
  { id: "control/en/x-bastion-place", pattern: "{holder=party} -bastion|-stronghold|bastion|stronghold [town|city|village] [of] {places=place}", example: "the Islamic State-bastion city of Manbij" },
  {
    id: "control/en/drove-out",
    event: true,
    pattern: "{holder=party} …3 drove|drive|drives|driven|expelled|expel|ousted|oust|pushed|push|cleared|clear {loser=party} …2 out_of|from …2 {places=place}",
    example: "Regime forces drove rebels from Aleppo in December.",
  },
  { id: "control/en/under-x-control", pattern: "{places=place} …5 under {holder=party} control|rule", example: "Raqqa was under Islamic State control." },
  // Arabic
  {
    id: "control/ar/seized-x-place",
    event: true,
    pattern: "سيطرت|سيطر|استعادت|استعاد|دخلت|دخل|حررت|حرر|انتزعت|انتزع|اقتحمت|اقتحم|استولت|استولى|بسطت|بسط {holder=party} …3 [على] …2 {places=place}",
    example: "سيطرت قوات سوريا الديمقراطية على مدينة الرقة.",
  },
  {
    id: "control/ar/x-seized-place",
    event: true,
    pattern: "{holder=party} …3 سيطرت|سيطر|تسيطر|يسيطر|استعادت|استعاد|دخلت|دخل|حررت|حرر|انتزعت|اقتحمت|استولت|تمكنت_من_السيطره|تمكنت_من_استعاده …2 [على] …2 {places=place}",
    example: "قوات النظام سيطرت على بلدة دير حافر.",
  },
  {
    id: "control/ar/place-which-x-controls",
    pattern: "{places=place} [,] …3 التي|الذي|الواقعه|الخاضعه|الخاضع …2 يسيطر|تسيطر|سيطر|سيطرت|لسيطره|سيطره …2 عليها|عليه [من] [قبل] {holder=party}",
    example: "منطقة الغوطة الشرقية التي تسيطر عليها الفصائل المقاتلة.",
  },
  { id: "control/ar/under-control-of", pattern: "{places=place} …4 تحت|الخاضعه_ل|الخاضع_ل|الخاضعة_لسيطره سيطره|لسيطره|سيطرة [من] {holder=party}", example: "وتقع بلدة دير حافر تحت سيطرة تنظيم داعش." },
  {
    id: "control/ar/control-noun-of",
    event: true,
    holderBefore: true,
    pattern: "سيطرتها|سيطرته|سيطرتهم|السيطره|سيطره [الكامله|التامه|الكاملة] [بشكل_كامل|بشكل_تام|الكامله] على …2 {places=place}",
    example: "وأعلنت قوات سوريا الديمقراطية سيطرتها بشكل كامل على مدينة الرقة.",
  },
  { id: "control/ar/retaking-of", event: true, pattern: "استعاده|استعادة|سيطره|تحرير {holder=party} …5 {places=place}", example: "بعد استعادة قوات سوريا الديمقراطية في 10 آذار مدينة الطبقة." },
  { id: "control/ar/x-held-place", pattern: "{places=place} …2 الخاضعه|الخاضع|الواقعه_تحت|الخاضعة_لسيطرة|الموجوده_تحت لسيطره|سيطره|لـ [من] {holder=party}", example: "مدينة الرقة الخاضعة لسيطرة تنظيم داعش." },
  { id: "control/ar/stronghold", pattern: "معقل|معاقل {holder=party} …3 في {places=place}", example: "تعد البلدة معقل تنظيم داعش في ريف حلب." },
  { id: "control/ar/withdrawal", lost: true, pattern: "انسحاب|انسحب|انسحبت|خروج|خرج|طرد|خسر|خسرت|خساره|هزيمه {holder=party} …2 من|في [مدينه|بلده|قريه] …2 {places=place}", example: "بعد انسحاب تنظيم داعش من مدينة تدمر." },
];

const BOOK = new RuleBook(CONTROL_RULES);
const DIRECTIONS: Array<[RegExp, string]> = [
  [/مركز|centre|center/u, "centre"],
  [/غرب|west/u, "west"],
  [/شرق|east/u, "east"],
  [/شمال|north/u, "north"],
  [/جنوب|south/u, "south"],
  [/ريف|countryside/u, "countryside"],
];
/** Words that make the sentence a threat, a plan or a question, not a report. */
const UNREAL = /\b(?:would|could|will|plans? to|aims? to|seeks? to|threaten(?:s|ed)? to|vow(?:s|ed)? to|if|whether)\b|(?:^|\s)[وف]?(?:سوف|سيتم|ستقوم|تسعي|يسعي|تهدف|يهدف|تهدد|يهدد|هددت|اذا|لو|في حال|بهدف|محاوله|لمحاوله)(?:\s|$)/u;

/** The claims of the control constructions in a sentence; `taken` collects the places they read. */
export function controlClaims(a: ArticleContext, s: Sentence, attribution: string | null, taken: Set<Item>, covered: Array<{ start: number; end: number }> = []): Claim[] {
  const out: Claim[] = [];
  for (const { rule, compiled } of BOOK.candidates(a.language, s.tagged)) {
    for (const m of matchAll(compiled, s.tagged)) {
      const places = (m.slots.places ?? []).filter((p) => !taken.has(p));
      if (!places.length) continue;
      const clause = s.clauseAt(m.start);
      if (UNREAL.test(s.text.slice(clause.start, m.start))) continue;
      const holder = m.slots.holder?.[0] ?? (rule.holderBefore ? (partyBefore(s, m.start, clause) ?? partyBefore(s, m.start, s.parts.sentence)) : null);
      if (!holder) continue;
      covered.push(m);
      for (const p of places) {
        taken.add(p);
        out.push(build(a, s, rule, m, holder, p, attribution));
      }
    }
  }
  return out;
}

function build(a: ArticleContext, s: Sentence, rule: ControlRow, m: Match, holder: Item, place: Item, attribution: string | null): Claim {
  const clause = s.clauseAt(m.start);
  const date = rule.event ? eventDate(a, s, m, clause) : null;
  const h = party(holder);
  // the parts held: «على مركز محافظة دير الزور وغربها», "the western part of"
  const around = s.text.slice(Math.max(clause.start, m.start), Math.min(clause.end, place.end + 40));
  const parts = DIRECTIONS.filter(([d]) => d.test(around.replace(s.text.slice(place.start, place.end), ""))).map(([, n]) => n);
  const value: Value | null = parts.length ? { low: null, high: null, unit: "parts", qualifier: "parts", text: around.trim(), parts } : null;
  return makeClaim(a, s, "control", rule.id, attribution, [m, holder, place, date?.item], {
    subject: h.id,
    place: place.entity?.id ?? null,
    value,
    date: date?.value ?? null,
    ...(rule.lost ? { change: "lost" as const } : {}),
    ...(h.actor ? { actors: { subject: h.actor } } : {}),
  });
}
