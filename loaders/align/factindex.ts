import type { Claim, ClaimKind } from "../types.ts";
import type { Group } from "./cluster.ts";
import type { Reading } from "./facts.ts";
import { vagueFits } from "./keys.ts";

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);

/** The months (`YYYY-M`) an interval of ISO dates touches; null when unbounded or longer than 13 months. */
export function months(lo: string, hi: string): string[] | null {
  if (lo === "0000" || hi === "9999") return null;
  // (a "YYYY-MM" string parses as the first of that month, UTC)
  const end = new Date(hi.slice(0, 7)).getTime();
  const out: string[] = [];
  for (const d = new Date(lo.slice(0, 7)); d.getTime() <= end && out.length <= 13; d.setUTCMonth(d.getUTCMonth() + 1)) out.push(`${d.getUTCFullYear()}-${d.getUTCMonth() + 1}`);
  return out.length > 13 ? null : out;
}

/**
 * The facts made so far and the indexes that find the few a claim may join (its block, its
 * months, its subject, its anchor), so that no claim is compared with facts of other blocks.
 */
export class FactIndex {
  /** Every fact, in the order it was made. */
  readonly groups: Group[] = [];
  /** Each fact's towns (below its province), to place an event at its town. */
  private readonly towns = new Map<Group, Set<string>>();
  /** Each fact's claims by source, to find an article's own earlier telling without reading the fact's claims. */
  private readonly bySourceIn = new Map<Group, Map<string, Claim[]>>();
  private readonly byBlock = new Map<string, Group[]>();
  private readonly byMonth = new Map<string, Map<string, Group[]>>();
  private readonly bySubject = new Map<string, Set<Group>>();
  private readonly byAnchor = new Map<string, Group[]>();
  private readonly anchorsOf = new Map<ClaimKind, Set<string>>();
  private readonly subjectless = new Map<ClaimKind, Set<Group>>();

  constructor(private readonly read: Reading) {}

  /** The facts of a block. */
  block(key: string): Group[] {
    return this.byBlock.get(key) ?? [];
  }

  /** Every block with its facts. */
  blocks(): Iterable<[string, Group[]]> {
    return this.byBlock;
  }

  /** The towns (below its province) a fact's claims name. */
  townsOf(gr: Group): Set<string> {
    return this.towns.get(gr)!;
  }

  /** The claims of a fact told by one source. */
  toldBy(gr: Group, source: string): Claim[] {
    return this.bySourceIn.get(gr)?.get(source) ?? [];
  }

  /** The facts of a kind keyed by an anchor. */
  anchored(kind: ClaimKind, anchor: string): Group[] {
    return this.byAnchor.get(`${kind}|${anchor}`) ?? [];
  }

  /** The facts of a kind with a subject of this key (a gazetteer id, or "side:<side>" for every subject of a side). */
  ofSubject(kind: ClaimKind, key: string): Iterable<Group> {
    return this.bySubject.get(`${kind}|${key}`) ?? [];
  }

  /** A fact of this kind none of whose claims names a subject. */
  subjectlessOf(kind: ClaimKind, gr: Group): boolean {
    return !!this.subjectless.get(kind)?.has(gr);
  }

  /** The facts of a block whose dates may meet the claim's (those of its months, and the unbounded). */
  near(key: string, c: Claim): Group[] {
    const f = this.read.facts(c);
    const ms = f.dated ? months(f.lo, f.hi) : null;
    if (!ms) return this.block(key);
    const block = this.byMonth.get(key);
    const out = new Set<Group>();
    for (const mo of [...ms, "*"]) for (const gr of block?.get(mo) ?? []) out.add(gr);
    return [...out];
  }

  /** The facts of a kind anchored in a vague place (a country, a region, an area), lazily. */
  *around(kind: ClaimKind, where: string): Generator<Group> {
    for (const anchor of this.anchorsOf.get(kind) ?? []) if (vagueFits(this.read.g, where, anchor)) yield* this.anchored(kind, anchor);
  }

  /** A new fact of one claim, in block `key`, keyed by `anchor` if any. */
  add(key: string, c: Claim, anchor: string | null): Group {
    const gr: Group = { key, kind: c.kind, claims: [], subject: c.subject, object: c.object, place: c.place, anchor, lo: "0000", hi: "9999", wlo: "0000", whi: "9999", subjects: new Set(), objects: new Set() };
    (this.subjectless.get(c.kind) ?? this.subjectless.set(c.kind, new Set()).get(c.kind)!).add(gr);
    this.towns.set(gr, new Set());
    this.join(gr, c);
    this.groups.push(gr);
    push(this.byBlock, key, gr);
    const block = this.byMonth.get(key) ?? this.byMonth.set(key, new Map()).get(key)!;
    // (a fact is indexed by the months of its time when it is made; an unbounded one under "*")
    for (const mo of months(gr.lo, gr.hi) ?? months(gr.wlo, gr.whi) ?? ["*"]) push(block, mo, gr);
    if (anchor) {
      push(this.byAnchor, `${c.kind}|${anchor}`, gr);
      (this.anchorsOf.get(c.kind) ?? this.anchorsOf.set(c.kind, new Set()).get(c.kind)!).add(anchor);
    }
    return gr;
  }

  /** A claim joins a fact: the fact's parties, towns and time take it in. */
  join(gr: Group, c: Claim) {
    const f = this.read.facts(c);
    gr.claims.push(c);
    const mine = this.bySourceIn.get(gr) ?? this.bySourceIn.set(gr, new Map()).get(gr)!;
    (mine.get(c.source) ?? mine.set(c.source, []).get(c.source)!).push(c);
    gr.subject ??= c.subject;
    gr.object ??= c.object;
    gr.place ??= c.place;
    if (f.subject && !gr.subjects.has(f.subject)) {
      this.subjectless.get(gr.kind)?.delete(gr);
      for (const k of [`${gr.kind}|${f.subject}`, `${gr.kind}|side:${this.read.sideOfKey(f.subject) ?? f.subject}`]) (this.bySubject.get(k) ?? this.bySubject.set(k, new Set()).get(k)!).add(gr);
    }
    if (f.subject) gr.subjects.add(f.subject);
    if (f.object) gr.objects.add(f.object);
    if (f.town && f.town !== f.province) this.towns.get(gr)!.add(f.town);
    // (an undated claim's window narrows only the time of a fact with no dated claim)
    if (f.ownDate) {
      if (f.lo > gr.lo) gr.lo = f.lo;
      if (f.hi < gr.hi) gr.hi = f.hi;
    } else if (f.dated) {
      if (f.lo > gr.wlo) gr.wlo = f.lo;
      if (f.hi < gr.whi) gr.whi = f.hi;
    }
  }
}
