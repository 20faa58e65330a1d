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
  /** `at[i]`: the offset in the normalised article of tagged character i (items map to their start; their end to `end`). */
  at: Int32Array;
}

/** Units of quantities, grouped as rules ask for them. */
export const UNIT_CLASSES: Record<string, string[]> = {
  victims: ["people", "civilians", "children", "women", "fighters", "soldiers", "killed", "wounded", "families", "detainees", ""],
  /** People counted by what they are, not by what befell them (not "killed", "wounded"). */
  persons: ["people", "civilians", "children", "women", "fighters", "soldiers", "families", "detainees", ""],
  forces: ["fighters", "soldiers", "militias", "factions", "groups"],
  weapons: ["rockets", "drones", "strikes", "aircraft", "attacks", "targets"],
  sites: ["sites", "targets", "vehicles"],
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
  /** A word every match holds, tested first (null: none). */
  cue: RegExp | null;
  slots: string[];
}

/** Compile a pattern for a language. */
export function compilePattern(pattern: string, lang: "ar" | "en"): Compiled {
  const parts: string[] = [];
  const slots: string[] = [];
  let cue: string | null = null;
  for (let token of pattern.trim().split(/\s+/)) {
    let optional = false;
    if (token.startsWith("[") && token.endsWith("]")) (optional = true), (token = token.slice(1, -1));
    let re: string;
    const gap = /^…(,?)(\d*)$/.exec(token);
    const slot = /^\{(?:(\w+)=)?(\w+)(?::(\w+))?\}$/.exec(token);
    // (a gap skips words and names, never a count or a clause's end)
    // (`…,8` may cross commas: «تعرضت القاعدة، مساء أمس، لقصف»)
    if (gap) re = `(?:(?:[^\\s${gap[1] ? "" : ","};:.⟦⟧]+|⟦[A-PR-Z]_[a-z]*_\\d+⟧)${gap[1] ? `[\\s"'(),]+` : SEP}){0,${gap[2] || 3}}`;
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
      if (!optional && cue === null) cue = re;
    }
    const piece = gap ? re : `${re}${END}`;
    parts.push(optional ? `(?:${piece})?` : piece);
  }
  // every token is followed by space (the tagged text is padded); the match keeps no trailing space
  const source = `(?<![\\p{L}\\p{N}])${parts.join("")}`;
  return { re: new RegExp(source, "gu"), cue: cue ? new RegExp(`(?<![\\p{L}\\p{N}])${cue}(?![\\p{L}\\p{N}])`, "u") : null, slots };
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

/** Every match of a compiled pattern in a tagged sentence (matches do not overlap). */
export function matchAll(c: Compiled, t: Tagged): Match[] {
  if (c.cue && !c.cue.test(t.text)) return [];
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
    out.push({ start: t.at[m.index], end: t.at[m.index + trimmed.length - 1] + 1, slots });
  }
  return out;
}

/**
 * The tagged form of `text.slice(start, end)` with the given items (sorted, not overlapping; an
 * item may hold others in `inner`). A leading clitic of a name stays a word of its own («ب» of
 * «بالبوكمال»), so that rules can read the preposition. Placeholders are set off by spaces.
 */
export function tag(text: string, start: number, end: number, items: Item[], clitic: (item: Item) => number = () => 0): Tagged {
  let s = "";
  const at: number[] = [];
  const emit = (str: string, offset: (k: number) => number) => {
    for (let k = 0; k < str.length; k++) at.push(offset(k));
    s += str;
  };
  const space = (offset: number) => {
    if (!s.endsWith(" ")) emit(" ", () => offset);
  };
  space(start);
  let pos = start;
  items.forEach((it, i) => {
    const from = pos;
    emit(text.slice(from, it.start), (k) => from + k);
    space(it.start);
    const c = clitic(it);
    if (c > 0) {
      emit(text.slice(it.start, it.start + c), (k) => it.start + k);
      space(it.start + c);
    }
    const ph = `⟦${it.code}_${it.unit ?? ""}_${i}⟧`;
    emit(ph, (k) => (k === ph.length - 1 ? it.end - 1 : it.start + c));
    space(it.end);
    pos = it.end;
  });
  emit(text.slice(pos, end), (k) => pos + k);
  space(end);
  at.push(end);
  return { text: s, items, at: Int32Array.from(at) };
}
