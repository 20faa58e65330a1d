/**
 * The Articles page's component (src/components/articles.js) on a small fixture of its own: claim
 * offsets become highlighted runs, overlapping claims cut each other's runs, a highlight shows its
 * claims, and hostile text (markup, bidi and control characters) stays text.
 */
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, test } from "vitest";
import type { ArticleClaim } from "../src/components/articles.js";
import type { EntityRow, SourceRow } from "../loaders/types.ts";

// htl builds DOM with the browser's globals: give it linkedom's (HTMLCollection only for an instanceof test)
const { window } = parseHTML("<!doctype html><html><body></body></html>");
beforeAll(() => {
  const g = globalThis as Record<string, unknown>;
  for (const k of ["document", "Node", "NodeList", "NodeFilter", "Element", "HTMLElement", "DocumentFragment", "Text"]) g[k] ??= (window as unknown as Record<string, unknown>)[k];
  g.HTMLCollection ??= class {};
});
const fire = (el: Element, type: string) => el.dispatchEvent(new window.Event(type, { bubbles: true }));

const { articleText, articleView, claimsOfMark, highlightSegments, kindStyle, parseArticleHash, searchArticles } = await import("../src/components/articles.js");
const { articleHref } = await import("../src/components/text.js");

const claim = (id: string, kind: string, span: [number, number], extra: Partial<ArticleClaim> = {}): ArticleClaim =>
  ({ id: `a#${id}`, source: "a", kind, subject: null, object: null, place: null, value: null, date: null, attribution: null, span, context: span, ...extra }) as ArticleClaim;

/** The runs of each line as [text, claim ids] pairs. */
const runs = (text: string, claims: ArticleClaim[]) => highlightSegments(text, claims).lines.map((l) => l.runs.map((r) => [text.slice(r.start, r.end), r.claims.map((c) => c.id.slice(2))]));

const HOSTILE = `<img src=x onerror="window.__xss=1">`;
const RLO = "\u202e";
const TEXT = [`وتنتشر ميليشيا فاطميون في مدينة البوكمال ${HOSTILE} بحسب مصادر محلية.`, `Fighters ${RLO}reversed\u2066 isolate\u0007 bell <b>bold</b> end.`].join("\n");
const at = (words: string, from = 0): [number, number] => {
  const s = TEXT.indexOf(words, from);
  if (s < 0) throw new Error(`not in the fixture: ${words}`);
  return [s, s + words.length];
};

