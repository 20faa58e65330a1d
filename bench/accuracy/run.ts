/**
 * `npm run accuracy`: run `triangulate analyze` (the CLI, as users run it) on the seeds, every gold
 * set and FA-KES; score the outputs; print a table and write bench/ACCURACY.md beside the figures
 * last committed.
 *
 *   npm run accuracy [-- --sample N] [--verbose] [--show-test] [--no-write]
 *
 * --sample N   append up to N unjudged claims per kind, language and split to bench/gold/judged.yaml
 * --verbose    print every dev fact's check (test facts only with --show-test: that split is only scored)
 * --no-write   print, do not rewrite bench/ACCURACY.md
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import type { Analysis } from "../../loaders/types.ts";
import { SHARED } from "../corpora.ts";
import { loadGoldSet, splitSets, type GoldSet } from "./gold.ts";
import { Scorer, describe, total, type Ratio, type SetScore } from "./score.ts";
import { appendSample, precision, readJudged, type PredictedClaim, type Precision } from "./judged.ts";
import { fakesFigures, writeFakesCorpus, type FakesFigures } from "./fakes.ts";
import { FAKES } from "./corpora.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const GOLD = join(ROOT, "bench", "gold");
const OUT = join(ROOT, "bench", "out", "accuracy");
const JUDGED = join(GOLD, "judged.yaml");
const REPORT = join(ROOT, "bench", "ACCURACY.md");
const SPLITS = ["dev", "test"] as const;
type Split = (typeof SPLITS)[number];

const { values: opts } = parseArgs({
  options: { sample: { type: "string" }, verbose: { type: "boolean" }, "show-test": { type: "boolean" }, "no-write": { type: "boolean" } },
});

/** Targets recorded for the extraction and alignment work (issue: accuracy you can see). */
export const TARGETS = { verdict: 0.9, mustNotMerge: 1, precision: 0.9, recall: 0.85, extraction: 0.9, sameEvent: 0.8, falseMerges: 0.1, disagreement: 0.8 };

interface Run {
  name: string;
  corpus: string;
  out: string;
}

/** Run the CLI on each corpus, two at a time (the machines here have two cores). */
async function analyzeAll(runs: Run[]): Promise<Map<string, { analysis: Analysis; seconds: number }>> {
  const done = new Map<string, { analysis: Analysis; seconds: number }>();
  const env = { ...process.env, TRIANGULATE_CACHE: join(OUT, "cache"), OBSERVABLE_TELEMETRY_DISABLE: "true" };
  const queue = [...runs];
  const worker = async () => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const t = performance.now();
      const run = r;
      await new Promise<void>((ok, fail) => {
        const p = spawn(process.execPath, [join(ROOT, "bin", "triangulate.js"), "analyze", "--corpus", run.corpus, "--out", run.out], { env, stdio: ["ignore", "ignore", "pipe"] });
        let err = "";
        p.stderr.on("data", (d) => (err += d));
        p.on("close", (code) => (code === 0 ? ok() : fail(new Error(`triangulate analyze --corpus ${run.corpus} failed (${code}): ${err.trim().split("\n").at(-1)}`))));
      });
      const read = (f: string) => JSON.parse(readFileSync(join(run.out, `${f}.json`), "utf8"));
      const analysis: Analysis = { sources: read("sources"), claims: read("claims"), clusters: read("clusters"), entities: read("entities"), issues: read("issues") };
      done.set(run.name, { analysis, seconds: (performance.now() - t) / 1000 });
    }
  };
  await Promise.all([worker(), worker()]);
  return done;
}

const pct = (r: Ratio | undefined) => (!r || !r.of ? "–" : `${Math.round((100 * r.n) / r.of)}%`);
const frac = (r: Ratio | undefined) => (!r || !r.of ? "–" : `${r.n}/${r.of} (${pct(r)})`);

