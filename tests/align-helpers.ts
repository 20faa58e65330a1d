/** What the alignment tests share: the mini gazetteer, a claim builder, a day's date, and facts told by their sources. */
import { join } from "node:path";
import { loadGazetteer } from "../loaders/gazetteer/load.ts";
import type { Claim } from "../loaders/types.ts";
import { ROOT } from "./helpers.ts";

/** The gazetteer of tests/fixtures/mini/gazetteer. */
export const g = loadGazetteer(join(ROOT, "tests/fixtures/mini/gazetteer"));

let n = 0;
/** A claim with nothing said but what is given (a fresh id each time). */
export const claim = (c: Partial<Claim> & Pick<Claim, "source" | "kind">): Claim => ({
  id: `${c.source}#${++n}`,
  subject: null,
  object: null,
  place: null,
  value: null,
  date: null,
  attribution: null,
  evidence: "",
  span: [0, 1],
  context: [0, 1],
  ...c,
});

export const day = (d: string) => ({ start: d, end: d, precision: "day" as const, text: d });

/** Each fact as its claims' sources, sorted ("avv": two claims of v; `unique`: each source once), the facts sorted. */
export const sourcesOf = (facts: Array<{ claims: Claim[] }>, unique = false) =>
  facts
    .map((x) => {
      const sources = x.claims.map((c) => c.source).sort();
      return (unique ? [...new Set(sources)] : sources).join("");
    })
    .sort();
