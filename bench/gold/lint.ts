/**
 * Check gold sets without running the kit: every evidence found in its article, ids unique,
 * must_not_merge ids defined, no article of a reserved claim group.
 *   tsx bench/gold/lint.ts [set folder …]   (default: every set of dev/ and test/)
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { goldProblems, loadGoldSet, splitSets } from "../accuracy/gold.ts";
import { RESERVED } from "../accuracy/corpora.ts";

const here = import.meta.dirname;
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [...splitSets(join(here, "dev")), ...splitSets(join(here, "test"))];
let problems = 0,
  facts = 0,
  sources = 0;
for (const dir of dirs) {
  const set = loadGoldSet(dir);
  const out = goldProblems(join(dir, "facts.yaml"), set.gold, set.bodies);
  for (const name of readdirSync(join(dir, "sources"))) if (RESERVED.test(name.replace(/^ufc-/, "").toUpperCase())) out.push(`${dir}: ${name} belongs to a reserved claim group`);
  for (const p of out) console.log(p);
  problems += out.length;
  facts += set.gold.facts.length;
  sources += set.bodies.size;
}
console.log(`${dirs.length} set(s), ${sources} articles, ${facts} facts, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
