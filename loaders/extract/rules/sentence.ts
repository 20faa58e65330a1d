/**
 * One sentence as the rules see it: the entities, described actors, quantities and dates found in
 * it, as placeholders of a tagged string (see engine.ts), with the helpers rules share to fill the
 * slots a construction leaves open (the event's place and date, the victims, the clause).
 */
import type { Entity, Gazetteer } from "../../gazetteer/types.ts";
import type { Mention } from "../../gazetteer/match.ts";
import { ancestors } from "../../gazetteer/load.ts";
import type { Segment } from "../../text/segment.ts";
import { stripArticle, type Token } from "../../text/tokens.ts";
import type { ActorMention } from "../actors.ts";
import type { DateMention } from "../dates.ts";
import type { Quantity } from "../quantity.ts";
import { tag, type Item, type Tagged } from "./engine.ts";

const CODE: Record<string, Item["code"]> = { place: "P", country: "C", militia: "G", force: "G", person: "N", org: "O" };

/** What a sentence holds, from the article's lists (each sorted by start). */
export interface SentenceParts {
  text: string;
  sentence: Segment;
  clauses: Segment[];
  mentions: Mention[];
  actors: ActorMention[];
  quantities: Quantity[];
  dates: DateMention[];
  /** The article's words in the sentence, when known (their forms are the sentence's cue words). */
  words?: Token[];
}

const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The items of a sentence, without overlaps: dates first, then quantities (the entities and actors
 * inside a count are kept as its `inner`: "31 IS militants"), then entities, then described actors
 * (a described actor that holds only a country's name wins over it: "pro-Iranian fighters").
 */
export function sentenceItems(p: SentenceParts, g: Gazetteer, refs: PlaceMemory = new PlaceMemory()): Item[] {
  const dates: Item[] = p.dates.map((d) => ({ code: "D", start: d.start, end: d.end, date: d }));
  const entities: Item[] = p.mentions.flatMap((m) => {
    let e = g.entities.get(m.entity);
    const code = e && CODE[e.type];
    if (!e || !code) return [];
    // "the city of Hasaka", "Hasakah city": a province whose bare name is also its capital's
    if (e.placeType === "province" && (/(?:city|town)\s+of\s*$/.test(p.text.slice(Math.max(0, m.start - 12), m.start)) || /^\s*city\b/.test(p.text.slice(m.end, m.end + 6)))) e = capitalOf(g, e) ?? e;
    return [{ code, start: m.start, end: m.end, entity: e, mention: m }];
  });
  // "the city", «المدينة»: the place of that kind the article named last
  for (const r of refs.anaphors(p, entities)) if (!entities.some((x) => overlaps(x, r))) entities.push(r);
  entities.sort((a, b) => a.start - b.start);
  // (a description of a whole side stands for the side's umbrella entry: "government forces")
  const actors: Item[] = p.actors.map((a) => {
    const umbrella = a.entity ? g.entities.get(a.entity) : undefined;
    return { code: a.type === "civilians" ? "V" : "A", start: a.start, end: a.end, actor: a, ...(umbrella ? { entity: umbrella } : {}) };
  });
  const out: Item[] = [...dates];
  for (const q of p.quantities) {
    if (out.some((d) => overlaps(d, q))) continue;
    const inner = [...entities, ...actors].filter((x) => inside(x, q));
    out.push({ code: "Q", start: q.start, end: q.end, unit: q.unit ?? "", quantity: q, ...(inner.length ? { inner } : {}) });
  }
  const taken = () => out;
  for (const e of entities) if (!taken().some((x) => overlaps(x, e))) out.push(e);
  for (const a of actors) {
    const clash = out.filter((x) => overlaps(x, a));
    // a described actor beats the country names inside it, never a group's or a place's name
    if (clash.length && !clash.every((x) => x.code === "C" && inside(x, a))) continue;
    for (const c of clash) out.splice(out.indexOf(c), 1);
    out.push(clash.length ? { ...a, inner: clash } : a);
  }
  return eitherParty(
    out.sort((a, b) => a.start - b.start),
    p.text,
  );
}

/** Parties the rules may read as an actor: a named group, a country, a described armed actor. */
const PARTY = new Set<Item["code"]>(["G", "C", "A"]);
/** "or" between two parties, with at most one word after it ("or by", "or the", «أو تابعة للنظام»). */
const OR_BETWEEN = /^\s*(?:or|او)\s+(?:[\p{L}]+\s+)?[\p{L}]{0,2}$/u;

/**
 * "carried out by regime or Russian jets", «بغارات روسية أو تابعة للنظام»: the outlet does not know which,
 * so neither is the actor: the two become one described actor of the side both are on, if any.
 */
function eitherParty(items: Item[], text: string): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    if (!prev || !PARTY.has(prev.code) || !PARTY.has(it.code) || !OR_BETWEEN.test(text.slice(prev.end, it.start))) {
      out.push(it);
      continue;
    }
    const sides = [prev, it].map((x) => x.actor?.side ?? x.entity?.side ?? null);
    const type = prev.actor && prev.actor.type === it.actor?.type ? prev.actor.type : "unknown";
    const actor = { text: text.slice(prev.start, it.end), type, side: sides[0] && sides[0] === sides[1] ? sides[0] : null, nationality: null, start: prev.start, end: it.end, entity: null };
    out[out.length - 1] = { code: "A", start: prev.start, end: it.end, actor, inner: [prev, it] };
  }
  return out;
}

