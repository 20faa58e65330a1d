import { phraseRegExp } from "../text/normalize.ts";
import type { Mention } from "../gazetteer/match.ts";
import type { Segment } from "../text/segment.ts";

const pattern = (list: string) => phraseRegExp(list, "gu");

/** Verbs and prepositions that introduce whom an outlet cites. */
const CITING = pattern(
  "وفق|وفقا ل|وفقاً ل|حسب|بحسب|نقلا عن|نقلت|نقلت وكالة|نقلت عن|قال|قالت|افاد|افادت|ذكر|ذكرت|اعلن|اعلنت|اعلنته|اكدت|اكد|اشارت|اشار|كشف|كشفت|يقدر|يقدّر|قدر|بيان|تقرير|according to|said|reported|told|stated|citing|estimates",
);

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

/** A monitor named by its kind alone ("the Observatory said", «وقال المرصد»): the monitor the article named last. */
const MONITOR_WORD = pattern("the observatory|the monitor|the monitoring group|the britain-based monitor|the uk-based monitor|the britain-based observatory|the uk-based observatory|المرصد|مدير المرصد");
/** …and the one a description names when none was ("the Britain-based monitor" is the Syrian Observatory). */
const UK_MONITOR = pattern("britain-based|uk-based|london-based|britain-based monitor|uk-based monitor");

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
  monitors: { last: string | null } = { last: null },
  placeOf: (id: string) => string | undefined = () => undefined,
): string | null {
  const s = text.slice(sentence.start, sentence.end);
  CITING.lastIndex = 0;
  const cues = [...s.matchAll(CITING)].map((m) => sentence.start + m.index!);
  let named: string | null = null;
  for (const m of mentions) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    const type = kindOf(m.entity);
    if (type === "org" && placeOf(m.entity) === "monitor") monitors.last = m.entity;
    if (type !== "org" && type !== "person") continue;
    if (!named && cues.some((c) => Math.abs(m.start - c) < 40)) named = m.entity;
  }
  if (cues.length) {
    if (named) return named;
    MONITOR_WORD.lastIndex = 0;
    const word = MONITOR_WORD.exec(s);
    if (word && cues.some((c) => Math.abs(sentence.start + word.index - c) < 40)) {
      UK_MONITOR.lastIndex = 0;
      if (monitors.last) return monitors.last;
      if (UK_MONITOR.test(s) && kindOf("org:sohr") === "org") return "org:sohr";
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
