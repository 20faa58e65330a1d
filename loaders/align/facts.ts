import type { Gazetteer } from "../gazetteer/types.ts";
import type { Claim } from "../types.ts";
import { actorKey, actorsCompatible, isCoarse, provinceAnchor, townAnchor, vagueFits } from "./keys.ts";

/** What alignment reads of a claim, worked out once. */
export interface Facts {
  /** Its dates: its own, else the window it was implicitly given, else none. */
  lo: string;
  hi: string;
  dated: boolean;
  /** Its own date (not an implicit window). */
  ownDate: boolean;
  /** Its town and province come from its article's lead, not from its own words. */
  leadPlace: boolean;
  /** Its place's town and province, when the place is specific (not a country or region). */
  town: string | null;
  province: string | null;
  /** The key of its subject and object: a gazetteer id (an umbrella's side), else a described actor's side. */
  subject: string | null;
  object: string | null;
}

/** The per-claim reading of one alignment: each claim's `Facts` (read once), and how its actor keys compare. */
export class Reading {
  private readonly info = new Map<Claim, Facts>();

  constructor(
    readonly g: Gazetteer,
    private readonly implicit: Map<string, { start: string | null; end: string | null }>,
    private readonly implicitPlace: Map<string, string>,
  ) {}

  /** What alignment reads of a claim (see `Facts`), worked out on first asking. */
  facts(c: Claim): Facts {
    const g = this.g;
    let f = this.info.get(c);
    if (f) return f;
    const d = c.date ?? this.implicit.get(c.id) ?? null;
    const specific = !!c.place && !isCoarse(g, c.place);
    // (the lead's place stands in for none, or for a country or region that holds it: "in Syria" of an article whose lead is in Idlib)
    const lead = this.implicitPlace.get(c.id) ?? null;
    const where = specific ? c.place! : lead && (!c.place || vagueFits(g, c.place, lead)) ? lead : null;
    f = {
      lo: d?.start ?? "0000",
      hi: d?.end ?? "9999",
      dated: !!d,
      ownDate: !!c.date,
      leadPlace: !specific && !!where,
      town: where ? townAnchor(g, where) : null,
      province: where ? provinceAnchor(g, where) : null,
      subject: this.sideKey(c.subject, c.actors?.subject),
      object: this.sideKey(c.object, c.actors?.object),
    };
    this.info.set(c, f);
    return f;
  }

  // (a key is a gazetteer id or "side:<side>"; a side meets every actor of that side)
  /** The side of an actor key. */
  sideOfKey(k: string): string | null {
    return k.startsWith("side:") ? k.slice(5) : (this.g.entities.get(k)?.side ?? null);
  }

  /** Two actor keys may name the same party (either unknown, the same, compatible entities, or one side). */
  compatible(a: string | null, b: string | null): boolean {
    if (!a || !b || a === b) return true;
    if (!a.startsWith("side:") && !b.startsWith("side:")) return actorsCompatible(this.g, a, b);
    return this.sideOfKey(a) !== null && this.sideOfKey(a) === this.sideOfKey(b);
  }

  /** The key of an actor: its gazetteer id's key, else its described side. */
  private sideKey(id: string | null, actor: { side: string | null } | undefined): string | null {
    return actorKey(this.g, id) ?? (actor?.side ? `side:${actor.side}` : null);
  }
}
