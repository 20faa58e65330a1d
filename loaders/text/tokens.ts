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

/**
 * The forms a word can stand for once its Arabic proclitics are taken off: conjunctions و/ف,
 * prepositions ب/ل/ك, the article ال (and لل = ل + ال), most specific first.
 *
 * @example
 * cliticForms("وبالبوكمال"); // ["وبالبوكمال", "بالبوكمال", "البوكمال", "بوكمال"] (as article-less cores)
 */
export function cliticForms(t: string): readonly string[] {
  let known = formsOf.get(t);
  if (!known) {
    // words recur across a corpus: each is taken apart once (the memo is emptied when it grows large)
    if (formsOf.size >= MEMO_LIMIT) formsOf.clear();
    formsOf.set(t, (known = computeForms(t)));
  }
  return known;
}
const formsOf = new Map<string, readonly string[]>();
/** Distinct words remembered at most by the per-word memos of the tokenizer and matchers. */
export const MEMO_LIMIT = 200_000;
function computeForms(t: string): string[] {
  const forms = new Set<string>([stripArticle(t)]);
  const conj = /^[وف]/.test(t) && t.length > 3 ? [t, t.slice(1)] : [t];
  for (const c of conj) {
    forms.add(stripArticle(c));
    if (c.length > 3 && c.startsWith("لل")) forms.add(c.slice(2));
    else if (c.length > 3 && /^[بلك]/.test(c)) forms.add(stripArticle(c.slice(1)));
  }
  return [...forms];
}
