import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../loaders/pipeline.ts";
import { readSource } from "../loaders/corpus/read.ts";
import { NUMBER_WORDS, nextSyntheticArticle, syntheticArticles, writeSyntheticCorpus } from "../bench/synth.ts";
import { recovery } from "../bench/recovery.ts";
import { hashFolder, tempDir, withCache } from "./helpers.ts";

// The bench's synthetic corpora stand in for 10,000 articles nobody has: what it reports of them
// (recovery, incremental runs) holds only if the generator plants what it says it plants.
const N = 300;
const SEED = 7;
const dir = tempDir();
const planted = writeSyntheticCorpus(dir, N, SEED);
const path = (id: string) => join(dir, "sources", `${id}.md`);
const file = (id: string) => readFileSync(path(id), "utf8");
/** An article as the kit reads it (front matter parsed, body as written). */
const source = (id: string) => readSource(path(id)).source!;

describe("bench/synth.ts: seeded synthetic Arabic articles with planted facts", () => {
  test("the same seed writes the same corpus byte for byte, and another seed another corpus", () => {
    const again = tempDir();
    expect(writeSyntheticCorpus(again, N, SEED)).toEqual(planted);
    expect(hashFolder(join(again, "sources"))).toEqual(hashFolder(join(dir, "sources")));
    const other = tempDir();
    writeSyntheticCorpus(other, N, SEED + 1);
    const a = hashFolder(join(dir, "sources")),
      b = hashFolder(join(other, "sources"));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(Object.keys(a).filter((f) => a[f] === b[f]).length).toBeLessThan(N / 10);
  });

  test("the first n articles of a longer corpus are the n-article corpus, and the article an incremental run adds is the next one", () => {
    const short = tempDir();
    writeSyntheticCorpus(short, 100, SEED);
    const s = hashFolder(join(short, "sources")),
      long = hashFolder(join(dir, "sources"));
    expect(Object.keys(s)).toHaveLength(100);
    for (const [f, h] of Object.entries(s)) expect(long[f], f).toBe(h);
    const next = nextSyntheticArticle(100, SEED);
    expect(next.id).toBe("syn-000100");
    expect(next.file).toBe(file("syn-000100"));
    // (the generator is endless: the article after any corpus is there, the same whichever way it is asked for)
    const after = syntheticArticles(SEED);
    for (let i = 0; i < N; i++) expect(after.next().value!.file).toBe(file(`syn-${String(i).padStart(6, "0")}`));
    expect(after.next().value).toEqual(nextSyntheticArticle(N, SEED));
  });

  test("every planted report is in its article: the force size as written, the death toll as outlets write it", () => {
    let checked = 0;
    for (const f of planted.facts)
      for (const r of f.reports) {
        const { outlet, body } = source(r.source);
        expect(outlet).toBe(r.outlet);
        const v = r.value;
        const forms =
          f.kind === "force_size"
            ? [`${v >= 1000 && v % 1000 === 0 ? `${v / 1000} ألف` : v} مقاتل`]
            : [`${v} (عنصر|عناصر|مقاتل)`, ...(NUMBER_WORDS[v] ? [`${NUMBER_WORDS[v]} (عناصر|مقاتلين)`] : []), ...(v === 2 ? ["عنصرين", "مقاتلَين"] : [])];
        expect(body, `${f.id} in ${r.source}`).toMatch(new RegExp(`(^|[^\\d])(${forms.join("|")})`));
        if (f.kind === "attack") {
          // the event's day, as the article dates it (a day and its month's name, or "yesterday" with the weekday)
          const day = Number(f.date!.slice(8, 10));
          expect(body, `${f.id}'s date in ${r.source}`).toMatch(new RegExp(`في ${day} |يوم أمس `));
        }
        checked++;
      }
    expect(checked).toBeGreaterThan(N / 2);
  });

  test("planted contradictions are incompatible and planted agreements give one value", () => {
    let contested = 0;
    for (const f of planted.facts) {
      const values = [...new Set(f.reports.map((r) => r.value))];
      if (!f.contested || f.reports.length < 2) {
        expect(values.length <= 1, f.id).toBe(true);
        continue;
      }
      contested++;
      // reports alternate between the true value and an incompatible one: three times a figure
      // (approximate qualifiers reach nowhere near it), twice a toll and 3 to 9 more
      const base = f.reports[0].value;
      f.reports.forEach((r, i) => {
        if (i % 2 === 0) expect(r.value, `${f.id} in ${r.source}`).toBe(base);
        else if (f.kind === "force_size") expect(r.value, `${f.id} in ${r.source}`).toBe(3 * base);
        else expect(r.value - 2 * base >= 3 && r.value - 2 * base <= 9, `${f.id} in ${r.source}: ${base}, ${r.value}`).toBe(true);
      });
      expect(values.length, f.id).toBeGreaterThan(1);
    }
    expect(contested).toBeGreaterThan(5);
  });

  test("a planted near-copy is another outlet's article with its original's sentences but one changed and one added", () => {
    expect(planted.nearCopies.length).toBeGreaterThan(3);
    for (const [a, b] of planted.nearCopies) {
      const x = source(a),
        y = source(b);
      expect(y.published).toEqual(x.published);
      expect(y.title).toBe(x.title);
      const original = x.body.trimEnd().split("\n").slice(2); // (after the title and a blank line)
      const copy = y.body.trimEnd().split("\n");
      expect(copy).toHaveLength(original.length + 1);
      expect(original.filter((l, i) => copy[i] !== l).length, `${b} copies ${a}`).toBeLessThanOrEqual(1);
    }
  });

  test("the kit finds most of what was planted (the bench's recovery table, on articles nobody tuned it to)", async () => {
    const a = await withCache(() => analyze({ corpus: dir }));
    const r = recovery(a, planted);
    expect(r.agreements).toBeGreaterThan(20);
    expect(r.grouped / r.agreements).toBeGreaterThan(0.85);
    expect(r.contradictions).toBeGreaterThan(5);
    expect(r.contested / r.contradictions).toBeGreaterThan(0.85);
    expect(r.nearCopiesFound / r.nearCopies).toBeGreaterThan(0.7);
  }, 120_000);
});

