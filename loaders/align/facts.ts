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
  /** Casualties: whose dead the toll counts, where its words say (see `victimStatus`). */
  victims: "civilians" | "fighters" | null;
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
      victims: victimStatus(c),
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

/** Groups of victims a toll may count apart from the whole ("68 children", «12 طفلا»): killed children are compared with killed children, never with all the dead. */
const VICTIM_GROUPS: Array<[RegExp, string]> = [
  [/\b(?:children|child|kids|boys|girls|minors)\b|(?:^|\s)(?:ال)?(?:اطفال|طفل|طفله|طفلا|قاصرين)(?:\s|$)/u, "children"],
  [/\bwomen\b|(?:^|\s)(?:ال)?(?:نساء|امراه|امراتين|سيدات|سيده)(?:\s|$)/u, "women"],
  [/\b(?:evacuees|refugees|displaced)\b|(?:^|\s)(?:ال)?(?:نازحين|مهجرين|لاجئين)(?:\s|$)/u, "displaced"],
  [/\b(?:medics|doctors|nurses|paramedics|rescuers|aid workers|volunteers|journalists|teachers|students)\b|(?:^|\s)(?:ال)?(?:مسعفين|اطباء|صحفيين|معلمين|طلاب)(?:\s|$)/u, "named-trade"],
];
/** The group of victims a casualties claim counts apart, if any (see VICTIM_GROUPS). */
export function victimGroup(c: Claim): string | null {
  const text = c.kind === "casualties" ? c.actors?.subject?.text : undefined;
  if (!text) return null;
  return VICTIM_GROUPS.find(([re]) => re.test(text.toLowerCase()))?.[1] ?? null;
}
/** Words of a toll that count civilians (the victim groups above are civilians too). */
const CIVILIANS = /\b(?:civilians?|residents|villagers|passengers|worshippers|shoppers|patients)\b|(?:^|\s)(?:ال)?(?:مدنيين|مدنيا|مدني|مدنيون|سكان|اهالي|الاهالي|ركاب|مصلين)(?:\s|$)/u;
/**
 * Whose dead a toll counts, where its words say: civilians ("16 civilians", «12 طفلا»), or fighters
 * (a named force or militia, "militants", «عناصر التنظيم»). "People" and a bare number say neither.
 */
export function victimStatus(c: Claim): "civilians" | "fighters" | null {
  if (c.kind !== "casualties") return null;
  const actor = c.actors?.subject;
  if (actor && (actor.type === "state-force" || actor.type === "militia" || actor.type === "armed-group")) return "fighters";
  if (actor && (CIVILIANS.test(actor.text.toLowerCase()) || victimGroup(c))) return "civilians";
  return !actor && c.subject && /^(?:force|militia):/.test(c.subject) ? "fighters" : null;
}
