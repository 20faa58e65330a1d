import { LineCounter, parseDocument, isMap, isScalar, type Document } from "yaml";

/** A source file split into its front matter and its body. */
export interface Split {
  /** The front matter's text. */
  yaml: string;
  /** The parsed YAML document (may carry errors); parsed on first use. */
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** 1-based file line on which the YAML starts (the line after the opening `---`). */
  yamlLine: number;
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(\r?\n|$)/m;

/** Split a source file into front matter and body; null when it has no front matter. */
export function splitFrontMatter(text: string): Split | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const yamlLines = yaml.split("\n").length - (yaml.endsWith("\n") ? 1 : 0);
  let parsed: { doc: Document; lineCounter: LineCounter } | null = null;
  const parse = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(yaml, { lineCounter, uniqueKeys: true, schema: "core" }), lineCounter };
    }
    return parsed;
  };
  return {
    yaml,
    get doc() {
      return parse().doc;
    },
    get lineCounter() {
      return parse().lineCounter;
    },
    yamlLine: 2,
    body: rest.slice(close.index + close[0].length),
    bodyLine: 2 + yamlLines + 1,
  };
}

/** The 1-based file line of the front-matter key `key`, or of the opening `---` when absent. */
export function keyLine(split: Split, key: string): number {
  const contents = split.doc.contents;
  if (isMap(contents))
    for (const pair of contents.items)
      if (isScalar(pair.key) && pair.key.value === key && pair.key.range)
        return split.yamlLine + split.lineCounter.linePos(pair.key.range[0]).line - 1;
  return 1;
}