test("recovery counts a planted fact as found only when the kit's fact holds two of its articles", () => {
  const fact = {
    id: "figure-0",
    kind: "force_size" as const,
    subject: "militia:x",
    place: "place:p",
    date: null,
    contested: false,
    reports: [
      { source: "s1", outlet: "A", value: 500 },
      { source: "s2", outlet: "B", value: 500 },
    ],
  };
  const claim = (id: string, source: string) => ({ id, source, place: "place:p" }) as never;
  const cluster = (claims: string[], sources: string[], verdict: string) => ({ id: "c", kind: "force_size", claims, sources, verdict }) as never;
  const base = { sources: [], entities: [], issues: [] };
  const grouped = recovery(
    {
      ...base,
      claims: [claim("k1", "s1"), claim("k2", "s2")],
      clusters: [cluster(["k1", "k2"], ["s1", "s2"], "corroborated")],
    },
    { seed: 1, articles: 2, facts: [fact], nearCopies: [] },
  );
  expect(grouped).toMatchObject({ agreements: 1, grouped: 1, agreed: 1 });
  const apart = recovery(
    {
      ...base,
      claims: [claim("k1", "s1"), claim("k2", "s2")],
      clusters: [cluster(["k1"], ["s1"], "single_source"), cluster(["k2"], ["s2"], "single_source")],
    },
    { seed: 1, articles: 2, facts: [fact], nearCopies: [] },
  );
  expect(apart).toMatchObject({ agreements: 1, grouped: 0, agreed: 0 });
  const elsewhere = recovery(
    {
      ...base,
      claims: [{ id: "k1", source: "s1", place: "place:q" } as never, { id: "k2", source: "s2", place: "place:q" } as never],
      clusters: [cluster(["k1", "k2"], ["s1", "s2"], "corroborated")],
    },
    { seed: 1, articles: 2, facts: [fact], nearCopies: [] },
  );
  expect(elsewhere).toMatchObject({ agreements: 1, grouped: 0 });
});
