import { join, resolve } from "node:path";
import { corpusDir } from "../config.ts";
import { writeAtomic } from "../disk.ts";
import { claimsCsv, factsCsv } from "../export/csv.ts";
import { claimReviews } from "../export/claimreview.ts";
import { UserError, parseOptions } from "./args.ts";
import { outputFolder, writeError } from "./fail.ts";
import { forTerminal } from "./terminal.ts";

export const USAGE = "triangulate export --format csv|json|claimreview [--out DIR] [--corpus DIR] [--site-url URL]";

/** `triangulate export`: claims and facts as CSV or JSON, reviewed facts as ClaimReview JSON-LD. */
export async function exportCommand(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, { format: { type: "string" }, out: { type: "string" }, corpus: { type: "string" }, "site-url": { type: "string" } }, USAGE, {
    about: "Export the analysis: claims and facts as CSV or JSON, or the facts an analyst has given a verdict as ClaimReview JSON-LD.",
    options: {
      "--format csv|json|claimreview": "what to write",
      "--out DIR": "where to write it (default: out beside the corpus)",
      "--corpus DIR": "the corpus folder (default: data, or TRIANGULATE_CORPUS)",
      "--site-url URL": "the published dashboard's address, for ClaimReview links",
      "-h, --help": "show this help",
    },
  });
  const format = values.format;
  if (!format || !["csv", "json", "claimreview"].includes(format)) throw new UserError(`--format must be csv, json or claimreview, not ${JSON.stringify(format ?? "")}: write e.g. --format csv`);
  const corpus = resolve(values.corpus ?? corpusDir());
  const out = resolve(values.out ?? join(corpus, "..", "out", "export"));
  const siteUrl = values["site-url"] ?? process.env.TRIANGULATE_SITE_URL ?? "http://127.0.0.1:3000";
  if (!/^https?:\/\//.test(siteUrl)) throw new UserError(`${values["site-url"] ? "--site-url" : "TRIANGULATE_SITE_URL"} ${JSON.stringify(siteUrl)} is not an http(s) address: write e.g. https://example.org/triangulate`);
  outputFolder(out, "--out");
  const { analyze } = await import("../pipeline.ts");
  const a = await analyze({ corpus });
  const written: string[] = [];
  const write = (name: string, data: string) => {
    try {
      writeAtomic(join(out, name), data);
    } catch (e) {
      throw writeError(e, out, "--out");
    }
    written.push(name);
  };
  if (format === "csv") (write("claims.csv", claimsCsv(a)), write("facts.csv", factsCsv(a)));
  else if (format === "json") (write("claims.json", JSON.stringify(a.claims, null, 1)), write("facts.json", JSON.stringify(a.clusters, null, 1)));
  else {
    const reviews = claimReviews(a, siteUrl);
    write("claimreview.json", JSON.stringify(reviews, null, 1));
    if (!reviews.length) console.error("note: no fact has an analyst review yet (data/reviews.yaml): ClaimReview covers reviewed facts only");
  }
  console.log(`wrote ${written.join(", ")} to ${forTerminal(out)}`);
  return 0;
}
