import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { alignClaims, recentWindow } from "../loaders/align/cluster.ts";
import { NEARCOPY_DEFAULTS, findCopies, findCopiesKept, type CopyPair, type CopyState } from "../loaders/align/nearcopy.ts";
import { orderByKey } from "../loaders/align/buckets.ts";
import { copiedArticles, outermostCopies } from "../loaders/align/copied.ts";
import { signature, unitBlock, unitSignatures } from "../loaders/text/minhash.ts";
import { MAX_REASONS, Reasons, judge, oneVoice } from "../loaders/score/verdict.ts";
import { indexCopies } from "../loaders/score/copies.ts";
import { normalize } from "../loaders/text/normalize.ts";
import { clauses, sentences } from "../loaders/text/segment.ts";
import { tokenize } from "../loaders/text/tokens.ts";
import type { Claim, SourceRow } from "../loaders/types.ts";
import { ROOT } from "./helpers.ts";
import { claim, day, g, sourcesOf } from "./align-helpers.ts";

const groupsOf = (cs: Claim[]) => sourcesOf(alignClaims(cs, g));
const month = (m: string, last = 30) => ({ start: `${m}-01`, end: `${m}-${last}`, precision: "month" as const, text: m });
const src = (id: string, outlet: string | null, published: string | null = null): SourceRow => ({
  id,
  outlet,
  url: null,
  published: published ? { start: published, end: published, precision: "day" } : null,
  language: "ar",
  title: null,
  path: id,
  chars: 0,
  notes: null,
});
const score = (claims: Claim[], sources: SourceRow[]) => {
  const ctx = { g, sources: new Map(sources.map((s) => [s.id, s])), copiesAt: new Map(), copiedArticles: [] as Array<[string, string]> };
  return alignClaims(claims, g).map((gr) => judge(gr, ctx));
};
const fig = (low: number, high: number | null, qualifier = "exact") => ({ low, high, unit: "fighters", qualifier, text: String(low) });

