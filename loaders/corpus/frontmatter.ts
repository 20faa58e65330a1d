import { YamlText } from "../yaml.ts";

/** A source file split into its front matter and its body. */
export interface Split {
  /** The front matter's text. */
  yaml: string;
  /** The front matter parsed (it may carry errors), with its file lines; parsed on first use. */
  readonly front: YamlText;
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
  let front: YamlText | null = null;
  return {
    yaml,
    get front() {
      return (front ??= new YamlText(yaml, 2));
    },
    yamlLine: 2,
    body: rest.slice(close.index + close[0].length),
    bodyLine: 2 + yamlLines + 1,
  };
}

/** The 1-based file line of the front-matter key `key`, or of the opening `---` when absent. */
export function keyLine(split: Split, key: string): number {
  return split.front.keyLine(key) ?? 1;
}
