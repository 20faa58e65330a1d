/** The pattern list: absolute dates, relative phrases, weekdays and nights, ranges, each with the candidate it builds. */
import { WEEKDAY_NAMES, dayOf, dayRes, hijriDay, hijriMonthLength, validDay } from "./calendar.ts";
import type { DaySpan } from "./calendar.ts";
import {
  DAY,
  WORD_END,
  EN_MONTH,
  EN_MONTH_FULL,
  EN_NUM,
  EN_PART,
  EN_WD,
  EN_WDA,
  HMONTH,
  HYEAR,
  MODS_ALL,
  MODS_MONTH,
  MONTH_AR,
  NUM_AR,
  ORD,
  PART_AR,
  POD_AR,
  QUANTITY_AFTER,
  UNITS_AR,
  WD_AR,
  YEAR,
  YEARWORD,
  YEAR_OK,
  agoFn,
  dayMonthCand,
  g,
  gi,
  monthCand,
  numberOf,
  pre,
  re,
  unitFn,
  weekdayFn,
  wordBefore,
  yearCand,
} from "./candidates.ts";
import type { Cand, Matcher } from "./candidates.ts";
import { DATE_DEFAULTS } from "./mention.ts";
import { AR_MONTHS, AR_ORDINALS, AR_UNITS, AR_WEEKDAYS, EN_MONTHS, EN_WEEKDAYS, EN_WEEKDAY_ABBR, GENERAL_NOUNS, HIJRI_MONTHS, N, alt, key, modOf, partOf, unitOf } from "./vocabulary.ts";
import type { Mod, Unit } from "./vocabulary.ts";

// ---------------------------------------------------------------------------------------------
// Matchers

const BARE_MONTH_CUE = new Set(["في", "وفي", "خلال", "منذ", "حتي", "وحتي", "الي", "من", "ومن", "قبل", "بعد", "طيله", "طوال", "بين", "و"].map(N));
const TODAY_NOT_BEFORE = new Set(["هذا", "ذلك", "نفس", "ذات", "بهذا", "وهذا", "لهذا"].map(N));
/** اليوم followed by these is "the next day", "the seventh day" (al-Youm al-Sabea), "World Day"...: not today. */
const TODAY_NOT_AFTER = new RegExp(`^\\s+(?:${alt(["التالي", "السابق", "الأخير", "الوطني", "العالمي", "الدولي", "نفسه", "ذاته", "الموعود", "المشهود", "الآخر", "الموالي", "الذي", "التي", "المحدد", "المقرر"])}|${ORD})${WORD_END}`, "u");
const WD_NOT_BEFORE = new Set(["صلاة", "لصلاة", "خطبة", "خطب", "خطيب", "كل", "أيام", "بين", "كلا", "هذين", "الواحد", "يومي", "لخطبة"].map(N));
/** `word` or `word` without a glued و / ف is in `set`. */
const inSet = (set: Set<string>, word: string) => set.has(word) || (/^[وف]./.test(word) && set.has(word.slice(1)));
const AFTER_SINGULAR_UNIT = new RegExp(`^\\s*(?:\\p{N}|ال\\p{L}|امس|البارحه|${MONTH_AR}|${HMONTH})`, "u");

