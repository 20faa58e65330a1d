/** The quantity at a token: its core, range, unit and qualifiers assembled, dates and ids set aside, and the result as a {@link Quantity}. */
import { readCountVerb, readPost, readPre, readRange, readUnit, round } from "./context.ts";
import { QUANTITY_DEFAULTS } from "./defaults.ts";
import type { Qualifier, Quantity } from "./defaults.ts";
import { AR_DUALS, AR_NUMS, AR_UNITS, EN_NUMS, list } from "./lexicon.ts";
import { AL_PARTICLES, AR_STOP, CLOCK_BEFORE, CLOCK_WORDS, ERA_WORDS, ID_WORDS, LIST_JOINERS, MONTHS, SHORT_WORDS, SINGULAR_TIME_AR, YEAR_WORDS } from "./phrases.ts";
import { AR, EN, NUM, PUNCT, type Lexeme } from "../../text/tokens.ts";
import { EXPANDED, isPunct, withClitic, type Core } from "./tokens.ts";
import { readCore } from "./words.ts";

const WAHID = /^واحد[اه]?$/;
const AR_NUMS_X = EXPANDED.get(AR_NUMS as Map<string, unknown>)!;
const AR_DUALS_X = EXPANDED.get(AR_DUALS as Map<string, unknown>)!;

/** Words a quantity can start at (most words cannot): one lookup per token. */
const STARTERS = new Set<string>([...AR_NUMS_X.keys(), ...AR_DUALS_X.keys(), ...SINGULAR_TIME_AR.keys(), ...list("واحد واحدا واحدة"), ...EN_NUMS.keys(), "a", "an", "half"]);
export const mayStart = (t: Lexeme) => t.kind === NUM || (t.kind !== PUNCT && STARTERS.has(t.text));

interface Found {
  core: Core;
  start: number;
  end: number;
  qualifier: Qualifier;
  unit: [string, number, number] | null;
}

/** The quantity starting at token `i`, or the token to resume at after a date, id or code; `skipped` ends the last such skip. */
export function readAt(toks: Lexeme[], i: number, floor: number, skipped: number): Found | number | null {
  const noun = nounCore(toks, i, floor);
  if (noun === null) return null;
  const core = noun ?? readCore(toks, i);
  if (core === null || typeof core === "number") return core;
  const opener = core.unit ? null : readRange(toks, core, floor);
  const unit = unitOf(toks, core, floor);
  if (core.needsNoun && !unit && !nounFollows(toks, core)) return null;
  const q = readQualifiers(toks, core, unit, opener, floor);
  if (skipAsNotACount(toks, core, q.unit, q.qualifier, q.start, floor, skipped)) return core.tokenEnd;
  return { core, start: q.start, end: q.end, qualifier: q.qualifier, unit: q.unit };
}

/**
 * A count whose noun is part of it: a dual (`مقاتلان`, with an optional `اثنان` after it), a noun and
 * `واحد`, a singular time noun after a qualifier (`نحو أسبوع`), `a day`. Undefined when the token
 * starts none of these; null when it starts one that is no count here.
 */
function nounCore(toks: Lexeme[], i: number, floor: number): Core | null | undefined {
  const t = toks[i];
  if (t.kind === AR) {
    const dual = withClitic(t.text, AR_DUALS);
    if (dual && dual[1] <= 2) {
      let b = i + 1;
      const follow = toks[b] && AR_NUMS.get(toks[b].text);
      if (follow && follow.k === "unit" && follow.v === 2) b++;
      return nounBearing(i, b, 2, dual[0], i, i + 1);
    }
    if (WAHID.test(t.text) && i - 1 >= floor && toks[i - 1].kind === AR) {
      const u = withClitic(toks[i - 1].text, AR_UNITS);
      if (!u) return null;
      return nounBearing(i - 1, i + 1, 1, u[0], i - 1, i);
    }
    if (SINGULAR_TIME_AR.has(t.text)) {
      const pre = readPre(toks, i, floor);
      if (!pre || pre[0] === "at_most" || pre[0] === "exact") return null;
      return nounBearing(i, i + 1, 1, SINGULAR_TIME_AR.get(t.text)!, i, i + 1);
    }
  } else if (t.kind === EN && (t.text === "a" || t.text === "an") && toks[i + 1]?.kind === EN && /^(?:day|week|month|year|hour)$/.test(toks[i + 1].text)) {
    const pre = readPre(toks, i, floor);
    if (!pre || pre[0] === "at_most") return null;
    return nounBearing(i, i + 2, 1, `${toks[i + 1].text}s`, i + 1, i + 2);
  }
  return undefined;
}

