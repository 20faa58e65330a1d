import type { Analysis } from "./types.ts";

/** A piece of an article's text: where it starts in the body, and the text. */
export type Piece = [number, string];

/** How far around an issue's words its sentence is looked for (characters each way). */
export const ISSUE_REACH = 240;

/**
 * The sentence around a span of a body: back and forward to the nearest full stop, question or
 * exclamation mark (Arabic too) or line break, at most ISSUE_REACH characters each way.
 */
export function sentenceAround(body: string, [start, end]: [number, number]): [number, number] {
  let s = start;
  while (s > 0 && start - s < ISSUE_REACH && !/[.!?؟\n]/.test(body[s - 1])) s--;
  let e = end;
  while (e < body.length && e - end < ISSUE_REACH && !/[.!?؟\n]/.test(body[e])) e++;
  if (e < body.length && /[.!?؟]/.test(body[e])) e++;
  return [s, e];
}

/**
 * The sentences the claims and issues stand in, per source, as pieces of the body: what a page
 * needs to show each claim's evidence, or an issue's words, inside its sentence, without shipping
 * whole articles.
 */
export function claimContexts(a: Analysis, bodies: Map<string, string>): Record<string, Piece[]> {
  const ranges = new Map<string, Array<[number, number]>>();
  for (const c of a.claims) (ranges.get(c.source) ?? ranges.set(c.source, []).get(c.source)!).push(c.context);
  for (const i of a.issues) {
    const body = i.source !== null && i.span ? bodies.get(i.source) : undefined;
    if (body !== undefined && i.span![1] <= body.length) (ranges.get(i.source!) ?? ranges.set(i.source!, []).get(i.source!)!).push(sentenceAround(body, i.span!));
  }
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
