import stringSimilarity from "string-similarity";
import { normalizeName } from "../text/normalize.ts";
import { stripArticle, tokenize, type Token, type Word } from "../text/tokens.ts";
import type { Entity, Gazetteer } from "./types.ts";

/** Tunables of mention finding, in one place. */
export const MATCH_DEFAULTS = {
  /** Dice coefficient (string-similarity) at or above which a word is taken as a misspelt alias. */
  fuzzyThreshold: 0.8,
  /** Only words at least this long (without clitics) are matched fuzzily. */
  fuzzyMinLength: 6,
  /** What may stand between two words of one name: spaces, quotes, hyphens, slashes. */
  gap: /^[\s"'\-/()]*$/,
};

/** Latin skeletons shorter than this (consonants; one more for a single word) are too common to tell a place ("hms" is Homs and "homes"). */
const SKELETON_MIN = 4;
/**
 * A Latin word's consonant skeleton, for transliterations of one name: its first letter, then its
 * consonants (q and c as k), doubled letters once, a final h dropped. "qameshli" and "qamishli":
 * "kmshl"; "hasakeh" and "hasakah": "hsk".
 */
export function skeleton(word: string): string {
  const w = word
    .replace(/q/g, "k")
    .replace(/c(?!h)/g, "k")
    .replace(/h$/, "");
  const rest = w.slice(1).replace(/[aeiouy]/g, "");
  return (w[0] + rest).replace(/(.)\1+/g, "$1");
}

/** A gazetteer entity found in the normalised text. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
  /** The alias it matched (normalised). */
  alias: string;
  fuzzy: boolean;
}

/** The aliases a word may start (see `wordAliases` in `CompiledMatcher`). */
interface WordAliases {
  exact: AliasEntry[][];
  /** Its core when long enough to be matched fuzzily. */
  core: string | null;
  /** The aliases its core may be a misspelling of, once asked for. */
  fuzzy: AliasEntry[] | null;
}

interface AliasEntry {
  entity: string;
  alias: string;
  cores: string[];
  /** Its first word is written with the Arabic article («الرقة»): see `articleFits`. */
  articled?: boolean;
}

/** A compiled matcher over one gazetteer. */
export interface Matcher {
  find(text: string, tokens?: Token[]): Mention[];
  gazetteer: Gazetteer;
}

const aliasesOf = (e: Entity) => [e.name_ar, e.name_en, ...e.aliases];

/** Compile a gazetteer into a mention finder (exact on clitic-stripped cores, then fuzzy). */
export function compileMatcher(g: Gazetteer, options: Partial<typeof MATCH_DEFAULTS> = {}): Matcher {
  const opts = { ...MATCH_DEFAULTS, ...options };
  return new CompiledMatcher(g, opts, aliasIndex(g, opts), skeletonIndex(g));
}

/** The aliases by the core of their first word (longest first), and those a misspelling may match, by their first two letters. */
interface AliasIndex {
  byFirst: Map<string, AliasEntry[]>;
  fuzzy: Map<string, AliasEntry[]>;
}

/**
 * A name written with the article («الرقة») keeps it after a proclitic: «والرقة», «بالرقة»,
 * «للرقة». A proclitic on the bare word is another word: «فرقة» (a division), «ورقة» (a paper),
 * «برقة». (The bare word alone, «رقة», may still name it.)
 */
function articleFits(word: string, entry: AliasEntry): boolean {
  if (!entry.articled) return true;
  const core = entry.cores[0];
  return word === core || word.endsWith(`ال${core}`) || word.endsWith(`لل${core}`);
}

