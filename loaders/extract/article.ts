import type { Source } from "../corpus/types.ts";
import type { Matcher } from "../gazetteer/match.ts";
import { normalize } from "../text/normalize.ts";
import { clauses, sentences } from "../text/segment.ts";
import { tokenize } from "../text/tokens.ts";
import type { Claim, Issue, Published } from "../types.ts";
import { attributionOf } from "./attribution.ts";
import { extractClaims } from "./claims.ts";
import { findDates } from "./dates.ts";
import { dateIssues, nameVariants, unknownNames } from "./issues.ts";
import { findQuantities } from "./quantity.ts";
import { findActors } from "./actors.ts";
import { numbersOf, unitBlock, unitMinima, type UnitBlock } from "../text/minhash.ts";
import { shortHash } from "../hash.ts";

/** What one article yields on its own, before it is compared with any other. */
export interface ArticleResult {
  source: string;
  claims: Claim[];
  issues: Issue[];
  /**
   * Units of text for near-copy detection — sentences, and the clauses of longer sentences (a
   * copied clause inside a longer sentence is still a copy): their raw spans, MinHash minima (none
   * for a unit too short to tell copying) and the numbers they give (see `numbersOf`). Not their
   * text: finding copies needs only the signatures, telling changed figures only the numbers.
   */
  units: UnitBlock;
  /** The place the article's lead names first (its dateline or first sentence), if a town or district: where its events are, unless a claim says otherwise. */
  lead: string | null;
}

/** How far into an article its lead runs (characters of the normalised text): wire stories often name the town only in their third or fourth sentence ("a rebel-held Syrian town … the town of Khan Sheikhun"). */
export const LEAD_CHARS = 1000;
/** Place types that can be where an article's events are (not a country, a region, a river). */
const LEAD_TYPES = new Set(["city", "town", "village", "district", "neighbourhood", "airport", "base", "field", "crossing", "province"]);

/** Per-stage timings (ms), summed over articles. */
export const stageTimes: Record<string, number> = { normalise: 0, mentions: 0, extract: 0 };

/**
 * Analyse one article alone: normalise, segment, find mentions, quantities and dates, extract
 * claims and the issues it raises. Pure: the result depends only on the article and the gazetteer.
 */
export function analyzeArticle(source: Source, matcher: Matcher): ArticleResult {
  const g = matcher.gazetteer;
  let t = performance.now();
  const norm = normalize(source.body);
  const sents = sentences(norm.text);
  stageTimes.normalise += performance.now() - t;
  t = performance.now();
  const tokens = tokenize(norm.text);
  const mentions = matcher.find(norm.text, tokens);
  stageTimes.mentions += performance.now() - t;
  t = performance.now();
  const quantities = findQuantities(norm.text);
  const dates = findDates(norm.text, source.published);
  const kindOf = (id: string) => g.entities.get(id)?.type;
  const attributions: Array<string | null> = [];
  // (the monitor an article named last is the one "the Observatory" means afterwards)
  const monitors = { last: null as string | null };
  const orgType = (id: string) => g.entities.get(id)?.placeType ?? undefined;
  for (const s of sents) attributions.push(attributionOf(norm.text, s, mentions, kindOf, attributions.at(-1) ?? null, monitors, orgType));
  const actors = findActors(norm.text, source.language);
  const claims = extractClaims({ source: source.id, raw: source.body, norm, tokens, sentences: sents, mentions, quantities, dates, actors, language: source.language, attributions }, g);
  const seen = new Set<string>();
  const unique = claims.filter((c) => {
    const key = [c.kind, c.subject, c.object, c.place, c.span.join(":"), c.value?.low, c.value?.high, c.value?.unit, c.scope].join("|");
    return !seen.has(key) && seen.add(key);
  });
  const ids = new Set<string>();
  for (let k = 0; k < unique.length; k++) unique[k] = canonicalClaim(byPublication(unique[k], source.published));
  for (const c of unique) {
    // content-based ids, so that reviews keep pointing at the same claim across rebuilds
    // (what a claim says, not where the rules found it: an id outlives rule changes that keep the claim)
    let id = `${source.id}#${c.kind}-${shortHash([c.span.join(":"), c.subject, c.object, c.place, c.kind === "casualties" ? `${c.value?.unit}${c.scope ?? ""}` : ""].join("|"))}`;
    while (ids.has(id)) id += "x";
    ids.add(id);
    c.id = id;
    c.evidence = source.body.slice(c.span[0], c.span[1]);
  }
  const issues = [...unknownNames(source.id, norm, mentions), ...nameVariants(source.id, norm, mentions, g), ...dateIssues(source.id, norm, dates, source.published)];
  stageTimes.extract += performance.now() - t;
  let word = 0;
  const lead = mentions.find((m) => m.start < LEAD_CHARS && LEAD_TYPES.has(g.entities.get(m.entity)?.placeType ?? "") && !m.fuzzy)?.entity ?? null;
  return {
    source: source.id,
    claims: unique,
    issues,
    lead,
    units: unitBlock(
      sents.flatMap((s) => {
        const parts = clauses(norm.text, s);
        const units = parts.length > 1 ? [s, ...parts] : [s];
        // the minima of the sentence and its clauses from the article's words (offsets within the sentence)
        while (word < tokens.length && tokens[word].end <= s.start) word++;
        let last = word;
        while (last < tokens.length && tokens[last].start < s.end) last++;
        // (a word cut by the sentence's edge is read from the sentence's own text instead)
        const cut = (word < last && tokens[word].start < s.start) || (last > word && tokens[last - 1].end > s.end);
        // (clauses lie within their sentence: `clauses` cuts the sentence's own stretch)
        const rel = units.map((u) => ({ start: u.start - s.start, end: u.end - s.start }));
        const minima = unitMinima(norm.text.slice(s.start, s.end), rel, cut ? undefined : { words: tokens.slice(word, last), offset: s.start });
        return units.map((u, k) => ({ span: norm.raw(u.start, u.end), minima: minima[k], numbers: minima[k] ? numbersOf(norm.text.slice(u.start, u.end)) : [] }));
      }),
    ),
  };
}

/**
 * An attack or a toll an article reports had happened by the day it was published: "in July" of an
 * article of 27 July is 1 to 27 July, not the whole month (what follows publication is not news yet).
 */
export function byPublication(c: Claim, published: Published | null): Claim {
  if (!published || (c.kind !== "attack" && c.kind !== "casualties") || !c.date?.start || !c.date.end) return c;
  if (c.date.end <= published.end || c.date.start > published.end) return c;
  return { ...c, date: { ...c.date, end: published.end } };
}

/** A claim with its keys in the contract's order (the optional ones last, only when present). */
export function canonicalClaim(c: Claim): Claim {
  const out: Claim = { id: c.id, source: c.source, kind: c.kind, subject: c.subject, object: c.object, place: c.place, value: c.value, date: c.date, attribution: c.attribution, evidence: c.evidence, span: c.span, context: c.context };
  if (c.change !== undefined) out.change = c.change;
  if (c.rule !== undefined) out.rule = c.rule;
  if (c.actors !== undefined) out.actors = c.actors;
  if (c.scope !== undefined) out.scope = c.scope;
  return out;
}
