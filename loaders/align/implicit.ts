/**
 * What alignment may assume of an event claim its words leave open, from its own article: when it
 * happened (the day the article's lead dates its event, else shortly before publication) and where
 * (the place the article's lead names). Used for grouping only, never shown as the claim's date or place.
 */
import type { Gazetteer } from "../gazetteer/types.ts";
import type { Claim, Published } from "../types.ts";
import { recentWindow, type AlignOptions } from "./cluster.ts";
import { isCoarse, provinceAnchor } from "./keys.ts";

/** How far into an article (raw characters) a dated event claim is its lead's event. */
export const LEAD_EVENT_CHARS = 1000;

type Window = { start: string; end: string };

const isEvent = (c: Claim) => c.kind === "casualties" || c.kind === "attack";
const dayDated = (c: Claim) => !!c.date?.start && c.date.start === c.date.end;

/**
 * The implicit dates and places of a corpus's event claims (`claims` in article order per source).
 * - An undated toll or attack ("the attack left at least 100 dead") is of the event its article's
 *   lead dates to the day, when it is placed in that event's province or not placed at all; else of
 *   the RECENT_DAYS before publication. An undated attack with a named attacker is a pattern, "they
 *   strike again and again": no window.
 * - An event claim with no specific place, or only a country or region that holds the lead's place,
 *   is where the lead says its article's events are.
 */
export function implicitContext(claims: Claim[], g: Gazetteer, published: Map<string, Published | null>, leads: Map<string, string | null>): Required<Pick<AlignOptions, "implicit" | "implicitPlace">> {
  const implicit = new Map<string, Window>();
  const implicitPlace = new Map<string, string>();
  const windows = new Map<string, Window | null>();
  const leadEvents = new Map<string, Claim | null>();
  const province = (place: string | null) => (place && !isCoarse(g, place) ? provinceAnchor(g, place) : null);
  for (const c of claims) {
    if (!isEvent(c) || c.scope) continue;
    if (!leadEvents.has(c.source)) leadEvents.set(c.source, null);
    if (!leadEvents.get(c.source) && dayDated(c) && c.span[0] < LEAD_EVENT_CHARS) leadEvents.set(c.source, c);
  }
  for (const c of claims) {
    if (!isEvent(c)) continue;
    const lead = leads.get(c.source) ?? null;
    if (!c.scope && (c.kind === "casualties" || c.date || !c.subject) && lead && (!c.place || isCoarse(g, c.place))) implicitPlace.set(c.id, lead);
    if (c.date || (c.kind === "attack" && c.subject)) continue;
    // (a part of a toll, "12 children were among the victims of the attack", is of the lead's event too)
    const event = c.scope === "tally" ? null : leadEvents.get(c.source);
    const here = province(c.place ?? implicitPlace.get(c.id) ?? null);
    if (event && (!here || here === province(event.place ?? lead))) {
      implicit.set(c.id, { start: event.date!.start!, end: event.date!.end! });
      continue;
    }
    let w = windows.get(c.source);
    if (w === undefined) windows.set(c.source, (w = recentWindow(published.get(c.source) ?? null)));
    if (w) implicit.set(c.id, w);
  }
  return { implicit, implicitPlace };
}
