import { describe, expect, test } from "vitest";
import { join } from "node:path";
import { readFileSync, readdirSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { readCorpus } from "../loaders/corpus/read.ts";
import { gazetteerDir } from "../loaders/config.ts";
import { loadGazetteer } from "../loaders/gazetteer/load.ts";
import { compileMatcher } from "../loaders/gazetteer/match.ts";
import { analyzeArticle, type ArticleResult } from "../loaders/extract/article.ts";
import { packResult, unpackResult } from "../loaders/extract/packed.ts";
import { PackCache } from "../loaders/cache.ts";
import { seal, unseal } from "../loaders/disk.ts";
import { unitBlock } from "../loaders/text/minhash.ts";
import { writeUnifiedfcCorpus } from "../bench/corpora.ts";
import type { Claim } from "../loaders/types.ts";
import { ROOT, tempDir } from "./helpers.ts";

/** As a pack stores it: packed, through V8's serialisation, unpacked. */
const roundTrip = (r: ArticleResult) => unpackResult(deserialize(serialize(packResult(r))));

const results = (corpus: string) => {
  const matcher = compileMatcher(loadGazetteer(gazetteerDir(corpus)));
  return readCorpus(corpus).sources.map((s) => analyzeArticle(s, matcher));
};

describe("packResult / unpackResult: an article's claims kept in columns", () => {
  test.each([
    ["the seed corpus", () => join(ROOT, "data")],
    ["200 unifiedfc articles", () => writeUnifiedfcCorpus(tempDir(), 200, 2000)],
  ])("give back exactly the claims extracted from %s, key order included", (_, make) => {
    const all = results(make());
    let claims = 0;
    for (const r of all) {
      const packed = packResult(r);
      // (every claim extraction makes fits the columns: none is kept whole)
      expect(Array.isArray(packed.claims)).toBe(false);
      const back = roundTrip(r);
      expect(back.claims).toStrictEqual(r.claims);
      expect(JSON.stringify(back)).toBe(JSON.stringify(r));
      claims += r.claims.length;
    }
    expect(claims).toBeGreaterThan(20);
  });

  const base: Claim = {
    id: "a#force_size-1",
    source: "a",
    kind: "force_size",
    subject: "militia:x",
    object: null,
    place: null,
    value: { low: 1500, high: null, unit: "fighters", qualifier: "about", text: "نحو 1500" },
    date: null,
    attribution: null,
    evidence: "نحو 1500 مقاتل",
    span: [10, 24],
    context: [0, 30],
  };
  const result = (claims: Claim[]): ArticleResult => ({ source: "a", claims, issues: [], lead: null, units: unitBlock([]) });

  test("keep nulls, -0, infinities, parts, a change and a date apart from zeros and absences", () => {
    const claims: Claim[] = [
      base,
      { ...base, id: "a#2", value: { low: null, high: -0, unit: null, qualifier: "", text: "" }, date: { start: null, end: "2020-01-31", precision: "month", text: "يناير" } },
      { ...base, id: "a#3", value: { low: 0, high: Infinity, unit: "parts", qualifier: "parts", text: "شرق", parts: ["east", "centre"] } },
      { ...base, id: "a#4", kind: "control", value: null, attribution: "org:sohr", change: "lost" },
      { ...base, id: "a#5", subject: null, evidence: "", span: [0, 0], context: [-1, 2 ** 31 - 1] },
      { ...base, id: "a#6", value: { ...base.value!, parts: [""] } },
      { ...base, id: "a#7", value: { ...base.value!, parts: ["", "west", ""] } },
    ];
    const back = roundTrip(result(claims)).claims;
    expect(back).toStrictEqual(claims);
    expect(Object.is(back[1].value!.high, -0)).toBe(true);
    expect(Object.keys(back[3])).toEqual([...Object.keys(base), "change"]);
    expect(Object.keys(back[2].value!)).toEqual(["low", "high", "unit", "qualifier", "text", "parts"]);
    expect("change" in back[0]).toBe(false);
    expect("parts" in back[0].value!).toBe(false);
  });

  test("keep a claim of any other shape as it is, never dropping what the columns do not hold", () => {
    for (const odd of [
      { ...base, review: { action: "rejected", note: null, by: null } },
      { ...base, value: { ...base.value!, parts: [] } },
      { ...base, value: { ...base.value!, parts: ["a\u0000b"] } },
      { ...base, value: { ...base.value!, extra: 1 } },
      { ...base, date: { start: null, end: null, precision: "day", text: "", "": 1 } },
      { ...base, change: undefined },
      { ...base, span: [1, 2, 3] },
      { ...base, span: [1.5, 2] },
      { ...base, subject: 7 },
      Object.assign({ evidence: base.evidence }, base),
    ] as unknown as Claim[]) {
      const r = result([base, odd]);
      expect(packResult(r).claims).toBe(r.claims);
      expect(roundTrip(r).claims).toStrictEqual([base, odd]);
    }
  });

  test("unpack new objects each time: a change to one read is not in the next", () => {
    const packed = packResult(result([base, { ...base, id: "a#2" }]));
    const first = unpackResult(packed);
    first.claims[0].value!.low = 1;
    first.claims[1].span[0] = 99;
    expect(unpackResult(packed).claims).toStrictEqual([base, { ...base, id: "a#2" }]);
  });

  test("PackCache stores the packed form and gives back the result, across runs and compaction", async () => {
    const corpus = join(ROOT, "data");
    const all = results(corpus);
    const dir = tempDir();
    const codec = { encode: packResult, decode: unpackResult };
    const first = new PackCache<ArticleResult, ReturnType<typeof packResult>>(corpus, { dir, codec });
    all.forEach((r, i) => first.set(`k${i}`, r));
    expect(first.get("k0")).toStrictEqual(all[0]);
    await first.flush();
    const packDir = join(dir, readdirSync(dir)[0]);
    const [file] = readdirSync(packDir);
    const stored = deserialize(unseal(file, "pack", readFileSync(join(packDir, file)))!).entries.get("k1");
    expect(Array.isArray(stored.claims)).toBe(false);
    // a run that uses two of the five leaves most unused: the next flush compacts the two, as stored
    const second = new PackCache<ArticleResult, ReturnType<typeof packResult>>(corpus, { dir, codec });
    expect(second.get("k1")).toStrictEqual(all[1]);
    expect(second.get("k2")).toStrictEqual(all[2]);
    expect(second.get("missing")).toBeNull();
    await second.flush();
    const third = new PackCache<ArticleResult, ReturnType<typeof packResult>>(corpus, { dir, codec });
    expect(third.get("k1")).toStrictEqual(all[1]);
    expect(third.get("k2")).toStrictEqual(all[2]);
    expect(third.get("k0")).toBeNull();
    expect([third.hits, third.misses]).toEqual([2, 1]);
    // packs read ahead in the background are the packs read in place; bytes of a pack no longer
    // there are not used (another run compacted it away: its entries are in the pack that replaced it)
    const bytes = await PackCache.prefetch(corpus, dir);
    expect([...bytes.keys()]).toEqual(readdirSync(packDir));
    bytes.set("gone.pack", seal("pack", serialize({ v8: process.versions.v8, entries: new Map([["k0", packResult(all[0])]]) })));
    const fourth = new PackCache<ArticleResult, ReturnType<typeof packResult>>(corpus, { dir, codec, bytes });
    expect(fourth.get("k1")).toStrictEqual(all[1]);
    expect(fourth.get("k0")).toBeNull();
    expect(await PackCache.prefetch(join(corpus, "none"), dir)).toEqual(new Map());
  });
});
