/**
 * The rule engine: a sentence is read as a string in which every thing the kit recognised (an
 * entity, a described actor, a quantity, a date) stands as one placeholder, and each extraction
 * rule is a pattern over that string (Duckling's `{name, pattern, production}`; spaCy's Matcher).
 *
 * A pattern is words separated by spaces:
 * - `{count=n:victims}`: a slot (`count`) of a type (see SLOT_TYPES); `{place}` is a slot named by its type;
 * - `kill|kills|killed`: a word, any of its forms (in Arabic rules, clitics و ف ب ل ك ال may lead);
 *   `shot_dead`: a form of several words; English forms may use regular expressions (`kill(?:s|ed)?`);
 * - `[were]`: an optional word or slot; `…` any 0–3 words, `…6` any 0–6 words (never a count, nor
 *   across a comma; `…,6` may cross commas).
 */
import { normalizeName } from "../../text/normalize.ts";
import { bareForms, wordOf, type Word } from "../../text/tokens.ts";
import type { Entity } from "../../gazetteer/types.ts";
import type { Mention } from "../../gazetteer/match.ts";
import type { ActorMention } from "../actors.ts";
import type { DateMention } from "../dates.ts";
import type { Quantity } from "../quantity.ts";

/** What a placeholder stands for. */
export interface Item {
  /** One letter: P place, C country, G armed group or force (gazetteer), A described armed actor, V described civilians, N person, O organisation, Q quantity, D date. */
  code: "P" | "C" | "G" | "A" | "V" | "N" | "O" | "Q" | "D";
  start: number;
  end: number;
  /** The quantity's unit, for Q (empty when none). */
  unit?: string;
  entity?: Entity;
  mention?: Mention;
  actor?: ActorMention;
  quantity?: Quantity;
  date?: DateMention;
  /** Items inside this one (an entity inside a quantity: "31 IS militants"). */
  inner?: Item[];
}

/** A sentence as the rules read it. */
export interface Tagged {
  /** Normalised text with every item replaced by `⟦<code>_<unit>_<index>⟧`, padded with spaces. */
  text: string;
  items: Item[];
  /** The offset in the normalised article of tagged character i (an item's last character maps to its end − 1, the rest to its start). */
  at(i: number): number;
  /** The words of the sentence, whose forms are looked up in the rules' cues (worked out on first need). */
  words?: readonly Word[];
  /** Per rule book, the rules whose cue the sentence holds (see `RuleBook`). */
  hits?: number[][];
}

/** Units of quantities, grouped as rules ask for them. */
export const UNIT_CLASSES: Record<string, string[]> = {
  victims: ["people", "civilians", "children", "women", "fighters", "soldiers", "killed", "wounded", "families", "detainees", ""],
  /** People counted by what they are, not by what befell them (not "killed", "wounded"). */
  persons: ["people", "civilians", "children", "women", "fighters", "soldiers", "families", "detainees", ""],
  forces: ["fighters", "soldiers", "militias", "factions", "groups"],
  weapons: ["rockets", "drones", "strikes", "aircraft", "attacks", "targets"],
  sites: ["sites", "targets", "vehicles"],
  /** Where a force is spread: positions and the provinces they lie in. */
  spread: ["sites", "provinces"],
  any: [],
};

/** Slot types: the placeholder codes each accepts. */
export const SLOT_TYPES: Record<string, string> = {
  place: "PC",
  town: "P",
  actor: "GCA",
  group: "GA",
  country: "C",
  person: "N",
  org: "O",
  civilians: "V",
  party: "GCAV",
  /** A party, or a count of its men ("300 IS fighters", «مئات العناصر من داعش»): presence reads the party inside. */
  troops: "GCAVQ",
  /** Anything that can have a leader: a group, a force, a country, an organisation. */
  body: "GCAO",
  date: "D",
  n: "Q",
  any: "PCGAVNOQD",
};

const AR_CLITICS = "(?:[وف]?(?:بال|كال|لل|ال|[بلك])?)";
/** Between two words of a pattern: spaces and quotes, never a comma or a stop (they end a clause). */
const SEP = `[\\s"'()]+`;
/** After a word: its end, then what may stand between it and the next. */
const END = `(?![\\p{L}\\p{N}])[\\s"'()]*`;
const PH = (codes: string, units?: string[]) => `⟦[${codes}]_${units && units.length ? `(?:${units.join("|")})` : "[a-z]*"}_\\d+⟧`;

/** A compiled rule pattern. */
export interface Compiled {
  re: RegExp;
  /** The clitic-free forms of a word every match holds, looked up in the sentence's words first (null: none). */
  cue: Set<string> | null;
  slots: string[];
}

/** The words of a tagged sentence: the article's, or else its own (worked out once per sentence). */
function sentenceWords(t: Tagged): readonly Word[] {
  if (t.words) return t.words;
  const out: Word[] = [];
  for (const w of t.text.split(/[^\p{L}\p{N}]+/u)) if (w) out.push(wordOf(w));
  return (t.words = out);
}