export const MATCHERS: Matcher[] = [
  // Arabic day / ordinal / part + month name (+ paired name) (+ year) (+ modifier)
  {
    re: re(
      `(?<m1>${MONTH_AR})${WORD_END}(?:\\s*(?:/|\\(|-)?\\s*(?<m2>${MONTH_AR})${WORD_END}(?:\\s*\\))?)?` +
        `(?:\\s+(?<dpost>${DAY})(?=\\s*,?\\s*${YEAR}))?` +
        `(?:\\s*,?\\s*(?:من\\s+)?(?:${YEARWORD}\\s+)?(?<y>${YEAR})(?:\\s*م${WORD_END})?)?` +
        `(?:\\s+(?:من\\s+)?(?:(?:العام|السنه)\\s+(?<ymod>${MODS_MONTH})|(?<ythis>هذا\\s+العام|هذه\\s+السنه))${WORD_END})?` +
        `(?:\\s+(?<mod>${MODS_MONTH})${WORD_END})?`,
    ),
    prefix: pre(`(?:(?<d1>${DAY})(?:\\s*(?:-|و|الي|حتي)\\s*(?<d2>${DAY}))?\\s+(?:من\\s+)?|(?<ord>${ORD})\\s+من\\s+|(?<part>${PART_AR})\\s+)?(?<shahr>شهر\\s+)?`),
    build(m, text) {
      const mo = AR_MONTHS.get(key(g(m, "m1")!))!;
      const m2 = g(m, "m2") ? AR_MONTHS.get(key(g(m, "m2")!))! : null;
      const y = g(m, "y") ? +g(m, "y")! : null;
      let end = m.index + m[0].length;
      if (y !== null && (g(m, "mod") || g(m, "ymod") || g(m, "ythis"))) end = gi(m, "y")![1];
      // "October of last year" / "of this year": the year relative to the publication
      const ymod = y === null ? (g(m, "ythis") ? "current" : modOf(g(m, "ymod"))) : null;
      const shift = ymod === "past" ? -1 : ymod === "next" ? 1 : ymod === "current" ? 0 : null;
      const mod = y === null && shift === null ? modOf(g(m, "mod")) : null;
      if (shift !== null && g(m, "mod")) end = gi(m, "ymod")?.[1] ?? gi(m, "ythis")![1];
      const d1 = g(m, "d1") ? +g(m, "d1")! : g(m, "ord") ? AR_ORDINALS.get(key(g(m, "ord")!))! : g(m, "dpost") ? +g(m, "dpost")! : null;
      const d2 = g(m, "d2") ? +g(m, "d2")! : null;
      const part = partOf(g(m, "part"));
      if (d1 === null && !part && !g(m, "shahr") && m2 === null && y === null && !mod && shift === null) {
        if (!inSet(BARE_MONTH_CUE, wordBefore(text, m.index))) return null;
      }
      if (d1 !== null) {
        const note = m2 !== null && m2 !== mo ? "paired month names disagree; the first is used" : null;
        return dayMonthCand(m.index, end, d1, d2, mo, y, mod, note, shift);
      }
      return monthCand(m.index, end, mo, m2 !== null && m2 !== mo ? m2 : null, y, mod, part, shift);
    },
  },
  // Hijri: (day) month year (هـ)
  {
    prefix: pre(`(?:(?<d1>${DAY})\\s+(?:من\\s+)?)?(?:شهر\\s+)?`),
    re: re(`(?<hm>${HMONTH})${WORD_END}\\s*,?\\s*(?:من\\s+)?(?:${YEARWORD}\\s+)?(?<y>${HYEAR})(?:\\s*(?:ه|هجري|هجريه|للهجره)${WORD_END})?`),
    build(m) {
      const y = +g(m, "y")!;
      if (y < DATE_DEFAULTS.hijriYears[0] || y > DATE_DEFAULTS.hijriYears[1]) return null;
      const hm = HIJRI_MONTHS.get(key(g(m, "hm")!))!;
      const d = g(m, "d1") ? +g(m, "d1")! : null;
      const s = DATE_DEFAULTS.hijriSlackDays;
      const len = hijriMonthLength(y, hm);
      if (d !== null && d > len + 1) return { start: m.index, end: m.index + m[0].length, kind: "date", abs: null, note: `invalid Hijri date (${d}/${hm}/${y})`, notRelative: true };
      const note = `Hijri date converted with the tabular Islamic calendar; widened by ${s} day${s === 1 ? "" : "s"} each side`;
      const abs: DaySpan = d !== null ? { start: hijriDay(y, hm, d) - s, end: hijriDay(y, hm, d) + s, precision: "days" } : { start: hijriDay(y, hm, 1) - s, end: hijriDay(y, hm, len) + s, precision: "month" };
      return { start: m.index, end: m.index + m[0].length, kind: "date", hasDay: d !== null, abs, note, notRelative: true };
    },
  },
  // Hijri year alone: (عام) 1439 هـ
  {
    prefix: pre(`(?:${YEARWORD}\\s+)?`),
    re: re(`(?<y>${HYEAR})\\s*(?:ه|هجري|هجريه|للهجره)${WORD_END}`),
    build(m) {
      const y = +g(m, "y")!;
      if (y < DATE_DEFAULTS.hijriYears[0] || y > DATE_DEFAULTS.hijriYears[1]) return null;
      const s = DATE_DEFAULTS.hijriSlackDays;
      const abs: DaySpan = { start: hijriDay(y, 1, 1) - s, end: hijriDay(y + 1, 1, 1) - 1 + s, precision: "year" };
      return { start: m.index, end: m.index + m[0].length, kind: "date", abs, note: "Hijri year converted with the tabular Islamic calendar", notRelative: true };
    },
  },
  // Arabic year with a cue: عام 2017, العام 2017, في 2017, منذ 2017, مطلع عام 2017, 2017 م; عامي 2017 و2018
  {
    prefix: pre(`(?:(?<part>${PART_AR})\\s+(?:${YEARWORD}\\s+)?|(?<cue>${YEARWORD})\\s+|(?<prep>في|منذ|خلال|حتي|طيله|طوال)\\s+)?`),
    re: re(`(?<y>${YEAR})(?:\\s*(?<suf>م|ميلادي|للميلاد)${WORD_END})?`),
    clitic: true,
    build(m, text) {
      const y = +g(m, "y")!;
      if (!YEAR_OK(y)) return null;
      if (!g(m, "part") && !g(m, "cue") && !g(m, "prep") && !g(m, "suf")) return null;
      const endY = gi(m, "y")![1];
      if (!g(m, "suf") && QUANTITY_AFTER.test(text.slice(endY, endY + 20))) return null;
      const start = g(m, "prep") ? gi(m, "y")![0] : m.index;
      return yearCand(start, m.index + m[0].length, y, partOf(g(m, "part")));
    },
  },
  {
    re: re(`(?:ال)?(?:عامي|سنتي)\\s+(?<ya>${YEAR})\\s*(?:و|-|الي|حتي)\\s*(?<yb>${YEAR})`),
    clitic: true,
    build(m) {
      const a = +g(m, "ya")!,
        b = +g(m, "yb")!;
      if (!YEAR_OK(a) || !YEAR_OK(b) || b <= a) return null;
      return { start: m.index, end: m.index + m[0].length, kind: "date", abs: { start: dayOf(a, 1, 1), end: dayOf(b, 12, 31), precision: "year" }, notRelative: true };
    },
  },
  // numeric dates: 29/6/2021, 29-06-2021, 29.6.2021, 2021-06-29, 2021/6/29
  {
    re: re(`(?<![\\p{N}./-])(?:(?<a>\\d{1,2})(?<s1>\\s?/\\s?|[.-])(?<b>\\d{1,2})\\k<s1>(?<c>\\d{4})|(?<Y>\\d{4})(?<s2>\\s?/\\s?|-)(?<M>\\d{1,2})\\k<s2>(?<D>\\d{1,2}))(?![\\p{N}]|[./-]\\p{N})`),
    build(m) {
      let y: number, mo: number, d: number;
      if (g(m, "Y")) [y, mo, d] = [+g(m, "Y")!, +g(m, "M")!, +g(m, "D")!];
      else {
        const a = +g(m, "a")!,
          b = +g(m, "b")!;
        y = +g(m, "c")!;
        // day first (Arabic and European usage); month first only when day first is impossible,
        // or when a named weekday matches only the month-first reading (see resolveGroup)
        [d, mo] = validDay(y, b, a) ? [a, b] : [b, a];
        if (YEAR_OK(y) && a !== b && validDay(y, a, b) && validDay(y, b, a)) {
          const c: Cand = { start: m.index, end: m.index + m[0].length, kind: "date", hasDay: true, abs: dayRes(dayOf(y, b, a)), notRelative: true };
          c.alt = dayRes(dayOf(y, a, b));
          return c;
        }
      }
      if (!YEAR_OK(y) || !validDay(y, mo, d)) return null;
      return { start: m.index, end: m.index + m[0].length, kind: "date", hasDay: true, abs: dayRes(dayOf(y, mo, d)), notRelative: true };
    },
  },
  // Arabic yesterday / today (with a part of the day)
  {
    prefix: pre(`(?:(?<pod>${POD_AR})\\s+)?(?:يوم\\s+)?`),
    re: re(`(?<a>اول\\s+(?:من\\s+)?امس|امس|البارحه|اليوم|غدا|بعد\\s+غد)${WORD_END}|(?<ln>الليله\\s+الماضيه|ليله\\s+البارحه)${WORD_END}`),
    clitic: true,
    build(m, text) {
      const a = g(m, "a");
      const end = m.index + m[0].length;
      if (g(m, "ln")) return { start: m.index, end, kind: "anchor", anchor: "yesterday", offset: -1, night: true, label: "last night" };
      const pod = g(m, "pod") ? key(g(m, "pod")!) : null;
      const night = !!pod && /ليل/.test(pod);
      if (a === "اليوم") {
        if (!pod && (inSet(TODAY_NOT_BEFORE, wordBefore(text, m.index)) || TODAY_NOT_AFTER.test(text.slice(end, end + 20)))) return null;
        return { start: m.index, end, kind: "anchor", anchor: "today", offset: 0, night, label: night ? "tonight" : "today" };
      }
      if (a!.startsWith("اول")) return { start: m.index, end, kind: "anchor", anchor: null, offset: -2, night, label: "the day before yesterday" };
      // غدا is also the verb "became": "tomorrow" only before a weekday or a date
      if (a === "غدا") return { start: m.index, end, kind: "anchor", anchor: null, offset: 1, night, label: "tomorrow", needsDate: true };
      if (a!.startsWith("بعد")) return { start: m.index, end, kind: "anchor", anchor: null, offset: 2, night, label: "the day after tomorrow" };
      return { start: m.index, end, kind: "anchor", anchor: "yesterday", offset: -1, night, label: night ? "last night" : "yesterday" };
    },
  },
  // Arabic weekday (night, pair, modifier): يوم الأربعاء, ليلة الأربعاء/الخميس, ليل الأحد, الأحد الماضي
  {
    prefix: pre(`(?:(?<pod>${POD_AR})\\s+)?(?:(?<yawm>يوم|نهار)\\s+)?`),
    re: re(`(?<wd>${WD_AR})${WORD_END}` + `(?:\\s*(?:/|-|علي|الي|و)\\s*(?<wd2>${WD_AR})${WORD_END})?(?:\\s+(?<mod>${MODS_MONTH})${WORD_END})?`),
    clitic: true,
    build(m, text) {
      const wd = AR_WEEKDAYS.get(key(g(m, "wd")!))!;
      const wd2 = g(m, "wd2") ? AR_WEEKDAYS.get(key(g(m, "wd2")!))! : null;
      const pod = g(m, "pod") ? key(g(m, "pod")!) : null;
      if (!pod && !g(m, "yawm") && inSet(WD_NOT_BEFORE, wordBefore(text, m.index))) return null;
      const night = !!pod && /ليل/.test(pod);
      let first = wd,
        end = m.index + m[0].length;
      let pair = night;
      let note: string | null = null;
      if (wd2 !== null) {
        if (wd2 === (wd + 1) % 7) pair = true;
        else if (wd === (wd2 + 1) % 7) ((first = wd2), (pair = true));
        else end = gi(m, "wd")![1];
      }
      const mod = wd2 !== null && end === gi(m, "wd")![1] ? null : modOf(g(m, "mod"));
      if (pair && wd2 === null) note = `the night from ${WEEKDAY_NAMES[first]} into ${WEEKDAY_NAMES[(first + 1) % 7]}`;
      const conj = m.index > 0 && text[m.index - 1] === "و" && !pod;
      return { start: m.index, end, kind: pair ? "other" : "weekday", weekday: first, night: pair, rel: weekdayFn(first, mod, pair), mode: "widen", conj, note, unknownNote: "weekday with unknown publication date" };
    },
  },
  // Arabic "N units ago": قبل يومين, منذ قرابة عامين أو يزيد, منذ أشهر, قبل ثلاثة أسابيع
  {
    re: re(
      `(?<pre>قبل|منذ)\\s+(?:(?<ap>${alt(["قرابة", "نحو", "حوالي", "حوالى", "زهاء", "ما يقارب", "ما يقرب من", "أكثر من", "أقل من", "ما يزيد عن", "ما يزيد على", "ما لا يقل عن", "بضعة", "بضع", "عدة"])})\\s+)?` +
        `(?:(?<n>\\d{1,3}|${NUM_AR})\\s+)?(?<u>${UNITS_AR})${WORD_END}(?<half>\\s+ونصف)?(?:\\s+(?<num2>${NUM_AR}))?(?<more>\\s+او\\s+(?:يزيد|اكثر|ازيد|اقل))?`,
    ),
    clitic: true,
    build(m, text) {
      const u = key(g(m, "u")!);
      const form = AR_UNITS.get(u)!;
      const unit = unitOf(u);
      const end = m.index + m[0].length;
      let n = numberOf(g(m, "n")) ?? numberOf(g(m, "num2"));
      const ap = g(m, "ap") ? key(g(m, "ap")!) : "";
      if (n === null && form !== 0) {
        if (!g(m, "n") && form === 1 && !g(m, "half") && AFTER_SINGULAR_UNIT.test(text.slice(end, end + 20))) return null;
        n = form;
      }
      if (g(m, "n") && n === null) return null;
      if (/بضع|عده/.test(ap)) n = null;
      if (g(m, "half") && n !== null) {
        if (unit === "year") return agoCand(m, text, "month", n * 12 + 6, ap);
        if (unit === "month") return agoCand(m, text, "week", Math.round(((n + 0.5) * 30) / 7), ap);
      }
      return agoCand(m, text, unit, n, ap);
    },
  },
  // Arabic the past two days / last week / last month / beginning of last month / this year ...
  {
    prefix: pre(`(?:(?<part>${PART_AR})\\s+)?(?:(?<this>هذا|هذه)\\s+)?`),
    re: re(
      `(?<u>${alt(["اليومين", "الأيام", "الأسبوع", "الأسبوعين", "الأسابيع", "الشهر", "الشهرين", "الأشهر", "الشهور", "العام", "العامين", "الأعوام", "السنة", "السنتين", "السنوات"])})${WORD_END}` +
        `(?:\\s+(?:القليله|القليلين|الثلاثه|الاربعه))?(?:\\s+(?<mod>${MODS_ALL})${WORD_END})?`,
    ),
    clitic: true,
    build(m, text) {
      const u = key(g(m, "u")!).slice(2);
      let mod = modOf(g(m, "mod"));
      if (!mod && g(m, "this")) mod = "current";
      if (!mod) return null;
      const unit = unitOf(u);
      const form = AR_UNITS.get(u) ?? 0;
      if (unit === "year" && form === 1 && !g(m, "part") && !g(m, "this") && inSet(GENERAL_NOUNS, wordBefore(text, m.index))) return null;
      if (form === 0 && unit === "year") return null;
      // singular: a calendar unit (last month); dual and plural: the past N units up to publication
      const f = unitFn(unit, form === 0 ? null : form, mod, partOf(g(m, "part")));
      if (!f) return null;
      return { start: m.index, end: m.index + m[0].length, kind: "other", rel: f.fn, mode: "widen", note: f.note };
    },
  },
  // English: June 28, 2021 / 28 June 2021 / 05 Apr 2017
  {
    re: re(`(?<m1>${EN_MONTH})\\.?\\s+(?<d1>${DAY})(?:st|nd|rd|th)?${WORD_END}(?:\\s*,?\\s*(?<y>${YEAR}))?`),
    build: (m) => enDay(m),
  },
  {
    re: re(`(?:the\\s+)?(?<d1>${DAY})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m1>${EN_MONTH})${WORD_END}\\.?(?:\\s*,?\\s*(?<y>${YEAR}))?`),
    build: (m) => enDay(m),
  },
  // English: June 2021, in June, last June, early June 2021
  {
    re: re(`(?:(?<part>${EN_PART})[\\s-]+|(?<cue>in|since|during|until|by|from|last|this|next)\\s+)?(?<m1>${EN_MONTH})${WORD_END}\\.?(?:\\s*,?\\s*(?<y>${YEAR}))?`),
    build(m) {
      const name = g(m, "m1")!;
      const y = g(m, "y") ? +g(m, "y")! : null;
      const cue = g(m, "cue");
      const part = partOf(g(m, "part"));
      if (y === null && !cue && !part) return null;
      if (y === null && !new RegExp(`^(?:${EN_MONTH_FULL})$`).test(name)) return null;
      const mo = EN_MONTHS.get(name)!;
      const mod: Mod | null = cue === "last" ? "past" : cue === "next" ? "next" : cue === "this" ? "current" : null;
      const start = cue && !["last", "next", "this"].includes(cue) ? gi(m, "m1")![0] : m.index;
      return monthCand(start, m.index + m[0].length, mo, null, y, y === null ? mod : null, part);
    },
  },
  // English year with a cue: in 2017, since 2017, early 2019
  {
    re: re(`(?:(?<part>${EN_PART})[\\s-]+|(?<cue>in|since|during|until|by|from|throughout)\\s+)(?<y>${YEAR})`),
    build(m, text) {
      const y = +g(m, "y")!;
      const endY = gi(m, "y")![1];
      if (!YEAR_OK(y) || QUANTITY_AFTER.test(text.slice(endY, endY + 20))) return null;
      return yearCand(g(m, "cue") ? gi(m, "y")![0] : m.index, endY, y, partOf(g(m, "part")));
    },
  },
  // English yesterday / today / last night / this morning
  {
    re: re(
      `(?:(?<pod>early|late)\\s+)?(?<a>the\\s+day\\s+(?:before\\s+yesterday|after\\s+tomorrow)|yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))(?:\\s+(?<pod2>morning|afternoon|evening|night))?${WORD_END}`,
    ),
    build(m) {
      const a = g(m, "a")!;
      const start = m.index,
        end = m.index + m[0].length;
      const night = g(m, "pod2") === "night";
      if (a.startsWith("the")) {
        const after = /after/.test(a);
        return { start, end, kind: "anchor", anchor: null, offset: after ? 2 : -2, label: after ? "the day after tomorrow" : "the day before yesterday" };
      }
      if (a === "yesterday") return { start, end, kind: "anchor", anchor: "yesterday", offset: -1, night, label: night ? "last night" : "yesterday" };
      if (a === "tomorrow") return { start, end, kind: "anchor", anchor: null, offset: 1, night, label: "tomorrow" };
      if (/last\s+night/.test(a)) return { start, end, kind: "anchor", anchor: "yesterday", offset: -1, night: true, label: "last night" };
      const tonight = a === "tonight" || night;
      return { start, end, kind: "anchor", anchor: "today", offset: 0, night: tonight, label: tonight ? "tonight" : "today" };
    },
  },
  // English weekday: on Wednesday, last Sunday, Sunday night
  {
    // ("Saturdays blast": a possessive whose apostrophe the text lost, before an event's noun)
    re: re(
      `(?:(?<q>on|last|this|next|past)\\s+)?(?<wd>${EN_WD})(?:s(?=\\s+(?:[\\p{L}-]+\\s+)?(?:attack|attacks|blast|blasts|bombing|bombings|strike|strikes|airstrike|airstrikes|air\\s+strikes?|raid|raids|explosion|explosions|assault|massacre|shelling|fighting|clashes|offensive|ambush|bombardment|toll|incident|violence)\\b))?(?:\\s+(?<pod>night|morning|evening|afternoon))?${WORD_END}`,
    ),
    build(m, text) {
      const wd = EN_WEEKDAYS.get(g(m, "wd")!)!;
      const q = g(m, "q");
      const mod: Mod | null = q === "last" || q === "past" ? "past" : q === "next" ? "next" : null;
      const night = g(m, "pod") === "night";
      const start = q === "on" ? gi(m, "wd")![0] : m.index;
      const conj = /\band\s+$/.test(text.slice(Math.max(0, start - 5), start));
      return { start, end: m.index + m[0].length, kind: night ? "other" : "weekday", weekday: wd, night, rel: weekdayFn(wd, mod, night), mode: "widen", conj, unknownNote: "weekday with unknown publication date" };
    },
  },
  {
    re: re(`(?<wd>${EN_WDA})\\.?${WORD_END}`),
    build(m) {
      const wd = EN_WEEKDAY_ABBR.get(g(m, "wd")!)!;
      return { start: m.index, end: m.index + m[0].length, kind: "weekday", weekday: wd, needsDate: true, rel: weekdayFn(wd, null, false), mode: "widen" };
    },
  },
  // English last week / this month / next year / the past two days / early last month
  {
    re: re(`(?:(?<part>${EN_PART})[\\s-]+)?(?:(?<q>last|this|next|previous|earlier\\s+this|later\\s+this)\\s+)(?<u>week|month|year)${WORD_END}`),
    build(m) {
      const q = g(m, "q")!;
      const mod: Mod = q === "last" || q === "previous" ? "past" : q === "next" ? "next" : "current";
      const f = unitFn(g(m, "u") as Unit, 1, mod, partOf(g(m, "part")));
      return f && { start: m.index, end: m.index + m[0].length, kind: "other", rel: f.fn, mode: "widen", note: f.note };
    },
  },
  {
    re: re(`(?:in|over|during|for)\\s+the\\s+(?:past|last)\\s+(?:(?<n>\\d{1,3}|${EN_NUM})\\s+)?(?<u>days?|weeks?|months?|years?)${WORD_END}`),
    build(m) {
      const u = g(m, "u")!.replace(/s$/, "") as Unit;
      const plural = /s$/.test(g(m, "u")!);
      const n = g(m, "n") && !/few|several/.test(g(m, "n")!) ? numberOf(g(m, "n")) : plural ? null : 1;
      const f = unitFn(u, n, "recent", null);
      return f && { start: m.index, end: m.index + m[0].length, kind: "other", rel: f.fn, mode: "widen", note: f.note };
    },
  },
  {
    re: re(`(?:(?<ap>about|around|nearly|almost|some|roughly|approximately|over|more\\s+than|less\\s+than|under|at\\s+least)\\s+)?(?<n>\\d{1,3}|${EN_NUM})\\s+(?<u>days?|weeks?|months?|years?)\\s+ago${WORD_END}`),
    build(m) {
      const u = g(m, "u")!.replace(/s$/, "") as Unit;
      const nn = g(m, "n")!;
      const n = /few|several/.test(nn) ? null : numberOf(nn);
      const ap = g(m, "ap") ?? "";
      const open = /over|more|least/.test(ap) ? "more" : /less|under/.test(ap) ? "less" : null;
      const f = agoFn(u, n, /about|around|nearly|almost|some|roughly|approx/.test(ap), open);
      return { start: m.index, end: m.index + m[0].length, kind: "other", rel: f.fn, mode: "widen", note: f.note };
    },
  },
];

