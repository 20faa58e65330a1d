import { phraseRegExp } from "../text/normalize.ts";
import type { Mention } from "../gazetteer/match.ts";
import type { Segment } from "../text/segment.ts";

const pattern = (list: string) => phraseRegExp(list, "gu");

/** Verbs and prepositions that introduce whom an outlet cites. */
const CITING = pattern("وفق|وفقا ل|وفقاً ل|حسب|بحسب|نقلا عن|نقلت|نقلت وكالة|نقلت عن|قال|قالت|افاد|افادت|ذكر|ذكرت|اعلن|اعلنت|اعلنته|اكدت|اكد|اشارت|اشار|كشف|كشفت|يقدر|يقدّر|قدر|بيان|تقرير|according to|said|reported|told|stated|citing|estimates");

/** Unnamed sources, with the label the kit gives them. */
const UNNAMED: Array<[RegExp, string]> = [
  [pattern("مصادر اعلامية محلية"), "local media sources"],
  [pattern("مصادر محلية|مصادر أهلية"), "local sources"],
  [pattern("مصادر خاصة"), "private sources"],
  [pattern("مصادر مطلعة"), "informed sources"],
  [pattern("مصادر موثوقة"), "reliable sources"],
  [pattern("مصادر متطابقة"), "concurring sources"],
  [pattern("مصادر عسكرية"), "military sources"],
  [pattern("ناشطون|ناشطين|نشطاء"), "activists"],
  [pattern("تقارير اعلامية امريكية"), "US media reports"],
  [pattern("تقارير اسرائيلية"), "Israeli reports"],
  [pattern("local sources"), "local sources"],
  [pattern("activists"), "activists"],
];

/** Carry-over phrases: "the same sources", "the sources added". */
const SAME = pattern("المصادر نفسها|المصادر ذاتها|واضافت المصادر|واكدت المصادر|واضافت|وتابعت|واوضحت|واكدت|واشارت");

/**
 * Who a sentence says its information comes from: a cited organisation or person (entity id), an
 * unnamed-source label, or null for the outlet's own voice. `previous` is the attribution of the
 * sentence before, carried over by "the sources added" and the like.
 */
export function attributionOf(
  text: string,
  sentence: Segment,
  mentions: Mention[],
  kindOf: (id: string) => string | undefined,
  previous: string | null,
): string | null {
  const s = text.slice(sentence.start, sentence.end);
  CITING.lastIndex = 0;
  const cues = [...s.matchAll(CITING)].map((m) => sentence.start + m.index!);
  if (cues.length) {
    for (const m of mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      const type = kindOf(m.entity);
      if (type !== "org" && type !== "person") continue;
      if (cues.some((c) => Math.abs(m.start - c) < 40)) return m.entity;
    }
    for (const [re, label] of UNNAMED) {
      re.lastIndex = 0;
      if (re.test(s)) return label;
    }
  }
  SAME.lastIndex = 0;
  if (SAME.test(s.slice(0, 30))) return previous;
  return null;
}