describe("the Articles page (src/components/articles.js)", () => {
  test("highlightSegments cuts each line into runs at every claim's start and end, and keeps lines as published", () => {
    const text = "abcdef\nghij";
    expect(runs(text, [claim("x", "attack", [1, 3]), claim("y", "presence", [9, 11])])).toEqual([
      [
        ["a", []],
        ["bc", ["x"]],
        ["def", []],
      ],
      [
        ["gh", []],
        ["ij", ["y"]],
      ],
    ]);
    // a claim across a line break is highlighted on both lines, not over the break
    expect(runs(text, [claim("z", "control", [4, 9])])).toEqual([
      [
        ["abcd", []],
        ["ef", ["z"]],
      ],
      [
        ["gh", ["z"]],
        ["ij", []],
      ],
    ]);
    expect(runs("", [])).toEqual([[]]);
  });

  test("overlapping claims cut each other's runs, innermost first, and identical spans share one run", () => {
    const text = "0123456789";
    const claims = [claim("outer", "presence", [0, 10]), claim("left", "attack", [2, 6]), claim("right", "casualties", [4, 8]), claim("twin", "control", [2, 6])];
    expect(runs(text, claims)).toEqual([
      [
        ["01", ["outer"]],
        ["23", ["left", "twin", "outer"]],
        ["45", ["left", "twin", "right", "outer"]],
        ["67", ["right", "outer"]],
        ["89", ["outer"]],
      ],
    ]);
  });

  test("claims whose span does not fit the text are left out and said so", () => {
    const bad = [claim("past", "attack", [5, 50]), claim("empty", "attack", [3, 3]), claim("neg", "attack", [-1, 2]), claim("nan", "attack", [0.5, 2] as [number, number])];
    const { lines, skipped } = highlightSegments("0123456789", [...bad, claim("ok", "attack", [0, 1])]);
    expect(skipped.map((c) => c.id)).toEqual(bad.map((c) => c.id));
    expect(lines[0].runs.map((r) => r.claims.length)).toEqual([1, 0]);
  });

  test("articleText marks each claim's words in a focusable highlight of its kind, and hostile text stays text", () => {
    const claims = [claim("p", "presence", at("ميليشيا فاطميون في مدينة البوكمال")), claim("x", "attack", at(`البوكمال ${HOSTILE}`)), claim("b", "force_size", at(`${RLO}reversed\u2066 isolate`))];
    const el = articleText(TEXT, claims, { language: "ar" });
    expect(el.getAttribute("dir")).toBe("rtl");
    expect(el.querySelectorAll("p").length).toBe(2);
    expect(el.textContent).toBe(TEXT.replace("\n", ""));
    // no element made from the article's markup: it is all in text nodes
    expect(el.querySelectorAll("img, b, script").length).toBe(0);
    expect(el.querySelector("p")!.textContent).toContain(HOSTILE);
    const marks = [...el.querySelectorAll("mark.claim-mark")];
    expect(marks.map((m) => [m.textContent, m.getAttribute("data-kinds")])).toEqual([
      ["ميليشيا فاطميون في مدينة ", "presence"],
      ["البوكمال", "presence attack"],
      [` ${HOSTILE}`, "attack"],
      [`${RLO}reversed\u2066 isolate`, "force_size"],
    ]);
    expect(marks.every((m) => m.getAttribute("tabindex") === "0" && m.getAttribute("role") === "button")).toBe(true);
    expect(claimsOfMark(marks[1]).map((c) => c.id)).toEqual(["a#p", "a#x"]);
    expect(marks[1].getAttribute("data-claims")).toBe(`${encodeURIComponent("a#p")} ${encodeURIComponent("a#x")}`);
    // the kind's colour comes from the palette, never from the claim
    expect(marks[0].getAttribute("style")).toContain(kindStyle("presence").tint);
    expect(kindStyle("rumour")).toMatchObject({ label: "rumour" });
    // control characters are kept as published, inside the text
    expect(el.textContent).toContain("\u0007");
  });

  test("a click or keyboard focus on a highlight shows its claims with their values as published and a link to the fact", () => {
    const source = {
      id: "a",
      outlet: `Evil ${HOSTILE}`,
      url: "javascript:window.__xss=1",
      published: null,
      language: "ar",
      title: `عنوان <script>window.__xss=1</script>`,
      path: "data/sources/a.md",
      chars: TEXT.length,
      notes: null,
    } as SourceRow;
    const entities = new Map<string, EntityRow>([["militia:fatemiyoun", { id: "militia:fatemiyoun", type: "militia", name_en: "Fatemiyoun", name_ar: "فاطميون", aliases: [], parent: null, lat: null, lon: null }]]);
    const words = at("البوكمال");
    const claims = [
      claim("p", "presence", at("ميليشيا فاطميون في مدينة البوكمال"), {
        subject: "militia:fatemiyoun",
        place: "place:albukamal",
        value: { low: 150, high: null, unit: "fighters", qualifier: "more_than", text: "اكثر من 150" },
        words: { value: words },
        fact: { id: "presence-fatemiyoun-albukamal", label: "Fatemiyoun in Albukamal", verdict: "corroborated", score: 0.8 },
      }),
      claim("x", "attack", at(`البوكمال ${HOSTILE}`), { fact: null }),
    ];
    const chosen: string[][] = [];
    const view = articleView(source, { text: TEXT, claims }, { entities, onSelect: (cs) => chosen.push(cs.map((c) => c.id)) });
    const panel = view.querySelector(".claim-panel")!;
    expect(panel.textContent).toMatch(/Click a highlight/);
    // untrusted title, outlet and URL: text, and no javascript: link
    expect(view.querySelectorAll("script, img, a[href^='javascript:']").length).toBe(0);
    expect(view.querySelector("h2")!.textContent).toContain("<script>");
    expect(view.querySelector(".article-head")!.textContent).toContain(HOSTILE);
    expect(view.querySelector(".article-head")!.textContent).toContain("link not shown");

    const [first, both] = view.querySelectorAll("mark.claim-mark");
    fire(first, "click");
    expect(chosen).toEqual([["a#p"]]);
    const detail = panel.querySelector('.claim-detail[data-claim="a#p"]')!;
    const field = (name: string) => detail.querySelector(`[data-field="${name}"] dd`)?.textContent ?? null;
    expect(detail.querySelector(".kind-chip")!.textContent).toBe("presence");
    expect(field("subject")).toContain("Fatemiyoun");
    expect(field("subject")).toContain("militia:fatemiyoun");
    expect(field("place")).toContain("place:albukamal");
    // the value's words as the sentence has them (not the kit's normalised «اكثر»), isolated
    expect(field("value")).toContain("≥ 150 fighters");
    expect(detail.querySelector('[data-field="value"] bdi[dir="auto"]')!.textContent).toBe("البوكمال");
    expect(detail.querySelector('[data-field="fact"] a')!.getAttribute("href")).toBe("./facts#presence-fatemiyoun-albukamal");
    expect(detail.querySelector(".sentence")!.textContent).toBe("ميليشيا فاطميون في مدينة البوكمال");
    expect(first.classList.contains("current")).toBe(true);

    // keyboard focus on the run both claims cover shows both, the shorter (innermost) first; an unaligned claim says so
    fire(both, "focusin");
    expect(chosen.at(-1)).toEqual(["a#p", "a#x"]);
    expect([...panel.querySelectorAll(".claim-detail")].map((d) => d.getAttribute("data-claim"))).toEqual(["a#p", "a#x"]);
    expect(panel.querySelector('.claim-detail[data-claim="a#x"] [data-field="fact"]')!.textContent).toContain("not aligned");
    expect(view.querySelectorAll("script, img").length).toBe(0);
  });

  test("an address naming a claim opens the article at that claim; one naming nothing says so", () => {
    const source = { id: "a", outlet: null, url: "https://example.org/a", published: null, language: "ar", title: null, path: "a.md", chars: 0, notes: null } as SourceRow;
    const claims = [claim("p", "presence", at("فاطميون")), claim("x", "attack", at("البوكمال"))];
    const view = articleView(source, { text: TEXT, claims }, { claimId: "a#x" });
    expect(view.querySelector(".claim-panel .claim-detail")!.getAttribute("data-claim")).toBe("a#x");
    expect(view.querySelector("mark.current")!.textContent).toBe("البوكمال");
    expect(view.querySelector('.article-head a[href="https://example.org/a"]')).not.toBeNull();
    expect(articleView(source, { text: TEXT, claims }, { claimId: "a#gone" }).querySelector(".claim-panel")!.textContent).toContain("No claim “a#gone”");
    expect(articleView(source, undefined).textContent).toContain("not in this build");

    const sources = new Map([["R-10-a0", {}]]);
    expect(parseArticleHash("R-10-a0", sources)).toEqual({ source: "R-10-a0", claim: null });
    expect(parseArticleHash("R-10-a0#attack-12ab", sources)).toEqual({ source: "R-10-a0", claim: "R-10-a0#attack-12ab" });
    expect(parseArticleHash("nope", sources)).toEqual({ source: null, claim: null, missing: "nope" });
    expect(parseArticleHash("", sources)).toBeNull();
    expect(articleHref("R-10-a0#attack-12ab")).toBe("./articles#R-10-a0%23attack-12ab");
  });

  test("searchArticles finds an article by outlet, title, id or address", () => {
    const sources = [
      { id: "000_x", outlet: "Iran Insider", title: null, url: null, language: "ar" },
      { id: "001_y", outlet: null, title: "قاآني في البوكمال", url: "https://enabbaladi.net/1", language: "ar" },
    ] as SourceRow[];
    expect(searchArticles(sources, "insider").map((s) => s.id)).toEqual(["000_x"]);
    expect(searchArticles(sources, "البوكمال").map((s) => s.id)).toEqual(["001_y"]);
    expect(searchArticles(sources, "enabbaladi").map((s) => s.id)).toEqual(["001_y"]);
    expect(searchArticles(sources, " ")).toHaveLength(2);
  });
});