function enDay(m: RegExpExecArray): Cand | null {
  const mo = EN_MONTHS.get(g(m, "m1")!)!;
  const d = +g(m, "d1")!;
  const y = g(m, "y") ? +g(m, "y")! : null;
  if (y !== null && !YEAR_OK(y)) return null;
  return dayMonthCand(m.index, m.index + m[0].length, d, null, mo, y, null);
}

function agoCand(m: RegExpExecArray, text: string, unit: Unit, n: number | null, ap: string): Cand {
  const start = m.index,
    end = m.index + m[0].length;
  // "two days before the shelling": relative to another event, not to the publication
  const after = /^\s+من\s+(\p{L}+)/u.exec(text.slice(end, end + 30));
  if (after && !/^(?:الان|الآن|اليوم|تاريخه|تاريخ)$/.test(after[1])) {
    return { start, end, kind: "other", abs: null, notRelative: true, note: `relative to another event (${m[0]} من ${after[1]}), not to the publication date` };
  }
  const more = /يزيد|اكثر|ازيد/.test(m.groups?.more ?? "") || /اكثر|يزيد|يقل/.test(ap) ? "more" : /اقل/.test(m.groups?.more ?? "") || /اقل/.test(ap) ? "less" : null;
  const approx = /قرابه|نحو|حوالي|زهاء|يقارب|يقرب/.test(ap);
  const f = agoFn(unit, n, approx, more);
  return { start, end, kind: "other", rel: f.fn, mode: "widen", note: f.note };
}
