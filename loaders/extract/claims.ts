import { ancestors } from "../gazetteer/load.ts";
import type { Mention } from "../gazetteer/match.ts";
import type { Gazetteer } from "../gazetteer/types.ts";
import type { Normalized } from "../text/normalize.ts";
import type { Token } from "../text/tokens.ts";
import { clauses, type Segment } from "../text/segment.ts";
import type { Claim } from "../types.ts";
import type { DateMention } from "./dates.ts";
import { isReportDate } from "./report-dates.ts";
import type { Quantity } from "./quantity.ts";
import { findTriggers, type Trigger } from "./triggers.ts";
import type { ActorMention } from "./actors.ts";
import { PlaceMemory, Sentence } from "./rules/sentence.ts";
import { casualtyClaims } from "./rules/casualties.ts";
import { controlClaims } from "./rules/control.ts";
import { attackClaims } from "./rules/attack.ts";
import { presenceClaims } from "./rules/presence.ts";
import { leadershipClaims } from "./rules/leadership.ts";
import { forceSizeClaims } from "./rules/force-size.ts";
import type { ArticleContext } from "./rules/make.ts";
import type { Item } from "./rules/engine.ts";
import { COARSE, windowClaims, type Part, type Ruled } from "./window.ts";

export { EXTRACT_DEFAULTS } from "./window.ts";

/** What the extractor needs of one article. */
export interface ArticleText {
  source: string;
  /** The article body as published (for the text of values and dates). */
  raw: string;
  norm: Normalized;
  tokens: Token[];
  sentences: Segment[];
  mentions: Mention[];
  quantities: Quantity[];
  dates: DateMention[];
  /** Described actors ("a US contractor", «طائرات مجهولة»), sorted. */
  actors: ActorMention[];
  language: "ar" | "en";
  attributions: Array<string | null>;
}

/** The article being read, and where the reading of its sorted lists has got to. */
interface Reading {
  doc: ArticleText;
  g: Gazetteer;
  text: string;
  triggers: Trigger[];
  cursor: Record<"triggers" | "mentions" | "quantities" | "dates" | "actors" | "words", { at: number }>;
  article: ArticleContext;
  placeMemory: PlaceMemory;
  carry: CarryOver;
  claims: Claim[];
}

/**
 * Extract the typed claims of one article. In each sentence, every trigger word owns the stretch
 * up to the next trigger of its kind; subjects, places, values and dates are looked for there.
 * Every claim keeps, as evidence, the smallest run of clauses that holds what it was made from.
 */
export function extractClaims(doc: ArticleText, g: Gazetteer): Claim[] {
  const text = doc.norm.text;
  const reading: Reading = {
    doc,
    g,
    text,
    triggers: findTriggers(text, doc.tokens),
    cursor: { triggers: { at: 0 }, mentions: { at: 0 }, quantities: { at: 0 }, dates: { at: 0 }, actors: { at: 0 }, words: { at: 0 } },
    article: { source: doc.source, raw: doc.raw, norm: doc.norm, language: doc.language },
    placeMemory: new PlaceMemory(g),
    carry: new CarryOver(g, doc.raw),
    claims: [],
  };
  doc.sentences.forEach((sentence, si) => readSentence(reading, sentence, si));
  return onePerFact(reading.claims);
}

/** One sentence: the rule families' constructions, then the trigger-window reading. */
function readSentence(reading: Reading, sentence: Segment, si: number): void {
  const { doc, g, text, cursor } = reading;
  // (a question asserts nothing: «من يقف خلف استهداف الطائرات الروسية في حميميم؟», "Who bombed the market?")
  if (QUESTION.test(text.slice(Math.max(sentence.start, sentence.end - 6), sentence.end))) return;
  const sentenceTriggers = mergeAdjacent(take(reading.triggers, cursor.triggers, sentence), text);
  const parts: Part[] = take(doc.mentions, cursor.mentions, sentence).map((mention) => ({ mention, entity: g.entities.get(mention.entity)! }));
  const quantities = take(doc.quantities, cursor.quantities, sentence);
  // (a date that tells when something was said or published dates an event only as "by then")
  const dates = take(doc.dates, cursor.dates, sentence).map((d) => (isReportDate(text, d, sentence.start) ? { ...d, reported: true } : d));
  const described = take(doc.actors, cursor.actors, sentence);
  const attribution = doc.attributions[si];
  const sClauses = clauses(text, sentence);
  const view = new Sentence({ text, sentence, clauses: sClauses, mentions: parts.map((p) => p.mention), actors: described, quantities, dates, words: take(doc.tokens, cursor.words, sentence) }, g, reading.placeMemory);
  const ruled = ruleFamilies(reading, view, attribution, si);
  if (!sentenceTriggers.length && !quantities.length) return;
  reading.claims.push(...windowClaims(doc, g, reading.carry, { sentence, si, sClauses, triggers: sentenceTriggers, parts, quantities, dates, attribution, ruled }));
}

/** The constructions of every rule family in the sentence; returns the spans each read, which the trigger windows leave. */
function ruleFamilies(reading: Reading, view: Sentence, attribution: string | null, si: number): Ruled {
  const { article, claims } = reading;
  const counts = new Set<Item>();
  const struck: Array<{ start: number; end: number }> = [];
  for (const c of attackClaims(article, view, attribution, struck)) claims.push(reading.carry.attack(c, si));
  for (const c of casualtyClaims(article, view, attribution, counts)) claims.push(reading.carry.toll(c, si));
  const controlled: Array<{ start: number; end: number }> = [];
  claims.push(...controlClaims(article, view, attribution, new Set(), controlled));
  const stationed: Ruled["stationed"] = [];
  claims.push(...presenceClaims(article, view, attribution, stationed));
  const led: Array<{ start: number; end: number }> = [];
  claims.push(...leadershipClaims(article, view, attribution, led));
  claims.push(...forceSizeClaims(article, view, attribution, counts));
  return { struck, controlled, led, stationed };
}

