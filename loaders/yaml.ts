/**
 * Every YAML text the kit reads (the gazetteer's files, `reviews.yaml`, a source's front matter)
 * is read here, by the `yaml` package, so that every problem in one names its file's line.
 */
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from "yaml";

/** A problem at a line of a file (1-based, counted in the whole file). */
export interface YamlProblem {
  line: number;
  message: string;
}

/** A problem as the kit tells it: `file:line: message`. */
export const atLine = (path: string, line: number, message: string) => `${path}:${line}: ${message}`;

/** A YAML text parsed (YAML 1.2 core schema, keys unique), with the file lines of its nodes. */
export class YamlText {
  readonly doc: Document;
  private readonly lines = new LineCounter();
  /** `firstLine`: the file line the text starts on (a front matter starts on the line after its `---`). */
  constructor(
    text: string,
    private readonly firstLine = 1,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, schema: "core" });
  }

  /** Its syntax errors, each at its line with the first line of its message (none: the text can be read). */
  get syntaxErrors(): YamlProblem[] {
    return this.doc.errors.map((e) => ({ line: this.firstLine + (e.linePos?.[0].line ?? 1) - 1, message: `YAML syntax error: ${e.message.split("\n")[0]}` }));
  }

  /** The file line a node starts on (the text's first line for anything else). */
  lineOf(node: unknown): number {
    return isNode(node) && node.range ? this.firstLine + this.lines.linePos(node.range[0]).line - 1 : this.firstLine;
  }

  /** The file line of the top-level key `key` of a mapping, or null when there is none. */
  keyLine(key: string): number | null {
    const contents = this.doc.contents;
    if (isMap(contents)) for (const pair of contents.items) if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return this.lineOf(pair.key);
    return null;
  }

  /** The text as plain data. */
  toJS(): unknown {
    return this.doc.toJS();
  }

  /** The file line of the key `key` of the list's entry `index` (the entry's line when it has no such key). */
  entryKeyLine(index: number, key: string): number {
    const contents = this.doc.contents;
    const item = isSeq(contents) ? contents.items[index] : null;
    if (isMap(item)) for (const pair of item.items) if (isScalar(pair.key) && pair.key.value === key) return this.lineOf(pair.key);
    return this.lineOf(item);
  }

  /** The entries of a text that is a list, each with the line it starts on; null when it is not a list (an empty text is an empty list). */
  list(): Array<{ value: unknown; line: number }> | null {
    const contents = this.doc.contents;
    if (contents === null) return [];
    if (!isSeq(contents)) return null;
    return contents.items.map((item) => ({ value: isNode(item) ? item.toJSON() : item, line: this.lineOf(item) }));
  }
}

const PLAIN_LINE = /^([a-z_]+): (.*)$/;
const BARE = /^[A-Za-z0-9][A-Za-z0-9 ._/:?=&%+~,()-]*$/;

/**
 * The plain front matter the kit itself writes (`key: value` lines whose values are null, a
 * number, a JSON-quoted string or a bare word), read as the parser reads it (tested) but without
 * it: hand-written because the parser is some fifteen times slower on them (docs/INTERNALS.md).
 * Anything else returns null, to be read by `YamlText`, which also knows lines.
 */
export function plainMapping(yaml: string): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const line of yaml.split("\n")) {
    if (line === "") continue;
    const m = PLAIN_LINE.exec(line);
    if (!m || m[1] in out) return null;
    const v = m[2].trim();
    if (v === "null" || v === "~" || v === "") out[m[1]] = null;
    else if (/^-?\d+$/.test(v)) out[m[1]] = Number(v);
    else if (v.startsWith('"')) {
      if (!v.endsWith('"') || /\\[^"\\/bfnrtu]/.test(v)) return null;
      try {
        out[m[1]] = JSON.parse(v);
      } catch {
        return null;
      }
    } else if (BARE.test(v) && !/:\s|\s#|^(true|false|yes|no|on|off)$/i.test(v) && !/^\d{4}-\d{2}-\d{2}T/.test(v)) out[m[1]] = v;
    else return null;
  }
  return out;
}