describe("alignClaims(claims) and judge(group)", () => {
  test("treats two outlets citing SOHR as one voice: echoed", () => {
    const cs = [
      claim({ source: "a", kind: "force_size", subject: "militia:iran-backed", place: "place:deir-ez-zor", value: fig(13500, 16500, "about"), attribution: "org:sohr" }),
      claim({ source: "b", kind: "force_size", subject: "militia:iran-backed", place: "place:deir-ez-zor", value: fig(15000, 15000), attribution: "org:sohr" }),
    ];
    const [c] = score(cs, [src("a", "Outlet A"), src("b", "Outlet B")]);
    expect(c.verdict).toBe("echoed");
    expect(c.reasons.join(" ")).toMatch(/all cite Syrian Observatory for Human Rights: one voice/);
  });
  test("counts two independent outlets with overlapping figures as corroborated", () => {
    const cs = [
      claim({ source: "a", kind: "force_size", subject: "militia:iran-backed", place: "place:deir-ez-zor", value: fig(13500, 16500, "about") }),
      claim({ source: "b", kind: "force_size", subject: "militia:iran-backed", place: "place:deir-ez-zor", value: fig(15000, 15000), attribution: "org:sohr" }),
    ];
    const [c] = score(cs, [src("a", "Outlet A"), src("b", "Outlet B")]);
    expect(c.verdict).toBe("corroborated");
    expect(c.reasons[0]).toMatch(/2 independent outlets agree: about 15,000 fighters \(Outlet A\), 15,000 fighters \(Outlet B\)/);
  });
  test("calls figures whose intervals do not overlap contested, and says when they are years apart", () => {
    const cs = [
      claim({ source: "a", kind: "casualties", subject: "militia:iran-backed", place: "place:albukamal", value: { ...fig(8, 8), unit: "killed" }, date: day("2021-06-28") }),
      claim({ source: "b", kind: "casualties", subject: "militia:iran-backed", place: "place:albukamal", value: { ...fig(11, 11), unit: "killed" }, date: day("2021-06-28") }),
    ];
    const [c] = score(cs, [src("a", "A", "2021-06-29"), src("b", "B", "2023-06-29")]);
    expect(c.verdict).toBe("contested");
    expect(c.reasons.join(" ")).toMatch(/8 killed \(A, 2021\) vs 11 killed \(B, 2023\): intervals do not overlap; published 2 year\(s\) apart/);
    // (one voice against one: a tie, said as such; neither is the reference)
    expect(Object.values(c.stances)).toEqual(["differs", "differs"]);
    expect(c.reasons.join(" ")).toMatch(/split evenly/);
  });
  test("takes the figure most independent voices give as the reference: the outlet against it contradicts, whatever order the files come in", () => {
    const k = (source: string, n: number) => claim({ source, kind: "casualties", place: "place:albukamal", value: { ...fig(n, n), unit: "killed" }, date: day("2021-06-28") });
    for (const names of [
      ["a", "b", "c"],
      ["c", "b", "a"],
    ]) {
      const [c] = score(
        [k(names[0], 8), k(names[1], 8), k(names[2], 20)],
        names.map((n) => src(n, `Outlet ${n}`)),
      );
      expect(c.verdict).toBe("contested");
      expect(c.stances[names[2]]).toBe("contradicts");
      expect([c.stances[names[0]], c.stances[names[1]]]).toEqual(["confirms", "confirms"]);
      expect(c.reasons.join(" ")).toMatch(/most independent voices give 8 killed/);
    }
  });
  test("an early 'several wounded' contradicts no later count above it, and still contradicts one below it", () => {
    const w = (source: string, value: ReturnType<typeof fig>) => claim({ source, kind: "casualties", place: "place:albukamal", value: { ...value, unit: "wounded" }, date: day("2021-06-28") });
    const several = { ...fig(3, 10, "vague"), text: "several" };
    const [c] = score([w("a", several), w("b", fig(40, 40))], [src("a", "A"), src("b", "B")]);
    expect(c.verdict).toBe("corroborated");
    const [d] = score([w("a", several), w("b", fig(2, 2))], [src("a", "A"), src("b", "B")]);
    expect(d.verdict).toBe("contested");
    // ("dozens" is a figure of its own: it contradicts 140)
    const [e] = score([w("a", { ...fig(24, 99, "vague"), text: "dozens" }), w("b", fig(140, 140))], [src("a", "A"), src("b", "B")]);
    expect(e.verdict).toBe("contested");
  });
  test("takes an outlet's later figure as an update of its own, not a contradiction", () => {
    const k = (source: string, n: number, at: number) => claim({ source, kind: "casualties", place: "place:albukamal", value: { ...fig(n, n), unit: "killed" }, date: day("2021-06-28"), span: [at, at + 1] });
    const [c] = score([k("a", 20, 10), k("a", 26, 200), k("b", 26, 5)], [src("a", "A", "2021-06-29"), src("b", "B", "2021-06-29")]);
    expect(c.verdict).toBe("corroborated");
    expect(c.reasons.join(" ")).toMatch(/A updated its figure: 20 killed → 26 killed/);
  });
  test('gives every source its stance, whatever its name ("__proto__" and "constructor" are names like any other)', () => {
    const cs = [
      claim({ source: "__proto__", kind: "force_size", subject: "militia:iran-backed", place: "place:deir-ez-zor", value: fig(8, 8) }),
      claim({ source: "constructor", kind: "force_size", subject: "militia:iran-backed", place: "place:deir-ez-zor", value: fig(11, 11) }),
    ];
    const [c] = score(cs, [src("__proto__", "A", "2021-06-29"), src("constructor", "B", "2021-06-29")]);
    expect(c.verdict).toBe("contested");
    expect(Object.keys(c.stances).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.values(c.stances)).toEqual(["differs", "differs"]);
    expect(JSON.parse(JSON.stringify(c.stances))).toEqual(Object.fromEntries(Object.entries(c.stances)));
  });
  test("takes the same attack reported at month and at day precision as one fact", () => {
    const cs = [
      claim({ source: "a", kind: "attack", subject: "militia:iran-backed", place: "place:omar-field", date: day("2023-03-25") }),
      claim({ source: "b", kind: "attack", subject: "militia:iran-backed", place: "place:omar-field", date: month("2023-03", 31) }),
    ];
    const groups = alignClaims(cs, g);
    expect(groups).toHaveLength(1);
    expect(score(cs, [src("a", "A"), src("b", "B")])[0].verdict).toBe("corroborated");
  });
  test("takes an undated event as recent news: it meets an event of the weeks before publication, not one years earlier", () => {
    const cs = [
      claim({ source: "a", kind: "attack", place: "place:albukamal", date: day("2017-11-04") }),
      claim({ source: "b", kind: "attack", place: "place:albukamal", date: day("2022-01-10") }),
      claim({ source: "c", kind: "attack", place: "place:albukamal" }),
    ];
    const implicit = new Map([[cs[2].id, recentWindow({ start: "2022-01-12", end: "2022-01-12" })!]]);
    expect(recentWindow({ start: "2022-01-12", end: "2022-01-12" })).toEqual({ start: "2021-12-12", end: "2022-01-12" });
    const groups = alignClaims(cs, g, { implicit });
    expect(groups.map((x) => x.claims.map((c) => c.source).join("")).sort()).toEqual(["a", "bc"]);
  });
  test("keeps attacks on one base on two different days as two facts", () => {
    const cs = [claim({ source: "a", kind: "attack", place: "place:omar-field", date: day("2021-06-28") }), claim({ source: "b", kind: "attack", place: "place:omar-field", date: day("2023-03-25") })];
    expect(alignClaims(cs, g)).toHaveLength(2);
  });
  test("keeps an attack and the reverse attack (attacker and target swapped) apart", () => {
    const cs = [
      claim({ source: "a", kind: "attack", subject: "force:coalition", object: "force:regime", place: "place:conoco", date: month("2019-02", 28) }),
      claim({ source: "b", kind: "attack", subject: "force:regime", object: "force:coalition", place: "place:conoco", date: month("2019-02", 28) }),
    ];
    expect(alignClaims(cs, g)).toHaveLength(2);
  });
  test("keeps a figure for one province and one for all of Syria as two facts", () => {
    const cs = [
      claim({ source: "a", kind: "force_size", subject: "militia:iran-backed", place: "place:deir-ez-zor", value: fig(15000, 15000) }),
      claim({ source: "b", kind: "force_size", subject: "militia:iran-backed", place: "country:syria", value: fig(100000, null, "more_than") }),
    ];
    expect(alignClaims(cs, g)).toHaveLength(2);
  });
  test("lets a claim about a facility meet one about its town, and a country-wide claim join the one fact it fits", () => {
    const cs = [
      claim({ source: "a", kind: "presence", subject: "militia:fatemiyoun", place: "place:albukamal" }),
      claim({ source: "b", kind: "presence", subject: "militia:fatemiyoun", place: "place:hamdan-airport" }),
      claim({ source: "c", kind: "presence", subject: "militia:fatemiyoun", place: "country:syria" }),
      claim({ source: "d", kind: "presence", subject: "militia:zainabiyoun", place: "place:albukamal" }),
    ];
    const groups = alignClaims(cs, g);
    expect(
      groups.map((x) =>
        x.claims
          .map((c) => c.source)
          .sort()
          .join(""),
      ),
    ).toEqual(["abc", "d"]);
  });
  test("attaches an event told only as somewhere in the country to the one fact it fits, and to none when several fit", () => {
    const at = (source: string, place: string, date = "2022-03-01") => claim({ source, kind: "attack", place, date: day(date) });
    const vague = (source: string) => claim({ source, kind: "attack", place: "country:syria" });
    // one fact it fits: joined
    expect(groupsOf([at("a", "place:albukamal"), vague("v")])).toEqual(["av"]);
    // two facts it could be about, however near one is: it stays apart
    expect(groupsOf([at("a", "place:albukamal"), at("b", "place:raqqa"), vague("v")])).toEqual(["a", "b", "v"]);
    expect(groupsOf([at("a", "place:albukamal"), at("b", "place:albukamal", "2022-06-01"), vague("v")])).toEqual(["a", "b", "v"]);
    // a dated vague claim only meets facts of its time
    const dated = claim({ source: "v", kind: "attack", place: "country:syria", date: day("2022-06-01") });
    expect(groupsOf([at("a", "place:raqqa"), at("b", "place:albukamal", "2022-06-01"), dated])).toEqual(["a", "bv"]);
  });
  test("joins a toll told only for the province to the one fact of its day whose toll it agrees with, and to none when no single one does", () => {
    const killed = (source: string, place: string, low: number, high = low) => claim({ source, kind: "casualties", place, date: day("2022-03-01"), value: { low, high, unit: "killed", qualifier: "exact", text: String(low) } });
    const facts = [killed("a", "place:albukamal", 12), killed("b", "place:mayadin", 30)];
    expect(groupsOf([...facts, killed("v", "place:deir-ez-zor", 12)])).toEqual(["av", "b"]);
    expect(groupsOf([...facts, killed("v", "place:deir-ez-zor", 20)])).toEqual(["a", "b", "v"]);
    expect(groupsOf([...facts, killed("v", "place:deir-ez-zor", 10, 40)])).toEqual(["a", "b", "v"]);
  });
  test("lets a group's presence told only as somewhere in the country go to the fact clearly nearest", () => {
    const cs = [
      claim({ source: "a", kind: "presence", subject: "militia:fatemiyoun", place: "place:albukamal" }),
      claim({ source: "b", kind: "presence", subject: "militia:fatemiyoun", place: "place:raqqa" }),
      claim({ source: "v", kind: "presence", subject: "militia:fatemiyoun", place: "country:syria" }),
    ];
    // (Raqqa, about 130 km from Syria's centre, is clearly nearer than Albukamal, about 270 km)
    expect(sourcesOf(alignClaims(cs, g))).toEqual(["a", "bv"]);
  });
  test("keeps a hold or a presence said of no place ('the factions that hold this stronghold') out of every fact of a named place", () => {
    const cs = [
      claim({ source: "a", kind: "control", subject: "force:regime", place: "place:mayadin" }),
      claim({ source: "b", kind: "control", subject: "force:regime", place: null }),
      claim({ source: "c", kind: "presence", subject: "force:isis", place: "place:albukamal" }),
      claim({ source: "d", kind: "presence", subject: "force:isis", place: null }),
    ];
    expect(sourcesOf(alignClaims(cs, g))).toEqual(["a", "b", "c", "d"]);
    // (said of the country, it may still go to the one fact it fits)
    expect(sourcesOf(alignClaims([cs[0], { ...cs[1], place: "country:syria" }], g))).toEqual(["ab"]);
  });
  test("meets US forces and the coalition as one party, but not Iran's militias", () => {
    const cs = [
      claim({ source: "a", kind: "presence", subject: "force:us", place: "place:omar-field" }),
      claim({ source: "b", kind: "presence", subject: "force:coalition", place: "place:omar-field" }),
      claim({ source: "c", kind: "presence", subject: "militia:iran-backed", place: "place:omar-field" }),
    ];
    expect(
      alignClaims(cs, g)
        .map((x) => x.claims.length)
        .sort(),
    ).toEqual([1, 2]);
  });
  test("grades areas of control by set overlap: partial when they only overlap", () => {
    const parts = (p: string[]) => ({ low: null, high: null, unit: "parts", qualifier: "parts", text: "", parts: p });
    const cs = [
      claim({ source: "a", kind: "control", subject: "force:regime", place: "place:deir-ez-zor", value: parts(["centre", "west"]) }),
      claim({ source: "b", kind: "control", subject: "force:regime", place: "place:deir-ez-zor", value: parts(["west", "south"]) }),
    ];
    const [c] = score(cs, [src("a", "A"), src("b", "B")]);
    expect(c.verdict).toBe("partial");
    expect(c.reasons.join(" ")).toMatch(/share west/);
  });
  test("blocks claims so that alignment never compares claims across blocks (cost grows with the corpus)", () => {
    const many: Claim[] = [];
    for (let i = 0; i < 20000; i++) many.push(claim({ source: `s${i}`, kind: "attack", place: i % 2 ? "place:albukamal" : "place:mayadin", date: day(`2020-01-${String((i % 28) + 1).padStart(2, "0")}`) }));
    const groups = alignClaims(many, g);
    expect(groups.length).toBe(28); // 14 days × 2 towns
  });
});

