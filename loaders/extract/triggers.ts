import { normalizeName } from "../text/normalize.ts";
import type { ClaimKind } from "../types.ts";

/** A word or phrase that signals a kind of claim. */
export interface TriggerRule {
  kind: ClaimKind | "withdrawal";
  /** Normalised pattern, matched at word starts (clitics و ف ب ل allowed before it). */
  re: RegExp;
  /** For attacks: the place after it is where the attack came from, not the target. */
  origin?: boolean;
  /** For control: the subject loses the place. */
  loss?: boolean;
  /** For casualties: killed or wounded. */
  casualty?: "killed" | "wounded";
  /** For attacks: the phrase names an air strike. */
  air?: boolean;
}

const words = (list: string) => list.split("|").map((w) => normalizeName(w).replace(/\s+/g, "\\s+")).join("|");
const rule = (kind: TriggerRule["kind"], list: string, extra: Partial<TriggerRule> = {}): TriggerRule => ({
  kind,
  re: new RegExp(`(?<![\\p{L}])(?:[وف]?(?:[بل]|ال|بال|لل)?)(?:${words(list)})(?![\\p{L}])`, "gu"),
  ...extra,
});

/**
 * The trigger words of each claim kind, in normalised Arabic and English. Order matters only for
 * overlapping matches: the longer match wins.
 */
export const TRIGGERS: TriggerRule[] = [
  rule("presence", "تنتشر|ينتشر|انتشار|انتشارها|انتشاره|المنتشرة|منتشرة|المنتشرين|تتمركز|يتمركز|المتمركزة|المتمركزين|متمركزة|التمركز|تمركز|تتواجد|يتواجد|تواجد|تواجدها|المتواجدة|متواجدة|الموجودة|الموجودين|موجودة|وجود|وجودا|توجد|يوجد|تتخذ|يتخذ|تتخذه|تتخذها|يتخذها|مقرا|مقراتها|مقرات|مراكز|مركزا|قاعدة عسكرية|القواعد العسكرية|قاعدة للتحالف|نقطة التمركز|تنشط|ينشط|تعزيزات|رسخت|تنتشر فيها|deployed|stationed|based in|present in|presence in|positions in"),
  rule("attack", "قصف|قصفت|قصفا|قصفاً|القصف|استهدف|استهدفت|استهداف|الاستهداف|هجوم|هجوما|هجمات|الهجمات|الهجوم|غارة|غارات|الغارات|الغارة|ضربات|ضربة|الضربات|هاجم|هاجمت|شنت|شن|طال|اطلاق صواريخ|قذائف|القذائف|airstrike|airstrikes|air strike|strikes|struck|shelled|shelling|attacked|attack on|bombed|bombing|rocket attack"),
  rule("attack", "تم اطلاقها من|تم تنفيذها من|مصدره|مصدرها|انطلاقا من|انطلقت من|اطلقت من", { origin: true }),
  rule("casualties", "مقتل|قتل|قتلى|قتيلا|قتيل|مصرع|لقي حتفه|لقوا حتفهم|killed|dead|deaths|death toll", { casualty: "killed" }),
  rule("casualties", "اصابة|المصابين|مصابين|جرحى|الجرحى|جريحا|اصيب|اصيبوا|wounded|injured", { casualty: "wounded" }),
  rule("control", "يسيطر|تسيطر|سيطر|سيطرت|السيطرة|سيطرة|سيطرتها|المسيطرة|يهيمنون|يهيمن|تحت سيطرة|بسط سيطرتها|عبر معبر|تمرير|controls|control of|controlled|seized|captured|took control"),
  rule("withdrawal", "انسحاب|انسحب|انسحبت|انحسرت سيطرة|انحسار|طرد|طردت|خسر|withdrawal|withdrew|ousted|expelled|retreat", { loss: true }),
  rule("leadership", "يقود|يقودها|بقيادة|قائد|قادة|زعيم|القيادي|للقيادي|المسؤول العسكري|المسؤول عن|امين عام|الامين العام|leader|commander|led by|commands"),
];

/** A trigger found in the text. */
export interface Trigger {
  rule: TriggerRule;
  start: number;
  end: number;
}

/** Every trigger in `text`, non-overlapping (longest first at each place), in order. */
export function findTriggers(text: string): Trigger[] {
  const all: Trigger[] = [];
  for (const r of TRIGGERS) {
    r.re.lastIndex = 0;
    for (const m of text.matchAll(r.re)) all.push({ rule: r, start: m.index!, end: m.index! + m[0].length });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Trigger[] = [];
  for (const t of all) if (!out.length || t.start >= out[out.length - 1].end) out.push(t);
  return out;
}
