/**
 * Article text, titles, outlet names and URLs are untrusted: a site built from a corpus with an
 * article full of markup renders it as visible text and runs none of it.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BrowserContext } from "playwright-core";
import type { Cluster, SourceRow } from "../../loaders/types.ts";
import { readSource } from "../../loaders/corpus/read.ts";
import { builtData, builtPages, copyCorpus, errorBlocks, openSite, screenshot, settle, sourceFile, watchPage } from "./helpers.ts";

const SCRIPT = "<script>window.__xss=1</script>";
const IMG = `<img src=x onerror="window.__xss=1">`;
const LINK = `<a href="javascript:window.__xss=1">click</a>`;
const EVIL_URL = `https://example.com/?q="><script>window.__xss=1</script><img/src=x/onerror=window.__xss=1>`;
const EVIL = sourceFile(
  { outlet: `Evil ${IMG}`, url: EVIL_URL, published: "2021-06-29", language: "ar", title: `عنوان ${SCRIPT} ${LINK}` },
  [`وتتخذ القوات الأمريكية من حقل العمر النفطي مقرا لها ${SCRIPT} ${IMG}.`, `وتنتشر ميليشيا فاطميون في مدينة البوكمال ${LINK} بحسب مصادر محلية.`, `وقالت المصادر إن أكثر من 150 عنصرا من ميليشيا فاطميون وصلوا إلى البوكمال ${IMG}.`].join(
    "\n",
  ),
);

let corpus: string;
let out: string;
let origin: string;
let context: BrowserContext;
const cleanup: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  corpus = copyCorpus();
  cleanup.push(() => rmSync(corpus, { recursive: true, force: true }));
  writeFileSync(join(corpus, "sources", "900_evil.md"), EVIL);
  const site = await openSite("xss", { corpus });
  ({ out, origin, context } = site);
  cleanup.push(site.close);
});

afterAll(async () => {
  for (const f of cleanup.reverse()) await f();
});

describe("untrusted text", () => {
  test("the reader refuses a javascript: URL, so only markup inside http(s) URLs and text gets through", () => {
    const bad = EVIL.replace(JSON.stringify(EVIL_URL), JSON.stringify("javascript:window.__xss=1"));
    const file = join(corpus, "sources", "901_js.md");
    writeFileSync(file, bad);
    try {
      expect(
        readSource(file)
          .problems.map((p) => p.message)
          .join("\n"),
      ).toMatch(/not an http\(s\) link/);
    } finally {
      rmSync(file);
    }
  });

  test("no page runs the markup of an article, and the corpus page shows it as text", async () => {
    const sources = builtData<SourceRow[]>(out, "sources");
    expect(sources.map((s) => s.id)).toContain("900_evil");
    for (const path of builtPages(out)) {
      const page = await context.newPage();
      const problems = await watchPage(page, origin);
      await settle(page, origin + path);
      await screenshot(page, `xss-${path === "/" ? "index" : path.slice(1)}`);
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), path).toBeUndefined();
      expect(problems, path).toEqual({ console: [], failed: [], external: [], dialogs: [] });
      expect(await errorBlocks(page), path).toEqual([]);
      expect(await page.locator("main script, main img[src='x'], main a[href^='javascript:']").count(), path).toBe(0);
      if (path === "/corpus") {
        const text = await page.locator("main").innerText();
        expect(text).toContain(SCRIPT);
        expect(text).toContain(IMG);
        expect(text).toContain(LINK);
        const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        for (const h of hrefs) expect(h).toMatch(/^https?:/);
      }
      await page.close();
    }
  });

  test("the article page shows the article's markup, title, outlet and address as text, and its highlights run none of it", async () => {
    const page = await context.newPage();
    const problems = await watchPage(page, origin);
    await settle(page, `${origin}/articles#900_evil`);
    await screenshot(page, "xss-article");
    const view = page.locator('article.article-view[data-source="900_evil"]');
    const text = await view.innerText();
    for (const markup of [SCRIPT, IMG, LINK]) expect(text).toContain(markup);
    expect(await view.locator("script, img, a[href^='javascript:']").count()).toBe(0);
    for (const mark of (await view.locator("mark.claim-mark").all()).slice(0, 10)) await mark.click();
    expect(await view.locator(".claim-panel .claim-detail").count()).toBeGreaterThan(0);
    expect(await view.locator("script, img, a[href^='javascript:']").count()).toBe(0);
    const hrefs = await view.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const h of hrefs) expect(h).toMatch(/^https?:/);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(problems).toEqual({ console: [], failed: [], external: [], dialogs: [] });
    expect(await errorBlocks(page)).toEqual([]);
    await page.close();
  });

  test("fact views of the article's claims show its markup as text inside the marked sentence", async () => {
    const clusters = builtData<Cluster[]>(out, "clusters").filter((c) => c.sources.includes("900_evil"));
    for (const c of clusters.slice(0, 5)) {
      const page = await context.newPage();
      const problems = await watchPage(page, origin);
      await settle(page, `${origin}/facts#${encodeURIComponent(c.id)}`);
      await page.locator(`article.fact[data-fact="${c.id}"]`).waitFor();
      for (const link of (await page.locator(".fact-list a").all()).slice(0, 12)) {
        await link.click();
        await page.waitForTimeout(50);
      }
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(problems).toEqual({ console: [], failed: [], external: [], dialogs: [] });
      await page.close();
    }
    const page = await context.newPage();
    await settle(page, `${origin}/claims`);
    const text = await page.locator("main").innerText();
    const claims = builtData<{ source: string }[]>(out, "claims").filter((c) => c.source === "900_evil");
    if (claims.length) expect(text).toMatch(/<script>window.__xss=1<\/script>|<img src=x onerror|<a href="javascript:/);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await page.close();
  });
});
