import type { Analysis } from "./types.ts";

/** A piece of an article's text: where it starts in the body, and the text. */
export type Piece = [number, string];

/**
 * The sentences the claims stand in, per source, as pieces of the body: what a page needs to show
 * each claim's evidence inside its sentence, without shipping whole articles.
 */
export function claimContexts(a: Analysis, bodies: Map<string, string>): Record<string, Piece[]> {
  const ranges = new Map<string, Array<[number, number]>>();
  for (const c of a.claims) (ranges.get(c.source) ?? ranges.set(c.source, []).get(c.source)!).push(c.context);
  const out: Record<string, Piece[]> = {};
  for (const [source, list] of ranges) {
    const body = bodies.get(source);
    if (body === undefined) continue;
    list.sort((x, y) => x[0] - y[0]);
    const merged: Array<[number, number]> = [];
    for (const [s, e] of list) {
      const last = merged.at(-1);
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    out[source] = merged.map(([s, e]) => [s, body.slice(s, e)]);
  }
  return out;
}
