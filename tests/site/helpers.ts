/** Building the site into a folder, serving it, and visiting its pages in headless Chromium. */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import type { SiteName } from "./sites.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const SITES = join(ROOT, "test-output", "sites");
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");

/** A copy of the project's corpus (`data/sources`) in a new temporary folder. */
export function copyCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-corpus-"));
  cpSync(join(ROOT, "data", "sources"), join(dir, "sources"), { recursive: true });
  return dir;
}

/** The front matter and body of a source file. */
export function sourceFile(fields: Record<string, string | null>, body: string): string {
  const yaml = Object.entries(fields).map(([k, v]) => `${k}: ${v === null ? "null" : JSON.stringify(v)}`);
  return `---\n${yaml.join("\n")}\n---\n${body}\n`;
}

export interface BuildResult {
  code: number;
  output: string;
  out: string;
}

/** Run `scripts/build.ts` (what `npm run build` runs) with the given corpus into `test-output/sites/<name>`. */
export function buildSite(name: string, { corpus, env: extra = {} }: { corpus?: string; env?: NodeJS.ProcessEnv } = {}): Promise<BuildResult> {
  const out = join(SITES, name);
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, TRIANGULATE_SITE_OUT: out, OBSERVABLE_TELEMETRY_DISABLE: "true" };
  if (corpus) env.TRIANGULATE_CORPUS = corpus;
  else delete env.TRIANGULATE_CORPUS;
  return new Promise((ok, fail) => {
    const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/build.ts"], { cwd: ROOT, env });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", fail);
    child.on("exit", (code) => ok({ code: code ?? 1, output, out }));
  });
}

/**
 * The data a built site serves as `data/<name>.json` (its hashed file in `_file/`), or, split in files
 * `data/<name>/*.json` of one object each (the Articles page's), those objects as one.
 */
export function builtData<T = unknown>(out: string, name: string): T {
  const dir = join(out, "_file", "data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"));
  if (file) return JSON.parse(readFileSync(join(dir, file), "utf8"));
  if (!existsSync(join(dir, name))) throw new Error(`no ${name}.json or ${name}/ in ${dir}`);
  const parts = readdirSync(join(dir, name)).filter((f) => f.endsWith(".json"));
  return Object.assign({}, ...parts.map((f) => JSON.parse(readFileSync(join(dir, name, f), "utf8")))) as T;
}

/** The pages of a built site as URL paths (`/`, `/corpus`, …). */
export function builtPages(out: string): string[] {
  return readdirSync(out, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") && !f.startsWith("_"))
    .map((f) => "/" + f.replace(/\.html$/, "").replace(/(^|\/)index$/, ""))
    .sort();
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/** A static server for a built site on 127.0.0.1 (`/foo` → `foo.html`, `/` → `index.html`). */
export async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const rel = normalize(path).replace(/^(\.\.[/\\])+/, "");
    const candidates = [join(dir, rel), join(dir, `${rel}.html`), join(dir, rel, "index.html")];
    const file = candidates.find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile());
    if (!file) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** Chromium with a fresh profile, nothing in the background that reaches for the network. */
export async function openBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "triangulate-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What went wrong while a page loaded and ran. */
export interface PageProblems {
  console: string[];
  failed: string[];
  external: string[];
  dialogs: string[];
}

/** Record console errors, failed or ≥ 400 requests, requests off `origin` (blocked) and dialogs. */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { console: [], failed: [], external: [], dialogs: [] };
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:")) return route.continue();
    problems.external.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("console", (m) => m.type() === "error" && problems.console.push(m.text()));
  page.on("pageerror", (e) => problems.console.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => {
    if (!problems.external.includes(r.url())) problems.failed.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => r.status() >= 400 && problems.failed.push(`${r.url()}: HTTP ${r.status()}`));
  page.on("dialog", (d) => {
    problems.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

/** Go to `url` and wait until the page has loaded its data and rendered. */
export async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForFunction(() => document.fonts.status === "loaded");
  await page.waitForTimeout(300);
}

/** The error blocks Framework put in the page (cells that threw). */
export const errorBlocks = (page: Page) => page.$$eval(".observablehq--error", (els) => els.map((e) => (e as HTMLElement).innerText.slice(0, 300)));

/**
 * What does not fit the window: a document wider than the window, an element of the page that
 * sticks out of the window without being in a box that scrolls, a box that cuts its own text
 * (overflow hidden), and chart text (SVG) cut by the edge of its chart.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(LAYOUT_CHECK) as Promise<string[]>;
}

// A script, not a function: tsx and vitest name the helpers of a function (__name), which the page lacks.
const LAYOUT_CHECK = `(() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  const name = (el) => el.tagName.toLowerCase() + (typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\\s+/).join(".") : "") + ' "' + (el.textContent || "").trim().slice(0, 40) + '"';
  const inScroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return true;
    return false;
  };
  if (document.documentElement.scrollWidth > width) problems.push("the document is " + document.documentElement.scrollWidth + " px wide in a " + width + " px window");
  for (const el of document.querySelectorAll("main *")) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if ((r.right > width + 1 || r.left < -1) && !inScroller(el)) problems.push(name(el) + " sticks out of the window (" + Math.round(r.left) + " to " + Math.round(r.right) + " px)");
    const style = getComputedStyle(el);
    if ((style.overflowX === "hidden" || style.overflowX === "clip") && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(name(el) + " cuts its content");
  }
  for (const text of document.querySelectorAll("main svg text")) {
    const svg = text.ownerSVGElement;
    const t = text.getBoundingClientRect();
    if (!svg || !t.width) continue;
    const s = svg.getBoundingClientRect();
    if (t.left < s.left - 1 || t.right > s.right + 1 || t.top < s.top - 1 || t.bottom > s.bottom + 1)
      problems.push('chart text "' + text.textContent + '" runs past its chart (' + Math.round(t.left - s.left) + " to " + Math.round(t.right - s.left) + " px in " + Math.round(s.width) + " px)");
  }
  return [...new Set(problems)].slice(0, 20);
})()`;

/**
 * How much of a page a screenshot shows, from its top (two laptop screens): the claims table runs to
 * 27,000 px (47,000 on a phone), and a shot of all of it took 8–13 s; a shot's cost is its height
 * (4,000 px: 0.9–4.3 s a page, about a third of a visit; 1,800 px: 0.4–2.6 s), paid on some seventy visits.
 */
export const SCREENSHOT_MAX_HEIGHT = 1800;

/** Save a screenshot of the whole page (its first SCREENSHOT_MAX_HEIGHT px) as `test-output/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [width, height] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, SCREENSHOT_MAX_HEIGHT) } });
}

/**
 * A site of sites.ts, as the global setup (setup.ts) built it once for all the site tests, served,
 * with Chromium open on it; `close` undoes both. A new site test starts with this.
 */
export async function openBuiltSite(name: SiteName) {
  const out = inject("sites")[name];
  const server = await serve(out);
  const browser = await openBrowser();
  return {
    out,
    origin: server.origin,
    context: browser.context,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Build a site (from `corpus`, else data/), serve it and open Chromium on it; `close` undoes all.
 * Test files run side by side, and a build clears Framework's cache under freshness.test.ts's dev
 * server: a site a test only reads goes in sites.ts (built by the global setup) instead.
 */
export async function openSite(name: string, { corpus }: { corpus?: string } = {}) {
  const build = await buildSite(name, { corpus });
  if (build.code !== 0) throw new Error(`build of ${name} failed:\n${build.output}`);
  const server = await serve(build.out);
  const browser = await openBrowser();
  return {
    out: build.out,
    origin: server.origin,
    context: browser.context,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
