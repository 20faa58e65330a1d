/**
 * Gold sets: a corpus folder (`sources/*.md`) and its `facts.yaml` in the format of
 * ../shared/seeds/expected-facts.yaml. Loading checks the file against the articles.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseDocument } from "yaml";
import { readCorpus } from "../../loaders/corpus/read.ts";
import { CLAIM_KINDS, VERDICTS, type ClaimKind, type Verdict } from "../../loaders/types.ts";

export interface GoldSource {
  evidence: string;
  value?: { exact?: number; low?: number; contains?: number; widest?: number };
  date?: { contains?: string; within?: [string, string]; ends_by?: string; precision?: string };
  unit?: string;
  attribution?: string;
}
export interface GoldFact {
  id: string;
  kind: ClaimKind;
  about?: string;
  subject?: string;
  subject_not?: string;
  place?: string;
  sources: Record<string, GoldSource>;
  expect: Verdict;
  stretch?: boolean;
  notes?: string;
}
export interface GoldIssue {
  id: string;
  source: string;
  evidence: string;
}
export interface Gold {
  facts: GoldFact[];
  expected_issues: GoldIssue[];
  must_not_merge: Array<[string, string]>;
}
export interface GoldSet {
  name: string;
  /** The corpus folder. */
  dir: string;
  gold: Gold;
  /** Source id → body (the text after the front matter). */
  bodies: Map<string, string>;
  languages: Map<string, "ar" | "en">;
}

const VALUE_KEYS = new Set(["exact", "low", "contains", "widest"]);
const DATE_KEYS = new Set(["contains", "within", "ends_by", "precision"]);
const SOURCE_KEYS = new Set(["evidence", "value", "date", "unit", "attribution"]);
const FACT_KEYS = new Set(["id", "kind", "about", "subject", "subject_not", "place", "object", "sources", "expect", "stretch", "notes"]);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The source id a key names: the id itself, or the one id it starts (the seeds use "000"). */
export function resolveSource(bodies: Map<string, string>, key: string): string | null {
  if (bodies.has(key)) return key;
  const hits = [...bodies.keys()].filter((id) => id.startsWith(key));
  return hits.length === 1 ? hits[0] : null;
}

/** Everything wrong with a gold file, one line each (`file: fact: message`). */
export function goldProblems(file: string, gold: Gold, bodies: Map<string, string>): string[] {
  const out: string[] = [];
  const bad = (where: string, msg: string) => out.push(`${file}: ${where}: ${msg}`);
  const ids = new Set<string>();
  if (!Array.isArray(gold?.facts)) return [`${file}: no facts list`];
  for (const f of gold.facts) {
    const where = f?.id ?? "(fact without id)";
    if (!f?.id) bad(where, "every fact needs an id");
    else if (ids.has(f.id)) bad(where, "duplicate id");
    ids.add(f?.id);
    for (const k of Object.keys(f ?? {})) if (!FACT_KEYS.has(k)) bad(where, `unknown field ${k}`);
    if (!CLAIM_KINDS.includes(f.kind)) bad(where, `kind ${JSON.stringify(f.kind)}: write one of ${CLAIM_KINDS.join(", ")}`);
    if (!VERDICTS.includes(f.expect)) bad(where, `expect ${JSON.stringify(f.expect)}: write one of ${VERDICTS.join(", ")}`);
    for (const p of ["subject", "subject_not", "place"] as const)
      if (f[p] !== undefined)
        try {
          new RegExp(f[p]!, "i");
        } catch {
          bad(where, `${p} is not a regular expression: ${f[p]}`);
        }
    const entries = Object.entries(f.sources ?? {});
    if (!entries.length) bad(where, "no sources");
    if (f.expect === "single-source" && entries.length > 1) bad(where, "single-source with several sources");
    if (f.expect !== "single-source" && entries.length === 1 && f.expect !== "partial") bad(where, `${f.expect} with one source`);
    for (const [key, s] of entries) {
      const id = resolveSource(bodies, key);
      if (!id) {
        bad(where, `no source ${key} in sources/`);
        continue;
      }
      for (const k of Object.keys(s ?? {})) if (!SOURCE_KEYS.has(k)) bad(where, `${key}: unknown field ${k}`);
      if (typeof s?.evidence !== "string" || !s.evidence.trim()) bad(where, `${key}: no evidence`);
      else if (!bodies.get(id)!.includes(s.evidence)) bad(where, `${key}: evidence not found in the article: ${s.evidence}`);
      for (const k of Object.keys(s.value ?? {})) if (!VALUE_KEYS.has(k)) bad(where, `${key}: unknown value field ${k}`);
      for (const k of Object.keys(s.date ?? {})) if (!DATE_KEYS.has(k)) bad(where, `${key}: unknown date field ${k}`);
      for (const d of [s.date?.contains, s.date?.ends_by, ...(s.date?.within ?? [])]) if (d !== undefined && !ISO.test(String(d))) bad(where, `${key}: date ${d} is not YYYY-MM-DD`);
      if (f.kind === "casualties" && s.unit !== undefined && s.unit !== "killed" && s.unit !== "wounded") bad(where, `${key}: casualties unit ${s.unit}: write killed or wounded`);
    }
  }
  for (const pair of gold.must_not_merge ?? []) {
    if (!Array.isArray(pair) || pair.length !== 2) bad("must_not_merge", `${JSON.stringify(pair)} is not a pair`);
    else for (const id of pair) if (!ids.has(id)) bad("must_not_merge", `no fact ${id}`);
  }
  for (const i of gold.expected_issues ?? []) {
    const id = resolveSource(bodies, i.source);
    if (!id) bad(`issue ${i.id}`, `no source ${i.source}`);
    else if (!bodies.get(id)!.includes(i.evidence)) bad(`issue ${i.id}`, `evidence not found: ${i.evidence}`);
  }
  return out;
}

/** Read a facts file (YAML errors name the line). */
export function readGold(file: string): Gold {
  const doc = parseDocument(readFileSync(file, "utf8"), { uniqueKeys: true });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message.split("\n")[0]}`);
  const g = doc.toJS() as Gold;
  return { facts: g?.facts ?? [], expected_issues: g?.expected_issues ?? [], must_not_merge: g?.must_not_merge ?? [] };
}

/** A gold set: its corpus folder and facts file (`facts` defaults to `dir/facts.yaml`). */
export function loadGoldSet(dir: string, facts = join(dir, "facts.yaml"), name = basename(dir)): GoldSet {
  const { sources, problems } = readCorpus(dir);
  if (problems.length) throw new Error(`${dir}: ${problems.map((p) => `${p.path}:${p.line}: ${p.message}`).join("; ")}`);
  const bodies = new Map(sources.map((s) => [s.id, s.body]));
  const languages = new Map(sources.map((s) => [s.id, s.language]));
  return { name, dir, gold: readGold(facts), bodies, languages };
}

/** The gold sets of one split (`bench/gold/dev` or `bench/gold/test`), sorted by name. */
export function splitSets(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "facts.yaml")))
    .map((d) => join(root, d.name))
    .sort();
}
