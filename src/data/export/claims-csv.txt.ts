// Every claim as CSV (the same file as `triangulate export --format csv`).
import { claimsCsv, emit } from "../../../loaders/index.ts";

await emit(claimsCsv, { text: true });
