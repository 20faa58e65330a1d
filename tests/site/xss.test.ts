/**
 * Article text, titles, outlet names and URLs are untrusted: a site built from a corpus with an
 * article full of markup renders it as visible text and runs none of it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BrowserContext } from "playwright-core";
import type { Cluster, SourceRow } from "../../loaders/types.ts";
import { readSource } from "../../loaders/corpus/read.ts";
import { builtData, builtPages, errorBlocks, openBuiltSite, screenshot, settle, watchPage } from "./helpers.ts";
import { EVIL, EVIL_URL, IMG, LINK, RLO_OUTLET, SCRIPT } from "./sites.ts";

/**
 * Each text node of the page's main part that holds U+202E, outside charts (an SVG text is a
 * paragraph of its own) and menus: is it inside a `<bdi>` or `dir=auto` isolate that holds no
 * digits besides it (the override would reverse them)? A script, not a function (see layoutProblems).
 */
const ISOLATION_CHECK = `(() => {
  const walker = document.createTreeWalker(document.querySelector("main") || document.body, NodeFilter.SHOW_TEXT);
  let found = 0;
  const loose = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.data.includes("\u202E") || n.parentElement.closest("svg, select, option, script, style")) continue;
    found++;
    const isolate = n.parentElement.closest("bdi, [dir=auto]");
    if (!isolate || /\\d/.test(isolate.textContent.replace(n.data, ""))) loose.push(n.parentElement.tagName.toLowerCase() + ": " + (isolate || n.parentElement.parentElement || n.parentElement).textContent.slice(0, 80));
  }
  return { found, loose };
})()`;

let out: string;
let origin: string;
let context: BrowserContext;
const cleanup: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  const site = await openBuiltSite("xss");
  ({ out, origin, context } = site);
  cleanup.push(site.close);
});

afterAll(async () => {
  for (const f of cleanup.reverse()) await f();
});

describe("untrusted text", () => {
  test("the reader refuses a javascript: URL, so only markup inside http(s) URLs and text gets through", () => {
    const bad = EVIL.replace(JSON.stringify(EVIL_URL), JSON.stringify("javascript:window.__xss=1"));
    const dir = mkdtempSync(join(tmpdir(), "triangulate-js-"));
    const file = join(dir, "901_js.md");
    writeFileSync(file, bad);
    try {
      expect(
        readSource(file)
          .problems.map((p) => p.message)
          .join("\n"),
      ).toMatch(/not an http\(s\) link/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // (this pass over every page at a laptop's width and the next, at a phone's, run side by side: see pages.test.ts)
  test.concurrent("no page runs the markup of an article, and the corpus page shows it as text", async () => {
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

  test.concurrent("an outlet's U+202E stays inside a <bdi> or dir=auto isolate, and a 10,000-letter word never makes a page wider than a phone", async () => {
    expect(builtData<SourceRow[]>(out, "sources").find((x) => x.id === "902_bidi")?.outlet).toBe(RLO_OUTLET);
    const facts = builtData<Cluster[]>(out, "clusters").filter((c) => c.sources.includes("902_bidi"));
    expect(facts.length).toBeGreaterThan(0);
    const paths = [...builtPages(out), "/articles#902_bidi", ...facts.slice(0, 2).map((c) => `/facts#${encodeURIComponent(c.id)}`)];
    let shown = 0;
    for (const path of paths) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await settle(page, origin + path);
      await screenshot(page, `bidi-390-${path === "/" ? "index" : path.slice(1).replace(/[^a-z0-9-]+/gi, "_")}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at 390 px`).toBeLessThanOrEqual(390);
      const { found, loose } = (await page.evaluate(ISOLATION_CHECK)) as { found: number; loose: string[] };
      expect(loose, path).toEqual([]);
      shown += found;
      await page.close();
    }
    // (the outlet's name is on the corpus, sources, articles, claims and facts pages at least)
    expect(shown).toBeGreaterThanOrEqual(5);
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
    // (the first opened from its address, the others by changing the address's hash, as a link does: the page and its data loaded once)
    const facts = await context.newPage();
    const problems = await watchPage(facts, origin);
    for (const [i, c] of clusters.slice(0, 5).entries()) {
      if (i === 0) await settle(facts, `${origin}/facts#${encodeURIComponent(c.id)}`);
      else await facts.evaluate((hash) => void (location.hash = hash), encodeURIComponent(c.id));
      await facts.locator(`article.fact[data-fact="${c.id}"]`).waitFor();
      for (const link of (await facts.locator(".fact-list a").all()).slice(0, 12)) {
        await link.click();
        await facts.waitForTimeout(50);
      }
      expect(await facts.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(problems).toEqual({ console: [], failed: [], external: [], dialogs: [] });
    }
    await facts.close();
    const page = await context.newPage();
    await settle(page, `${origin}/claims`);
    const text = await page.locator("main").innerText();
    const claims = builtData<{ source: string }[]>(out, "claims").filter((c) => c.source === "900_evil");
    if (claims.length) expect(text).toMatch(/<script>window.__xss=1<\/script>|<img src=x onerror|<a href="javascript:/);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await page.close();
  });
});
