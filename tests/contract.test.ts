import { beforeAll, describe, expect, test } from "vitest";
import { join } from "node:path";
import { analyze } from "../loaders/pipeline.ts";
import { readCorpus } from "../loaders/corpus/read.ts";
import { CLAIM_KINDS, VERDICTS, type Analysis } from "../loaders/types.ts";
import { writeUnifiedfcCorpus } from "../bench/corpora.ts";
import { KeptVerdicts, VerdictTableWriter, keepVerdict, keptVerdict, type VerdictTable } from "../loaders/score/kept.ts";
import { deserialize, serialize } from "node:v8";
import type { Group } from "../loaders/align/cluster.ts";
import { ROOT, tempDir } from "./helpers.ts";

/** The output contract holds on any corpus: the seeds and real articles nobody here wrote. */
const corpora: Array<[string, () => string]> = [
  ["the seed corpus", () => join(ROOT, "data")],
  ["300 unifiedfc articles", () => writeUnifiedfcCorpus(tempDir(), 300, 1000)],
];

describe.each(corpora)("analyze() on %s", (_, make) => {
  let a: Analysis;
  let bodies: Map<string, string>;
  beforeAll(async () => {
    const dir = make();
    a = await analyze({ corpus: dir, cache: false });
    bodies = new Map(readCorpus(dir).sources.map((s) => [s.id, s.body]));
  });
  test("every claim's evidence is exactly body.slice(span) and lies in its context sentence", () => {
    expect(a.claims.length).toBeGreaterThan(0);
    for (const c of a.claims) {
      const body = bodies.get(c.source)!;
      expect(c.evidence).toBe(body.slice(c.span[0], c.span[1]));
      expect(c.span[0]).toBeLessThan(c.span[1]);
      expect(c.context[0]).toBeLessThanOrEqual(c.span[0]);
      expect(c.context[1]).toBeGreaterThanOrEqual(c.span[1]);
    }
  });
  test("claims are typed, ids unique, and entity fields hold gazetteer ids listed in entities", () => {
    const ids = new Set(a.entities.map((e) => e.id));
    const claimIds = new Set<string>();
    for (const c of a.claims) {
      expect(CLAIM_KINDS).toContain(c.kind);
      expect(claimIds.has(c.id)).toBe(false);
      claimIds.add(c.id);
      for (const f of [c.subject, c.place]) if (f) expect(ids.has(f), f).toBe(true);
      if (c.value) expect(c.value.low === null || c.value.high === null || c.value.low <= c.value.high).toBe(true);
      if (c.date?.start && c.date.end) expect(c.date.start <= c.date.end).toBe(true);
    }
  });
  test("every claim is in exactly one cluster unless rejected, and clusters name their sources", () => {
    const seen = new Map<string, string>();
    for (const cl of a.clusters) {
      expect(VERDICTS).toContain(cl.verdict);
      expect(cl.score).toBeGreaterThanOrEqual(0);
      expect(cl.score).toBeLessThanOrEqual(1);
      expect(cl.reasons.length).toBeGreaterThan(0);
      const srcs = new Set<string>();
      for (const id of cl.claims) {
        expect(seen.has(id), id).toBe(false);
        seen.set(id, cl.id);
        srcs.add(a.claims.find((c) => c.id === id)!.source);
      }
      expect([...srcs].sort()).toEqual(cl.sources);
      if (cl.sources.length === 1) expect(["single-source", "contested"]).toContain(cl.verdict);
    }
    expect(seen.size).toBe(a.claims.filter((c) => c.review?.action !== "rejected").length);
    expect(new Set(a.clusters.map((c) => c.id)).size).toBe(a.clusters.length);
  });
  test("issues point into their source's body", () => {
    for (const i of a.issues) if (i.source && i.span) expect(i.span[1]).toBeLessThanOrEqual(bodies.get(i.source)!.length);
  });
  test("a verdict kept between runs gives back the fact as judged, key order included", () => {
    const claims = new Map(a.claims.map((c) => [c.id, c]));
    expect(a.clusters.length).toBeGreaterThan(0);
    for (const { id, review, ...judged } of a.clusters) {
      expect(review).toBeUndefined();
      const group = { kind: judged.kind, key: judged.key, claims: judged.claims.map((x) => claims.get(x)!), subject: judged.subject, object: judged.object, place: judged.place, anchor: null };
      const kept = JSON.parse(JSON.stringify(keepVerdict(judged)));
      expect(JSON.stringify(keptVerdict(group as unknown as Group, kept)), id).toBe(JSON.stringify(judged));
      // what does not fit its fact is not used
      expect(keptVerdict(group as unknown as Group, { ...kept, stances: `${kept.stances}c` })).toBeNull();
      expect(keptVerdict(group as unknown as Group, { ...kept, verdict: "maybe" })).toBeNull();
    }
  });
  test("kept verdicts come back from their table (as the kept file stores it) as they were kept, and a damaged table is none", () => {
    const writer = new VerdictTableWriter();
    const want = new Map(a.clusters.map(({ id, review: _, ...judged }) => [`key of ${id}`, keepVerdict(judged)]));
    for (const [key, k] of want) writer.add(key, k);
    const table: VerdictTable = deserialize(serialize(writer.table()));
    const back = KeptVerdicts.read(table)!;
    for (const [key, k] of want) expect(back.get(key), key).toStrictEqual(k);
    expect(back.get("no such fact")).toBeUndefined();
    expect(KeptVerdicts.read({ ...table, scores: table.scores.subarray(1) })).toBeNull();
    expect(KeptVerdicts.read({ ...table, reasonsAt: table.reasonsAt.map((x, i) => (i === 1 ? table.reasons.length + 1 : x)) })).toBeNull();
    expect(KeptVerdicts.read({ ...table, labels: "labels" as never })).toBeNull();
  });
});
