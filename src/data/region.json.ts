// The base map of the Events page: Syria, Iraq and their neighbours as GeoJSON, from world-atlas.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { feature } = require("topojson-client"); // untyped package: loaded through require
const REGION = ["760", "368", "792", "400", "422", "376", "275", "364", "682", "414", "196"]; // ISO 3166 numeric
const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const countries: { features: { id: string }[] } = feature(world, world.objects.countries);
process.stdout.write(JSON.stringify({ type: "FeatureCollection", features: countries.features.filter((f) => REGION.includes(f.id)) }));