/** Every alias of the gazetteer as its words' cores (clitics and article stripped), indexed (see `AliasIndex`). */
function aliasIndex(g: Gazetteer, opts: typeof MATCH_DEFAULTS): AliasIndex {
  const byFirst = new Map<string, AliasEntry[]>();
  const fuzzy = new Map<string, AliasEntry[]>();
  for (const e of g.entities.values())
    for (const a of aliasesOf(e)) {
      const alias = normalizeName(a);
      const cores = tokenize(alias).map((t) => stripArticle(t.text));
      if (!cores.length) continue;
      const first = alias.split(" ", 1)[0];
      const entry = { entity: e.id, alias, cores, articled: first.length >= 4 && first.startsWith("ال") };
      const list = byFirst.get(cores[0]) ?? [];
      if (!list.some((x) => x.entity === e.id && x.cores.join(" ") === cores.join(" "))) list.push(entry);
      byFirst.set(cores[0], list);
      // (Arabic misspellings, and the transliterations of place names: Hasakeh, Hasaka, Hasakah)
      if (cores[0].length >= opts.fuzzyMinLength && (/[\u0600-\u06ff]/.test(cores[0]) || (e.type === "place" && /^[a-z]+$/.test(cores[0])))) {
        const key = cores[0].slice(0, 2);
        fuzzy.set(key, [...(fuzzy.get(key) ?? []), entry]);
      }
    }
  for (const list of byFirst.values()) list.sort((a, b) => b.cores.length - a.cores.length);
  return { byFirst, fuzzy };
}

/** Latin place names by their consonant skeleton, for transliterations ("Qameshli", "Qamishli"); a skeleton two places share tells neither. */
function skeletonIndex(g: Gazetteer): Map<string, AliasEntry[]> {
  const bySkeleton = new Map<string, AliasEntry[]>();
  for (const e of g.entities.values())
    if (e.type === "place")
      for (const a of [e.name_en, ...e.aliases]) {
        const alias = normalizeName(a);
        const cores = tokenize(alias).map((t) => t.text);
        if (!cores.length || !cores.every((c) => /^[a-z]+$/.test(c))) continue;
        const key = cores.map(skeleton).join(" ");
        if (key.replace(/ /g, "").length < SKELETON_MIN + (cores.length === 1 ? 1 : 0)) continue;
        const list = bySkeleton.get(key) ?? [];
        if (!list.some((x) => x.entity === e.id)) list.push({ entity: e.id, alias, cores });
        bySkeleton.set(key, list);
      }
  for (const [k, list] of bySkeleton) if (new Set(list.map((x) => x.entity)).size > 1) bySkeleton.delete(k);
  return bySkeleton;
}

/** A gazetteer's aliases compiled for finding: exact, then misspelt, then Latin skeletons. */
class CompiledMatcher implements Matcher {
  private readonly fuzzyMemo = new Map<string, AliasEntry[]>();
  /** This matcher's mark on the words whose aliases it worked out (see `wordAliases`). */
  private readonly owner = {};
  constructor(
    readonly gazetteer: Gazetteer,
    private readonly opts: typeof MATCH_DEFAULTS,
    private readonly aliases: AliasIndex,
    private readonly bySkeleton: Map<string, AliasEntry[]>,
  ) {}