describe("Reasons", () => {
  test("lists a fact's reasons as a Set of their texts would, headline first and capped, whichever way each was added", () => {
    let x = 7;
    const next = (k: number) => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) % k;
    const names = ["Enab Baladi (2022)", "SOHR (2019)", "Asharq (2023)", "Zaman al-Wasl (2021)", "Syria TV (2020)"];
    let capped = 0;
    for (let round = 0; round < 300; round++) {
      const reasons = new Reasons();
      const plain = new Set<string>();
      const lines = next(4) === 0 ? 2 + next(200) : next(3 * MAX_REASONS);
      for (let i = 0; i < lines; i++) {
        // reasons of other kinds, repeated; and copied sentences, as names and a share
        if (next(3) === 0) {
          const text = `${names[next(names.length)]} published two of these articles: one voice ${next(4)}`;
          reasons.add(text);
          plain.add(text);
        } else {
          const [a, b, n] = [names[next(names.length)], names[next(names.length)], 80 + next(21)];
          reasons.addNamed(a, b, n, oneVoice);
          plain.add(oneVoice(a, b, n));
        }
      }
      expect(reasons.size).toBe(plain.size);
      // a headline of its own, one equal to a reason added whole (never a copied sentence's: see shown), or none
      const whole = [...plain].filter((r) => r.includes("published"));
      const pick = next(3);
      const head = pick === 0 ? [] : pick === 1 || !whole.length ? ["3 independent outlets agree"] : [whole[next(whole.length)]];
      const want = [...new Set([...head, ...plain])];
      const shown = want.length <= MAX_REASONS ? want : [...want.slice(0, MAX_REASONS), `… and ${want.length - MAX_REASONS} more of the same kinds`];
      expect(reasons.shown(head)).toEqual(shown);
      if (want.length > MAX_REASONS) capped++;
    }
    expect(capped).toBeGreaterThan(50);
  });
});

