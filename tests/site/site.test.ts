/**
 * The seed site in headless Chromium: every built page (and a sample of fact views) loads with no
 * console error, no failed request, no request off the local server and no error block, and shows
 * real content. Screenshots go to test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BrowserContext } from "playwright-core";
import type { Cluster, SourceRow } from "../../loaders/types.ts";
import config from "../../observablehq.config.ts";
import { builtData, builtPages, errorBlocks, openSite, screenshot, settle, watchPage } from "./helpers.ts";

let out: string;
let origin: string;
let context: BrowserContext;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const site = await openSite("seed");
  ({ out, origin, context } = site);
  cleanup.push(site.close);
});

afterAll(async () => {
  for (const f of cleanup) await f();
});

/** Visit a page, fail on any problem, save its screenshot, and return the page for more checks. */
async function visit(path: string, name: string) {
  const page = await context.newPage();
  const problems = await watchPage(page, origin);
  await settle(page, origin + path);
  await screenshot(page, name);
  expect(problems, `${path}: problems`).toEqual({ console: [], failed: [], external: [], dialogs: [] });
  expect(await errorBlocks(page), `${path}: error blocks`).toEqual([]);
  return page;
}

describe("the seed site", () => {
  test("builds every page of the config", async () => {
    expect(builtPages(out)).toEqual(["/", ...config.pages.map((p) => p.path)].sort());
  });

  test("every page loads in Chromium with no error, failed request or external request", async () => {
    for (const path of builtPages(out)) {
      const page = await visit(path, path === "/" ? "index" : path.slice(1).replaceAll("/", "_"));
      await page.close();
    }
  });

  test("the corpus page lists the five seed sources, with outlet, date precision and language", async () => {
    const sources = builtData<SourceRow[]>(out, "sources");
    expect(sources).toHaveLength(5);
    const page = await visit("/corpus", "corpus");
    expect(await page.locator(".corpus table tbody tr").count()).toBe(5);
    const text = await page.locator(".corpus table").innerText();
    expect(text).toContain("Iran Insider");
    expect(text).toContain("unknown outlet");
    expect(text).toContain("2020-01 (month)");
    expect(text).toContain("2019 (year)");
    expect(text).toContain("unknown");
    await page.close();
  });

  test("the overview matrix has one row per fact, each linking to its fact view", async () => {
    const clusters = builtData<Cluster[]>(out, "clusters");
    const page = await visit("/", "index");
    if (!clusters.length) {
      expect(await page.locator(".empty").first().innerText()).toContain("No facts yet");
    } else {
      const rows = page.locator("table.facts-matrix tbody tr");
      expect(await rows.count()).toBe(Math.min(clusters.length, 150));
      const href = await rows.first().locator("a").first().getAttribute("href");
      expect(href).toMatch(/facts#/);
      const shown = await rows.evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute("data-fact"), tr.querySelector(".verdict")?.getAttribute("data-verdict")]),
      );
      const verdicts = new Map(clusters.map((c) => [c.id, c.review?.verdict ?? c.verdict]));
      for (const [id, verdict] of shown) expect(verdict, `verdict of ${id}`).toBe(verdicts.get(id!));
    }
    await page.close();
  });

  test("a sample of fact views shows each outlet's sentence right-to-left with the evidence marked", async () => {
    const clusters = builtData<Cluster[]>(out, "clusters");
    const step = Math.max(1, Math.floor(clusters.length / 8));
    const sample = clusters.filter((_, i) => i % step === 0).slice(0, 8);
    for (const [i, c] of sample.entries()) {
      const page = await visit(`/facts#${encodeURIComponent(c.id)}`, `fact-${i}`);
      const fact = page.locator(`article.fact[data-fact="${c.id}"]`);
      expect(await fact.count()).toBe(1);
      const cards = fact.locator(".claim");
      expect(await cards.count()).toBe(Math.min(c.claims.length, 60));
      for (const card of await cards.all()) {
        expect(await card.locator('blockquote[dir="rtl"] mark.evidence').count()).toBe(1);
      }
      await page.close();
    }
  });

  test("clicking a fact in the overview opens its view on the Facts page", async () => {
    const clusters = builtData<Cluster[]>(out, "clusters");
    if (!clusters.length) return;
    const page = await context.newPage();
    const problems = await watchPage(page, origin);
    await settle(page, origin + "/");
    const link = page.locator("table.facts-matrix tbody tr a").first();
    const id = await link.locator("xpath=ancestor::tr").getAttribute("data-fact");
    await link.click();
    await page.waitForURL(/\/facts#/);
    await page.locator(`article.fact[data-fact="${id}"]`).waitFor();
    expect(problems).toEqual({ console: [], failed: [], external: [], dialogs: [] });
    await page.close();
  });
});
