import { describe, expect, test } from "vitest";
import { csvParse } from "d3-dsv";
import { toCsv } from "../loaders/export/csv.ts";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { createServer } from "node:net";
import { analyze, type RunStats } from "../loaders/pipeline.ts";
import type { Analysis } from "../loaders/types.ts";
import { readCorpus } from "../loaders/corpus/read.ts";
import { ROOT, cli, copySeedCorpus, hashFolder, tempDir, withCache } from "./helpers.ts";
import { headlineOf } from "../loaders/cli/add.ts";
import { extractFromHtml, withoutInert } from "../loaders/add/html.ts";
import { StatIndex } from "../loaders/cache.ts";
import { seal, unseal } from "../loaders/disk.ts";
import { NEARCOPY_DEFAULTS } from "../loaders/align/nearcopy.ts";
import { nextSyntheticArticle, writeSyntheticCorpus } from "../bench/synth.ts";

const fresh = (): RunStats => ({ times: {}, extracted: 0, cached: 0 });

describe("triangulate add", () => {
  test("adds a plain-text article with front matter that passes check, and refuses the same text twice", () => {
    const dir = copySeedCorpus();
    const file = join(tempDir(), "article.txt");
    writeFileSync(file, "دير الزور - الأربعاء 12 كانون الثاني 2022\nقصفت طائرات مجهولة مواقع للميليشيات الإيرانية في البوكمال.\n");
    const r = cli(["add", file, "--corpus", dir, "--outlet", "Test Outlet", "--title", "none"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const added = readdirSync(join(dir, "sources")).filter((f) => f.startsWith("2022-01-12-test-outlet-"));
    expect(added).toHaveLength(1);
    const text = readFileSync(join(dir, "sources", added[0]), "utf8");
    expect(text).toMatch(/^---\noutlet: "Test Outlet"\nurl: null\npublished: "2022-01-12"\nlanguage: ar\ntitle: null\nnotes: ".*published inferred from the dateline .*language inferred from the script/s);
    expect(text.endsWith(readFileSync(file, "utf8"))).toBe(true);
    expect(cli(["check", "--corpus", dir]).code).toBe(0);
    const before = hashFolder(join(dir, "sources"));
    const again = cli(["add", file, "--corpus", dir, "--outlet", "Other", "--title", "none"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/refused: the same text is already in the corpus as .*2022-01-12-test-outlet-/);
    expect(hashFolder(join(dir, "sources"))).toEqual(before);
  });
  test("takes a saved HTML page's article text without navigation or boilerplate, and the page's metadata", () => {
    const dir = copySeedCorpus();
    const r = cli(["add", join(ROOT, "tests/fixtures/html/news-page.html"), "--corpus", dir]);
    expect(r.code, r.stderr).toBe(0);
    const f = readdirSync(join(dir, "sources")).find((x) => x.startsWith("2022-03-14-"))!;
    const { sources } = readCorpus(dir);
    const s = sources.find((x) => `${x.id}.md` === f)!;
    expect(s.outlet).toBe("شبكة الفرات الإخبارية");
    expect(s.url).toBe("https://furat-news.example/2022/03/14/omar-field-rockets");
    expect(s.published).toEqual({ start: "2022-03-14", end: "2022-03-14", precision: "day" });
    expect(s.title).toBe("قصف صاروخي يستهدف قاعدة للتحالف في حقل العمر");
    expect(s.notes).toMatch(/text extracted from a saved HTML page/);
    expect(s.body).toMatch(/^تعرضت قاعدة التحالف الدولي في حقل العمر النفطي/);
    expect(s.body).toMatch(/ويأتي الهجوم بعد أيام من غارات جوية مجهولة/);
    for (const boilerplate of ["الرئيسية", "رياضة", "ملفات تعريف الارتباط", "الأكثر قراءة", "اقرأ أيضاً", "جميع الحقوق محفوظة", "فيسبوك", "عاجل", "analytics"]) expect(s.body, boilerplate).not.toContain(boilerplate);
  });
  test("a page's scripts, styles and comments are cut before it is parsed, its JSON-LD kept; the article read the same", () => {
    const page = readFileSync(join(ROOT, "tests/fixtures/html/news-page.html"), "utf8");
    expect(
      withoutInert(
        '<p>a</p><SCRIPT src="x">if (a < b) document.write("<p>no</p>")</Script ><p>b</p><!-- <script> --><style>p{}</style><script type="application/ld+json">{"a":1}</script><noscript><p>no</p></noscript><p>c</p><script>never closed <p>no</p>',
      ),
    ).toBe('<p>a</p><p>b</p><script type="application/ld+json">{"a":1}</script><p>c</p>');
    const padded = page.replace("</head>", `<script>${"var x = '<p>menu</p>';\n".repeat(500)}</script><!-- ${"<p>old</p>".repeat(100)} --></head>`);
    expect(extractFromHtml(padded)).toEqual(extractFromHtml(page));
  });
  test("asks for what it cannot infer: without a terminal, missing metadata is an error naming the options", () => {
    const dir = copySeedCorpus();
    const r = cli(["add", "-", "--corpus", dir], { input: "نص مقال قصير بلا تاريخ ولا مصدر عن الوضع في دير الزور وما حولها." });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing outlet, published, title and cannot infer them: --outlet NAME \(or --outlet unknown\), --published .* --title/);
    expect(readdirSync(join(dir, "sources"))).toHaveLength(5);
  });
  test("warns when the text is a near-copy of an existing source and names it", () => {
    const dir = copySeedCorpus();
    const seed = readCorpus(dir).sources.find((s) => s.id.startsWith("003"))!;
    const r = cli(["add", "-", "--corpus", dir, "--outlet", "Syndicator", "--published", "2023-04", "--title", "none"], { input: "نقلا عن وكالات:\n" + seed.body.replace("12 جنديا", "13 جنديا") });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: this text is a near-copy of .*003_3193600fa50124c4\.md/);
  });
  test("says clearly when a URL cannot be fetched", async () => {
    const port = await new Promise<number>((res) => {
      const srv = createServer().listen(0, "127.0.0.1", () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => res(p));
      });
    });
    const r = cli(["add", `http://127.0.0.1:${port}/article`, "--corpus", copySeedCorpus()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/could not fetch http:\/\/127\.0\.0\.1:\d+\/article .*is there network access\?.*save the page and run triangulate add page\.html --url/);
  });
});

describe("incremental analysis", () => {
  test("re-extracts only the article that was added, and ignores a corrupt cache", async () => {
    await withCache(async (cache) => {
      const dir = copySeedCorpus();
      const s1 = fresh();
      await analyze({ corpus: dir }, s1);
      expect([s1.extracted, s1.cached]).toEqual([5, 0]);
      const s2 = fresh();
      await analyze({ corpus: dir }, s2);
      expect([s2.extracted, s2.cached]).toEqual([0, 5]);
      writeFileSync(join(dir, "sources", "new.md"), `---\noutlet: X\nurl: null\npublished: 2022\nlanguage: ar\ntitle: null\n---\nوتنتشر ميليشيا فاطميون في البوكمال.\n`);
      const s3 = fresh();
      await analyze({ corpus: dir }, s3);
      expect([s3.extracted, s3.cached]).toEqual([1, 5]);
      // one pack per run that extracted something: the seeds', then the new article's
      const packDir = join(cache, "articles", readdirSync(join(cache, "articles"))[0]);
      const packs = readdirSync(packDir).sort();
      expect(packs).toHaveLength(2);
      const first = join(packDir, packs[0]);
      const pack = deserialize(unseal(first, "pack", readFileSync(first))!);
      // entries written by another version of the library are keyed differently: never trusted
      const [k1, k2] = [...pack.entries.keys()];
      pack.entries.set(`another-version-${k1}`, pack.entries.get(k1));
      pack.entries.delete(k1);
      pack.entries.delete(k2);
      writeFileSync(first, seal("pack", serialize(pack)));
      const s4 = fresh();
      expect((await analyze({ corpus: dir }, s4)).sources).toHaveLength(6);
      expect([s4.extracted, s4.cached]).toEqual([2, 4]);
      expect(await analyze({ corpus: dir }, fresh())).toEqual(await analyze({ corpus: dir, cache: false }));
      // truncated packs, and packs of another V8 version, are ignored and rebuilt
      const [one, ...others] = readdirSync(packDir);
      writeFileSync(join(packDir, one), seal("pack", serialize({ ...deserialize(unseal(one, "pack", readFileSync(join(packDir, one)))!), v8: "0.0" })));
      for (const f of others) writeFileSync(join(packDir, f), readFileSync(join(packDir, f)).subarray(0, 100));
      const s5 = fresh();
      expect((await analyze({ corpus: dir }, s5)).sources).toHaveLength(6);
      expect([s5.extracted, s5.cached]).toEqual([6, 0]);
      expect(await analyze({ corpus: dir }, fresh())).toEqual(await analyze({ corpus: dir, cache: false }));
      const s6 = fresh();
      await analyze({ corpus: dir }, s6);
      expect([s6.extracted, s6.cached]).toEqual([0, 6]);
    });
  });

  test("a run that uses the cache gives the same analysis as one without it, as files are added, edited, touched and removed", async () => {
    await withCache(async (cache) => {
      // the files here were all written a moment ago: trust the stat index for them anyway
      const racy = StatIndex.racyMs;
      StatIndex.racyMs = -Infinity;
      try {
        const dir = copySeedCorpus();
        const same = async (extracted: number) => {
          const s = fresh();
          const warm = await analyze({ corpus: dir }, s);
          expect(s.extracted).toBe(extracted);
          expect(warm).toEqual(await analyze({ corpus: dir, cache: false }));
          return warm;
        };
        await same(5);
        await same(0);
        const files = readdirSync(join(dir, "sources")).sort();
        // an edit changes what the file says: it is read and extracted again
        const edited = join(dir, "sources", files[0]);
        writeFileSync(edited, readFileSync(edited, "utf8").replace("دير الزور", "دير  الزور"));
        await same(1);
        // a touch changes nothing but the file's times: it is read again, not extracted again
        const later = new Date(Date.now() + 5000);
        utimesSync(join(dir, "sources", files[1]), later, later);
        await same(0);
        // the same bytes under another name are another article, with claims of its own
        copyFileSync(join(dir, "sources", files[4]), join(dir, "sources", "copy.md"));
        expect((await same(1)).claims.filter((c) => c.source === "copy").length).toBeGreaterThan(0);
        rmSync(join(dir, "sources", "copy.md"));
        await same(0);
        // front matter is part of what is known of a file: a new outlet shows at once
        const retitled = join(dir, "sources", files[2]);
        writeFileSync(retitled, readFileSync(retitled, "utf8").replace(/^outlet: .*$/m, 'outlet: "Renamed Outlet"'));
        const a = await same(1);
        expect(a.sources.find((x) => `${x.id}.md` === files[2])?.outlet).toBe("Renamed Outlet");
        rmSync(join(dir, "sources", files[3]));
        expect((await same(0)).sources).toHaveLength(4);
        // results gone but the stat index kept: the bodies are read on demand, and they are the files'
        rmSync(join(cache, "articles"), { recursive: true });
        await same(4);
      } finally {
        StatIndex.racyMs = racy;
      }
    });
  });

  test("the stat index: a file read again when it changed too recently to trust its times, and a run stopped when a file changes under it", () => {
    const dir = copySeedCorpus();
    const cacheDir = tempDir();
    const first = new StatIndex(dir, cacheDir);
    readCorpus(dir, first);
    first.flush();
    // just written: within the racy window, so not taken from the index
    const file = join(dir, "sources", readdirSync(join(dir, "sources")).sort()[0]);
    expect(new StatIndex(dir, cacheDir).lookup(file)).toBeNull();
    const racy = StatIndex.racyMs;
    StatIndex.racyMs = -Infinity;
    try {
      const known = new StatIndex(dir, cacheDir).lookup(file);
      expect(known?.source.body).toBe(readCorpus(dir).sources.find((x) => x.id === known?.source.id)?.body);
      const again = new StatIndex(dir, cacheDir).lookup(file)!;
      writeFileSync(file, readFileSync(file, "utf8") + "\nجملة أضيفت أثناء التحليل.\n");
      expect(() => again.source.body).toThrow(/changed while it was being analysed: run the command again/);
    } finally {
      StatIndex.racyMs = racy;
    }
  });

  test("an analyst's correction, once withdrawn, leaves nothing behind in the cache", async () => {
    await withCache(async () => {
      const dir = copySeedCorpus();
      const machine = await analyze({ corpus: dir, cache: false });
      const c = machine.claims.find((x) => x.value && x.value.low !== null)!;
      writeFileSync(join(dir, "reviews.yaml"), `- correct: "${c.id}"\n  value: {low: 1, high: 2}\n  by: Rana\n`);
      const corrected = await analyze({ corpus: dir });
      expect(corrected.claims.find((x) => x.id === c.id)?.value).toMatchObject({ low: 1, high: 2 });
      rmSync(join(dir, "reviews.yaml"));
      const after = await analyze({ corpus: dir });
      expect(after.claims.find((x) => x.id === c.id)).toEqual(c);
      expect(after).toEqual(machine);
    });
  });

  test("packs of cached results are compacted when they pile up or hold much the corpus no longer uses", async () => {
    await withCache(async (cache) => {
      const dir = copySeedCorpus();
      const packs = () => readdirSync(join(cache, "articles", readdirSync(join(cache, "articles"))[0]));
      await analyze({ corpus: dir });
      for (let i = 0; i < 8; i++) {
        writeFileSync(join(dir, "sources", `n${i}.md`), `---\noutlet: X${i}\nurl: null\npublished: 2022\nlanguage: ar\ntitle: null\n---\nوتنتشر ميليشيا فاطميون في البوكمال ${i}.\n`);
        await analyze({ corpus: dir });
      }
      // 1 + 8 runs that extracted something; the ninth found eight packs and wrote one of all
      expect(packs()).toHaveLength(1);
      const s = fresh();
      await analyze({ corpus: dir }, s);
      expect([s.extracted, s.cached]).toEqual([0, 13]);
      expect(packs()).toHaveLength(1);
      // removing most of the corpus leaves entries nobody uses: the next run drops them
      for (let i = 0; i < 8; i++) rmSync(join(dir, "sources", `n${i}.md`));
      await analyze({ corpus: dir });
      const [only] = packs();
      const packFile = join(cache, "articles", readdirSync(join(cache, "articles"))[0], only);
      expect(deserialize(unseal(packFile, "pack", readFileSync(packFile))!).entries.size).toBe(5);
      // packs of the older JSON format are never read, and go at the next run
      writeFileSync(join(cache, "articles", readdirSync(join(cache, "articles"))[0], "0-legacy.json"), JSON.stringify({ entries: {} }));
      const s2 = fresh();
      await analyze({ corpus: dir }, s2);
      expect([s2.extracted, s2.cached]).toEqual([0, 5]);
      expect(packs()).toHaveLength(1);
      expect(packs()[0]).toMatch(/\.pack$/);
    });
  });

  test("a fact keeps its verdict only while the copies between its sources stay the same", async () => {
    await withCache(async () => {
      const dir = tempDir();
      mkdirSync(join(dir, "sources"));
      const sentence = "قصفت طائرات حربية مجهولة مواقع تابعة لميليشيا فاطميون الأفغانية في مدينة البوكمال بريف دير الزور الشرقي وسط أنباء عن سقوط قتلى في صفوف عناصرها.";
      const write = (name: string, published: string) => writeFileSync(join(dir, "sources", `${name}.md`), `---\noutlet: Outlet ${name}\nurl: null\npublished: "${published}"\nlanguage: ar\ntitle: null\n---\n${sentence}\n`);
      write("x", "2020-01-10");
      write("y", "2020-01-12");
      // with buckets of two at most, a third copy of the sentence makes its bucket boilerplate: the
      // copy between x and y is no longer seen, while z, three years later, is another attack
      const maxBucket = NEARCOPY_DEFAULTS.maxBucket;
      NEARCOPY_DEFAULTS.maxBucket = 2;
      try {
        const attack = (a: Analysis) => a.clusters.find((c) => c.sources.join() === "x,y")!;
        expect(attack(await analyze({ corpus: dir })).verdict).toBe("echoed");
        write("z", "2023-06-01");
        const s = fresh();
        const after = await analyze({ corpus: dir }, s);
        expect(s.extended).toBe(true);
        expect(attack(after).verdict).toBe("corroborated");
        expect(after).toEqual(await analyze({ corpus: dir, cache: false }));
      } finally {
        NEARCOPY_DEFAULTS.maxBucket = maxBucket;
      }
    });
  });

  test("adding articles extends the last run's copies and keeps the verdicts of the facts they do not touch: the same analysis as a run from scratch", async () => {
    await withCache(async (cache) => {
      const dir = tempDir();
      writeSyntheticCorpus(dir, 150, 7);
      // small buckets: added articles push some past the limit, which removes copies between old articles
      const maxBucket = NEARCOPY_DEFAULTS.maxBucket;
      NEARCOPY_DEFAULTS.maxBucket = 4;
      try {
        const step = async (extended: boolean) => {
          const s = fresh();
          const warm = await analyze({ corpus: dir }, s);
          expect(s.extended).toBe(extended);
          expect(warm).toEqual(await analyze({ corpus: dir, cache: false }));
          return { warm, judged: s.judged! };
        };
        const first = await step(false);
        expect(first.judged).toBe(first.warm.clusters.length);
        const add = (n: number) => {
          const a = nextSyntheticArticle(n, 7);
          // (some sort before the corpus's own articles, some after)
          const file = join(dir, "sources", `${n % 2 ? "a" : "z"}-${a.id}.md`);
          writeFileSync(file, a.file);
          return file;
        };
        let kept = 0;
        const files: string[] = [];
        for (let n = 150; n < 156; n++) {
          files.push(add(n));
          const { warm, judged } = await step(true);
          expect(judged).toBeLessThan(warm.clusters.length);
          kept += warm.clusters.length - judged;
        }
        expect(kept).toBeGreaterThan(6 * 50);
        // nothing new: nothing judged again
        expect((await step(true)).judged).toBe(0);
        // a review changes a claim's value (not its id): all is compared and judged again
        const { warm } = await step(true);
        // (a figure of an outlet with one article in the fact: another of its articles would make the correction an update)
        const outlet = (id: string) => warm.sources.find((x) => x.id === warm.claims.find((c) => c.id === id)?.source)?.outlet;
        const alone = (c: (typeof warm.clusters)[number], id: string) => c.claims.filter((x) => outlet(x) === outlet(id)).length === 1;
        const agreed = warm.clusters.find((c) => c.verdict === "corroborated" && c.claims.some((id) => warm.claims.find((x) => x.id === id)?.value?.low && alone(c, id)))!;
        const valued = agreed.claims.find((id) => warm.claims.find((x) => x.id === id)?.value?.low && alone(agreed, id))!;
        // (and one rejected, elsewhere: the kept alignment then reads the claims that remain)
        const rejected = warm.claims.find((c) => !agreed.claims.includes(c.id))!.id;
        writeFileSync(join(dir, "reviews.yaml"), `- correct: "${valued}"\n  value: {low: 1, high: 2}\n  by: Test\n- reject: "${rejected}"\n`);
        const reviewed = await step(false);
        expect(reviewed.judged).toBe(reviewed.warm.clusters.length);
        expect(reviewed.warm.clusters.find((c) => c.claims.includes(valued))?.verdict).toBe("contested");
        files.push(add(156));
        await step(true);
        // a damaged kept run is no kept run
        for (const f of readdirSync(join(cache, "kept"))) writeFileSync(join(cache, "kept", f), "damaged");
        files.push(add(157));
        await step(false);
        // an article removed or edited: compared in full
        rmSync(files[2]);
        await step(false);
        writeFileSync(files[3], readFileSync(files[3], "utf8") + "\nوتنتشر ميليشيا فاطميون في البوكمال.\n");
        await step(false);
        files.push(add(158));
        await step(true);
      } finally {
        NEARCOPY_DEFAULTS.maxBucket = maxBucket;
      }
    });
  });
});

describe("triangulate analyze and export", () => {
  test("writes the five outputs and a changelog that says what a new source changed", () => {
    const dir = copySeedCorpus();
    const out = join(dir, "out");
    const first = cli(["analyze", "--corpus", dir, "--out", out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^5 sources .*\nclaims: \d+ \(.*\)\nfacts: \d+ \(.*\)\nissues: \d+/);
    for (const f of ["sources", "claims", "clusters", "entities", "issues", "changes", "history"]) expect(existsSync(join(out, `${f}.json`)), f).toBe(true);
    writeFileSync(
      join(dir, "sources", "x.md"),
      readFileSync(join(dir, "sources", "003_3193600fa50124c4.md"), "utf8")
        .replace("Iran Insider", "X")
        .replace("12 جنديا", "40 جنديا")
        .replace(/^outlet: null/m, 'outlet: "Another outlet"'),
    );
    const second = cli(["analyze", "--corpus", dir, "--out", out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/changes since the last run:\n {2}\+ source x/);
    const log = JSON.parse(readFileSync(join(out, "changes.json"), "utf8"));
    expect(log.sources.added).toEqual(["x"]);
    expect(log.facts.verdicts.length + log.facts.sources.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(out, "history.json"), "utf8"))).toHaveLength(2);
  });
  test("a rerun with nothing new stands on the last outputs; an edited output, article or review is redone", () => {
    const dir = copySeedCorpus();
    const out = join(dir, "out");
    expect(cli(["analyze", "--corpus", dir, "--out", out]).code).toBe(0);
    const set = readlinkSync(join(out, "current"));
    const again = cli(["analyze", "--corpus", dir, "--out", out]);
    expect([again.code, again.stderr]).toEqual([0, ""]);
    expect(again.stdout).toMatch(/^5 sources\nclaims: \d+ \(.*\)\nfacts: \d+ \(.*\)\nissues: \d+ .*\nno changes since the last run: .* holds this analysis/);
    expect(readlinkSync(join(out, "current"))).toBe(set);
    // (an output changed by hand is written again, from a full run)
    writeFileSync(join(out, "claims.json"), "[]");
    const redone = cli(["analyze", "--corpus", dir, "--out", out]);
    expect(redone.stdout).toMatch(/no changes since the last run\nwrote /);
    expect(readlinkSync(join(out, "current"))).not.toBe(set);
    expect(JSON.parse(readFileSync(join(out, "claims.json"), "utf8")).length).toBeGreaterThan(0);
    // (another output folder is not this one)
    expect(cli(["analyze", "--corpus", dir, "--out", join(dir, "out2")]).stdout).toMatch(/\nwrote /);
    // (an edited article is a full run that says what changed)
    const f = join(dir, "sources", "003_3193600fa50124c4.md");
    writeFileSync(f, readFileSync(f, "utf8").replace("12 جنديا", "40 جنديا"));
    const edited = cli(["analyze", "--corpus", dir, "--out", out]);
    expect(edited.stdout).toMatch(/changes since the last run:\n/);
    expect(cli(["analyze", "--corpus", dir, "--out", out]).stdout).toMatch(/holds this analysis/);
    // (--no-cache always runs in full)
    expect(cli(["analyze", "--corpus", dir, "--out", out, "--no-cache"]).stdout).toMatch(/\nwrote /);
  });
  test("CSV cells: quoted only where they must be, formulas neutralised, objects as JSON", () => {
    const rows = [
      ["x, y", 'say "hi"'],
      ["=1+1", null],
      [{ k: 1 }, 2],
      ["line\nbreak", undefined],
    ];
    expect(toCsv(["a", "b"], rows)).toBe('a,b\r\n"x, y","say ""hi"""\r\n\'=1+1,\r\n"{""k"":1}",2\r\n"line\nbreak",\r\n');
  });
  test("exports claims and facts as CSV and JSON", () => {
    const dir = copySeedCorpus();
    const out = join(dir, "export");
    expect(cli(["export", "--format", "csv", "--corpus", dir, "--out", out]).code).toBe(0);
    const text = readFileSync(join(out, "claims.csv"), "utf8");
    const csv = text.split("\r\n");
    // (d3-dsv writes the CSV: a cell is quoted only when it must be, as RFC 4180 allows; lines end in CRLF)
    expect(csv[0]).toBe("id,source,kind,subject,object,place,low,high,unit,qualifier,date_start,date_end,date_precision,attribution,fact,review,evidence,span_start,span_end");
    expect(csv.length).toBeGreaterThan(10);
    expect(readFileSync(join(out, "facts.csv"), "utf8")).toMatch(/^id,kind,label,verdict,/);
    expect(cli(["export", "--format", "json", "--corpus", dir, "--out", out]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "facts.json"), "utf8")).length).toBeGreaterThan(0);
    // read back, every claim's evidence is the text as published (commas, quotes and line breaks included)
    const claims: Array<{ id: string; evidence: string }> = JSON.parse(readFileSync(join(out, "claims.json"), "utf8"));
    const rows = csvParse(text);
    expect(rows.map((r) => [r.id, r.evidence])).toEqual(claims.map((c) => [c.id, /^[=+\-@\t\r]/.test(c.evidence) ? `'${c.evidence}` : c.evidence]));
    const bad = cli(["export", "--format", "xml", "--corpus", dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--format must be csv, json or claimreview, not "xml"/);
  });
  test("exports ClaimReview JSON-LD with the fields Google's Fact Check tools read, for reviewed facts", async () => {
    const dir = copySeedCorpus();
    const a = await analyze({ corpus: dir, cache: false });
    const fact = a.clusters.find((c) => c.sources.length > 1) ?? a.clusters[0];
    writeFileSync(join(dir, "reviews.yaml"), `- verdict: ${fact.id}\n  set: corroborated\n  note: checked against two outlets\n  by: Rana\n`);
    const out = join(dir, "export");
    expect(cli(["export", "--format", "claimreview", "--corpus", dir, "--out", out, "--site-url", "https://triangulate.example"]).code).toBe(0);
    const reviews = JSON.parse(readFileSync(join(out, "claimreview.json"), "utf8"));
    expect(reviews).toHaveLength(1);
    const r = reviews[0];
    expect(r["@context"]).toBe("https://schema.org");
    expect(r["@type"]).toBe("ClaimReview");
    expect(r.url).toBe(`https://triangulate.example/facts#${encodeURIComponent(fact.id)}`);
    expect(typeof r.claimReviewed).toBe("string");
    expect(r.claimReviewed.length).toBeGreaterThan(10);
    expect(r.itemReviewed["@type"]).toBe("Claim");
    expect(r.itemReviewed.author).toMatchObject({ "@type": "Organization", name: expect.any(String) });
    expect("datePublished" in r.itemReviewed).toBe(true);
    expect(r.reviewRating).toMatchObject({ "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Corroborated by independent sources" });
    expect(r.author).toEqual({ "@type": "Organization", name: "Rana (Triangulate)" });
    expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("triangulate <command> --help", () => {
  test.each(["add", "analyze", "check", "export"])("%s --help prints its usage and options and exits 0", (name) => {
    const r = cli([name, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: triangulate ${name}`));
    expect(r.stdout).toMatch(/\noptions:\n(?:.*\n)*? {2}--corpus DIR +the corpus folder/);
    expect(r.stderr).toBe("");
  });
});

describe("headlineOf(text)", () => {
  test("the first line of a plain text is its title when it reads as a headline", () => {
    expect(headlineOf("# Car bomb kills 12 in Azaz\n\nA car bomb killed 12 people on Sunday.\n")).toBe("Car bomb kills 12 in Azaz");
    expect(headlineOf("مقتل 12 بانفجار سيارة مفخخة في أعزاز\nقتل 12 شخصا يوم الأحد.\n")).toBe("مقتل 12 بانفجار سيارة مفخخة في أعزاز");
  });
  test("triangulate add records it, with how it was found", () => {
    const dir = copySeedCorpus();
    const file = join(tempDir(), "article.txt");
    writeFileSync(file, "Car bomb kills 12 in Azaz\n\nAzaz, 12 January 2022 - A car bomb killed 12 people in the border town on Wednesday.\n");
    const r = cli(["add", file, "--corpus", dir, "--outlet", "Test Outlet"]);
    expect(r.code).toBe(0);
    const added = readdirSync(join(dir, "sources")).find((f) => f.startsWith("2022-01-12-test-outlet-"))!;
    const text = readFileSync(join(dir, "sources", added), "utf8");
    expect(text).toMatch(/\ntitle: "Car bomb kills 12 in Azaz"\n/);
    expect(text).toMatch(/title from the first line of the text/);
  });
  test("not a sentence, a dateline, a lone line or a long paragraph", () => {
    expect(headlineOf("A car bomb killed 12 people on Sunday.\nMore text.\n")).toBeNull();
    expect(headlineOf("دير الزور - الأربعاء 12 كانون الثاني 2022\nقصفت طائرات مجهولة مواقع.\n")).toBeNull();
    expect(headlineOf("Car bomb kills 12 in Azaz\n")).toBeNull();
    expect(headlineOf(`${"word ".repeat(40)}\nmore\n`)).toBeNull();
  });
});
