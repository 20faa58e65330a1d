import { join } from "node:path";
import { analyze } from "../loaders/pipeline.ts";
import { readCorpus } from "../loaders/corpus/read.ts";
import { Checker, loadExpected } from "../tests/expected.ts";
const corpus = process.argv[2] ?? join(import.meta.dirname, "../data");
const a = await analyze({ corpus, cache: false });
const check = new Checker(a, new Map(readCorpus(corpus).sources.map((s) => [s.id, s.body])));
const byId = new Map(a.claims.map((c) => [c.id, c]));
const clusterOf = new Map(a.clusters.flatMap((cl) => cl.claims.map((id) => [id, cl] as const)));
const exp = loadExpected(join(import.meta.dirname, "../../shared/seeds/expected-facts.yaml"));
let ok = 0;
for (const f of exp.facts) {
  const r = check.check(f);
  if (r.ok) {
    ok++;
    continue;
  }
  console.log(`\n## ${f.id} ${r.problems.join("; ")}`);
  for (const [short, s] of Object.entries(r.sources)) {
    for (const id of s.candidates) {
      const c = byId.get(id)!;
      const cl = clusterOf.get(id);
      console.log(`  ${short} ${c.kind} subj=${c.subject} obj=${c.object} place=${c.place} date=${c.date?.start}..${c.date?.end} -> ${cl?.id} [${cl?.verdict}] ${cl?.sources.map((x) => x.slice(0, 3)).join(",")}`);
    }
    if (!s.candidates.length) {
      const src = check.sourceId(short);
      const body = check.bodies.get(src)!;
      const ev = f.sources[short].evidence;
      const at = body.indexOf(ev);
      for (const c of a.claims.filter((c) => c.source === src && c.span[0] < at + ev.length && c.span[1] > at))
        console.log(`  (${short} overlapping) ${c.kind} subj=${c.subject} obj=${c.object} place=${c.place} | ${c.evidence.slice(0, 80)}`);
    }
  }
}
console.log(`\n${ok}/${exp.facts.length} facts ok`);
