import { normalize } from "../../text/normalize.ts";
import type { Part } from "./calendar.ts";

// ---------------------------------------------------------------------------------------------
// Vocabulary (raw Arabic, normalised at load)

export const N = (s: string) => normalize(s).text.replace(/\s+/g, " ").trim();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A regex alternation of the normalised forms, longest first, spaces as `\s+`. */
export const alt = (xs: string[]) =>
  [...new Set(xs.map(N))]
    .sort((a, b) => b.length - a.length)
    .map((x) => esc(x).replace(/ /g, "\\s+"))
    .join("|");
const table = (pairs: Array<[string, number]>) => new Map(pairs.map(([k, v]) => [N(k), v]));
export const key = (s: string) => s.replace(/\s+/g, " ");

export const AR_MONTHS = table([
  ["كانون الثاني", 1],
  ["كانون ثاني", 1],
  ["شباط", 2],
  ["آذار", 3],
  ["نيسان", 4],
  ["أيار", 5],
  ["حزيران", 6],
  ["تموز", 7],
  ["آب", 8],
  ["أيلول", 9],
  ["تشرين الأول", 10],
  ["تشرين أول", 10],
  ["تشرين الثاني", 11],
  ["تشرين ثاني", 11],
  ["كانون الأول", 12],
  ["كانون أول", 12],
  ["يناير", 1],
  ["جانفي", 1],
  ["فبراير", 2],
  ["فيفري", 2],
  ["مارس", 3],
  ["أبريل", 4],
  ["إبريل", 4],
  ["أفريل", 4],
  ["مايو", 5],
  ["يونيو", 6],
  ["يونيه", 6],
  ["جوان", 6],
  ["يوليو", 7],
  ["يوليه", 7],
  ["جويلية", 7],
  ["أغسطس", 8],
  ["اغسطس", 8],
  ["أوت", 8],
  ["سبتمبر", 9],
  ["أكتوبر", 10],
  ["اكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
]);
export const HIJRI_MONTHS = table([
  ["محرم", 1],
  ["صفر", 2],
  ["ربيع الأول", 3],
  ["ربيع أول", 3],
  ["ربيع الثاني", 4],
  ["ربيع الآخر", 4],
  ["ربيع ثاني", 4],
  ["جمادى الأولى", 5],
  ["جمادى الأول", 5],
  ["جمادى الآخرة", 6],
  ["جمادى الثانية", 6],
  ["جمادى الآخر", 6],
  ["جمادى الثاني", 6],
  ["رجب", 7],
  ["شعبان", 8],
  ["رمضان", 9],
  ["شوال", 10],
  ["ذو القعدة", 11],
  ["ذي القعدة", 11],
  ["ذو الحجة", 12],
  ["ذي الحجة", 12],
]);
export const AR_WEEKDAYS = table([
  ["الأحد", 0],
  ["الاثنين", 1],
  ["الإثنين", 1],
  ["الثلاثاء", 2],
  ["الثلاثا", 2],
  ["الأربعاء", 3],
  ["الأربعا", 3],
  ["الخميس", 4],
  ["الجمعة", 5],
  ["السبت", 6],
]);
export const EN_MONTHS = new Map<string, number>([
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);
export const EN_MONTHS_FULL = [...EN_MONTHS.keys()].filter((k) => k.length > 4 || k === "may" || k === "june" || k === "july");
export const EN_WEEKDAYS = new Map<string, number>([
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
]);
export const EN_WEEKDAY_ABBR = new Map<string, number>([
  ["sun", 0],
  ["mon", 1],
  ["tue", 2],
  ["tues", 2],
  ["wed", 3],
  ["thu", 4],
  ["thur", 4],
  ["thurs", 4],
  ["fri", 5],
  ["sat", 6],
]);

/** Arabic ordinals 1..31 as used for days (`الخامس من نيسان`). */
export const AR_ORDINALS = (() => {
  const units = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
  const pairs: Array<[string, number]> = units.map((u, i) => [u, i + 1]);
  pairs.push(["العاشر", 10], ["الحادي عشر", 11], ["العشرين", 20], ["الحادي والعشرين", 21], ["الثلاثين", 30], ["الحادي والثلاثين", 31]);
  units.slice(1).forEach((u, i) => {
    pairs.push([`${u} عشر`, i + 12], [`${u} والعشرين`, i + 22]);
  });
  return table(pairs);
})();

export const AR_NUMBERS = table([
  ["واحد", 1],
  ["واحدة", 1],
  ["اثنين", 2],
  ["اثنان", 2],
  ["ثلاث", 3],
  ["ثلاثة", 3],
  ["أربع", 4],
  ["أربعة", 4],
  ["خمس", 5],
  ["خمسة", 5],
  ["ست", 6],
  ["ستة", 6],
  ["سبع", 7],
  ["سبعة", 7],
  ["ثمان", 8],
  ["ثماني", 8],
  ["ثمانية", 8],
  ["تسع", 9],
  ["تسعة", 9],
  ["عشر", 10],
  ["عشرة", 10],
]);
export const EN_NUMBERS = new Map<string, number>([
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
]);

export type Unit = "day" | "week" | "month" | "year";
/** Arabic time units: [unit, count implied by the form (1 singular, 2 dual, 0 plural)]. */
export const AR_UNITS = table([
  ["يوم", 1],
  ["يوما", 1],
  ["يومين", 2],
  ["أيام", 0],
  ["أسبوع", 1],
  ["أسبوعا", 1],
  ["أسبوعين", 2],
  ["أسابيع", 0],
  ["شهر", 1],
  ["شهرا", 1],
  ["شهرين", 2],
  ["أشهر", 0],
  ["شهور", 0],
  ["عام", 1],
  ["عاما", 1],
  ["عامين", 2],
  ["أعوام", 0],
  ["سنة", 1],
  ["سنه", 1],
  ["سنتين", 2],
  ["سنوات", 0],
  ["سنين", 0],
]);
export const unitOf = (w: string): Unit => {
  if (/^(?:يوم|ايام)/.test(w)) return "day";
  if (/^(?:اسبوع|اسابيع)/.test(w)) return "week";
  if (/^(?:شهر|اشهر|شهور)/.test(w)) return "month";
  return "year";
};

export const PARTS = table([
  ["بداية", 0],
  ["بدايات", 0],
  ["مطلع", 0],
  ["أوائل", 0],
  ["مستهل", 0],
  ["منتصف", 1],
  ["أواسط", 1],
  ["نهاية", 2],
  ["نهايات", 2],
  ["أواخر", 2],
  ["ختام", 2],
  ["آخر", 2],
]);
const PART_OF: Part[] = ["early", "mid", "late"];
export const partOf = (w: string | undefined): Part | null => {
  if (!w) return null;
  const v = PARTS.get(key(w));
  if (v !== undefined) return PART_OF[v];
  if (/^(?:early|beginning|start)/.test(w) || /(?:beginning|start) of/.test(w)) return "early";
  if (/^(?:mid|middle)/.test(w) || /middle of/.test(w)) return "mid";
  if (/^(?:late|end)/.test(w) || /end of/.test(w)) return "late";
  return null;
};

export type Mod = "past" | "current" | "next" | "recent";
export const MOD_WORDS = table([
  ["الماضي", 0],
  ["الماضية", 0],
  ["الماضيين", 0],
  ["الماضيتين", 0],
  ["المنصرم", 0],
  ["المنصرمة", 0],
  ["المنصرمين", 0],
  ["الفائت", 0],
  ["الفائتة", 0],
  ["السابق", 0],
  ["السابقة", 0],
  ["المنقضي", 0],
  ["الجاري", 1],
  ["الجارية", 1],
  ["الحالي", 1],
  ["الحالية", 1],
  ["المقبل", 2],
  ["المقبلة", 2],
  ["القادم", 2],
  ["القادمة", 2],
  ["المقبلين", 2],
  ["القادمين", 2],
  ["الأخير", 3],
  ["الأخيرة", 3],
  ["الأخيرين", 3],
  ["الأخيرتين", 3],
]);
const MOD_OF: Mod[] = ["past", "current", "next", "recent"];
export const modOf = (w: string | undefined): Mod | null => (w ? (MOD_OF[MOD_WORDS.get(key(w)) ?? -1] ?? null) : null);
/** Modifiers allowed after a month or weekday name ("recent" words are not). */
export const MONTH_MODS = [...MOD_WORDS.entries()].filter(([, v]) => v !== 3).map(([k]) => k);

/** Nouns that `العام` follows as the adjective "general" (الأمين العام السابق is not "last year"). */
export const GENERAL_NOUNS = new Set(
  [
    "الأمين",
    "المدعي",
    "المدير",
    "الرأي",
    "القطاع",
    "المال",
    "النائب",
    "المفتش",
    "الحاكم",
    "القائد",
    "المنسق",
    "المراقب",
    "المقرر",
    "المؤتمر",
    "الوضع",
    "الإطار",
    "التعليم",
    "الأمن",
    "الشأن",
    "النظام",
    "الصالح",
    "الموظف",
    "المستشار",
    "العفو",
    "الإضراب",
    "الاتجاه",
    "الطابع",
    "المزاج",
    "المجلس",
    "الأداء",
    "الانطباع",
    "المناخ",
    "الهدف",
    "الخط",
    "الدين",
    "الإنفاق",
    "المشهد",
    "المفهوم",
    "المعنى",
    "التوجه",
    "السياق",
    "الحشد",
    "الاستفتاء",
    "الأمانة",
    "العامة",
    "المرشد",
    "القنصل",
  ].map(N),
);
