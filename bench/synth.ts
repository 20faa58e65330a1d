/**
 * Synthetic Arabic articles for benchmarks: seeded, built from the gazetteer's Arabic names and
 * sentence templates in the style of the seeds (presence, force sizes, attacks with dates relative
 * to publication, casualties, control, attributions, filler), with planted shared facts, planted
 * contradictions and near-copied articles, so that a bench can check what the kit recovers.
 *
 * @example
 * // npx tsx bench/synth.ts /tmp/syn 10000 42   → /tmp/syn/sources/*.md and /tmp/syn/planted.json
 * writeSyntheticCorpus("/tmp/syn", 10_000, 42);
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DATA_DIR } from "../loaders/config.ts";
import { loadGazetteer } from "../loaders/gazetteer/load.ts";
import type { Entity, Gazetteer } from "../loaders/gazetteer/types.ts";

/** Knobs of the generator. */
export const SYNTH_DEFAULTS = {
  /** Chance that an article reports a new event rather than one already reported. */
  newEvent: 0.45,
  /** Recent events an article may re-report (a sliding window keeps shared facts close in time). */
  eventWindow: 60,
  /** Chance that a new event is planted with contradicting casualty figures. */
  contestedEvent: 0.25,
  /** Chance that an article also gives a force-size figure, and that the figure is a new fact. */
  figure: 0.6,
  newFigure: 0.35,
  contestedFigure: 0.3,
  /** Chance that an article is a near-copy of a recent one (another outlet, one sentence changed). */
  nearCopy: 0.04,
  /** Filler sentences per article. */
  filler: [4, 9] as [number, number],
};

/** A fact planted in the corpus, and every article that reports it with the value it gives. */
export interface PlantedFact {
  id: string;
  kind: "attack" | "force_size";
  /** Gazetteer ids. */
  subject: string;
  place: string;
  /** ISO day of an event. */
  date: string | null;
  /** Planted with incompatible values across outlets. */
  contested: boolean;
  reports: Array<{ source: string; outlet: string; value: number }>;
}

/** What the generator planted. */
export interface Planted {
  seed: number;
  articles: number;
  facts: PlantedFact[];
  /** [original, copy] source ids. */
  nearCopies: Array<[string, string]>;
}

/** One synthetic source file. */
export interface SyntheticArticle {
  id: string;
  file: string;
}

