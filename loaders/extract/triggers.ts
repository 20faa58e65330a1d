import { normalizeName } from "../text/normalize.ts";
import type { ClaimKind } from "../types.ts";
import { tokenize, type Token, type Word } from "../text/tokens.ts";

/** A word or phrase that signals a kind of claim. */
export interface TriggerRule {
  kind: ClaimKind | "withdrawal";
  /** Normalised words or phrases (clitics و ف then ب ل ال بال لل are allowed before the first word). */
  phrases: string[][];
  /** For attacks: the place after it is where the attack came from, not the target. */
  origin?: boolean;
  /** For control: the subject loses the place. */
  loss?: boolean;
  /** For casualties: killed or wounded. */
  casualty?: "killed" | "wounded";
  /** For attacks: the phrase names an air strike. */
  air?: boolean;
}

const rule = (kind: TriggerRule["kind"], list: string, extra: Partial<TriggerRule> = {}): TriggerRule => ({
  kind,
  phrases: list.split("|").map((w) => normalizeName(w).split(" ")),
  ...extra,
});

/**
 * The trigger words of each claim kind, in normalised Arabic and English. Order matters only for
 * overlapping matches: the longer match wins.
 */
export const TRIGGERS: TriggerRule[] = [
  rule(
    "presence",
    "تنتشر|ينتشر|انتشار|انتشارها|انتشاره|المنتشرة|منتشرة|المنتشرين|تتمركز|يتمركز|المتمركزة|المتمركزين|متمركزة|التمركز|تمركز|تتواجد|يتواجد|تواجد|تواجدها|المتواجدة|متواجدة|الموجودة|الموجودين|موجودة|وجود|وجودا|توجد|يوجد|تتخذ|يتخذ|تتخذه|تتخذها|يتخذها|مقرا|مقراتها|مقرات|مراكز|مركزا|قاعدة عسكرية|القواعد العسكرية|قاعدة للتحالف|نقطة التمركز|تنشط|ينشط|تعزيزات|رسخت|تنتشر فيها|deployed|stationed|based in|present in|presence in|positions in",
  ),
  rule(
    "attack",
    "قصف|قصفت|قصفا|قصفاً|القصف|استهدف|استهدفت|استهداف|الاستهداف|هجوم|هجوما|هجمات|الهجمات|الهجوم|غارة|غارات|الغارات|الغارة|ضربات|ضربة|الضربات|هاجم|هاجمت|شنت|شن|طال|اطلاق صواريخ|قذائف|القذائف|airstrike|airstrikes|air strike|strikes|struck|shelled|shelling|attacked|attack on|bombed|bombing|rocket attack",
  ),
  rule("attack", "تم اطلاقها من|تم تنفيذها من|انطلاقا من|انطلقت من|اطلقت من", { origin: true }),
  rule("casualties", "مقتل|قتل|قتلى|قتيلا|قتيل|قتلوا|قتلت|مصرع|لقي حتفه|لقوا حتفهم|شهيد|شهداء|استشهد|استشهاد|اودى بحياة|killed|dead|deaths|death toll", { casualty: "killed" }),
  rule("casualties", "اصابة|المصابين|مصابين|جرحى|الجرحى|جريحا|اصيب|اصيبوا|wounded|injured", { casualty: "wounded" }),
  rule("control", "يسيطر|تسيطر|سيطر|سيطرت|السيطرة|سيطرة|سيطرتها|المسيطرة|يهيمنون|يهيمن|تحت سيطرة|بسط سيطرتها|عبر معبر|controls|control of|controlled|seized|captured|took control"),
  rule("withdrawal", "انسحاب|انسحب|انسحبت|انحسرت سيطرة|انحسار|طرد|طردت|خسر|withdrawal|withdrew|ousted|expelled|retreat", { loss: true }),
  rule("leadership", "يقود|يقودها|بقيادة|قائد|قادة|زعيم|القيادي|للقيادي|المسؤول العسكري|المسؤول عن|امين عام|الامين العام|leader|commander|led by|commands"),
];

/** A trigger found in the text. */
export interface Trigger {
  rule: TriggerRule;
  start: number;
  end: number;
}

/** Phrases by their first word, longest first. */
const INDEX = new Map<string, Array<{ rule: TriggerRule; words: string[] }>>();
for (const r of TRIGGERS)
  for (const words of r.phrases) {
    const list = INDEX.get(words[0]) ?? [];
    list.push({ rule: r, words });
    INDEX.set(words[0], list);
  }
for (const list of INDEX.values()) list.sort((a, b) => b.words.length - a.words.length);

const PREFIXES = ["", "ب", "ل", "ال", "بال", "لل"];

/** The words a token can be once a conjunction and a preposition or article are taken off. */
function bare(token: string): string[] {
  const out: string[] = [];
  for (const conj of /^[وف]/.test(token) ? [token, token.slice(1)] : [token]) for (const p of PREFIXES) if (conj.startsWith(p) && conj.length > p.length + 1) out.push(conj.slice(p.length));
  return out;
}

/**
 * The phrases a token may start: the lists of its bare forms, in their order (most words have
 * none). Remembered per word, so that a token costs one lookup, not one per form.
 */
type Phrases = Array<Array<{ rule: TriggerRule; words: string[] }>>;
function phrasesOf(word: Word): Phrases {
  if (word.phrases !== undefined) return word.phrases as Phrases;
  const out: Phrases = [];
  for (const form of bare(word.text)) {
    const list = INDEX.get(form);
    if (list) out.push(list);
  }
  return (word.phrases = out);
}

/** Every trigger in `text`, non-overlapping (longest first at each place), in order. */
export function findTriggers(text: string, tokens: Token[] = tokenize(text)): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length;) {
    let best: { rule: TriggerRule; n: number } | null = null;
    for (const list of phrasesOf(tokens[i].word)) {
      for (const { rule, words } of list) {
        if (best && best.n >= words.length) break;
        let k = 1;
        while (k < words.length && tokens[i + k]?.text === words[k] && /^\s+$/.test(text.slice(tokens[i + k - 1].end, tokens[i + k].start))) k++;
        if (k === words.length) best = { rule, n: words.length };
      }
    }
    if (!best) {
      i++;
      continue;
    }
    out.push({ rule: best.rule, start: tokens[i].start, end: tokens[i + best.n - 1].end });
    i += best.n;
  }
  return out;
}