/** Compile a pattern for a language. */
export function compilePattern(pattern: string, lang: "ar" | "en"): Compiled {
  const parts: string[] = [];
  const slots: string[] = [];
  let cue: Set<string> | null = null;
  for (let token of pattern.trim().split(/\s+/)) {
    let optional = false;
    if (token.startsWith("[") && token.endsWith("]")) ((optional = true), (token = token.slice(1, -1)));
    let re: string;
    const gap = /^…(,?)(\d*)$/.exec(token);
    const slot = /^\{(?:(\w+)=)?(\w+)(?::(\w+))?\}$/.exec(token);
    // (a gap skips words and names, never a count or a clause's end)
    // (`…,8` may cross commas: «تعرضت القاعدة، مساء أمس، لقصف»)
    if (gap) re = `(?:(?:[^\\s${gap[1] ? "" : ","};:.⟦⟧]+|⟦[A-PR-Z]_[a-z]*_\\d+⟧)${gap[1] ? `[\\s"'(),]+` : SEP}){0,${gap[2] || 3}}?`;
    else if (slot) {
      const [, name, type, units] = slot;
      if (!(type in SLOT_TYPES)) throw new Error(`unknown slot type ${type} in pattern: ${pattern}`);
      const codes = SLOT_TYPES[type];
      const unitList = units ? (UNIT_CLASSES[units] ?? [units]) : undefined;
      const one = PH(codes, unitList);
      // a slot named in the plural takes a list: "X, Y and Z"
      const body = name && name.endsWith("s") && !units ? `${one}(?:\\s*(?:,|and|و|or|او)\\s*${one})*` : one;
      const key = name ?? type;
      slots.push(key);
      // (an English article may stand before any slot: "by the YPG")
      re = `${lang === "en" ? "(?:(?:the|a|an)\\s+)?" : ""}(?<${key}>${body})`;
    } else {
      // (an underscore joins the words of one form: "shot_dead")
      const forms = token.split("|").map((w) => (lang === "ar" ? normalizeName(w.replace(/_/g, " ")) : w.replace(/_/g, " ")).replace(/\s+/g, "\\s+"));
      const alt = forms.join("|");
      re = lang === "ar" && forms.some((f) => /^[\u0600-\u06ff]/.test(f)) ? `${AR_CLITICS}(?:${alt})` : `(?:${alt})`;
      // (the cue: the first words of the first word every match must hold, when they are plain words)
      if (!optional && cue === null && forms.every((f) => /^[\p{L}\p{N}' -]+$/u.test(f.replace(/\\s\+/g, " ")))) cue = new Set(forms.flatMap((f) => bareForms(f.replace(/\\s\+/g, " ").split(" ")[0].replace(/^-/, ""))));
    }
    const piece = gap ? re : `${re}${END}`;
    parts.push(optional ? `(?:${piece})?` : piece);
  }
  // every token is followed by space (the tagged text is padded); the match keeps no trailing space
  const source = `(?<![\\p{L}\\p{N}])${parts.join("")}`;
  return { re: new RegExp(source, "gu"), cue, slots };
}

/** A rule's match in a tagged sentence. */
export interface Match {
  /** Offsets in the normalised article. */
  start: number;
  end: number;
  /** Per slot: the items it holds. */
  slots: Record<string, Item[]>;
}

const PLACEHOLDER = /⟦([A-Z])_([a-z]*)_(\d+)⟧/g;

/** A rule row: its id is `family/language/name`. */
interface RuleRow {
  id: string;
  pattern: string;
}

const BOOKS: Array<RuleBook<RuleRow>> = [];
const NONE: readonly number[] = [];

/**
 * Per book, the rules whose cue a word holds (as one of its `bareForms`, or as its first letters:
 * a clitic set apart from a name is a word of the tagged text), remembered on the word; null when
 * it is no rule's cue (most words).
 */
function cueHits(w: Word): ReadonlyArray<readonly number[]> | null {
  if (w.cuesFor === BOOKS.length) return w.cues as Array<readonly number[]> | null;
  const forms = [...w.bare, w.text[0], ...(w.text.length > 1 ? [w.text[1]] : [])];
  const lists = BOOKS.map((book) => book.hits(forms));
  w.cues = lists.some((l) => l.length) ? lists : null;
  w.cuesFor = BOOKS.length;
  return w.cues as Array<readonly number[]> | null;
}

/** Per book, the rules whose cue a sentence holds (worked out once per sentence for every book). */
function sentenceHits(t: Tagged): number[][] {
  if (t.hits && t.hits.length === BOOKS.length) return t.hits;
  const out: number[][] = BOOKS.map(() => []);
  for (const w of sentenceWords(t)) {
    const lists = cueHits(w);
    if (lists) for (let b = 0; b < lists.length; b++) if (lists[b].length) out[b].push(...lists[b]);
  }
  return (t.hits = out);
}

/**
 * A family of rules compiled once and looked up per sentence by their cues: a sentence tries only
 * the rules of its language whose cue word it holds (and those without a cue), in the family's order.
 */
export class RuleBook<R extends RuleRow> {
  private readonly rules: Array<{ rule: R; compiled: Compiled; lang: string }> = [];
  private readonly always = new Map<string, number[]>();
  private readonly byCue = new Map<string, number[]>();
  private readonly id: number;

  constructor(rows: readonly R[]) {
    for (const rule of rows) {
      const lang = rule.id.split("/")[1];
      if (lang !== "ar" && lang !== "en") throw new Error(`rule ${rule.id}: the id must be family/ar|en/name`);
      const compiled = compilePattern(rule.pattern, lang);
      const i = this.rules.push({ rule, compiled, lang }) - 1;
      if (!compiled.cue) this.always.set(lang, [...(this.always.get(lang) ?? []), i]);
      else
        for (const f of compiled.cue) {
          const list = this.byCue.get(f);
          if (list) list.push(i);
          else this.byCue.set(f, [i]);
        }
    }
    this.id = BOOKS.push(this as unknown as RuleBook<RuleRow>) - 1;
  }

  /** The rules whose cue is one of these forms (sorted, once each). */
  hits(forms: readonly string[]): readonly number[] {
    let out: number[] | null = null;
    for (const f of forms) {
      const list = this.byCue.get(f);
      if (list) (out ??= []).push(...list);
    }
    return out ? [...new Set(out)].sort((x, y) => x - y) : NONE;
  }

  /** The rules of a language that may match in a sentence, in the book's order. */
  candidates(lang: string, t: Tagged): Array<{ rule: R; compiled: Compiled }> {
    const picked: number[] = [...(this.always.get(lang) ?? [])];
    for (const i of sentenceHits(t)[this.id]) if (this.rules[i].lang === lang) picked.push(i);
    if (!picked.length) return [];
    return [...new Set(picked)].sort((x, y) => x - y).map((i) => this.rules[i]);
  }
}

/** Every match of a compiled pattern in a tagged sentence (matches do not overlap). */
export function matchAll(c: Compiled, t: Tagged): Match[] {
  const out: Match[] = [];
  c.re.lastIndex = 0;
  for (let m = c.re.exec(t.text); m; m = c.re.exec(t.text)) {
    if (!m[0].length) {
      c.re.lastIndex++;
      continue;
    }
    const slots: Record<string, Item[]> = {};
    for (const name of c.slots) {
      const v = m.groups?.[name];
      if (v === undefined) continue;
      slots[name] = [...v.matchAll(PLACEHOLDER)].map((p) => t.items[Number(p[3])]);
    }
    const trimmed = m[0].replace(/[\s"'()]+$/, "");
    out.push({ start: t.at(m.index), end: t.at(m.index + trimmed.length - 1) + 1, slots });
  }
  return out;
}

/**
 * The tagged form of `text.slice(start, end)` with the given items (sorted, not overlapping; an
 * item may hold others in `inner`). A leading clitic of a name stays a word of its own («ب» of
 * «بالبوكمال»), so that rules can read the preposition. Placeholders are set off by spaces.
 */
export function tag(text: string, start: number, end: number, items: Item[], clitic: (item: Item) => number = () => 0): Tagged {
  // (pieces: [tagged start, norm start, length, 1 for a placeholder]; a character is found by binary search)
  const pieces: number[] = [];
  let s = "";
  const plain = (from: number, to: number) => {
    if (to <= from) return;
    pieces.push(s.length, from, to - from, 0);
    s += text.slice(from, to);
  };
  const space = (offset: number) => {
    if (s.endsWith(" ")) return;
    pieces.push(s.length, offset, 1, 2);
    s += " ";
  };
  space(start);
  let pos = start;
  items.forEach((it, i) => {
    plain(pos, it.start);
    space(it.start);
    const c = clitic(it);
    if (c > 0) {
      plain(it.start, it.start + c);
      space(it.start + c);
    }
    const ph = `⟦${it.code}_${it.unit ?? ""}_${i}⟧`;
    pieces.push(s.length, it.start + c, ph.length, 1, it.end - 1);
    s += ph;
    space(it.end);
    pos = it.end;
  });
  plain(pos, end);
  space(end);
  const at = (i: number): number => {
    // (pieces are 4 numbers long, a placeholder's 5: walk back to the piece holding i)
    let k = 0,
      best = 0;
    while (k < pieces.length) {
      if (pieces[k] > i) break;
      best = k;
      k += pieces[k + 3] === 1 ? 5 : 4;
    }
    const [ts, ns, len, kind] = [pieces[best], pieces[best + 1], pieces[best + 2], pieces[best + 3]];
    if (kind === 1) return i === ts + len - 1 ? pieces[best + 4] : ns;
    if (kind === 2) return ns;
    return ns + Math.min(i - ts, len - 1);
  };
  return { text: s, items, at };
}
