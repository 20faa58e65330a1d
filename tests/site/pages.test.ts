/**
 * Every page of the seed site, and a fact's view and an article's, in headless Chromium at a
 * laptop's width and a phone's: no console error, failed or external request, dialog or error
 * block, and nothing wider than the window or cut. (A file of its own so that it runs beside
 * site.test.ts's checks of particular pages; screenshots go to test-output/screenshots/.)
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BrowserContext } from "playwright-core";
import type { Cluster, SourceRow } from "../../loaders/types.ts";
import { builtData, builtPages, errorBlocks, layoutProblems, openBuiltSite, screenshot, settle, watchPage } from "./helpers.ts";

let out: string;
let origin: string;
let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ out, origin, context, close } = await openBuiltSite("seed"));
});

afterAll(() => close?.());

describe("every page of the seed site", () => {
  const readableAt = async (width: number, height: number) => {
    const clusters = builtData<Cluster[]>(out, "clusters");
    const sources = builtData<SourceRow[]>(out, "sources");
    const paths = [...builtPages(out), `/facts#${encodeURIComponent(clusters[0].id)}`, `/articles#${encodeURIComponent(sources[0].id)}`];
    for (const path of paths) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      const problems = await watchPage(page, origin);
      await settle(page, origin + path);
      await screenshot(page, `${width}-${path === "/" ? "index" : path.slice(1).replace(/[^a-z0-9-]+/gi, "_")}`);
      expect(await layoutProblems(page), `${path} at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
      expect(problems, `${path} at ${width} px`).toEqual({ console: [], failed: [], external: [], dialogs: [] });
      expect(await errorBlocks(page), `${path} at ${width} px`).toEqual([]);
      await page.close();
    }
  };

  // (the two widths side by side, each in pages of its own: one's waits for the network to settle are the other's work)
  test.concurrent("every page loads in Chromium with no error, failed request or external request, and is readable on a laptop (1280 px)", () => readableAt(1280, 900));

  test.concurrent("every page is readable on a phone (390 px): nothing wider than the window, no cut text, no console error", () => readableAt(390, 844));
});
