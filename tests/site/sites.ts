/**
 * The sites the site tests' global setup (setup.ts) builds once, before any test file runs: each
 * test file serves the one it needs (`openBuiltSite(name)` in helpers.ts) instead of building its
 * own, and, as no test file then builds these, the files can run side by side. A site a new test
 * needs is added here: its name and the corpus it is built from (none: data/). They are built in
 * this order, and xss right after seed is freshness.test.ts's "next build" with one article added.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyCorpus, sourceFile } from "./helpers.ts";

export const SCRIPT = "<script>window.__xss=1</script>";
export const IMG = `<img src=x onerror="window.__xss=1">`;
export const LINK = `<a href="javascript:window.__xss=1">click</a>`;
export const EVIL_URL = `https://example.com/?q="><script>window.__xss=1</script><img/src=x/onerror=window.__xss=1>`;
/** An article full of markup, in its text, title, outlet name and URL (xss.test.ts). */
export const EVIL = sourceFile(
  { outlet: `Evil ${IMG}`, url: EVIL_URL, published: "2021-06-29", language: "ar", title: `عنوان ${SCRIPT} ${LINK}` },
  [`وتتخذ القوات الأمريكية من حقل العمر النفطي مقرا لها ${SCRIPT} ${IMG}.`, `وتنتشر ميليشيا فاطميون في مدينة البوكمال ${LINK} بحسب مصادر محلية.`, `وقالت المصادر إن أكثر من 150 عنصرا من ميليشيا فاطميون وصلوا إلى البوكمال ${IMG}.`].join(
    "\n",
  ),
);

/** An outlet whose name holds a right-to-left override (U+202E), and a word of 10,000 letters (xss.test.ts). */
export const RLO_OUTLET = "Bidi \u202E Outlet";
export const LONG_WORD = "x".repeat(10_000);
export const BIDI = sourceFile(
  { outlet: RLO_OUTLET, url: null, published: "2021-06-30", language: "ar", title: `عنوان ${LONG_WORD}` },
  [`وتنتشر ميليشيا فاطميون في مدينة البوكمال ${LONG_WORD} بحسب مصادر محلية.`, `وقالت المصادر إن أكثر من 150 عنصرا من ميليشيا فاطميون وصلوا إلى البوكمال.`, LONG_WORD].join("\n"),
);

export interface SiteSpec {
  /** Make the corpus folder (with `sources/`) the site is built from; none: data/. */
  corpus?: () => string;
}

export const SITES = {
  /** The seed corpus, data/. */
  seed: {},
  /** The seed corpus, EVIL as 900_evil.md and BIDI as 902_bidi.md. */
  xss: {
    corpus: () => {
      const dir = copyCorpus();
      writeFileSync(join(dir, "sources", "900_evil.md"), EVIL);
      writeFileSync(join(dir, "sources", "902_bidi.md"), BIDI);
      return dir;
    },
  },
} satisfies Record<string, SiteSpec>;

export type SiteName = keyof typeof SITES;
