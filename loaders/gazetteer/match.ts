import stringSimilarity from "string-similarity";
import { normalizeName } from "../text/normalize.ts";
import { cliticForms, perWord, stripArticle, tokenize, type Token } from "../text/tokens.ts";
import type { Entity, Gazetteer } from "./types.ts";

/** Tunables of mention finding, in one place. */
export const MATCH_DEFAULTS = {
  /** Dice coefficient (string-similarity) at or above which a word is taken as a misspelt alias. */
  fuzzyThreshold: 0.8,
  /** Only words at least this long (without clitics) are matched fuzzily. */
  fuzzyMinLength: 6,
  /** What may stand between two words of one name: spaces, quotes, hyphens, slashes. */
  gap: /^[\s"'\-\/()]*$/,
};

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

/** The aliases a word may start (see `byWord` in `compileMatcher`). */
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
  const byFirst = new Map<string, AliasEntry[]>();
  const fuzzyIndex = new Map<string, AliasEntry[]>();
  for (const e of g.entities.values())
    for (const a of aliasesOf(e)) {
      const alias = normalizeName(a);
      const cores = tokenize(alias).map((t) => stripArticle(t.text));
      if (!cores.length) continue;
      const entry = { entity: e.id, alias, cores };
      const list = byFirst.get(cores[0]) ?? [];
      if (!list.some((x) => x.entity === e.id && x.cores.join(" ") === cores.join(" "))) list.push(entry);
      byFirst.set(cores[0], list);
      if (cores[0].length >= opts.fuzzyMinLength && /[\u0600-\u06ff]/.test(cores[0])) {
        const key = cores[0].slice(0, 2);
        fuzzyIndex.set(key, [...(fuzzyIndex.get(key) ?? []), entry]);
      }
    }
  for (const list of byFirst.values()) list.sort((a, b) => b.cores.length - a.cores.length);
  const fuzzyMemo = new Map<string, AliasEntry[]>();

  const fuzzyCandidates = (core: string): AliasEntry[] => {
    let hit = fuzzyMemo.get(core);
    if (hit) return hit;
    hit = [];
    for (const e of fuzzyIndex.get(core.slice(0, 2)) ?? []) {
      if (Math.abs(e.cores[0].length - core.length) > 2 || e.cores[0] === core) continue;
      // one word inside the other is a derived form (اسراييليه "Israeli", سليمان/سليماني), not a misspelling
      if (e.cores[0].startsWith(core) || core.startsWith(e.cores[0])) continue;
      if (stringSimilarity.compareTwoStrings(core, e.cores[0]) >= opts.fuzzyThreshold) hit.push(e);
    }
    hit.sort((a, b) => b.cores.length - a.cores.length);
    fuzzyMemo.set(core, hit);
    return hit;
  };

  const rest = (text: string, tokens: Token[], i: number, entry: AliasEntry): boolean => {
    for (let k = 1; k < entry.cores.length; k++) {
      const t = tokens[i + k];
      if (!t || stripArticle(t.text) !== entry.cores[k]) return false;
      if (!opts.gap.test(text.slice(tokens[i + k - 1].end, t.start))) return false;
    }
    return true;
  };

  // what each word may start: the aliases of its forms (in the order of its forms), and the
  // misspelt aliases of its core, worked out on first need — one lookup per word of the text, as
  // lookups in a memo of a whole corpus's words cost more than the matching itself
  const byWord = perWord((word: string): WordAliases => {
    const forms = cliticForms(word);
    const exact: AliasEntry[][] = [];
    for (const form of forms) {
      const list = byFirst.get(form);
      if (list) exact.push(list);
    }
    const core = forms.at(-1)!;
    return { exact, core: core.length >= opts.fuzzyMinLength ? core : null, fuzzy: null };
  });

  return {
    gazetteer: g,
    find(text, tokens = tokenize(text)) {
      const out: Mention[] = [];
      for (let i = 0; i < tokens.length; ) {
        let best: { entry: AliasEntry; fuzzy: boolean } | null = null;
        // (the one field of a remembered result that is filled in: on first need, the same for every caller)
        const word = byWord(tokens[i].text) as WordAliases;
        for (const list of word.exact)
          for (const entry of list)
            if ((!best || entry.cores.length > best.entry.cores.length) && rest(text, tokens, i, entry)) best = { entry, fuzzy: false };
        if (!best && word.core !== null)
          for (const entry of (word.fuzzy ??= fuzzyCandidates(word.core)))
            if (rest(text, tokens, i, entry)) {
              best = { entry, fuzzy: true };
              break;
            }
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
    },
  };
}
