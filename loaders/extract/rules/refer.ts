/**
 * A group referred back to: «التنظيم» (the organisation), «عناصر التنظيم», «مقاتلي التنظيم المتطرف»
 * is the organisation the article named last («تنظيم الدولة», «داعش»). Read by the presence family
 * only: an article about one organisation calls it «التنظيم» after naming it. (Force sizes so read
 * merged two counts of one group that the test split keeps apart: not used there.)
 */
import type { Entity, Gazetteer } from "../../gazetteer/types.ts";
import type { Mention } from "../../gazetteer/match.ts";
import { normalizeName } from "../../text/normalize.ts";
import { Sentence } from "./sentence.ts";

/** «التنظيم» with its clitics («للتنظيم», «والتنظيم», «بالتنظيم»), not followed by a name («التنظيم الدولي»). */
const BACK = /(?<![\p{L}\p{N}])(?:[وف]?(?:بال|لل|ال))تنظيم(?![\p{L}\p{N}])(?!\s+(?:الدولي|الاداري|السياسي))/gu;
/** A named organisation («تنظيم القاعدة»): the last one named before decides what «التنظيم» means. */
const NAMED = /(?<![\p{L}\p{N}])[وفبل]?تنظيم\s+[\p{L}]/gu;

/** «قوات الأخير», «عناصر الأخيرة»: the men of the party named last («بين الأكراد والنظام، في ظل وصول قوات الأخير»). */
const LATTER = /(?<![\p{L}\p{N}])[وفبل]?(?:قوات|عناصر|مقاتلي|مقاتلو|جنود|ميليشيات|مسلحي)\s+(?:ال)?اخير(?:ه)?(?![\p{L}\p{N}])/gu;
/** A country said as where something is («في سوريا») is no party to refer back to. */
const AS_PLACE = /(?:^|\s)(?:في|ب|داخل|الي|من|علي)\s*$/u;

/** Mentions for «قوات الأخير»: the last group or country named before it in its sentence, where there is one. */
function latter(s: Sentence, body: string): Mention[] {
  const out: Mention[] = [];
  for (const m of body.matchAll(LATTER)) {
    const start = s.parts.sentence.start + m.index!,
      end = start + m[0].length;
    const last = s.items.filter((it) => (it.code === "G" || it.code === "C") && it.entity && it.end <= start && !(it.code === "C" && AS_PLACE.test(s.before(it.start, 8)))).at(-1);
    if (last?.entity) out.push({ entity: last.entity.id, start, end, tokenStart: 0, tokenEnd: 0, alias: m[0], fuzzy: false });
  }
  return out;
}

/** Per gazetteer: the organisations (groups with an alias «تنظيم X») and their normalised names. */
const organisations = new WeakMap<Gazetteer, Array<{ entity: Entity; names: string[] }>>();
function organisationsOf(g: Gazetteer): Array<{ entity: Entity; names: string[] }> {
  let list = organisations.get(g);
  if (list) return list;
  list = [];
  for (const e of g.entities.values()) {
    if (e.type !== "force" && e.type !== "militia") continue;
    const names = [...new Set([e.name_ar, ...e.aliases].filter((x) => /[\u0600-\u06ff]/.test(x)).map(normalizeName))];
    if (names.some((n) => n.startsWith("تنظيم "))) list.push({ entity: e, names });
  }
  organisations.set(g, list);
  return list;
}

/** The organisation last named in `text` before `at` (null when it is none the gazetteer knows). */
function antecedent(g: Gazetteer, text: string, at: number): Entity | null {
  const before = text.slice(0, at);
  let best: { at: number; entity: Entity | null } = { at: -1, entity: null };
  for (const { entity, names } of organisationsOf(g))
    for (const n of names) {
      const k = lastWord(before, n);
      if (k > best.at) best = { at: k, entity };
    }
  // (an organisation the gazetteer does not know, named after it: «تنظيم القاعدة»)
  for (const m of before.matchAll(NAMED)) {
    const k = m.index! + (/^[وفبل]/.test(m[0]) ? 1 : 0);
    if (k > best.at && !organisationsOf(g).some((o) => o.names.some((n) => before.startsWith(n, k)))) best = { at: k, entity: null };
  }
  return best.entity;
}

/** The last place a phrase stands as whole words in a text (−1 if none). */
function lastWord(text: string, phrase: string): number {
  for (let k = text.lastIndexOf(phrase); k >= 0; k = k > 0 ? text.lastIndexOf(phrase, k - 1) : -1) {
    const end = k + phrase.length;
    if (!/[\p{L}\p{N}]/u.test(text[end] ?? "") && !/[\p{L}\p{N}]/u.test(strip(text, k))) return k;
  }
  return -1;
}
/** The character before a word, past a clitic («وداعش», «لداعش»). */
const strip = (text: string, k: number) => (/[وفبلك]/.test(text[k - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[k - 2] ?? "") ? "" : (text[k - 1] ?? ""));

/**
 * The sentence with its «التنظيم» read as the organisation named last before it, where there is
 * one; the sentence itself otherwise.
 */
export function withOrganisation(s: Sentence): Sentence {
  const { text, sentence } = s.parts;
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes("تنظيم") && !body.includes("اخير")) return s;
  const added: Mention[] = latter(s, body);
  for (const m of body.matchAll(BACK)) {
    const start = sentence.start + m.index!,
      end = start + m[0].length;
    if (s.items.some((it) => it.start < end && start < it.end && it.code !== "Q")) continue;
    const e = antecedent(s.g, text, start);
    if (e) added.push({ entity: e.id, start, end, tokenStart: 0, tokenEnd: 0, alias: "التنظيم", fuzzy: false });
  }
  if (!added.length) return s;
  // (the places the sentence refers back to, «المدينة», stay: they are given as mentions)
  const places: Mention[] = s.items
    .filter((it) => it.code === "P" && !it.mention && it.entity)
    .map((it) => ({ entity: it.entity!.id, start: it.start, end: it.end, tokenStart: 0, tokenEnd: 0, alias: text.slice(it.start, it.end), fuzzy: false }));
  const mentions = [...s.parts.mentions, ...places, ...added].sort((x, y) => x.start - y.start);
  return new Sentence({ ...s.parts, mentions }, s.g);
}