/** A small, fast, seeded PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const OUTLETS = [
  "Deir Ezzor 24",
  "Enab Baladi",
  "Orient News",
  "Syria TV",
  "Step News",
  "Furat Post",
  "Eye of Euphrates",
  "Al-Quds Al-Arabi",
  "Asharq Al-Awsat",
  "Al-Araby Al-Jadeed",
  "Arabi21",
  "Al Jazeera Net",
  "Al Arabiya",
  "Sky News Arabia",
  "Independent Arabia",
  "Alhurra",
  "BBC Arabic",
  "France 24 Arabic",
  "DW Arabic",
  "RT Arabic",
  "Sputnik Arabic",
  "Anadolu Arabic",
  "Al-Modon",
  "Zaman al-Wasl",
  "Syria Direct",
  "SMART News",
  "Baladi News",
  "Nedaa Syria",
  "Al-Souria Net",
  "Jesr Press",
  "Horrya Press",
  "Aleppo Today",
  "Levant 24",
  "North Press",
  "Hawar News",
  "Al Mayadeen Net",
  "Al-Akhbar",
  "Iran Insider",
  "Al-Ittihad Media",
  "Rozana",
];

const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
const LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
const EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
/** Counted nouns 3..10 take a plural and a number word. */
export const NUMBER_WORDS: Record<number, string> = { 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة" };
const DAY_MS = 86_400_000;
const START = Date.UTC(2019, 0, 1);
const SPAN_DAYS = Math.round((Date.UTC(2023, 11, 31) - START) / DAY_MS);

const arabic = (s: string) => /[\u0600-\u06ff]/.test(s);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The gazetteer names the generator draws from. */
interface Names {
  militias: Entity[];
  deirPlaces: Entity[];
  otherPlaces: Entity[];
  fields: Entity[];
  provinces: Entity[];
  monitors: Entity[];
  outletsCited: Entity[];
}

function namesOf(g: Gazetteer): Names {
  const all = [...g.entities.values()];
  const inDeir = (e: Entity) => e.parent === "place:deir-ez-zor-province" || e.parent === "place:deir-ez-zor-city";
  const settled = (e: Entity) => e.type === "place" && ["city", "town", "village"].includes(e.placeType ?? "");
  return {
    militias: all.filter((e) => e.type === "militia" && e.side === "iran-axis" && !e.umbrella),
    deirPlaces: all.filter((e) => settled(e) && inDeir(e)),
    otherPlaces: all.filter((e) => settled(e) && !inDeir(e) && e.parent?.startsWith("place:")),
    fields: all.filter((e) => e.type === "place" && e.placeType === "field"),
    provinces: all.filter((e) => e.type === "place" && e.placeType === "province" && e.parent !== "country:iraq"),
    monitors: all.filter((e) => e.type === "org" && e.placeType === "monitor" && arabic(e.name_ar)).slice(0, 3),
    outletsCited: all.filter((e) => e.type === "org" && (e.placeType === "network" || e.placeType === "agency") && arabic(e.name_ar)),
  };
}

/** Arabic forms of an entity: its name and Arabic aliases (so text varies as outlets' does). */
const formsOf = (e: Entity) => [e.name_ar, ...e.aliases.filter(arabic)];
const HEAD = /^(مدينة|بلدة|قرية|حقل|مطار|محافظة|حي|منطقة|قاعدة|معبر|ريف)\s/;

/**
 * The articles of a synthetic corpus, one at a time: article i depends only on the seed and the
 * articles before it, so the first n of a longer run are the n of a shorter one.
 */
export function* syntheticArticles(seed: number, options: Partial<typeof SYNTH_DEFAULTS> = {}, g: Gazetteer = loadGazetteer(join(DATA_DIR, "gazetteer"))): Generator<SyntheticArticle, void, void> {
  yield* generate(seed, { ...SYNTH_DEFAULTS, ...options }, namesOf(g), null);
}

function* generate(seed: number, o: typeof SYNTH_DEFAULTS, N: Names, planted: Planted | null): Generator<SyntheticArticle, void, void> {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const form = (e: Entity) => pick(formsOf(e));
  const placePhrase = (e: Entity) => {
    const f = form(e);
    if (HEAD.test(f)) return f;
    return `${e.placeType === "city" ? "مدينة" : e.placeType === "village" ? pick(["قرية", "بلدة"]) : "بلدة"} ${f}`;
  };
  const militiaPhrase = (e: Entity) => {
    const f = form(e);
    return /^(ميليشيا|ميليشيات|مليشيا|لواء|كتائب|حركة|سرايا|منظمة|عصائب|حزب|الحرس|جماعة)/.test(f) ? f : `ميليشيا ${f}`;
  };
  const somePlace = () => (chance(0.8) ? pick(N.deirPlaces) : pick(N.otherPlaces));
  const militia = () => pick(N.militias);
  const dateOf = (day: number) => START + day * DAY_MS;

  interface Event {
    fact: PlantedFact;
    kind: "strike" | "shelling";
    actor: Entity;
    target: Entity;
    dead: number;
    day: number;
  }
  interface Figure {
    fact: PlantedFact;
    values: number[];
  }
  const events: Event[] = [];
  const figures: Figure[] = [];
  const recent: Array<{ id: string; outlet: string; published: string; lines: string[]; title: string }> = [];
  const facts = planted?.facts;

  // a count of people, written as outlets do: digits, number words, duals
  const people = (n: number, noun: "عنصر" | "مقاتل") => {
    const plural = noun === "عنصر" ? "عناصر" : "مقاتلين";
    if (n === 2) return noun === "عنصر" ? "عنصرين" : "مقاتلَين";
    if (n <= 10 && chance(0.5)) return `${NUMBER_WORDS[n]} ${plural}`;
    return `${n} ${n <= 10 ? plural : noun === "عنصر" ? "عنصراً" : "مقاتلاً"}`;
  };
  const attribution = () => pick([() => `وفق ما أفادت مصادر محلية`, () => `بحسب ${form(pick(N.outletsCited))}`, () => `حسب ما ذكر ناشطون`, () => `وفقاً لمصادر خاصة`, () => `بحسب ما نقلت ${form(pick(N.outletsCited))}`, () => ``])();
  const comma = (s: string) => (s ? `، ${s}` : "");
  const leadIn = () => pick(["وقالت مصادر محلية إن", "وأفادت مصادر إعلامية محلية بأن", "وذكرت مصادر مطلعة أن", "وأكد ناشطون أن", ""]);

  function eventDate(ev: Event, published: number): string {
    const gap = Math.round((published - dateOf(ev.day)) / DAY_MS);
    const d = new Date(dateOf(ev.day));
    if (gap === 1) return `يوم أمس ${WEEKDAYS[d.getUTCDay()]}`;
    const m = d.getUTCMonth();
    return chance(0.5) ? `في ${d.getUTCDate()} ${LEVANTINE[m]}` : `في ${d.getUTCDate()} ${LEVANTINE[m]} /${EGYPTIAN[m]}`;
  }

  function eventSentences(ev: Event, published: number, dead: number): string[] {
    const when = eventDate(ev, published);
    const where = placePhrase(ev.target);
    const who = militiaPhrase(ev.actor);
    const attack =
      ev.kind === "strike"
        ? pick([
            `شنت طائرات حربية مجهولة ${when} غارات جوية على مواقع ${who} في ${where} بريف دير الزور`,
            `استهدفت غارات جوية ${when} مقرات تابعة لـ${who} في ${where}${comma(attribution())}`,
            `${leadIn()} طائرات حربية قصفت ${when} مستودعات أسلحة تتبع لـ${who} في ${where}`,
          ])
        : pick([
            `قصفت ${who} ${when} بقذائف صاروخية قاعدة للتحالف الدولي في ${where} شرق دير الزور`,
            `استهدفت ${who} ${when} محيط ${where} بعدة صواريخ${comma(attribution())}`,
            `${leadIn()} ${who} قصفت ${when} مواقع في ${where} بقذائف الهاون`,
          ]);
    const toll = pick([`ما أدى إلى مقتل ${people(dead, "عنصر")} من الميليشيا وإصابة آخرين`, `وأسفر القصف عن مقتل ${people(dead, "عنصر")}${comma(attribution())}`, `وخلف الهجوم مقتل ${people(dead, "مقاتل")}`]);
    return [`${attack}، ${toll}.`];
  }

  function figureSentence(f: Figure, value: number): string {
    const who = militiaPhrase(N.militias.find((e) => e.id === f.fact.subject)!);
    const where = N.provinces.find((e) => e.id === f.fact.place)!;
    const thousands = value >= 1000 && value % 1000 === 0;
    const n = thousands ? `${value / 1000} ألف` : String(value);
    // approximate qualifiers only: a planted contradiction (×3) must not overlap
    const q = pick(["نحو", "قرابة", "حوالي", "ما يقارب"]);
    return pick([
      () => `ويقدّر ${form(pick(N.monitors))} وجود ${q} ${n} مقاتل من ${who} في ${form(where)}.`,
      () => `وبحسب ${form(pick(N.outletsCited))} فإن عدد عناصر ${who} في ${form(where)} يبلغ ${q} ${n} مقاتل.`,
      () => `${leadIn() || "وقالت مصادر محلية إن"} ${who} تنشر ${q} ${n} مقاتل في ${form(where)}.`,
    ])();
  }

  const fillers = () =>
    pick([
      () => `وتنتشر ${militiaPhrase(militia())} في ${placePhrase(somePlace())} إلى جانب ${militiaPhrase(militia())}.`,
      () => `وتتخذ ${militiaPhrase(militia())} من ${placePhrase(somePlace())} مقراً لها منذ ${pick(["سنوات", "عام 2018", "أشهر", "انسحاب داعش"])}.`,
      () => `وتسيطر ${militiaPhrase(militia())} على ${placePhrase(somePlace())} ${pick(["والمعابر المحيطة بها", "منذ عام 2017", "بشكل كامل", "بدعم من الحرس الثوري"])}.`,
      () =>
        `وتعتبر ${form(pick(N.deirPlaces))} ${pick(["نقطة التمركز الرئيسية", "عقدة الوصل", "خط تماس مباشر"])} ${pick(["للميليشيات الإيرانية", "بين مناطق النظام وقسد", "على طريق طهران بيروت"])} ${pick(["في الشرق السوري", "على الحدود السورية العراقية", "في ريف دير الزور"])}.`,
      () =>
        `ويأتي ذلك ${pick(["في ظل", "على خلفية", "بالتزامن مع"])} ${pick(["تصاعد التوتر", "تحركات عسكرية واسعة", "تعزيزات متواصلة", "حالة استنفار"])} ${pick(["في المنطقة", "على ضفتي نهر الفرات", "في البادية السورية"])} ${pick(["خلال الأسابيع الأخيرة", "منذ مطلع العام", "في الآونة الأخيرة"])}.`,
      () => `وشهدت ${placePhrase(somePlace())} ${pick(["حملة اعتقالات", "انتشاراً أمنياً كثيفاً", "حركة نزوح للأهالي", "وصول تعزيزات عسكرية"])} ${pick(["خلال الأيام الماضية", "مؤخراً", "منذ مطلع الشهر"])}، ${attribution() || "وفق ناشطين"}.`,
      () =>
        `كما ${pick(["تعمل", "تسعى", "تحاول"])} ${militiaPhrase(militia())} على ${pick(["تجنيد الشبان", "شراء العقارات", "نشر المراكز الثقافية", "تأمين طرق الإمداد"])} في ${placePhrase(somePlace())} ${pick(["مقابل رواتب شهرية", "بإشراف قادة إيرانيين", "عبر جمعيات خيرية", "منذ أشهر"])}.`,
      () => `${pick(["ولم تعلق", "ولم تصدر", "ولم يصدر عن"])} ${pick(["الميليشيات", "الجهات الرسمية", "قوات النظام"])} ${pick(["أي تعليق", "أي بيان", "أي توضيح"])} ${pick(["حتى ساعة إعداد هذا التقرير", "على ما جرى", "حول الحادثة"])}.`,
    ])();

  for (let i = 0; ; i++) {
    const id = `syn-${String(i).padStart(6, "0")}`;
    const outlet = pick(OUTLETS);
    // a near-copy: another outlet republishes a recent article with one sentence changed
    if (recent.length > 5 && chance(o.nearCopy)) {
      const src = pick(recent.slice(-20));
      const lines = [...src.lines];
      lines[int(0, lines.length - 1)] = fillers();
      lines.push(fillers());
      planted?.nearCopies.push([src.id, id]);
      yield { id, file: frontMatter(outlet, src.published, src.title) + lines.join("\n") + "\n" };
      continue;
    }
    let ev: Event;
    if (!events.length || chance(o.newEvent)) {
      const strike = chance(0.5);
      const target = strike ? somePlace() : chance(0.6) ? pick(N.fields) : somePlace();
      const fact: PlantedFact = { id: `event-${events.length}`, kind: "attack", subject: "", place: target.id, date: null, contested: chance(o.contestedEvent), reports: [] };
      ev = { fact, kind: strike ? "strike" : "shelling", actor: militia(), target, dead: int(2, 30), day: int(0, SPAN_DAYS - 30) };
      fact.subject = ev.actor.id;
      fact.date = iso(dateOf(ev.day));
      events.push(ev);
      facts?.push(fact);
    } else ev = pick(events.slice(-o.eventWindow));
    const published = dateOf(ev.day) + (chance(0.5) ? 1 : int(2, 20)) * DAY_MS;
    const dead = ev.fact.contested && ev.fact.reports.length % 2 === 1 ? ev.dead * 2 + int(3, 9) : ev.dead;
    ev.fact.reports.push({ source: id, outlet, value: dead });
    const lines = eventSentences(ev, published, dead);
    if (chance(o.figure)) {
      let f: Figure;
      if (!figures.length || chance(o.newFigure)) {
        const contested = chance(o.contestedFigure);
        const base = pick([500, 800, 1000, 1500, 2000, 3000, 5000, 7000, 10000, 15000]);
        const fact: PlantedFact = { id: `figure-${figures.length}`, kind: "force_size", subject: militia().id, place: pick(N.provinces).id, date: null, contested, reports: [] };
        f = { fact, values: contested ? [base, base * 3] : [base] };
        figures.push(f);
        facts?.push(fact);
      } else f = pick(figures.slice(-200));
      const value = f.values[f.fact.reports.length % f.values.length];
      f.fact.reports.push({ source: id, outlet, value });
      lines.push(figureSentence(f, value));
    }
    for (let k = int(...o.filler); k > 0; k--) lines.splice(int(1, lines.length), 0, fillers());
    const title = `${pick(["غارات", "قصف", "هجوم", "توتر"])} ${pick(["على", "في", "قرب"])} ${form(ev.target)} ${pick(["شرق سوريا", "بريف دير الزور", ""])}`.trim();
    const pub = iso(published);
    recent.push({ id, outlet, published: pub, lines, title });
    if (recent.length > 40) recent.shift();
    yield { id, file: frontMatter(outlet, pub, title) + `${title}\n\n` + lines.join("\n") + "\n" };
  }
}

const frontMatter = (outlet: string, published: string, title: string) =>
  `---\noutlet: ${JSON.stringify(outlet)}\nurl: null\npublished: "${published}"\nlanguage: ar\ntitle: ${JSON.stringify(title)}\nnotes: "synthetic (bench/synth.ts)"\n---\n`;

/**
 * Write n synthetic articles as `dir/sources/<id>.md` and what was planted as `dir/planted.json`
 * (outside `sources/`, so the kit never reads it). Returns the planted facts.
 */
export function writeSyntheticCorpus(dir: string, n: number, seed = 42, options: Partial<typeof SYNTH_DEFAULTS> = {}): Planted {
  const g = loadGazetteer(join(DATA_DIR, "gazetteer"));
  mkdirSync(join(dir, "sources"), { recursive: true });
  const planted: Planted = { seed, articles: n, facts: [], nearCopies: [] };
  let i = 0;
  for (const a of generate(seed, { ...SYNTH_DEFAULTS, ...options }, namesOf(g), planted)) {
    if (i++ >= n) break;
    writeFileSync(join(dir, "sources", `${a.id}.md`), a.file);
  }
  // facts whose reports all came after the cut are cut too
  const kept = new Set(Array.from({ length: n }, (_, k) => `syn-${String(k).padStart(6, "0")}`));
  for (const f of planted.facts) f.reports = f.reports.filter((r) => kept.has(r.source));
  planted.facts = planted.facts.filter((f) => f.reports.length);
  planted.nearCopies = planted.nearCopies.filter(([, b]) => kept.has(b));
  writeFileSync(join(dir, "planted.json"), JSON.stringify(planted));
  return planted;
}

/** The (n+1)-th article of a seeded corpus: the one an incremental run adds. */
export function nextSyntheticArticle(n: number, seed = 42): SyntheticArticle {
  let i = 0;
  for (const a of syntheticArticles(seed)) if (i++ === n) return a;
  throw new Error("unreachable");
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [dir, n = "1000", seed = "42"] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: npx tsx bench/synth.ts DIR [N=1000] [SEED=42]");
    process.exit(1);
  }
  const t = performance.now();
  const p = writeSyntheticCorpus(dir, Number(n), Number(seed));
  const shared = p.facts.filter((f) => new Set(f.reports.map((r) => r.outlet)).size >= 2);
  console.error(
    `wrote ${n} articles to ${dir} in ${((performance.now() - t) / 1000).toFixed(2)} s: ${p.facts.length} planted facts, ${shared.length} reported by 2+ outlets (${shared.filter((f) => f.contested).length} contested), ${p.nearCopies.length} near-copies`,
  );
}