describe("unitSignatures(sentence, units)", () => {
  test("gives each stretch the signature of its own text, with or without the article's words, and reads a stretch that cuts a word on its own", () => {
    const dir = join(ROOT, "data", "sources");
    let units = 0;
    for (const f of readdirSync(dir)) {
      const text = normalize(readFileSync(join(dir, f), "utf8")).text;
      const words = tokenize(text);
      for (const s of sentences(text)) {
        const sentence = text.slice(s.start, s.end);
        const parts = [s, ...clauses(text, s)].map((u) => ({ start: u.start - s.start, end: u.end - s.start }));
        // and a stretch that starts and ends inside words
        if (sentence.length > 12) parts.push({ start: 3, end: sentence.length - 3 });
        const want = parts.map((u) => signature(sentence.slice(u.start, u.end)));
        expect(unitSignatures(sentence, parts)).toEqual(want);
        const inside = words.filter((w) => w.start >= s.start && w.end <= s.end);
        expect(unitSignatures(sentence, parts, { words: inside, offset: s.start })).toEqual(want);
        units += parts.length;
      }
    }
    expect(units).toBeGreaterThan(100);
  });
});

describe("findCopies(sentences)", () => {
  const s = (source: string, raw: string) => {
    const text = normalize(raw).text;
    return { source, start: 0, end: text.length, text };
  };
  test("finds a sentence reused with a changed number, and reports both numbers", () => {
    const a = "تنتشر في سوريا ميليشيات محلية وأجنبية تابعة لإيران يزيد عددها على 50 فصيلا ويتجاوز عدد مسلحيها 60 ألفا يعملون تحت قادة خبراء عسكريين إيرانيين على تنفيذ استراتيجية طهران .";
    const b = "وتنتشر في سوريا مليشيات محلية وأجنبية تابعة لإيران يزيد عددها على 50 فصيلاً ويتجاوز عدد مسلحيها 100 ألف يعملون تحت قادة خبراء عسكريين إيرانيين على تنفيذ استراتيجية طهران.";
    const pairs = findCopies([s("x", a), s("y", b), s("z", "جمله اخري لا علاقه لها بالموضوع علي الاطلاق ولا تتكرر في اي مكان اخر ابدا")]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].numbersA).toEqual(["50", "60 الف"]);
    expect(pairs[0].numbersB).toEqual(["50", "100 الف"]);
  });
  test("ignores short sentences and copies within one article", () => {
    expect(findCopies([s("x", "قصفت الطائرات الموقع"), s("y", "قصفت الطائرات الموقع")])).toEqual([]);
    const long = "هذه جمله طويله بما يكفي لكي تعتبر نسخه اذا تكررت في مقالين مختلفين من مصادر مختلفه";
    expect(findCopies([s("x", long), s("x", long)])).toEqual([]);
  });
});

