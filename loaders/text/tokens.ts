/** A word of the normalised text with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a normalised text, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The definite article ال removed (only from words long enough to keep a stem). */
export const stripArticle = (t: string) => (t.length >= 4 && t.startsWith("ال") ? t.slice(2) : t);

/** Distinct words remembered at most by a per-word memo. */
export const MEMO_LIMIT = 200_000;

/**
 * A function of a word, remembered per word: words recur across a corpus, so each is taken apart
 * once (the memo is emptied when it holds MEMO_LIMIT words). Its results are shared: never change them.
 */
export function perWord<T>(compute: (word: string) => T): (word: string) => Readonly<T> {
  const memo = new Map<string, T>();
  return (word) => {
    let known = memo.get(word);
    if (known === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, (known = compute(word)));
    }
    return known;
  };
}

/**
 * The forms a word can stand for once its Arabic proclitics are taken off: conjunctions و/ف,
 * prepositions ب/ل/ك, the article ال (and لل = ل + ال), most specific first. Not remembered here:
 * the mention finder remembers what it needs of each word, these forms among it (see `perWord`).
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
