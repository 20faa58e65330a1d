/** A word of the normalised text with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** What is known of the word wherever it occurs (shared by every token of the same word). */
  word: Word;
}

/**
 * A distinct word of a corpus, looked up once per token: its clitic-free forms, and what the
 * modules that read words remember of it (filled in on their first need, so that a token costs
 * one lookup in a corpus-wide memo, not one per module). Shared: never change a filled field.
 */
export interface Word {
  readonly text: string;
  /** `cliticForms` of the word. */
  readonly forms: readonly string[];
  /** `bareForms` of the word. */
  readonly bare: readonly string[];
  /** The trigger phrases the word may start (see extract/triggers.ts). */
  phrases?: unknown;
  /** The gazetteer aliases the word may start, for the matcher that worked them out (see gazetteer/match.ts). */
  aliases?: { owner: object; value: unknown };
  /** The rules whose cue the word is, worked out when `cuesFor` rule books were known (see extract/rules/engine.ts). */
  cues: unknown;
  cuesFor: number;
}

/** What a lexeme is: a run of digits, of Arabic letters, of Latin letters, of other letters, or one sign (a line break is a sign). */
export const NUM = 0;
export const AR = 1;
export const EN = 2;
export const PUNCT = 3;
export const OTHER = 4;

/** A lexeme of the text: what the number readers work on, where signs and line breaks matter. */
export interface Lexeme {
  start: number;
  end: number;
  text: string;
  kind: number;
}

const LEXEME = /([0-9]+)|([\u0621-\u064a\u0671-\u06d3]+)|([a-zA-Z]+)|([\p{L}\p{N}]+)|\n|\S/gu;

/** The one tokenizer of the kit: the lexemes of a text, in order (Latin letters lower-cased). */
export function lexemes(text: string): Lexeme[] {
  const out: Lexeme[] = [];
  LEXEME.lastIndex = 0;
  for (let m = LEXEME.exec(text); m; m = LEXEME.exec(text)) {
    const kind = m[1] ? NUM : m[2] ? AR : m[3] ? EN : m[4] ? OTHER : PUNCT;
    out.push({ start: m.index, end: m.index + m[0].length, text: kind === EN ? m[0].toLowerCase() : m[0], kind });
  }
  return out;
}

/** The words of a normalised text, in order: runs of touching letter and digit lexemes ("t4", «و5»). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    const word = text.slice(start, end);
    out.push({ text: word, start, end, word: wordOf(word) });
  };
  LEXEME.lastIndex = 0;
  for (let m = LEXEME.exec(text); m; m = LEXEME.exec(text)) {
    const isWord = m[1] !== undefined || m[2] !== undefined || m[3] !== undefined || m[4] !== undefined;
    if (isWord && m.index === end) {
      end += m[0].length;
      continue;
    }
    if (start >= 0) flush();
    [start, end] = isWord ? [m.index, m.index + m[0].length] : [-1, -1];
  }
  if (start >= 0) flush();
  return out;
}

/** The definite article ال removed (only from words long enough to keep a stem). */
export const stripArticle = (t: string) => (t.length >= 4 && t.startsWith("ال") ? t.slice(2) : t);

/** Distinct words remembered at most by the word memo (`wordOf`). */
export const MEMO_LIMIT = 200_000;

const WORDS = new Map<string, Word>();

/** The record of a word (see `Word`; the memo is emptied when it holds MEMO_LIMIT words). */
export function wordOf(text: string): Word {
  let w = WORDS.get(text);
  if (w === undefined) {
    if (WORDS.size >= MEMO_LIMIT) WORDS.clear();
    WORDS.set(text, (w = { text, forms: cliticForms(text), bare: bareForms(text), phrases: undefined, aliases: undefined, cues: null, cuesFor: -1 }));
  }
  return w;
}

/**
 * The forms a word can stand for once its Arabic proclitics are taken off: conjunctions و/ف,
 * prepositions ب/ل/ك, the article ال (and لل = ل + ال), most specific first. Remembered per word
 * in `Word.forms`.
 *
 * @example
 * cliticForms("وبالبوكمال"); // ["وبالبوكمال", "بالبوكمال", "البوكمال", "بوكمال"] (as article-less cores)
 */
export function cliticForms(t: string): string[] {
  const forms = new Set<string>([stripArticle(t)]);
  // (an English possessive whose apostrophe was lost: "Syrias Aleppo", "Aleppos old city")
  if (/^[a-z]{5,}s$/.test(t) && !/(?:ss|us|is)$/.test(t)) forms.add(t.slice(0, -1));
  const conj = /^[وف]/.test(t) && t.length > 3 ? [t, t.slice(1)] : [t];
  for (const c of conj) {
    forms.add(stripArticle(c));
    if (c.length > 3 && c.startsWith("لل")) forms.add(c.slice(2));
    else if (c.length > 3 && /^[بلك]/.test(c)) forms.add(stripArticle(c.slice(1)));
  }
  return [...forms];
}

const PROCLITIC = /^[وف]?(?:بال|كال|لل|ال|[بلك])?$/;

/**
 * Every reading of a word with leading proclitics taken off, however short what is left («بشن» → «شن»):
 * what a rule's cue word may be. Wider than `cliticForms`, which keeps short words whole for names.
 */
export function bareForms(t: string): string[] {
  const out = new Set<string>(cliticForms(t));
  for (let i = 1; i <= 4 && t.length - i >= 2; i++) if (PROCLITIC.test(t.slice(0, i))) out.add(t.slice(i));
  return [...out];
}
