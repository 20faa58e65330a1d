import { describe, expect, test } from "vitest";
import { diffAnalyses, formatChangelog } from "../loaders/changes.ts";
import type { Cluster } from "../loaders/types.ts";

const fact = (id: string, claims: string[], verdict: Cluster["verdict"] = "single-source"): Cluster =>
  ({ id, kind: "attack", key: id, claims, sources: claims.map((c) => c.split("#")[0]), verdict, score: 0, reasons: [], label: `label ${id}`, subject: null, object: null, place: null, stances: {} }) as Cluster;
const run = (clusters: Cluster[]) => ({ sources: [], claims: [], clusters });

describe("diffAnalyses(before, after)", () => {
  test("tells a fact whose claims are now under another id as re-keyed, not as one new and one lost", () => {
    const log = diffAnalyses(run([fact("attack-a", ["x#1", "y#1"])]), run([fact("attack-b", ["x#1", "y#1"], "corroborated")]));
    expect(log.facts.renamed).toEqual([{ from: "attack-a", id: "attack-b", label: "label attack-b" }]);
    expect(log.facts.added).toEqual([]);
    expect(log.facts.removed).toEqual([]);
    expect(log.facts.verdicts).toEqual([{ id: "attack-b", label: "label attack-b", from: "single-source", to: "corroborated" }]);
    expect(formatChangelog(log)).toContain("~ label attack-b: now attack-b (was attack-a)");
  });
  test("tells a split with both new ids, and a merge with both old ones", () => {
    const split = diffAnalyses(run([fact("f", ["x#1", "y#1"])]), run([fact("f1", ["x#1"]), fact("f2", ["y#1"])]));
    expect(split.facts.split).toEqual([{ from: "f", into: ["f1", "f2"], label: "label f" }]);
    expect([split.facts.added, split.facts.removed]).toEqual([[], []]);
    const merged = diffAnalyses(run([fact("f1", ["x#1"]), fact("f2", ["y#1"])]), run([fact("f1", ["x#1", "y#1"])]));
    expect(merged.facts.merged).toEqual([{ from: ["f1", "f2"], id: "f1", label: "label f1" }]);
    expect([merged.facts.added, merged.facts.removed]).toEqual([[], []]);
  });
  test("still tells a genuinely new fact and a lost one", () => {
    const log = diffAnalyses(run([fact("old", ["x#1"])]), run([fact("new", ["z#1"])]));
    expect(log.facts.added.map((f) => f.id)).toEqual(["new"]);
    expect(log.facts.removed.map((f) => f.id)).toEqual(["old"]);
  });
});
