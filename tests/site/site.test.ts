/**
 * The seed site in headless Chromium, page by page: what each shows (the corpus, the overview, a
 * sample of fact views, an article), its charts, links and clicks, each with no console error, no
 * failed request, no request off the local server and no error block. Every page's load and
 * layout at two widths: pages.test.ts. Screenshots go to test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BrowserContext } from "playwright-core";
import type { Claim, Cluster, SourceRow } from "../../loaders/types.ts";
import config from "../../observablehq.config.ts";
import { builtData, builtPages, errorBlocks, openBuiltSite, screenshot, settle, watchPage } from "./helpers.ts";

/** An article as the files data/articles/<n>.json give it (builtData merges them). */
interface Article {
  text: string;
  claims: Array<Claim & { fact: { id: string } | null }>;
}

let out: string;
let origin: string;
let context: BrowserContext;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const site = await openBuiltSite("seed");
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

  test("the charts compare: figures per fact on one scale, a timeline zoomed by brushing and filtered, rosters inside their card, a fact's silent outlets", async () => {
    const clusters = builtData<Cluster[]>(out, "clusters");
    const page = await context.newPage();
    const problems = await watchPage(page, origin);
    // Estimates: one panel per fact, linked to it, each outlet named once in it
    await settle(page, `${origin}/estimates`);
    const panels = page.locator("section.strip-group");
    expect(await panels.count()).toBeGreaterThan(0);
    expect(await panels.first().locator("h3 a").getAttribute("href")).toMatch(/^\.\/facts#/);
    for (const panel of await panels.all()) {
      const names = await panel.locator(".strip-label .outlet").allInnerTexts();
      expect(new Set(names).size, "an outlet named once per fact").toBe(names.length);
      expect(await panel.locator(".strip svg > g.mark").count()).toBe(await panel.locator(".strip").count());
    }
    // Events: brushing a period narrows the timeline, "Whole period" restores it; a kind filters it
    await settle(page, `${origin}/events`);
    const heads = page.locator(".timeline .strip-head");
    const all = await heads.count();
    expect(all).toBeGreaterThan(1);
    const box = (await page.locator(".time-brush .brush .overlay").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.999, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    expect(await page.locator(".brush-readout .period").innerText()).toMatch(/^Showing \d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d\.$/);
    expect(await heads.count()).toBeLessThan(all);
    await page.locator(".brush-readout button").click();
    await page.waitForTimeout(300);
    expect(await heads.count()).toBe(all);
    await page.locator("form select").first().selectOption({ label: "casualties" });
    await page.waitForTimeout(300);
    const dated = new Set(
      builtData<Claim[]>(out, "claims")
        .filter((c) => c.date?.start || c.date?.end)
        .map((c) => c.id),
    );
    expect(await heads.count()).toBe(Math.min(40, clusters.filter((c) => c.kind === "casualties" && c.claims.some((id) => dated.has(id))).length));
    // Rosters: the matrix scrolls inside its card and the card stays in the page
    await settle(page, `${origin}/rosters`);
    const scroller = page.locator(".roster-scroll");
    const [inner, outer] = await scroller.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(inner).toBeGreaterThan(outer);
    const card = (await page.locator(".card").filter({ has: scroller }).boundingBox())!;
    expect(card.x + card.width).toBeLessThanOrEqual(1280);
    // a fact with claims dated and placed: who confirms, contradicts and is silent, each silent outlet with its article
    const fact = clusters.find((c) => c.kind === "attack" && c.place)!;
    await settle(page, `${origin}/facts#${encodeURIComponent(fact.id)}`);
    expect(await page.locator(".outlets-board .board-col").evaluateAll((cs) => cs.map((c) => c.getAttribute("data-stance")))).toEqual(["confirms", "contradicts", "silent"]);
    for (const li of await page.locator('.board-col[data-stance="silent"] li').all()) expect(await li.locator('.why a[href*="articles#"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual({ console: [], failed: [], external: [], dialogs: [] });
    await page.close();
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
      const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-fact"), tr.querySelector(".verdict")?.getAttribute("data-verdict")]));
      const verdicts = new Map(clusters.map((c) => [c.id, c.review?.verdict ?? c.verdict]));
      for (const [id, verdict] of shown) expect(verdict, `verdict of ${id}`).toBe(verdicts.get(id!));
    }
    await page.close();
  });

  test("a sample of fact views shows each outlet's sentence right-to-left with the evidence marked", async () => {
    const clusters = builtData<Cluster[]>(out, "clusters");
    const step = Math.max(1, Math.floor(clusters.length / 8));
    const sample = clusters.filter((_, i) => i % step === 0).slice(0, 8);
    // (the first opened from its address, the others by changing the address's hash, as a link does: the page and its data loaded once)
    const page = await context.newPage();
    const problems = await watchPage(page, origin);
    for (const [i, c] of sample.entries()) {
      const fact = page.locator(`article.fact[data-fact="${c.id}"]`);
      if (i === 0) await settle(page, `${origin}/facts#${encodeURIComponent(c.id)}`);
      else await page.evaluate((hash) => void (location.hash = hash), encodeURIComponent(c.id));
      await fact.waitFor();
      await screenshot(page, `fact-${i}`);
      expect(problems, `${c.id}: problems`).toEqual({ console: [], failed: [], external: [], dialogs: [] });
      expect(await errorBlocks(page), `${c.id}: error blocks`).toEqual([]);
      expect(await fact.count()).toBe(1);
      const cards = fact.locator(".claim");
      expect(await cards.count()).toBe(Math.min(c.claims.length, 60));
      for (const card of await cards.all()) {
        expect(await card.locator('blockquote[dir="rtl"] mark.evidence').count()).toBe(1);
      }
    }
    await page.close();
  });

  test("the article page shows a seed article as published, every claim highlighted, and a highlight opens its claim and fact", async () => {
    const articles = builtData<Record<string, Article>>(out, "articles");
    // the seed article with the most claims
    const [id, article] = Object.entries(articles).sort((a, b) => b[1].claims.length - a[1].claims.length)[0];
    expect(article.claims.length).toBeGreaterThan(10);
    const page = await visit(`/articles#${encodeURIComponent(id)}`, "article");
    const view = page.locator(`article.article-view[data-source="${id}"]`);
    expect(await view.count()).toBe(1);
    // the text as published (its lines as paragraphs), right-to-left
    const lines = article.text.split("\n").filter((l) => /\S/.test(l));
    expect(await view.locator('.article-text[dir="rtl"] p').evaluateAll((ps) => ps.map((p) => p.textContent))).toEqual(lines);
    // every claim is highlighted over exactly its evidence (less its line breaks)
    const marks = await view.locator("mark.claim-mark").evaluateAll((ms) => ms.map((m) => ({ text: m.textContent ?? "", claims: (m.getAttribute("data-claims") ?? "").split(" ").map(decodeURIComponent) })));
    for (const c of article.claims) {
      const covered = marks
        .filter((m) => m.claims.includes(c.id))
        .map((m) => m.text)
        .join("");
      expect(covered, c.id).toBe(article.text.slice(c.span[0], c.span[1]).replaceAll("\n", ""));
    }
    // a click shows the claims of the highlight, and the address names the claim
    const first = view.locator("mark.claim-mark").first();
    await first.click();
    const shown = await view.locator(".claim-panel .claim-detail").evaluateAll((ds) => ds.map((d) => d.getAttribute("data-claim")));
    expect(shown).toEqual(marks[0].claims);
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(marks[0].claims[0]);
    // Tab moves to the next highlight and shows its claims
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-claims"))).toBe(marks[1].claims.map(encodeURIComponent).join(" "));
    expect(await view.locator(".claim-panel .claim-detail").first().getAttribute("data-claim")).toBe(marks[1].claims[0]);
    // the claim's fact link opens the fact
    const claim = article.claims.find((c) => c.id === marks[1].claims[0])!;
    if (claim.fact) {
      await view.locator(".claim-panel .claim-detail").first().locator('[data-field="fact"] a').click();
      await page.waitForURL(/\/facts#/);
      await page.locator(`article.fact[data-fact="${claim.fact.id}"]`).waitFor();
    }
    await page.close();
  });

  test("the article page opens at a claim from its address, and fits a phone's width", async () => {
    const articles = builtData<Record<string, Article>>(out, "articles");
    const claim = Object.values(articles)
      .flatMap((a) => a.claims)
      .at(-1)!;
    const page = await context.newPage();
    const problems = await watchPage(page, origin);
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page, `${origin}/articles#${encodeURIComponent(claim.id)}`);
    await screenshot(page, "article-390");
    expect(await page.locator(".claim-panel .claim-detail").first().getAttribute("data-claim")).toBe(claim.id);
    expect(await page.locator(".claim-panel").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator(".claim-panel button.close").click();
    expect(await page.locator(".claim-panel").isVisible()).toBe(false);
    // the list when no article is named, and a search that narrows it
    await settle(page, `${origin}/articles`);
    expect(await page.locator(".article-list li").count()).toBe(Object.keys(articles).length);
    await page.locator(".article-search input").fill("Iran Insider");
    await page.waitForTimeout(200);
    expect(await page.locator(".article-list li").count()).toBe(1);
    expect(problems).toEqual({ console: [], failed: [], external: [], dialogs: [] });
    await page.close();
  });

  test("every page that shows a source id or an outlet's article links it to the article page", async () => {
    const sources = new Set(builtData<SourceRow[]>(out, "sources").map((s) => s.id));
    const clusters = builtData<Cluster[]>(out, "clusters");
    for (const path of ["/corpus", "/claims", "/sources", "/issues", "/", `/facts#${encodeURIComponent(clusters[0].id)}`]) {
      const page = await context.newPage();
      await settle(page, origin + path);
      const hrefs = await page.locator('main a[href*="articles#"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length, path).toBeGreaterThan(0);
      for (const h of hrefs) {
        const target = decodeURIComponent(new URL(h).hash.slice(1));
        expect(new URL(h).pathname, path).toBe("/articles");
        expect(sources.has(target) || sources.has(target.slice(0, target.lastIndexOf("#"))), `${path}: ${target}`).toBe(true);
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