  find(text: string, tokens: Token[] = tokenize(text)): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length;) {
      const best = this.bestAt(text, tokens, i);
      if (!best) {
        i++;
        continue;
      }
      const n = best.entry.cores.length;
      out.push({
        entity: best.entry.entity,
        start: tokens[i].start,
        end: tokens[i + n - 1].end,
        tokenStart: i,
        tokenEnd: i + n,
        alias: best.entry.alias,
        fuzzy: best.fuzzy,
      });
      i += n;
    }
    return out;
  }

  /** The alias that starts at token i: the longest exact one, else the first misspelt one, else a Latin skeleton. */
  private bestAt(text: string, tokens: Token[], i: number): { entry: AliasEntry; fuzzy: boolean } | null {
    let best: { entry: AliasEntry; fuzzy: boolean } | null = null;
    // (the one field of a remembered result that is filled in: on first need, the same for every caller)
    const word = this.wordAliases(tokens[i].word);
    for (const list of word.exact) for (const entry of list) if ((!best || entry.cores.length > best.entry.cores.length) && articleFits(tokens[i].text, entry) && this.rest(text, tokens, i, entry)) best = { entry, fuzzy: false };
    if (!best && word.core !== null)
      for (const entry of (word.fuzzy ??= this.fuzzyCandidates(word.core)))
        if (this.rest(text, tokens, i, entry)) {
          best = { entry, fuzzy: true };
          break;
        }
    if (!best && /^[a-z]/.test(tokens[i].text)) {
      const hit = this.skeletonMatch(tokens, i, text);
      if (hit) best = { entry: hit, fuzzy: true };
    }
    return best;
  }

  /**
   * What a word may start: the aliases of its forms (in the order of its forms), and the misspelt
   * aliases of its core, worked out on first need — one lookup per word of the text, as lookups in
   * a memo of a whole corpus's words cost more than the matching itself.
   */
  private wordAliases(w: Word): WordAliases {
    if (w.aliases?.owner === this.owner) return w.aliases.value as WordAliases;
    const exact: AliasEntry[][] = [];
    for (const form of w.forms) {
      const list = this.aliases.byFirst.get(form);
      if (list) exact.push(list);
    }
    const core = w.forms.at(-1)!;
    const value: WordAliases = { exact, core: core.length >= this.opts.fuzzyMinLength ? core : null, fuzzy: null };
    w.aliases = { owner: this.owner, value };
    return value;
  }

  /** The aliases a core may be a misspelling of (longest first). */
  private fuzzyCandidates(core: string): AliasEntry[] {
    let hit = this.fuzzyMemo.get(core);
    if (hit) return hit;
    hit = [];
    for (const e of this.aliases.fuzzy.get(core.slice(0, 2)) ?? []) {
      if (Math.abs(e.cores[0].length - core.length) > 2 || e.cores[0] === core) continue;
      // one word inside the other is a derived form (اسراييليه "Israeli", سليمان/سليماني), not a misspelling
      if (e.cores[0].startsWith(core) || core.startsWith(e.cores[0])) continue;
      if (stringSimilarity.compareTwoStrings(core, e.cores[0]) >= this.opts.fuzzyThreshold) hit.push(e);
    }
    hit.sort((a, b) => b.cores.length - a.cores.length);
    this.fuzzyMemo.set(core, hit);
    return hit;
  }

  /** Do the alias's other words follow token i, with only a gap between them? */
  private rest(text: string, tokens: Token[], i: number, entry: AliasEntry): boolean {
    for (let k = 1; k < entry.cores.length; k++) {
      const t = tokens[i + k];
      if (!t || stripArticle(t.text) !== entry.cores[k]) return false;
      if (!this.opts.gap.test(text.slice(tokens[i + k - 1].end, t.start))) return false;
    }
    return true;
  }

  /** The longest run of Latin words from token i (up to three) whose skeleton names a place. */
  private skeletonMatch(tokens: Token[], i: number, text: string): AliasEntry | null {
    let key = "";
    for (let n = 1; n <= 3 && i + n - 1 < tokens.length; n++) {
      const t = tokens[i + n - 1];
      if (!/^[a-z]+$/.test(t.text) || (n > 1 && !this.opts.gap.test(text.slice(tokens[i + n - 2].end, t.start)))) break;
      key = n === 1 ? skeleton(t.text) : `${key} ${skeleton(t.text)}`;
    }
    for (let k = key.split(" ").length; k >= 1; k--) {
      const sub = key.split(" ").slice(0, k).join(" ");
      const hit = this.bySkeleton.get(sub);
      if (hit && sub.replace(/ /g, "").length >= SKELETON_MIN + (k === 1 ? 1 : 0)) return { ...hit[0], cores: hit[0].cores.length === k ? hit[0].cores : tokens.slice(i, i + k).map((t) => t.text) };
    }
    return null;
  }
}
