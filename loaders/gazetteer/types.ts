/** The kinds of gazetteer entry, by id prefix. */
export type EntityType = "militia" | "force" | "place" | "person" | "org" | "country";
export const ENTITY_TYPES: EntityType[] = ["militia", "force", "place", "person", "org", "country"];

/** One gazetteer entry (see data/gazetteer/README.md). */
export interface Entity {
  id: string;
  type: EntityType;
  name_en: string;
  name_ar: string;
  aliases: string[];
  parent: string | null;
  /** Places: country, province, city, town, village, field, airport, base, crossing, region, area… */
  placeType: string | null;
  side: string | null;
  origin: string | null;
  role: string | null;
  affiliation: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  notes: string | null;
  /** An umbrella entry (all Iran-backed militias, the coalition, a country): aligned by its side. */
  umbrella: boolean;
  /** File and line it was defined at, for messages. */
  at: string;
}

/** A loaded gazetteer with its lookups. */
export interface Gazetteer {
  entities: Map<string, Entity>;
  /** sha256 of the gazetteer files, for caches. */
  hash: string;
}
