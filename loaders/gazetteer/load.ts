import { createHash } from "node:crypto";
import { mkdirSync, readdirSync } from "node:fs";
import { readTextFile } from "../corpus/read.ts";
import { dirname, join } from "node:path";
import { cacheDir, libraryVersion, readSealed, seal, writeAtomic } from "../disk.ts";
import { displayPath } from "../config.ts";
import { z } from "zod";
import { UserError } from "../errors.ts";
import { YamlText, atLine } from "../yaml.ts";
import { ENTITY_TYPES, type Entity, type EntityType, type Gazetteer } from "./types.ts";

/** A name, in English or Arabic, with what to write when it is missing or empty. */
const name = (field: string, language: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `missing: add ${field}: <the name in ${language}>` : `not a name: ${JSON.stringify(iss.input)}; write the name in ${language}`) })
    .trim()
    .min(1, { error: `empty: write the name in ${language}` });
const ref = z.union([z.string().regex(/^[a-z]+:[a-z0-9-]+$/), z.null()]).optional();
const entrySchema = z.looseObject({
  id: z.string().regex(/^(militia|force|place|person|org|country):[a-z0-9-]+$/, {
    error: (iss) => `id ${JSON.stringify(iss.input)} is not valid: write type:name-in-lower-case, e.g. militia:fatemiyoun (types: ${ENTITY_TYPES.join(", ")})`,
  }),
  name_en: name("name_en", "English"),
  name_ar: name("name_ar", "Arabic"),
  aliases: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  parent: ref,
  origin: ref,
  affiliation: ref,
  country: ref,
  side: z.union([z.string(), z.null()]).optional(),
  type: z.union([z.string(), z.null()]).optional(),
  role: z.union([z.string(), z.null()]).optional(),
  notes: z.union([z.string(), z.null()]).optional(),
  umbrella: z.boolean().optional(),
  lat: z.union([z.number().min(-90).max(90), z.null()]).optional(),
  lon: z.union([z.number().min(-180).max(180), z.null()]).optional(),
});

/**
 * Load every `*.yaml` of a gazetteer folder; errors name `file:line` and what to write. A
 * gazetteer loaded once is kept, by the hash of its files and of the library, so that the next
 * process reads it back instead of parsing and checking it again (every analysis and every data
 * loader of the site starts with it; see docs/INTERNALS.md). Only a gazetteer without problems
 * is kept; a missing copy is parsed again, never an error, and a damaged one (the copy is sealed: format
 * and checksum, see `seal` in disk.ts) is reported on stderr and parsed again, never used. `keep: false` neither
 * reads nor writes the copy (`--no-cache`).
 */
export function loadGazetteer(dir: string, options: { keep?: boolean } = {}): Gazetteer {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch {
    throw new UserError(`no gazetteer folder: ${dir}`);
  }
  const { files, errors } = readFiles(dir, names);
  if (errors.length) throw gazetteerError(errors);
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.name).update("\0").update(f.text);
  const digest = hash.digest("hex");
  // (the paths are part of the key: entries say where they were defined, as messages show it)
  const key = createHash("sha256")
    .update(`${libraryVersion()}\0${digest}\0${files.map((f) => f.path).join("\0")}`)
    .digest("hex")
    .slice(0, 32);
  const kept = join(cacheDir(), "gazetteer", `${key}.json`);
  if (options.keep === false) return { entities: parseGazetteer(files), hash: digest };
  try {
    // (sealed: a copy damaged on disk, entities lost included, is reported and parsed again)
    const payload = readSealed(kept, "gazetteer");
    const data = payload && JSON.parse(payload.toString("utf8"));
    if (data?.key === key && Array.isArray(data.entities) && data.entities.length === data.count) return { entities: new Map((data.entities as Entity[]).map((e) => [e.id, e])), hash: digest };
  } catch {
    // not kept yet
  }
  const g = { entities: parseGazetteer(files), hash: digest };
  try {
    mkdirSync(dirname(kept), { recursive: true });
    writeAtomic(kept, seal("gazetteer", JSON.stringify({ key, count: g.entities.size, entities: [...g.entities.values()] })));
  } catch {
    // a cache that cannot be written only costs time
  }
  return g;
}

