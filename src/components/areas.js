/**
 * Places and the areas that hold them, from the gazetteer's parents (entities.json: town →
 * province → country). An area is the level just under a country: a province for a Syrian town,
 * the town itself for a place whose parent is the country.
 */

/** A place and the places that hold it, innermost first (at most 8 levels, no cycles). */
export function placeChain(id, entities) {
  const chain = [];
  for (let cur = id; cur != null && chain.length < 8 && !chain.includes(cur); cur = entities?.get(cur)?.parent ?? null) chain.push(cur);
  return chain;
}

const isCountry = (id, entities) => entities?.get(id)?.type === "country" || String(id).startsWith("country:");

/**
 * The area of a place: its province (the level under its country), or the place itself when it is
 * a country or has no country above it.
 * @example areaOf("place:albukamal", entities) // "place:deir-ez-zor-province"
 */
export function areaOf(id, entities) {
  if (id == null) return null;
  const chain = placeChain(id, entities);
  const k = chain.findIndex((p) => isCountry(p, entities));
  if (k === 0) return chain[0];
  if (k > 0) return chain[k - 1];
  return chain[chain.length - 1];
}

/** Is `inner` the place `outer` or inside it? */
export const within = (inner, outer, entities) => inner != null && placeChain(inner, entities).includes(outer);
