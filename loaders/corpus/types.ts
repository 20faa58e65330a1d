/** A publication date as an interval, with the precision it was given at. */
export interface Published {
  start: string;
  end: string;
  precision: "day" | "month" | "year";
}

/** One article of the corpus, as read from `data/sources/<id>.md`. */
export interface Source {
  /** The file name without extension. */
  id: string;
  /** Path relative to the working directory, for messages. */
  path: string;
  outlet: string | null;
  url: string | null;
  published: Published | null;
  language: "ar" | "en";
  title: string | null;
  notes: string | null;
  /** The article text exactly as published (everything after the front matter). */
  body: string;
  /** The body's length in characters. */
  chars: number;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** sha256 of the whole file's bytes. */
  hash: string;
}

/** Something wrong with a corpus file, located at `path:line`. */
export interface Problem {
  path: string;
  /** 1-based; 0 when the problem is the file itself (a folder, a broken link, unreadable). */
  line: number;
  message: string;
  /** Set when the file is readable but repeats another's text: `check` fails, `analyze` goes on and reports it. */
  duplicateOf?: string;
}
