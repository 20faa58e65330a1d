import { csvFormatRow } from "d3-dsv";
import type { Analysis } from "../types.ts";

/** A cell's text: empty for no value, JSON for an object; a spreadsheet formula in untrusted text is neutralised. */
const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
};

/**
 * Rows as CSV with a header line, written by d3-dsv (a cell is quoted only when it holds a comma, a
 * quote or a line break), each line ended by CRLF as RFC 4180 has it.
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => csvFormatRow(r.map(cell))).join("\r\n") + "\r\n";
}

/** One row per claim. */
export function claimsCsv(a: Analysis): string {
  const clusterOf = new Map<string, string>();
  for (const c of a.clusters) for (const id of c.claims) clusterOf.set(id, c.id);
  return toCsv(
    ["id", "source", "kind", "subject", "object", "place", "low", "high", "unit", "qualifier", "date_start", "date_end", "date_precision", "attribution", "fact", "review", "evidence", "span_start", "span_end"],
    // prettier-ignore
    a.claims.map((c) => [
      c.id, c.source, c.kind, c.subject, c.object, c.place, c.value?.low, c.value?.high, c.value?.unit, c.value?.qualifier,
      c.date?.start, c.date?.end, c.date?.precision, c.attribution, clusterOf.get(c.id), c.review?.action, c.evidence, c.span[0], c.span[1],
    ]),
  );
}

/** One row per fact. */
export function factsCsv(a: Analysis): string {
  return toCsv(
    ["id", "kind", "label", "verdict", "score", "sources", "claims", "reasons", "reviewed_by", "review_note"],
    a.clusters.map((c) => [c.id, c.kind, c.label, c.verdict, c.score, c.sources.join(" "), c.claims.length, c.reasons.join(" | "), c.review?.by, c.review?.note]),
  );
}
