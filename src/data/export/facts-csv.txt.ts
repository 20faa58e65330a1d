// Every fact with its verdict and reasons as CSV (as `triangulate export --format csv`).
import { emit, factsCsv } from "../../../loaders/index.ts";

await emit(factsCsv, { text: true });
