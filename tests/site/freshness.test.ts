/**
 * Freshness: adding an article shows on the next build, and in the running dev server, with no
 * cache cleared by hand (Framework alone would keep serving its cached loader output).
 */
import { spawn, execFileSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import type { SourceRow } from "../../loaders/types.ts";
import { ROOT, SITES, buildSite, builtData, copyCorpus, openBrowser, sourceFile } from "./helpers.ts";

const corpora: string[] = [];
afterAll(() => corpora.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A sixth article, valid for the reader. */
const SIXTH = sourceFile({ outlet: "Test Outlet", url: "https://example.org/sixth", published: "2021-07", language: "ar", title: "مقال سادس" }, "وتنتشر ميليشيا فاطميون في مدينة البوكمال بريف دير الزور الشرقي، بحسب مصادر محلية.");

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

/** Processes whose command line contains `needle` (from `ps`), other than `ps` itself. */
const processesWith = (needle: string) =>
  execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" })
    .split("\n")
    .filter((l) => l.includes(needle) && !/\bps -eo\b/.test(l));

async function poll<T>(f: () => Promise<T | undefined>, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 500));
  }
  return undefined;
}

describe("freshness", () => {
  test("build shows an added article on the next build, with no cache cleared by hand", () => {
    // The global setup (setup.ts) builds the seed site, then at once the xss site from the same five
    // articles and two more (sites.ts): Framework's cache then held the seed build's loader outputs,
    // and the second build must not have served them.
    const { seed, xss } = inject("sites");
    expect(builtData<SourceRow[]>(seed, "sources")).toHaveLength(5);
    const sources = builtData<SourceRow[]>(xss, "sources");
    expect(sources).toHaveLength(7);
    expect(sources.map((s) => s.id)).toEqual(expect.arrayContaining(["900_evil", "902_bidi"]));
    expect(Object.keys(builtData<Record<string, unknown>>(xss, "articles"))).toContain("900_evil");
  });

  test("build fails, naming the problem, when the corpus has a bad file", async () => {
    const corpus = copyCorpus();
    corpora.push(corpus);
    writeFileSync(join(corpus, "sources", "bad.md"), "---\nlanguage: xx\n---\nنص\n");
    const build = await buildSite("fresh", { corpus });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/bad\.md:\d+/);
  });

  test("npm start shows an added article without a restart, and Ctrl-C leaves no process behind", async () => {
    const corpus = copyCorpus();
    corpora.push(corpus);
    const port = await freePort();
    // (as a terminal runs it: its own process group, which Ctrl-C signals whole)
    const dev = spawn("npm", ["start", "--silent"], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), TRIANGULATE_CORPUS: corpus },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let log = "";
    dev.stdout.on("data", (d) => (log += d));
    dev.stderr.on("data", (d) => (log += d));
    const exited = new Promise<number | null>((ok) => dev.on("exit", (code) => ok(code)));
    const count = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/_file/data/sources.json`);
      return res.ok ? ((await res.json()) as SourceRow[]).length : undefined;
    };
    const browser = await openBrowser();
    try {
      expect(await poll(count, 60_000), log).toBe(5);
      const page = await browser.context.newPage();
      // Preview starts watching the page's files only once it has answered the page's hello with
      // "welcome" (and stats them just after): a file changed before then makes no update. A
      // user's article is not added in that instant; the test waits for it, then a moment more.
      let welcomed = false;
      page.on("websocket", (ws) => ws.on("framereceived", (f) => (welcomed ||= String(f.payload).includes('"welcome"'))));
      await page.goto(`http://127.0.0.1:${port}/corpus`);
      const rows = () => page.locator(".corpus table tbody tr").count();
      await page.waitForFunction(() => document.querySelectorAll(".corpus table tbody tr").length === 5);
      expect(await poll(async () => (welcomed ? true : undefined), 60_000), "the page's watch socket was welcomed").toBe(true);
      await new Promise((r) => setTimeout(r, 1_000));
      writeFileSync(join(corpus, "sources", "005_sixth.md"), SIXTH);
      expect(await poll(async () => ((await count()) === 6 ? 6 : undefined), 120_000), log).toBe(6);
      // the open page reloads by itself (its loaders run again under the load of the other test lane)
      await page.waitForFunction(() => document.querySelectorAll(".corpus table tbody tr").length === 6, null, { timeout: 120_000 });
      expect(await rows()).toBe(6);
    } finally {
      await browser.close();
      process.kill(-dev.pid!, "SIGINT");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    }
    expect(dev.exitCode !== null || dev.signalCode !== null, "dev script exited").toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(processesWith(`--port ${port}`), "preview process left running").toEqual([]);
    expect(processesWith(corpus), "process left running on the temp corpus").toEqual([]);
  });
});

/** Every file of a built site (through its link) with its bytes, as one hash: the same site or not. */
function siteHash(out: string): string {
  const root = realpathSync(out);
  const h = createHash("sha256");
  for (const f of (readdirSync(root, { recursive: true, encoding: "utf8" }) as string[]).sort()) {
    const p = join(root, f);
    if (statSync(p).isFile()) h.update(f).update("\0").update(readFileSync(p));
  }
  return h.digest("hex");
}

/** `npm run build` of `corpus` into `out`, its whole process group killed after `ms`. */
function buildKilledAfter(corpus: string, out: string, ms: number): Promise<void> {
  const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/build.ts"], {
    cwd: ROOT,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, TRIANGULATE_SITE_OUT: out, TRIANGULATE_CORPUS: corpus, OBSERVABLE_TELEMETRY_DISABLE: "true" },
  });
  const exited = new Promise<void>((ok) => child.on("exit", () => ok()));
  setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // (ended before)
    }
  }, ms);
  return exited;
}

describe("a build stopped at any moment", () => {
  test("leaves the last site whole (killed midway, or as it switches), and the next build shows the new site", async () => {
    const corpus = copyCorpus();
    corpora.push(corpus);
    writeFileSync(join(corpus, "sources", "005_sixth.md"), SIXTH);
    const out = join(SITES, "stopped");
    rmSync(out, { recursive: true, force: true });
    rmSync(join(SITES, ".stopped-sets"), { recursive: true, force: true });
    // (the last site: the seed site, as a folder of the earlier layout)
    cpSync(realpathSync(inject("sites").seed), out, { recursive: true });
    const before = siteHash(out);
    // killed with its data loaders and Framework at a random moment of the build
    await buildKilledAfter(corpus, out, 2000 + Math.random() * 10_000);
    expect(siteHash(out)).toBe(before);
    // killed as it switches, the new site built whole beside the last (TRIANGULATE_FAULT_AT: its one write made visible)
    const switching = await buildSite("stopped", { corpus, env: { TRIANGULATE_FAULT_AT: "1" } });
    expect(switching.code, switching.output).not.toBe(0);
    expect(siteHash(out)).toBe(before);
    // the next build: the new site, and of the stopped builds' sets nothing left but the last site's
    const next = await buildSite("stopped", { corpus });
    expect(next.code, next.output).toBe(0);
    expect(builtData<SourceRow[]>(out, "sources").map((s) => s.id)).toContain("005_sixth");
    expect(readdirSync(join(SITES, ".stopped-sets"))).toHaveLength(2);
  });
});
