/**
 * The dev gold entries the kit gets wrong, with the claims it made near each evidence, for writing
 * rules (reads the outputs of the last `npm run accuracy`; never the test split):
 *   tsx bench/accuracy/misses.ts [--kind casualties] [--lang en] [--set raqqa-2017]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Analysis } from "../../loaders/types.ts";
import { loadGoldSet, splitSets } from "./gold.ts";
import { Scorer } from "./score.ts";

const { values } = parseArgs({ options: { kind: { type: "string" }, lang: { type: "string" }, set: { type: "string" }, right: { type: "boolean" } } });
const ROOT = join(import.meta.dirname, "..", "..");
for (const dir of splitSets(join(ROOT, "bench", "gold", "dev"))) {
  const set = loadGoldSet(dir);
  if (values.set && !dir.endsWith(values.set)) continue;
  const run = join(ROOT, "bench", "out", "accuracy", "runs", `dev-${set.name}`);
  const read = (f: string) => JSON.parse(readFileSync(join(run, `${f}.json`), "utf8"));
  const a: Analysis = { sources: read("sources"), claims: read("claims"), clusters: read("clusters"), entities: read("entities"), issues: read("issues") };
  const sc = new Scorer(a, set.gold, set.bodies, set.languages);
  for (const f of set.gold.facts) {
    if (values.kind && f.kind !== values.kind) continue;
    const r = sc.check(f);
    for (const [key, src] of Object.entries(r.sources)) {
      if (values.lang && src.language !== values.lang) continue;
      if (src.right && !values.right) continue;
      const body = set.bodies.get(key)!;
      const ev = f.sources[key].evidence;
      const at = body.indexOf(ev);
      const near = a.claims.filter((c) => c.source === key && c.span[0] < at + ev.length + 40 && c.span[1] > at - 40);
      console.log(
        `\n${f.id} [${key}] ${src.problems.join("; ")}\n  gold: ${f.kind} subj=${f.subject ?? "-"} place=${f.place ?? "-"} ${JSON.stringify(f.sources[key].value ?? "")} ${f.sources[key].unit ?? ""} ${JSON.stringify(f.sources[key].date ?? "")}\n  text: ${ev.replace(/\s+/g, " ").slice(0, 200)}`,
      );
      for (const c of near)
        console.log(
          `  kit:  ${c.kind} ${c.rule ?? "legacy"} s=${c.subject ?? "-"} o=${c.object ?? "-"} p=${c.place ?? "-"} ${c.value ? `${c.value.low}..${c.value.high} ${c.value.unit}` : ""} ${c.date ? `${c.date.start}..${c.date.end}` : ""}${c.scope ? ` [${c.scope}]` : ""}`,
        );
    }
  }
}
