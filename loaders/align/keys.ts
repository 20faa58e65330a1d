import { ancestors } from "../gazetteer/load.ts";
import type { Gazetteer } from "../gazetteer/types.ts";

/** Place types that are part of a town (a facility is where its town is). */
const FACILITY = new Set(["airport", "base", "crossing", "depot", "district", "neighbourhood", "building"]);
/** Place types broader than a province: a claim about them fits many facts. */
const COARSE = new Set(["country", "region", "area", "river", "sea"]);

/**
 * The key an actor is aligned by: its own id, or `side:<side>` for an umbrella entry (all
 * Iran-backed militias, the coalition, a country), so that "US forces" meets "the coalition".
 */
export function actorKey(g: Gazetteer, id: string | null): string | null {
  if (!id) return null;
  const e = g.entities.get(id);
  if (!e) return id;
  return e.umbrella && e.side ? `side:${e.side}` : id;
}

/** Two actors can be the same party: same key, or one is the umbrella of the other's side. */
export function actorsCompatible(g: Gazetteer, a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const ka = actorKey(g, a),
    kb = actorKey(g, b);
  if (ka === kb) return true;
  const sa = g.entities.get(a)?.side,
    sb = g.entities.get(b)?.side;
  return (ka!.startsWith("side:") && ka === `side:${sb}`) || (kb!.startsWith("side:") && kb === `side:${sa}`);
}

/** Is this place too broad to key a fact (a country, a region, or unknown)? */
export function isCoarse(g: Gazetteer, id: string | null): boolean {
  if (!id) return true;
  const e = g.entities.get(id);
  return !e || COARSE.has(e.placeType ?? "") || e.type === "country";
}

/** The town a place belongs to (a facility → its town), or the place itself. */
export function townAnchor(g: Gazetteer, id: string): string {
  let cur = id;
  for (let k = 0; k < 5; k++) {
    const e = g.entities.get(cur);
    if (!e || !FACILITY.has(e.placeType ?? "") || !e.parent) return cur;
    cur = e.parent;
  }
  return cur;
}

/** The province a place lies in (or the place itself if it is a province or broader). */
export function provinceAnchor(g: Gazetteer, id: string): string {
  const chain = [id, ...ancestors(g, id)];
  return chain.find((p) => g.entities.get(p)?.placeType === "province") ?? id;
}

/** Is `inner` the same as `outer` or inside it? */
export function within(g: Gazetteer, inner: string, outer: string): boolean {
  return inner === outer || ancestors(g, inner).includes(outer);
}

/** Great-circle distance in km between two gazetteer places with coordinates, else null. */
export function distanceKm(g: Gazetteer, a: string, b: string): number | null {
  const p = g.entities.get(a),
    q = g.entities.get(b);
  if (p?.lat == null || p.lon == null || q?.lat == null || q.lon == null) return null;
  const rad = Math.PI / 180;
  const h = Math.sin(((q.lat - p.lat) * rad) / 2) ** 2 + Math.cos(p.lat * rad) * Math.cos(q.lat * rad) * Math.sin(((q.lon - p.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The country a place lies in. */
export function countryOf(g: Gazetteer, id: string): string | null {
  return [id, ...ancestors(g, id)].find((x) => x.startsWith("country:")) ?? null;
}

/**
 * Can a claim about a vague place (a country, a region, a border area, a river) be about a fact
 * anchored at `anchor`? A country or region must contain the anchor; an area or a river must be in
 * the same province when it lies in one, else in the same country.
 */
export function vagueFits(g: Gazetteer, vague: string, anchor: string): boolean {
  if (within(g, anchor, vague) || within(g, vague, anchor)) return true;
  const t = g.entities.get(vague)?.placeType;
  if (t !== "area" && t !== "river") return false;
  // (an area that lies in one province, «الغوطة الشرقية» in Rif Dimashq, fits only there)
  const province = provinceAnchor(g, vague);
  if (province !== vague) return within(g, anchor, province);
  return countryOf(g, vague) !== null && countryOf(g, vague) === countryOf(g, anchor);
}