interface Figures {
  commit: string;
  date: string;
  sets: Record<string, { facts: number; aligned: Ratio; verdict: Ratio; values: Ratio; mustNotMerge: Ratio; issues: Ratio }>;
  claims: Record<Split, { recall: Record<string, Ratio>; precision: Record<string, Ratio & { unjudged: number }> }>;
  fakes: FakesFigures | null;
}

function previousFigures(): Figures | null {
  let text: string | null;
  try {
    text = execFileSync("git", ["show", "HEAD:bench/ACCURACY.md"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    text = existsSync(REPORT) ? readFileSync(REPORT, "utf8") : null;
  }
  const m = text && /<!-- figures (\{.*\}) -->/s.exec(text);
  return m ? (JSON.parse(m[1]) as Figures) : null;
}

function commit(): string {
  try {
    const id = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "loaders", "data/gazetteer"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${id} + uncommitted changes` : id;
  } catch {
    return "unknown";
  }
}

async function main() {
  const t0 = performance.now();
  mkdirSync(OUT, { recursive: true });
  const sets: Array<{ split: Split | "seeds"; set: GoldSet }> = [];
  for (const split of SPLITS) for (const dir of splitSets(join(GOLD, split))) sets.push({ split, set: loadGoldSet(dir, undefined, `${split}/${relative(join(GOLD, split), dir)}`) });
  const seedsFacts = join(SHARED, "seeds", "expected-facts.yaml");
  if (existsSync(seedsFacts)) sets.push({ split: "seeds", set: loadGoldSet(join(ROOT, "data"), seedsFacts, "seeds") });
  const fakesRows = existsSync(FAKES) ? writeFakesCorpus(join(OUT, "fakes-corpus")) : null;

  const runs: Run[] = sets.map(({ set }) => ({ name: set.name, corpus: set.dir, out: join(OUT, "runs", set.name.replace(/\//g, "-")) }));
  if (fakesRows) runs.unshift({ name: "fakes", corpus: join(OUT, "fakes-corpus"), out: join(OUT, "runs", "fakes") });
  const results = await analyzeAll(runs);

  const scores = new Map<string, SetScore>();
  const lines: string[] = [];
  for (const { split, set } of sets) {
    const { analysis } = results.get(set.name)!;
    const s = new Scorer(analysis, set.gold, set.bodies, set.languages).score();
    scores.set(set.name, s);
    const show = split !== "test" || opts["show-test"];
    lines.push(`## ${set.name}`, ...(show ? [...s.results.map(describe), ...s.failures] : ["(test split: per-fact report withheld; --show-test prints it)"]), "");
  }
  writeFileSync(join(OUT, "report.txt"), lines.join("\n"));
  if (opts.verbose) console.log(lines.join("\n"));

  // claim precision from the hand judgements, per split
  const judged = readJudged(JUDGED);
  const claims: Record<Split, { recall: Record<string, Ratio>; precision: Precision }> = {} as never;
  for (const split of SPLITS) {
    const inSplit = sets.filter((x) => x.split === split);
    const predicted: PredictedClaim[] = inSplit.flatMap(({ set }) =>
      results
        .get(set.name)!
        .analysis.claims.filter((c) => c.review?.action !== "reject")
        .map((claim) => ({ claim, language: set.languages.get(claim.source) ?? "ar", set: set.name })),
    );
    if (opts.sample) {
      const n = appendSample(JUDGED, predicted, judged, split, Number(opts.sample));
      console.log(`${split}: appended ${n} claims to judge to ${relative(ROOT, JUDGED)}`);
    }
    claims[split] = { recall: total(inSplit.map(({ set }) => scores.get(set.name)!)).recall, precision: precision(predicted, judged) };
  }
  const fakes = fakesRows ? fakesFigures(results.get("fakes")!.analysis, fakesRows) : null;

  const figures: Figures = {
    commit: commit(),
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    sets: Object.fromEntries([...scores].map(([name, s]) => [name, { facts: s.facts, aligned: s.aligned, verdict: s.verdict, values: s.values, mustNotMerge: s.mustNotMerge, issues: s.issues }])),
    claims: Object.fromEntries(SPLITS.map((sp) => [sp, { recall: claims[sp].recall, precision: claims[sp].precision.byKind }])) as Figures["claims"],
    fakes,
  };
  const prev = previousFigures();
  const report = render(figures, prev, sets, scores, claims, results, (performance.now() - t0) / 1000);
  console.log(report.table);
  if (!opts["no-write"]) {
    writeFileSync(REPORT, report.markdown);
    console.log(`wrote ${relative(ROOT, REPORT)}; per-fact report in ${relative(ROOT, join(OUT, "report.txt"))}`);
  }
}

function render(
  f: Figures,
  prev: Figures | null,
  sets: Array<{ split: string; set: GoldSet }>,
  scores: Map<string, SetScore>,
  claims: Record<Split, { recall: Record<string, Ratio>; precision: Precision }>,
  results: Map<string, { seconds: number }>,
  seconds: number,
): { table: string; markdown: string } {
  const was = (r: Ratio | undefined) => (prev ? pct(r) : "–");
  const setRows = sets.map(({ split, set }) => {
    const s = scores.get(set.name)!;
    const p = prev?.sets[set.name];
    return `| ${set.name} | ${set.bodies.size} | ${s.facts} | ${frac(s.aligned)} | ${frac(s.verdict)} | ${was(p?.verdict)} | ${frac(s.values)} | ${frac(s.mustNotMerge)} | ${frac(s.issues)} |${split === "test" ? "" : ""}`;
  });
  const totals = SPLITS.map((sp) => {
    const t = total(sets.filter((x) => x.split === sp).map((x) => scores.get(x.set.name)!));
    const pt = prev
      ? total(
          Object.entries(prev.sets)
            .filter(([n]) => n.startsWith(`${sp}/`))
            .map(([, s]) => ({ ...s, stretch: { n: 0, of: 0 }, recall: {}, results: [], failures: [] })),
        )
      : null;
    return `| **${sp} total** | ${sets.filter((x) => x.split === sp).reduce((a, x) => a + x.set.bodies.size, 0)} | ${t.facts} | ${frac(t.aligned)} | **${frac(t.verdict)}** | ${pt ? pct(pt.verdict) : "–"} | ${frac(t.values)} | ${frac(t.mustNotMerge)} | ${frac(t.issues)} |`;
  });
  const factTable = ["| set | articles | facts | aligned | right verdict | (previous) | right value/date | must_not_merge kept | issues found |", "|---|---:|---:|---|---|---|---|---|---|", ...setRows, ...totals].join("\n");

  const kinds = ["force_size", "presence", "attack", "casualties", "leadership", "control"];
  const claimRows: string[] = [];
  for (const kind of kinds)
    for (const lang of ["ar", "en"]) {
      const k = `${kind}/${lang}`;
      const cells = SPLITS.flatMap((sp) => {
        const r = claims[sp].recall[k],
          p = claims[sp].precision.byKind[k];
        const pr = prev?.claims?.[sp];
        return [frac(r), was(pr?.recall[k]), p ? `${frac(p)}${p.unjudged ? ` +${p.unjudged} unjudged` : ""}` : "–", was(pr?.precision[k])];
      });
      claimRows.push(`| ${kind} | ${lang} | ${cells.join(" | ")} |`);
    }
  const claimTable = ["| kind | lang | dev recall | (prev) | dev precision | (prev) | test recall | (prev) | test precision | (prev) |", "|---|---|---|---|---|---|---|---|---|---|", ...claimRows].join("\n");

  const fk = f.fakes;
  const fakesTable = fk
    ? [
        "| FA-KES figure | now | previous | target |",
        "|---|---|---|---|",
        `| (a) articles with a toll whose killed claim holds it | ${frac(fk.extraction)} | ${was(prev?.fakes?.extraction)} | ≥ ${TARGETS.extraction * 100}% |`,
        `| (b) same-event article pairs sharing a killed fact | ${frac(fk.sameEvent)} | ${was(prev?.fakes?.sameEvent)} | ≥ ${TARGETS.sameEvent * 100}% |`,
        `| (c) day-dated pairs in one casualties fact from different events | ${frac(fk.falseMerges)} | ${was(prev?.fakes?.falseMerges)} | ≤ ${TARGETS.falseMerges * 100}% |`,
        `| (c') the same, each article's claims about its own annotated day (±1) | ${frac(fk.ownFalseMerges)} | ${was(prev?.fakes?.ownFalseMerges)} | ≤ ${TARGETS.falseMerges * 100}% |`,
        `| (d) events with tolls >10% apart that have a contested/partial fact | ${frac(fk.disagreement)} | ${was(prev?.fakes?.disagreement)} | ≥ ${TARGETS.disagreement * 100}% |`,
      ].join("\n")
    : "FA-KES not found (../shared/corpus/fa-kes/fakes.csv).";

  // (a rule's judged claims of both splits summed: the test split's once replaced the dev split's)
  const byRule: Record<string, Ratio> = {};
  for (const sp of SPLITS) for (const [r, x] of Object.entries(claims[sp].precision.byRule)) byRule[r] = { n: (byRule[r]?.n ?? 0) + x.n, of: (byRule[r]?.of ?? 0) + x.of };
  const rules = Object.entries(byRule);
  const pending = SPLITS.reduce((a, sp) => a + claims[sp].precision.pending, 0);
  const table = `${factTable}\n\n${claimTable}\n\n${fakesTable}\n\n${pending ? `${pending} sampled claims await judging in bench/gold/judged.yaml\n` : ""}accuracy run: ${seconds.toFixed(1)} s (analyze: ${[...results].map(([n, r]) => `${n} ${r.seconds.toFixed(1)} s`).join(", ")})`;
  const markdown = `# Accuracy

Generated by \`npm run accuracy\` (\`bench/accuracy/run.ts\`) on commit ${f.commit}, ${f.date}; do not edit by hand.
Each corpus is analysed by the CLI (\`triangulate analyze\`) as a user runs it. The gold is in
[\`gold/\`](gold/README.md): \`dev/\` sets are read while writing rules, \`test/\` sets are only scored;
\`seeds\` is \`../shared/seeds/expected-facts.yaml\` on \`data/\`. "(previous)" is the figure committed before.

## Facts

A fact is aligned when one of the kit's facts holds a claim of every source the gold lists (right
kind, entities and, where possible, values); right verdict means aligned with the gold's verdict.

${factTable}

## Claims per kind and language

Recall: gold (fact, source) entries for which the source has a claim of the right kind, entities,
value and date. Precision: predicted claims judged right by hand in [\`gold/judged.yaml\`](gold/judged.yaml)
(a claim whose span or content changed since it was judged is counted as unjudged).

${claimTable}
${rules.length ? `\nPrecision per extraction rule (judged claims): ${rules.map(([r, x]) => `${r} ${frac(x)}`).join(", ")}\n` : ""}
## FA-KES

The kit run over FA-KES's 804 English articles (\`../shared/corpus/fa-kes/\`), measured against each
article's annotated toll (civilians + non-civilians) and event (annotated day and place). An
article's publication date is its own dateline where it has one, else FA-KES's annotated day.

${fakesTable}

## Targets

Gold test split: at least ${TARGETS.verdict * 100}% of facts aligned with the right verdict and every
\`must_not_merge\` kept; claim precision at least ${TARGETS.precision * 100}% and recall at least
${TARGETS.recall * 100}% per kind and language; FA-KES (a) ≥ ${TARGETS.extraction * 100}%, (b) ≥
${TARGETS.sameEvent * 100}%, (c) ≤ ${TARGETS.falseMerges * 100}%, (d) ≥ ${TARGETS.disagreement * 100}%.

The run took ${seconds.toFixed(0)} s.

<!-- figures ${JSON.stringify(f)} -->
`;
  return { table, markdown };
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