/** The city that is a province's capital: a city in it whose name the province's name starts with. */
function capitalOf(g: Gazetteer, province: Entity): Entity | null {
  const stem = province.name_en.toLowerCase().replace(/\s*(?:province|governorate)$/, "");
  for (const e of g.entities.values()) if (e.parent === province.id && e.placeType === "city" && e.name_en.toLowerCase().startsWith(stem)) return e;
  return null;
}

/** Words that refer back to a place named before ("the city"), by the kinds of place they can mean. */
// (each with the plain words one of which it needs, looked for first: most sentences hold none)
// (an Arabic word after «المدينة» that is no name: a relative, a preposition — «البلدة التي يسيطر عليها»; English "the town" before a word stays a name's head, "the town Hall")
const NOT_NAME = "(?:التي|التى|الذي|اللتين|في|علي|من|الي|عن|بعد|منذ|حيث|قرب|خلال|in|on|at|from|to|into|after|before|since|during|until|and|which|that|where|itself|is|was|has|had|last|this|by|for|with)";
const ANAPHORS: Array<[RegExp, string[], string[]]> = [
  [new RegExp(`(?<![\\p{L}])(?:the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:city|town)|(?:[وفب]|ل)?(?:ال)?مدينه)(?![\\p{L}])(?!\\s+(?:of\\b|(?!${NOT_NAME}(?![\\p{L}]))\\p{L}))`, "gu"), ["city", "town", "مدينه"], ["city", "town"]],
  [new RegExp(`(?<![\\p{L}])(?:the\\s+(?:village|town)|(?:[وفب]|ل)?(?:ال)?(?:بلده|قريه))(?![\\p{L}])(?!\\s+(?:of\\b|(?!${NOT_NAME}(?![\\p{L}]))\\p{L}))`, "gu"), ["village", "town", "بلده", "قريه"], ["town", "village"]],
  [new RegExp(`(?<![\\p{L}])(?:the\\s+province|(?:[وفب]|ل)?المحافظه)(?![\\p{L}])(?!\\s+(?:of\\b|(?!${NOT_NAME}(?![\\p{L}]))\\p{L}))`, "gu"), ["province", "محافظه"], ["province"]],
];

/**
 * The places an article has named so far, by kind, so that "the city" reads as the city named
 * last. Filled sentence by sentence as the article is read.
 */
