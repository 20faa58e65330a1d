/**
 * One sentence as the rules see it: the entities, described actors, quantities and dates found in
 * it, as placeholders of a tagged string (see engine.ts), with the helpers rules share to fill the
 * slots a construction leaves open (the event's place and date, the victims, the clause).
 */
import type { Gazetteer } from "../../gazetteer/types.ts";
import type { Mention } from "../../gazetteer/match.ts";
import { ancestors } from "../../gazetteer/load.ts";
import type { Segment } from "../../text/segment.ts";
import { stripArticle } from "../../text/tokens.ts";
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
}

const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The items of a sentence, without overlaps: dates first, then quantities (the entities and actors
 * inside a count are kept as its `inner`: "31 IS militants"), then entities, then described actors
 * (a described actor that holds only a country's name wins over it: "pro-Iranian fighters").
 */
export function sentenceItems(p: SentenceParts, g: Gazetteer): Item[] {
  const dates: Item[] = p.dates.map((d) => ({ code: "D", start: d.start, end: d.end, date: d }));
  const entities: Item[] = p.mentions.flatMap((m) => {
    const e = g.entities.get(m.entity);
    const code = e && CODE[e.type];
    return code ? [{ code, start: m.start, end: m.end, entity: e, mention: m }] : [];
  });
  const actors: Item[] = p.actors.map((a) => ({ code: a.type === "civilians" ? "V" : "A", start: a.start, end: a.end, actor: a }));
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
  return out.sort((a, b) => a.start - b.start);
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
  ) {
    this.items = sentenceItems(parts, g);
    const text = parts.text;
    this.tagged = tag(text, parts.sentence.start, parts.sentence.end, this.items, (it) => cliticLength(text, it));
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
