// Screenshots of built pages (dist/), for a person to look at: npx tsx bench/shot.mts page [page…]
import { serve, openBrowser, settle } from "../tests/site/helpers.ts";
const server = await serve("dist");
const { context, close } = await openBrowser();
const page = await context.newPage();
await page.setViewportSize({ width: 1280, height: 900 });
for (const p of process.argv.slice(2)) {
  await settle(page, `${server.origin}/${p}`);
  await page.screenshot({ path: `test-output/shot-${p.replace(/[^a-z0-9]+/gi, "_") || "index"}.png`, fullPage: true });
}
await close();
await server.close();