/** A gazetteer's problems as one error: one line each, under a count when there are several. */
const gazetteerError = (errors: string[]) => new UserError(errors.length === 1 ? errors[0] : `the gazetteer has ${errors.length} problem(s):\n${errors.join("\n")}`);

/** The text of each gazetteer file, and the files that cannot be read (a folder, a pipe, not UTF-8…). */
function readFiles(dir: string, names: string[]) {
  const files: Array<{ name: string; path: string; text: string }> = [];
  const errors: string[] = [];
  for (const name of names) {
    const path = displayPath(join(dir, name));
    const r = readTextFile(join(dir, name));
    if ("text" in r) files.push({ name, path, text: r.text });
    else errors.push(r.line ? atLine(path, r.line, r.message) : `${path}: ${r.message}`);
  }
  return { files, errors };
}

/** The entities of a gazetteer's files; throws their problems. */
function parseGazetteer(files: Array<{ path: string; text: string }>): Map<string, Entity> {
  const { entities, errors } = checkGazetteer(files);
  if (errors.length) throw gazetteerError(errors);
  return entities;
}

/** Every problem of a gazetteer folder as `file:line: message` lines (none: it loads), for `check`. */
export function gazetteerProblems(dir: string): string[] {
  // (a gazetteer that loads, most often from its kept copy, has none)
  try {
    loadGazetteer(dir);
    return [];
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
  }
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  } catch {
    return [`${displayPath(dir)}: no gazetteer folder there: create it, or remove it to use the project's`];
  }
  const { files, errors } = readFiles(dir, names.sort());
  return [...errors, ...checkGazetteer(files).errors];
}

/** Parse and check the files of a gazetteer (see `loadGazetteer`): its entities, and its problems as `file:line: message`. */
function checkGazetteer(files: Array<{ path: string; text: string }>): { entities: Map<string, Entity>; errors: string[] } {
  const entities = new Map<string, Entity>();
  const errors: string[] = [];
  for (const { path, text } of files) {
    const yaml = new YamlText(text);
    const syntax = yaml.syntaxErrors;
    for (const err of syntax) errors.push(atLine(path, err.line, err.message));
    if (syntax.length) continue;
    const entries = yaml.list();
    if (!entries) {
      errors.push(atLine(path, 1, 'a gazetteer file is a list of entries: start each with "- id: type:name"'));
      continue;
    }
    for (const { value, line } of entries) {
      const parsed = entrySchema.safeParse(value);
      if (!parsed.success) {
        for (const iss of parsed.error.issues) errors.push(`${path}:${line}: ${iss.path.join(".") || "entry"}: ${iss.message}`);
        continue;
      }
      const e = parsed.data;
      if (entities.has(e.id)) {
        errors.push(`${path}:${line}: duplicate id ${e.id} (first at ${entities.get(e.id)!.at}): give each entry its own id`);
        continue;
      }
      entities.set(e.id, {
        id: e.id,
        type: e.id.split(":")[0] as EntityType,
        name_en: e.name_en,
        name_ar: e.name_ar,
        aliases: e.aliases ?? [],
        parent: e.parent ?? null,
        placeType: e.type ?? null,
        side: e.side ?? null,
        origin: e.origin ?? null,
        role: e.role ?? null,
        affiliation: e.affiliation ?? null,
        country: e.country ?? null,
        lat: e.lat ?? null,
        lon: e.lon ?? null,
        notes: e.notes ?? null,
        umbrella: e.umbrella ?? e.id.startsWith("country:"),
        at: `${path}:${line}`,
      });
    }
  }
  for (const e of entities.values())
    for (const field of ["parent", "origin", "affiliation", "country"] as const) {
      const target = e[field];
      if (target && !entities.has(target)) errors.push(`${e.at}: ${field} ${target} of ${e.id} is not in the gazetteer: add it or fix the id`);
    }
  return { entities, errors };
}

/** The chain of ancestors of an entity (parent, grandparent…), nearest first. */
export function ancestors(g: Gazetteer, id: string): string[] {
  let memo = chains.get(g);
  if (!memo) chains.set(g, (memo = new Map()));
  let out = memo.get(id);
  if (out) return out;
  out = [];
  for (let p = g.entities.get(id)?.parent; p && !out.includes(p); p = g.entities.get(p)?.parent) out.push(p);
  memo.set(id, out);
  return out;
}
const chains = new WeakMap<Gazetteer, Map<string, string[]>>();
