import { LineCounter, parseDocument, isMap, isScalar, type Document } from "yaml";

/** A source file split into its front matter and its body. */
export interface Split {
  /** The parsed YAML document (may carry errors). */
  doc: Document;
  lineCounter: LineCounter;
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
  const yamlText = rest.slice(0, close.index);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, schema: "core" });
  const yamlLines = yamlText.split("\n").length - (yamlText.endsWith("\n") ? 1 : 0);
  return {
    doc,
    lineCounter,
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
