import { beforeAll, describe, expect, test } from "vitest";
import { join } from "node:path";
import { analyze } from "../loaders/pipeline.ts";
import { readCorpus } from "../loaders/corpus/read.ts";
import type { Analysis } from "../loaders/types.ts";
import { Checker, loadExpected } from "./expected.ts";
import { ROOT, SEEDS } from "./helpers.ts";

const expected = loadExpected(join(SEEDS, "expected-facts.yaml"));
let a: Analysis;
let check: Checker;

beforeAll(async () => {
  a = await analyze({ corpus: join(ROOT, "data"), cache: false });
  check = new Checker(a, new Map(readCorpus(join(ROOT, "data")).sources.map((s) => [s.id, s.body])));
});

describe("the expected facts of the seeds (tests/fixtures/seeds/expected-facts.yaml, a copy of ../shared/seeds/expected-facts.yaml)", () => {
  const blocking = expected.facts.filter((f) => !f.stretch);
  test.each(blocking.map((f) => [f.id, f]))("%s: each source has a claim with the right entities, values and dates", (_, f) => {
    const r = check.check(f);
    const extraction = r.problems.filter((p) => /^\d{3}: /.test(p));
    expect(extraction, JSON.stringify(r.sources, null, 1)).toEqual([]);
  });
  test.each(blocking.map((f) => [f.id, f]))("%s: the sources land in one cluster with the expected verdict", (_, f) => {
    const r = check.check(f);
    expect(r.problems, `${r.cluster?.id}: ${r.cluster?.reasons.join(" | ")}`).toEqual([]);
  });
  test.each(expected.facts.filter((f) => f.stretch).map((f) => [f.id, f]))("%s (stretch: reported, not blocking)", (_, f) => {
    const r = check.check(f);
    console.info(`stretch fact ${f.id}: ${r.ok ? "ok" : r.problems.join("; ")}`);
  });
  test.each(expected.must_not_merge.map(([x, y]) => [x, y]))("%s and %s stay in different clusters", (x, y) => {
    const fx = expected.facts.find((f) => f.id === x)!,
      fy = expected.facts.find((f) => f.id === y)!;
    const cx = check.clustersOf(fx),
      cy = check.clustersOf(fy);
    expect([...cx].filter((id) => cy.has(id))).toEqual([]);
  });
  test.each(expected.expected_issues.map((i) => [i.id, i]))("issue %s is reported on its evidence", (_, i) => {
    const src = check.sourceId(i.source);
    const body = check.bodies.get(src)!;
    const at = body.indexOf(i.evidence);
    expect(at).toBeGreaterThanOrEqual(0);
    const hit = a.issues.find((x) => x.source === src && x.span && x.span[0] < at + i.evidence.length && x.span[1] > at);
    expect(
      hit,
      a.issues
        .filter((x) => x.source === src)
        .map((x) => x.message)
        .join("\n"),
    ).toBeDefined();
  });
});
