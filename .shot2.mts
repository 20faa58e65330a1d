import { serve, openBrowser, settle } from "./tests/site/helpers.ts";
const server = await serve("dist");
const { context, close } = await openBrowser();
for (const [w, h] of [[1280, 900], [390, 800]]) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.setViewportSize({ width: w, height: h });
  for (const p of process.argv.slice(2)) {
    await settle(page, `${server.origin}/${p}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(p || "index", w, "overflow px", overflow, "errors", errors.length, errors.slice(0, 2));
    await page.screenshot({ path: `/tmp/shot-${p || "index"}-${w}.png`, fullPage: true });
  }
  await page.close();
}
await close();
await server.close();