/** The core of a count `v` over tokens [a, b) whose noun (tokens [ua, ub)) names `unit`. */
function nounBearing(a: number, b: number, v: number, unit: string, ua: number, ub: number): Core {
  return { tokenStart: a, tokenEnd: b, lo: v, hi: v, vague: false, range: false, scale: 1, base: v, digits: null, needsNoun: false, prefixed: false, unit, unitStart: ua, unitEnd: ub };
}

/** The unit after the number, or named before it (عدد مسلحيها), or a `$` before it (which then starts the quantity). */
function unitOf(toks: Lexeme[], core: Core, floor: number): [string, number, number] | null {
  // ("one of the groups" picks one out of them: no count of groups)
  const partitive = core.lo === 1 && core.hi === 1 && toks[core.tokenEnd]?.text === "of";
  const unit: [string, number, number] | null = core.unit ? [core.unit, core.unitStart!, core.unitEnd!] : partitive ? null : readUnit(toks, core.tokenEnd);
  if (!unit && !core.range && isPunct(toks[core.tokenStart - 1], "$") && core.tokenStart - 1 >= floor) {
    core.lead = core.tokenStart - 1;
    return ["dollars", core.tokenStart - 1, core.tokenStart];
  }
  return unit;
}

/** For a core that counts only before a noun (`ست`, `ألف`): an indefinite Arabic noun follows it (a core that needs a known unit, or whose word took a clitic, needs the unit itself). */
function nounFollows(toks: Lexeme[], core: Core): boolean {
  const nx = toks[core.tokenEnd];
  return core.needsNoun === true && nx !== undefined && nx.kind === AR && !core.prefixed && !nx.text.startsWith("ال") && !AR_STOP.has(nx.text);
}

/** Qualifiers before the number (`أكثر من`, a count verb, which may also name the unit) and after it or its noun. */
function readQualifiers(toks: Lexeme[], core: Core, unitAfter: [string, number, number] | null, opener: number | null, floor: number): { qualifier: Qualifier; start: number; end: number; unit: [string, number, number] | null } {
  let unit = unitAfter;
  const startTok = opener ?? core.lead ?? Math.min(core.tokenStart, unit && unit[1] < core.tokenStart ? unit[1] : core.tokenStart);
  let qualifier: Qualifier = core.range ? "range" : core.vague ? "vague" : "exact";
  let start = startTok;
  if (!core.range) {
    const pre = readPre(toks, startTok, floor);
    const verbEnd = pre ? pre[1] : startTok;
    const verb = readCountVerb(toks, verbEnd, floor);
    if (pre) {
      start = pre[1];
      if (!core.vague || pre[0] !== "about") qualifier = pre[0];
    }
    if (verb) {
      start = verb[1];
      if (!pre) qualifier = verb[0];
      if (!unit && verb[2]) unit = verb[2];
    }
  }
  // qualifiers after the number or its noun
  let end = Math.max(core.tokenEnd, unit && unit[2] > core.tokenEnd ? unit[2] : core.tokenEnd);
  const post = readPost(toks, end);
  if (post && (qualifier === "exact" || qualifier === post[0])) {
    qualifier = post[0];
    end = post[1];
  }
  return { qualifier, start, end, unit };
}