describe("orderByKey(keys)", () => {
  test("sorts positions by key, equal keys in position order, over all 32 bits", () => {
    let x = 12345;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x);
    const keys = new Uint32Array(5000).map((_, i) => (i % 3 === 0 ? rand() % 7 : i % 3 === 1 ? 0xffff0000 + (rand() % 5) : rand()));
    const expected = [...keys.keys()].sort((a, b) => keys[a] - keys[b] || a - b);
    expect([...orderByKey(keys)]).toEqual(expected);
    expect([...orderByKey(new Uint32Array(0))]).toEqual([]);
  });
});

describe("findCopies on signatures", () => {
  // signatures made to collide: families of near-duplicates, a boilerplate family too big to
  // use, and unrelated sentences; compared with every pair checked by hand
  const H = NEARCOPY_DEFAULTS.hashes,
    rows = NEARCOPY_DEFAULTS.rows;
  let x = 99;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x);
  const sigs: Uint32Array[] = [];
  const refs: Array<{ source: string; start: number; end: number; sig: string | null; numbers: string[] }> = [];
  const family = (size: number, changed: number) => {
    const base = new Uint32Array(H).map(() => rand());
    for (let k = 0; k < size; k++) {
      const sig = base.map((v, i) => (rand() % H < changed && i % 5 !== k % 5 ? rand() : v));
      sigs.push(sig);
      refs.push({ source: `a${rand() % 30}`, start: refs.length, end: refs.length + 1, sig: Buffer.from(sig.buffer).toString("base64"), numbers: [] });
    }
  };
  for (let f = 0; f < 40; f++) family(2 + (f % 6), f % 4 === 0 ? 0 : 8);
  family(NEARCOPY_DEFAULTS.maxBucket + 5, 0);
  for (let f = 0; f < 200; f++) family(1, 0);
  refs.push({ source: "short", start: 0, end: 1, sig: null, numbers: [] });
  sigs.push(new Uint32Array(H));
  test("finds exactly the pairs that share a bucket of usable size and are alike enough", () => {
    const bandOf = (i: number, b: number) => sigs[i].slice(b * rows, (b + 1) * rows).join(",");
    const size = new Map<string, number>();
    for (let i = 0; i < refs.length; i++) if (refs[i].sig) for (let b = 0; b < H / rows; b++) size.set(`${b}|${bandOf(i, b)}`, (size.get(`${b}|${bandOf(i, b)}`) ?? 0) + 1);
    const expected: string[] = [];
    for (let i = 0; i < refs.length; i++)
      for (let j = i + 1; j < refs.length; j++) {
        if (!refs[i].sig || !refs[j].sig || refs[i].source === refs[j].source) continue;
        let shared = false;
        for (let b = 0; b < H / rows && !shared; b++) {
          const n = size.get(`${b}|${bandOf(i, b)}`)!;
          shared = bandOf(i, b) === bandOf(j, b) && n >= 2 && n <= NEARCOPY_DEFAULTS.maxBucket;
        }
        const same = sigs[i].filter((v, k) => v === sigs[j][k]).length;
        if (shared && same / H >= NEARCOPY_DEFAULTS.threshold) expected.push(`${i}-${j}@${same / H}`);
      }
    const got = findCopies(refs).map((p) => `${refs.indexOf(p.a as (typeof refs)[number])}-${refs.indexOf(p.b as (typeof refs)[number])}@${p.similarity}`);
    expect(expected.length).toBeGreaterThan(50);
    expect(got).toEqual(expected);
  });
  test("ignores a signature of the wrong length or with a character outside base64", () => {
    const good = refs.find((r) => r.sig)!;
    const copy = (sig: string) => ({ ...good, source: "other", sig });
    expect(findCopies([good, copy(good.sig!)])).toHaveLength(1);
    expect(findCopies([good, copy(good.sig!.slice(0, 64))])).toEqual([]);
    expect(findCopies([good, copy(`${good.sig!.slice(0, 100)}!${good.sig!.slice(101)}`)])).toEqual([]);
    expect(findCopies([good, copy(good.sig! + good.sig!)])).toEqual([]);
  });
});