/**
 * An event told over several sentences: the attacks and tolls of the last few sentences lend a
 * later claim the place and date it does not give.
 */
export class CarryOver {
  private readonly g: Gazetteer;
  /** The article as published (claims' spans are offsets into it). */
  private readonly raw: string;
  private readonly attacks: Array<{ c: Claim; si: number }> = [];
  private readonly tolls: Array<{ c: Claim; si: number }> = [];
  constructor(g: Gazetteer, raw: string) {
    this.g = g;
    this.raw = raw;
  }

  /** An attack: carry place and date over from the attacks just before. */
  attack(c: Claim, si: number): Claim {
    const { g, attacks } = this;
    const recent = attacks
      .filter((x) => si - x.si <= 3)
      .map((x) => x.c)
      .reverse();
    const ownPlace = !!c.place;
    if (!c.place && recent[0]?.place && si - attacks.at(-1)!.si <= 2) c.place = recent[0].place;
    const words = this.raw.slice(c.span[0], c.span[1]);
    if (!c.date && c.place && !HABITUAL.test(words)) {
      // a sentence that only says who was behind "those strikes" names an attacker, not a new date;
      // "it carried out the attack", «تبنى التفجير» points back at the one event told just before
      const back = THE_EVENT.test(words);
      const same = recent.find((x) => x.date && x.place && samePlace(g, c.place!, x.place) && (ownPlace || back || !c.subject || x.subject === c.subject));
      if (same) c.date = { ...same.date! };
    }
    attacks.push({ c, si });
    return c;
  }

  /** A toll: the attack or toll just before gives a missing place and date. */
  toll(c: Claim, si: number): Claim {
    const { g } = this;
    // (a toll placed where the event before lies — the same place or one holding it — is that event: it takes its date, and its finer place for a country or region)
    const fits = (x: { c: Claim }) => !c.place || c.place === x.c.place || ancestors(g, x.c.place!).includes(c.place);
    const last = [...this.attacks, ...this.tolls]
      .filter((x) => si - x.si <= 3 && x.c.place && !this.isCoarseId(x.c.place))
      .sort((x, y) => x.si - y.si)
      .at(-1);
    // (a part of a toll, "68 children were among the 126 killed", is of the same event: it takes the same place and date)
    if (last && c.scope !== "tally" && fits(last)) {
      if (!c.date && last.c.date) c.date = { ...last.c.date };
      if (!c.place || this.isCoarseId(c.place)) c.place = last.c.place;
    }
    if (c.place && !c.scope) this.tolls.push({ c, si });
    return c;
  }

  private isCoarseId(id: string): boolean {
    const e = this.g.entities.get(id);
    return !e || e.type === "country" || COARSE.has(e.placeType ?? "");
  }
}

/**
 * One reading of a sentence per fact: where a construction and the trigger window both made the
 * same claim, the construction's (made first) stands.
 */
function onePerFact(claims: Claim[]): Claim[] {
  const said = new Set<string>();
  return claims.filter((c) => {
    const key = [c.kind, c.subject, c.object, c.place, c.value?.low, c.value?.high, c.value?.unit, c.context.join(":")].join("|");
    return !said.has(key) && said.add(key);
  });
}

/** The items of a list sorted by start that lie in the sentence, the cursor moved past those before it. */
function take<T extends { start: number }>(list: T[], cursor: { at: number }, sentence: Segment): T[] {
  while (cursor.at < list.length && list[cursor.at].start < sentence.start) cursor.at++;
  const out: T[] = [];
  for (let k = cursor.at; k < list.length && list[k].start < sentence.end; k++) out.push(list[k]);
  return out;
}

/**
 * Two triggers of one kind close together in one clause name one thing: "شنت X هجمات",
 * "هجمات مماثلة استهدفت". They are taken as one trigger spanning both.
 */
function mergeAdjacent(triggers: Trigger[], text: string): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) {
    const prev = out.at(-1);
    if (prev && prev.rule.kind === t.rule.kind && !prev.rule.origin && !t.rule.origin && t.start - prev.end <= 45 && !/[,.;:]/.test(text.slice(prev.end, t.start))) out[out.length - 1] = { ...prev, end: t.end };
    else out.push(t);
  }
  return out;
}

/** Attacks told as a habit, "attacks in the town for years", «مرارا»: no one day's event, so no day borrowed for them. */
const HABITUAL =
  /\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:years|months|decades)\b|\b(?:repeatedly|again\s+and\s+again|time\s+and\s+again|regularly|routinely)\b|(?:^|\s)(?:مرارا|منذ\s+سنوات|منذ\s+اشهر|منذ\s+أشهر|بشكل\s+متكرر)(?:\s|$)/iu;

/** One event named back, definite and singular: "the attack", "the bombing", «الهجوم», «التفجير». */
const THE_EVENT = /\bthe\s+(?:(?:suicide|car|truck|twin|double|deadly)\s+)?(?:attack|bombing|blast|explosion|strike|raid|assault)\b(?!s)|(?:^|\s)[وفب]?(?:ال|لل)(?:هجوم|تفجير|انفجار|غار[ةه]|هجم[ةه]|ضرب[ةه]|قصف)(?![\p{L}])/iu;

/** A sentence that ends as a question. */
const QUESTION = /[?؟]\s*["'»”)]?\s*$/u;

/** Two places are the same or one lies in the other. */
export function samePlace(g: Gazetteer, a: string, b: string): boolean {
  return a === b || ancestors(g, a).includes(b) || ancestors(g, b).includes(a);
}
