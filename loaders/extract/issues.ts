import type { Mention } from "../gazetteer/match.ts";
import type { Gazetteer } from "../gazetteer/types.ts";
import type { Normalized } from "../text/normalize.ts";
import { atWordStart, normalizeName } from "../text/normalize.ts";
import type { Issue } from "../types.ts";
import type { DateMention } from "./dates.ts";

const n = (s: string) => normalizeName(s);

/** Words after which a name of a group, a place or a person usually follows (each at the start of a word: see `atWordStart`). */
const NAME_CUES: Array<{ type: "militia" | "place" | "person"; re: RegExp }> = [
  { type: "militia", re: new RegExp(`(?:[وفبل]|ال)?(?:${["ميليشيا", "ميليشيات", "لواء", "كتائب", "حركة", "فصيل", "جماعة", "سرايا", "فيلق"].map(n).join("|")})\\s+"([^"\\n]{2,40})"`, "gu") },
  { type: "place", re: new RegExp(`(?:[وفبل]|ال)?(?:${["بلدة", "قرية", "مدينة", "حقل", "مطار", "معبر", "ناحية"].map(n).join("|")})\\s+(?:"([^"\\n]{2,30})"|(ال[\\p{L}]{3,15}))`, "gu") },
  { type: "person", re: new RegExp(`(?:[وفبل]|ال|لل)?(?:${["المدعو", "القيادي", "يدعى", "العميد", "اللواء", "العقيد"].map(n).join("|")})\\s+"?([\\p{L}]{2,15}(?:\\s+[\\p{L}]{2,15})?)"?`, "gu") },
];

/** Generic words that follow a cue but are not names. */
const NOT_NAMES = new Set(["الحدوديه", "المذكوره", "المحتله", "السوريه", "العراقيه", "الايرانيه", "الشرقيه", "الغربيه", "الاخري", "نفسها", "ذاتها", "العسكري", "العسكريه", "الدولي", "الذي", "التي", "الحدودي"].map(n));

/**
 * Names that look like a militia, a place or a person but match no gazetteer entry, so an analyst
 * can add them. One issue per name and article.
 */
export function unknownNames(source: string, norm: Normalized, mentions: Mention[]): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  const covered = (s: number, e: number) => mentions.some((m) => m.start < e && m.end > s);
  for (const { type, re } of NAME_CUES) {
    for (const m of atWordStart(re, norm.text)) {
      const name = (m[1] ?? m[2] ?? "").trim();
      if (!name || NOT_NAMES.has(name) || /\d/.test(name)) continue;
      const s = m.index! + m[0].indexOf(name),
        e = s + name.length;
      if (covered(s, e) || seen.has(type + name)) continue;
      seen.add(type + name);
      const span = norm.raw(s, e);
      out.push({
        type: `unknown_${type}`,
        source,
        span,
        message: `"${name}" looks like a ${type} name but is not in the gazetteer: add it to data/gazetteer/${type === "militia" ? "militias" : type === "place" ? "places" : "people"}.yaml if it is one`,
      });
    }
  }
  return out;
}

/**
 * Two different people named in one article who share a first name and differ a little in the
 * rest (سلمان الإيراني / سلمان الفارسي): likely one person under two names.
 */
/**
 * First words many different people share: a kunya's «أبو», «عبد», and the commonest given names.
 * Two people named so are no hint of one person under two names (Bashar al-Assad and Bashar
 * al-Jaafari, Abu Bakr al-Baghdadi and Abu Mahdi al-Muhandis).
 */
const COMMON_FIRST = new Set(
  "ابو ابي عبد عبدال ام محمد احمد علي حسن حسين محمود مصطفي خالد عمر بشار ماهر سليمان ابراهيم يوسف abu abou abd abdul umm mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hasan hussein mahmoud mustafa khaled khalid omar bashar maher suleiman ibrahim youssef yusuf general president"
    .split(" ")
    .map((w) => normalizeName(w)),
);

export function nameVariants(source: string, norm: Normalized, mentions: Mention[], g: Gazetteer): Issue[] {
  const people = mentions.filter((m) => g.entities.get(m.entity)?.type === "person");
  const out: Issue[] = [];
  const reported = new Set<string>();
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length && j < i + 20; j++) {
      const a = people[i],
        b = people[j];
      if (a.entity === b.entity) continue;
      const [fa] = a.alias.split(" "),
        [fb] = b.alias.split(" ");
      const key = [a.entity, b.entity].sort().join("|");
      if (fa !== fb || COMMON_FIRST.has(fa) || reported.has(key)) continue;
      reported.add(key);
      const ea = g.entities.get(a.entity)!,
        eb = g.entities.get(b.entity)!;
      out.push({
        type: "name_variant",
        source,
        span: norm.raw(a.start, a.end),
        message: `"${norm.text.slice(a.start, a.end)}" (${ea.name_en}) and later "${norm.text.slice(b.start, b.end)}" (${eb.name_en}) share a first name: likely one person under two names; check the article and merge them in the gazetteer if so`,
      });
    }
  return out;
}

/** Dates the kit could not settle: weekday conflicts, two different "yesterdays", unresolved relative dates. */
export function dateIssues(source: string, norm: Normalized, dates: DateMention[], published: unknown): Issue[] {
  const out: Issue[] = [];
  const text = (d: DateMention) => norm.text.slice(d.start, d.end);
  for (const d of dates) {
    if (d.conflict) out.push({ type: "weekday_conflict", source, span: norm.raw(d.start, d.end), message: `"${text(d)}": ${d.note ?? "the named weekday contradicts the date"}` });
    else if (d.relative && !d.date)
      out.push({
        type: "unresolved_date",
        source,
        span: norm.raw(d.start, d.end),
        message: `"${text(d)}" is relative ${published ? "and could not be resolved" : "and the publication date is unknown"}: set published in the front matter to resolve it`,
      });
  }
  const yesterdays = dates.filter((d) => d.anchor === "yesterday" && d.weekday !== null);
  const weekdays = new Set(yesterdays.map((d) => d.weekday));
  if (weekdays.size > 1) {
    const [a, b] = [yesterdays[0], yesterdays.find((d) => d.weekday !== yesterdays[0].weekday)!];
    out.push({
      type: "inconsistent_dates",
      source,
      span: norm.raw(a.start, a.end),
      message: `"${text(a)}" and later "${text(b)}" name different weekdays for "yesterday": two weekdays cannot both be yesterday; one event may be older than the text says`,
    });
  }
  return out;
}