describe("findCopiesKept: the last run's copies, extended", () => {
  // articles of units drawn from a few families of signatures, so that buckets fill up and some
  // grow past maxBucket as articles are added; every step is compared with findCopies in full
  const H = NEARCOPY_DEFAULTS.hashes;
  type Ref = { source: string; start: number; end: number; sig: string | null; numbers: string[] };
  const corpus = (seed: number) => {
    let x = seed;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x);
    const bases = Array.from({ length: 6 }, () => new Uint32Array(H).map(() => rand()));
    const unit = (): string | null => {
      if (rand() % 10 === 0) return null;
      const changed = rand() % 3 === 0 ? rand() % 12 : 0;
      const sig = bases[rand() % bases.length].map((v) => (rand() % H < changed ? rand() : v));
      return Buffer.from(sig.buffer).toString("base64");
    };
    const articles = Array.from({ length: 10 + (seed % 15) }, (_, a) => ({ id: `${String(rand() % 100000).padStart(5, "0")}-${a}`, units: Array.from({ length: rand() % 6 }, unit) }));
    return { articles, rand };
  };
  const refsOf = (articles: Array<{ id: string; units: Array<string | null> }>) => {
    const sorted = [...articles].sort((p, q) => (p.id < q.id ? -1 : 1));
    const refs: Ref[] = sorted.flatMap((a) => a.units.map((sig, u) => ({ source: a.id, start: u, end: u + 1, sig, numbers: [] })));
    return { refs, layout: sorted.map((a): [string, number] => [`${a.id}:${a.units.join()}`, a.units.length]) };
  };
  const show = (refs: Ref[], pairs: CopyPair[]) => pairs.map((p) => `${refs.indexOf(p.a as Ref)}-${refs.indexOf(p.b as Ref)}@${p.similarity}`);
  const between = (pairs: CopyPair[]) => new Set(pairs.map((p) => `${p.a.source}/${p.a.start}|${p.b.source}/${p.b.start}@${p.similarity}`));

  test("gives exactly the pairs of findCopies as articles are added, including pairs lost when a bucket grows past maxBucket, and names the sources whose copies changed", () => {
    let steps = 0,
      extended = 0,
      lost = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const maxBucket = 3 + (seed % 8) * 2;
      const { articles, rand } = corpus(seed);
      const present: typeof articles = [];
      let state: CopyState | null = null;
      let before = new Set<string>();
      while (present.length < articles.length) {
        present.push(...articles.slice(present.length, present.length + 1 + (rand() % 3)));
        const { refs, layout } = refsOf(present);
        const full = findCopies(refs, { maxBucket });
        const kept = findCopiesKept(refs, layout, state, { maxBucket });
        expect(show(refs, kept.copies.all())).toEqual(show(refs, full));
        steps++;
        const now = between(full);
        if (state) {
          expect(kept.changed).not.toBeNull();
          extended++;
          // every pair gained or lost is between two sources named in `changed`
          for (const p of [...now].filter((k) => !before.has(k)).concat([...before].filter((k) => !now.has(k)))) {
            const [a, b] = p.split("|").map((x) => x.split("/")[0]);
            expect(kept.changed!.get(a)?.has(b), p).toBe(true);
          }
          lost += [...before].filter((k) => !now.has(k)).length;
        }
        before = now;
        state = kept.state;
      }
    }
    expect(extended).toBe(steps - 40);
    // the case that needs care was met
    expect(lost).toBeGreaterThan(20);
  });

  test("reads the same copies from compact unit blocks as from refs, and indexes, prunes and counts them as a plain reading of the pairs does", () => {
    let pairsSeen = 0,
      nestedDropped = 0,
      copied = 0,
      sameSeen = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { articles } = corpus(seed);
      const sorted = [...articles].sort((p, q) => (p.id < q.id ? -1 : 1));
      // units two by two: an even unit is a sentence, the odd one after it a clause inside it
      const span = (u: number): [number, number] => [Math.floor(u / 2) * 10 + (u % 2) * 2, Math.floor(u / 2) * 10 + (u % 2 ? 7 : 10)];
      const numbers = (a: string, u: number) => (u % 3 ? [] : [`${(a.length + u) % 4}`]);
      const refs = sorted.flatMap((a) => a.units.map((sig, u) => ({ source: a.id, start: span(u)[0], end: span(u)[1], sig, numbers: sig ? numbers(a.id, u) : [] })));
      const blocks = sorted.map((a) => ({
        source: a.id,
        units: unitBlock(a.units.map((sig, u) => ({ span: span(u), minima: sig ? new Uint32Array(Uint8Array.from(Buffer.from(sig, "base64")).buffer) : null, numbers: sig ? numbers(a.id, u) : [] }))),
      }));
      const layout = sorted.map((a): [string, number] => [a.id, a.units.length]);
      const plain = (p: CopyPair) => `${p.a.source}/${p.a.start}-${p.a.end}|${p.b.source}/${p.b.start}-${p.b.end}@${p.similarity}:${p.numbersA}>${p.numbersB}`;
      const fromRefs = findCopiesKept(refs, layout, null).copies;
      const fromBlocks = findCopiesKept(blocks, layout, null).copies;
      const all = fromRefs.all();
      expect(fromBlocks.all().map(plain)).toEqual(all.map(plain));
      pairsSeen += all.length;
      // the numbers of a copy's two units told the same in place as in lists (refs: not in place)
      for (let x = 0; x < fromBlocks.size; x++) {
        const i = fromBlocks.triples[3 * x],
          j = fromBlocks.triples[3 * x + 1];
        expect(fromBlocks.sameNumbersAt(i, j)).toBe(fromBlocks.numbers(i).join("\0") === fromBlocks.numbers(j).join("\0") && fromBlocks.numbers(i).length === fromBlocks.numbers(j).length);
        expect(fromRefs.sameNumbersAt(i, j)).toBeNull();
        sameSeen += fromBlocks.sameNumbersAt(i, j) ? 1 : 0;
      }
      // the index of each source: every copy touching it, by start, equal starts in order
      const index = indexCopies(fromBlocks);
      for (const a of sorted) {
        const mine = all.map((p, x) => ({ p, x, start: p.a.source === a.id ? p.a.start : p.b.source === a.id ? p.b.start : -1 })).filter((e) => e.start >= 0);
        mine.sort((e, f) => e.start - f.start || e.x - f.x);
        const got = index.get(a.id);
        if (!mine.length) expect(got).toBeUndefined();
        else {
          expect(Array.from(got!.starts)).toEqual(mine.map((e) => e.start));
          expect(mine.map((_, k) => plain(got!.copies.pair(got!.at[k])))).toEqual(mine.map((e) => plain(e.p)));
        }
      }
      // outermost: no copy between the same two articles holds both its units and a longer first one
      const kept = outermostCopies(fromBlocks);
      const holds = (q: CopyPair, p: CopyPair) =>
        q.a.source === p.a.source && q.b.source === p.b.source && q.a.start <= p.a.start && q.a.end >= p.a.end && q.b.start <= p.b.start && q.b.end >= p.b.end && q.a.end - q.a.start > p.a.end - p.a.start;
      const want = all.map((p, x) => x).filter((x) => !all.some((q, y) => y !== x && holds(q, all[x])));
      expect([...kept].sort((x, y) => x - y)).toEqual(want);
      nestedDropped += all.length - want.length;
      // copied articles: half the smaller one's units or more copied in the other
      const count = new Map<string, number>();
      for (const x of kept) {
        const key = [all[x].a.source, all[x].b.source].sort().join("|");
        count.set(key, (count.get(key) ?? 0) + 1);
      }
      const unitsOf = new Map(sorted.map((a) => [a.id, a.units.length]));
      const wantCopied = [...count].filter(([k, n]) => n / Math.min(...k.split("|").map((s) => unitsOf.get(s)!)) >= NEARCOPY_DEFAULTS.articleShare).map(([k]) => k);
      const got = copiedArticles(fromBlocks, kept).map((p) => p.join("|"));
      expect(got.sort()).toEqual(wantCopied.sort());
      copied += got.length;
      // (articles given in another order than their names': a pair still names the first by name first)
      const back = findCopiesKept([...blocks].reverse(), [...layout].reverse(), null).copies;
      const backAll = back.all(),
        backKept = outermostCopies(back);
      const backCount = new Map<string, number>();
      for (const x of backKept) {
        const key = [backAll[x].a.source, backAll[x].b.source].sort().join("|");
        backCount.set(key, (backCount.get(key) ?? 0) + 1);
      }
      const wantBack = [...backCount].filter(([k, n]) => n / Math.min(...k.split("|").map((s) => unitsOf.get(s)!)) >= NEARCOPY_DEFAULTS.articleShare).map(([k]) => k);
      expect(
        copiedArticles(back, backKept)
          .map((p) => p.join("|"))
          .sort(),
      ).toEqual(wantBack.sort());
    }
    // (the cases that need care were met)
    expect(pairsSeen).toBeGreaterThan(200);
    expect(nestedDropped).toBeGreaterThan(10);
    expect(copied).toBeGreaterThan(5);
    expect(sameSeen).toBeGreaterThan(10);
    expect(sameSeen).toBeLessThan(pairsSeen);
  });

  test("computes in full when an article was removed or changed, the options differ, or the state is damaged", () => {
    const { articles } = corpus(7);
    const { refs, layout } = refsOf(articles);
    const { state } = findCopiesKept(refs, layout, null, { maxBucket: 5 });
    // nothing new: the same pairs, nothing changed
    const same = findCopiesKept(refs, layout, state, { maxBucket: 5 });
    expect(same.changed?.size).toBe(0);
    expect(show(refs, same.copies.all())).toEqual(show(refs, findCopies(refs, { maxBucket: 5 })));
    const fewer = refsOf(articles.slice(1));
    const removed = findCopiesKept(fewer.refs, fewer.layout, state, { maxBucket: 5 });
    expect(removed.changed).toBeNull();
    expect(show(fewer.refs, removed.copies.all())).toEqual(show(fewer.refs, findCopies(fewer.refs, { maxBucket: 5 })));
    const edited = refsOf(articles.map((a, i) => (i === 3 ? { ...a, units: [...a.units].reverse() } : a)));
    const changed = findCopiesKept(edited.refs, edited.layout, state, { maxBucket: 5 });
    expect(edited.layout).not.toEqual(layout);
    expect(changed.changed).toBeNull();
    expect(show(edited.refs, changed.copies.all())).toEqual(show(edited.refs, findCopies(edited.refs, { maxBucket: 5 })));
    // the state of other options is no state
    expect(findCopiesKept(refs, layout, state, { maxBucket: 6 }).changed).toBeNull();
    const damaged = { ...state, pairs: state.pairs.map((v, i) => (i === 1 ? 1e6 : v)) };
    expect(state.pairs.length).toBeGreaterThan(3);
    expect(findCopiesKept(refs, layout, damaged, { maxBucket: 5 }).changed).toBeNull();
  });
});
