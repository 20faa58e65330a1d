/**
 * Copy real articles into a gold set as source files:
 *   tsx bench/gold/import.ts bench/gold/dev/<set> ufc:R-276-a3 fakes:1914947530 …
 * unifiedfc ids are article ids (claim id + article index); FA-KES ids are unit ids. Articles of the
 * reserved unifiedfc claim groups are refused. An existing file is left as it is.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RESERVED, fakesSource, readFakes, readUnifiedfc, unifiedfcSource } from "../accuracy/corpora.ts";

const [dir, ...ids] = process.argv.slice(2);
if (!dir || !ids.length) {
  console.error("usage: tsx bench/gold/import.ts <set folder> ufc:<article id>|fakes:<unit id> …");
  process.exit(1);
}
mkdirSync(join(dir, "sources"), { recursive: true });
const ufc = ids.some((i) => i.startsWith("ufc:")) ? new Map(readUnifiedfc().map((a) => [a.id, a])) : new Map();
const fakes = ids.some((i) => i.startsWith("fakes:")) ? new Map(readFakes().map((r) => [r.unit_id, r])) : new Map();
let bad = 0;
for (const ref of ids) {
  const [corpus, id] = ref.split(/:(.*)/s);
  const row = corpus === "ufc" ? ufc.get(id) : corpus === "fakes" ? fakes.get(id) : undefined;
  if (corpus === "ufc" && RESERVED.test(id)) {
    console.error(`${ref}: reserved for independent evaluation; choose another claim group`);
    bad++;
    continue;
  }
  if (!row) {
    console.error(`${ref}: no such article (write ufc:<article id> or fakes:<unit id>)`);
    bad++;
    continue;
  }
  const { id: name, text } = corpus === "ufc" ? unifiedfcSource(row) : fakesSource(row);
  const path = join(dir, "sources", `${name}.md`);
  if (existsSync(path)) console.log(`${path} exists, left as it is`);
  else (writeFileSync(path, text), console.log(`wrote ${path}`));
}
process.exit(bad ? 1 : 0);
