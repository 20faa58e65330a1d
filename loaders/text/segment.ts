/** A span of the normalised text. */
export interface Segment {
  start: number;
  end: number;
}

/** Words after which a dot does not end a sentence (titles, initials, abbreviations). */
const ABBREVIATIONS = new Set(["د", "م", "ا", "ص", "ج", "ق", "ه", "mr", "mrs", "dr", "st", "u", "s", "no", "vs", "etc", "gen", "col", "lt", "sgt", "jan", "feb", "aug", "sept", "oct", "nov", "dec"]);

/**
 * Split normalised text into sentences: at . ! ? followed by a space, a quote or a line break,
 * and at every line break; not after an abbreviation or inside a number. Spans exclude the
 * surrounding whitespace; pieces keep their order and never overlap.
 */
export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const close = (end: number) => {
    let s = start,
      e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      close(i);
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i;
    while (j + 1 < text.length && /[.!?]/.test(text[j + 1])) j++;
    const next = text[j + 1];
    if (next !== undefined && !/[\s"')\]]/.test(next)) continue; // 3.5, a.b
    if (ch === ".") {
      const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? "";
      if (ABBREVIATIONS.has(word) && j === i) continue;
    }
    while (j + 1 < text.length && /["')\]]/.test(text[j + 1])) j++;
    close(j + 1);
    i = j;
  }
  close(text.length);
  return out;
}

/** Split a sentence into clauses at commas, semicolons, colons and dashes set off by spaces. */
export function clauses(text: string, sentence: Segment): Segment[] {
  const out: Segment[] = [];
  const re = /[,;:]|\s-\s/g;
  re.lastIndex = sentence.start;
  let start = sentence.start;
  for (let m = re.exec(text); m && m.index < sentence.end; m = re.exec(text)) {
    if (/\d/.test(text[m.index - 1] ?? "") && /\d/.test(text[m.index + 1] ?? "")) continue; // 1,500
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (sentence.end > start) out.push({ start, end: sentence.end });
  return out
    .map((c) => {
      let { start: s, end: e } = c;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      return { start: s, end: e };
    })
    .filter((c) => c.end > c.start);
}