export class PlaceMemory {
  private last = new Map<string, Entity>();
  constructor(private readonly g?: Gazetteer) {}
  /** Items for the back-references of a sentence (a place of that kind named before in the sentence first: «في بلدة الجرذي … على البلدة التي»). */
  anaphors(p: SentenceParts, named: Item[] = []): Item[] {
    if (!this.g) return [];
    const out: Item[] = [];
    const text = p.text.slice(p.sentence.start, p.sentence.end);
    for (const [re, words, kinds] of ANAPHORS) {
      const last = kinds.map((k) => this.last.get(k)).find(Boolean);
      if (!words.some((w) => text.includes(w))) continue;
      for (const m of text.matchAll(re)) {
        // (an indefinite noun before a word is "a town in …", never a back-reference)
        if (!/(?:^|[\s\p{L}])(?:the|لل|ال)/u.test(m[0]) && /^\s+\p{L}/u.test(text.slice(m.index! + m[0].length))) continue;
        const start = p.sentence.start + m.index!;
        const e = named.filter((it) => it.end <= start && kinds.includes(it.entity?.placeType ?? "")).at(-1)?.entity ?? last;
        if (e) out.push({ code: "P", start, end: start + m[0].length, entity: e });
      }
    }
    return out;
  }
  /** Remember the places of a sentence. */
  see(items: Item[]): void {
    for (const it of items) if (it.code === "P" && it.entity?.placeType && !it.mention?.fuzzy) this.last.set(it.entity.placeType, it.entity);
  }
}

/** The length of a name's leading clitic («ب» of «بالبوكمال», «و» of «والميادين»), to keep it a word of its own. */
function cliticLength(text: string, it: Item): number {
  if (!it.mention) return 0;
  const word = /^[\p{L}\p{N}]+/u.exec(text.slice(it.start, it.end))?.[0] ?? "";
  const core = stripArticle(/^[\p{L}\p{N}]+/u.exec(it.mention.alias)?.[0] ?? "");
  if (!core || !word.endsWith(core)) return 0;
  let lead = word.slice(0, word.length - core.length);
  if (lead.endsWith("ال")) lead = lead.slice(0, -2);
  return /^[وف]?[بلك]?$/.test(lead) ? lead.length : 0;
}

/** A sentence tagged for the rules, with the helpers they share. */
export class Sentence {
  readonly items: Item[];
  readonly tagged: Tagged;
  constructor(
    readonly parts: SentenceParts,
    readonly g: Gazetteer,
    refs?: PlaceMemory,
  ) {
    this.items = sentenceItems(parts, g, refs);
    refs?.see(this.items);
    const text = parts.text;
    this.tagged = tag(text, parts.sentence.start, parts.sentence.end, this.items, (it) => cliticLength(text, it));
    if (parts.words) this.tagged.words = parts.words.map((t) => t.word);
  }
  get text(): string {
    return this.parts.text;
  }
  /** The clause holding offset `at` (the sentence if none). */
  clauseAt(at: number): Segment {
    return this.parts.clauses.find((c) => c.start <= at && at <= c.end) ?? this.parts.sentence;
  }
  /** The normalised words before offset `at` in the sentence (up to n characters). */
  before(at: number, n = 40): string {
    return this.text.slice(Math.max(this.parts.sentence.start, at - n), at);
  }
  after(at: number, n = 40): string {
    return this.text.slice(at, Math.min(this.parts.sentence.end, at + n));
  }
  /** Items of some codes within a span. */
  within(codes: string, span: { start: number; end: number }): Item[] {
    return this.items.filter((it) => codes.includes(it.code) && it.start >= span.start && it.end <= span.end);
  }
  /** Whether place `a` lies in place `b` (or is it). */
  placeIn(a: string, b: string): boolean {
    return a === b || ancestors(this.g, a).includes(b);
  }
}