/** Years, day-month dates, clock times and identifiers read like numbers but count nothing. */
function skipAsNotACount(toks: Lexeme[], core: Core, unit: [string, number, number] | null, q: Qualifier, start: number, floor: number, skipped: number): boolean {
  const prev = core.tokenStart - 1 >= floor ? toks[core.tokenStart - 1] : undefined;
  const next = toks[core.tokenEnd];
  const [y0, y1] = QUANTITY_DEFAULTS.yearRange;
  const [h0, h1] = QUANTITY_DEFAULTS.hijriYearRange;
  if (core.range) {
    const yearish = (v: number) => Number.isInteger(v) && v >= y0 && v <= y1;
    return (!unit && yearish(core.lo) && yearish(core.hi)) || (next !== undefined && MONTHS.has(next.text) && core.hi <= 31);
  }
  const d = core.digits;
  if (d === null) return false;
  const v = Number(d);
  const yearLike = d.length === 4 && ((v >= y0 && v <= y1) || (v >= h0 && v <= h1));
  if (prev && withClitic(prev.text, YEAR_WORDS) && d.length >= 3) return true;
  if (next && ERA_WORDS.has(next.text) && yearLike) return true;
  if (d.length === 4 && v >= y0 && v <= y1 && !unit && q !== "about" && q !== "more_than" && q !== "at_least" && q !== "less_than") return true;
  // day and month: 25 آذار, 28 حزيران, january 21, ديسمبر 28 , 2017
  if (v >= 1 && v <= 31 && d.length <= 2 && ((next && MONTHS.has(next.text)) || (prev && MONTHS.has(prev.text)))) return true;
  if ((next && CLOCK_WORDS.has(next.text)) || (prev && CLOCK_BEFORE.has(prev.text) && !unit)) return true;
  if (!unit && q === "exact" && start === core.tokenStart && prev) {
    if (ID_WORDS.has(prev.text)) return true;
    // model names and ordinals: اس 400, ت 2, الـ 38
    if (prev.kind === AR && prev.text.length <= 2 && !SHORT_WORDS.has(prev.text)) return true;
    // model names after a hyphen: تو - 95, اس - 400, ال - 38 (an ordinal)
    const named = toks[core.tokenStart - 2];
    if (isPunct(prev, "-") && named !== undefined && (named.kind === AR || named.kind === EN) && !SHORT_WORDS.has(named.text)) return true;
    // ordinal teens: بالمرتبة الرابعة عشرة
    if (core.digits === null && core.tokenEnd === core.tokenStart + 1 && prev.kind === AR && prev.text.startsWith("ال") && AR_NUMS.get(toks[core.tokenStart].text)?.k === "ten10") return true;
    // the rest of a list of ids or dates: المواد 22 و 23, عامي 2014 و2015
    if (skipped >= 0 && core.tokenStart > skipped && core.tokenStart - skipped <= 2) {
      let joined = true;
      for (let k = skipped; k < core.tokenStart; k++) if (!LIST_JOINERS.has(toks[k].text)) joined = false;
      if (joined) return true;
    }
    // a number right after a definite noun names something: دير الزور 24, الفرقة 17, القرار 2254
    if (prev.kind === AR && prev.text.length >= 4 && prev.text.startsWith("ال") && !AL_PARTICLES.has(prev.text)) return true;
  }
  return false;
}

export function toQuantity(text: string, toks: Lexeme[], f: Found): Quantity {
  const { core, qualifier, unit } = f;
  const tol = QUANTITY_DEFAULTS.aboutTolerance;
  let low: number | null = core.lo;
  let high: number | null = core.hi;
  if (qualifier === "about" && core.lo === core.hi) [low, high] = [round(core.lo * (1 - tol)), round(core.hi * (1 + tol))];
  else if (qualifier === "more_than" || qualifier === "at_least") high = null;
  else if (qualifier === "less_than" || qualifier === "at_most") low = null;
  const start = toks[f.start].start;
  const end = toks[f.end - 1].end;
  const numA = core.lead !== undefined && toks[core.lead].text !== "$" ? core.lead : core.tokenStart;
  // the number span leaves out a noun that is part of the core (duals, جندي واحد, نحو أسبوع)
  let numStart = toks[numA].start;
  let numEnd = toks[core.tokenEnd - 1].end;
  if (core.unit && core.unitStart === core.tokenStart && core.unitEnd! < core.tokenEnd) numStart = toks[core.unitEnd!].start;
  else if (core.unit && core.unitEnd === core.tokenEnd && core.unitStart! > core.tokenStart) numEnd = toks[core.unitStart! - 1].end;
  return {
    start,
    end,
    numStart,
    numEnd,
    low,
    high,
    qualifier,
    unit: unit ? unit[0] : null,
    unitStart: unit ? toks[unit[1]].start : null,
    unitEnd: unit ? toks[unit[2] - 1].end : null,
    text: text.slice(start, end),
  };
}
