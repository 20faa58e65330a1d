/**
 * The output contract of `triangulate analyze` (see README, "Outputs"). Pages and tests rely on
 * these shapes; change them only together with the README.
 */
import type { Published } from "./corpus/types.ts";

export type { Published };

export type ClaimKind = "presence" | "force_size" | "attack" | "casualties" | "leadership" | "control";
export const CLAIM_KINDS: ClaimKind[] = ["presence", "force_size", "attack", "casualties", "leadership", "control"];

export type Verdict = "corroborated" | "partial" | "contested" | "single-source" | "echoed";
export const VERDICTS: Verdict[] = ["corroborated", "partial", "contested", "echoed", "single-source"];

export type Precision = "day" | "days" | "week" | "month" | "year";

/** `sources.json`: one row per article. */
export interface SourceRow {
  id: string;
  outlet: string | null;
  url: string | null;
  published: Published | null;
  language: "ar" | "en";
  title: string | null;
  path: string;
  /** Length of the body in characters. */
  chars: number;
  notes: string | null;
}

/** A number as an interval; `null` is an open bound. */
export interface Value {
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: string;
  text: string;
  /** For control claims: the parts of the place held (e.g. ["centre", "west"]). */
  parts?: string[];
}

export interface DateValue {
  start: string | null;
  end: string | null;
  precision: Precision;
  text: string;
}

/** What kind of actor a description names. */
export type ActorType = "state-force" | "militia" | "armed-group" | "aircraft" | "contractor" | "civilians" | "unknown";

/** An actor the article describes rather than names ("a US contractor", «طائرات مجهولة»). */
export interface Actor {
  /** The words as the article has them (normalised). */
  text: string;
  type: ActorType;
  /** A side of the gazetteer: regime, russia, us-coalition, turkey, israel, iran-axis, sdf, opposition, isis, hts, iraq-gov. */
  side: string | null;
  /** A country id (country:us) when the description names one. */
  nationality: string | null;
}

/** `claims.json`: one typed claim with its exact evidence. */
export interface Claim {
  id: string;
  source: string;
  kind: ClaimKind;
  subject: string | null;
  object: string | null;
  place: string | null;
  value: Value | null;
  date: DateValue | null;
  /** Who the outlet cites (an entity id such as `org:sohr`, or a phrase such as "local sources"). */
  attribution: string | null;
  evidence: string;
  /** `[start, end)` in the article body (JS string offsets): `evidence === body.slice(...span)`. */
  span: [number, number];
  /** The whole sentence around the evidence, as `[start, end)` in the body. */
  context: [number, number];
  /** Control claims: "lost" when the subject loses the place (a withdrawal), else absent. */
  change?: "lost";
  /** The extraction rule that made the claim (`<kind>/<language>/<name>`). */
  rule?: string;
  /** Parties the article describes without a gazetteer name: the subject's and the object's. */
  actors?: { subject?: Actor; object?: Actor };
  /** Casualties: a cumulative tally ("since 2011") or a part of a toll ("including 5 children"), not an event's toll. */
  scope?: "tally" | "subcount";
  /** Set when an analyst's review changed or rejected this claim. */
  review?: { action: string; note: string | null; by: string | null };
}

/** `clusters.json`: one fact, the claims that make it, and the verdict. */
export interface Cluster {
  id: string;
  kind: ClaimKind;
  key: string;
  claims: string[];
  sources: string[];
  verdict: Verdict;
  score: number;
  reasons: string[];
  /** A human-readable one-line label of the fact (English). */
  label: string;
  subject: string | null;
  object: string | null;
  place: string | null;
  /** Per source: how it stands on this fact. */
  stances: Record<string, "confirms" | "contradicts" | "differs">;
  review?: { verdict?: Verdict; note: string | null; by: string | null };
}

/** `entities.json`: gazetteer entries referred to by claims. */
export interface EntityRow {
  id: string;
  type: string;
  name_en: string;
  name_ar: string;
  aliases: string[];
  parent: string | null;
  lat: number | null;
  lon: number | null;
}

/** `issues.json`: what the kit noticed and could not settle. */
export interface Issue {
  type: string;
  source: string | null;
  span: [number, number] | null;
  message: string;
}

/** Everything `analyze` produces. */
export interface Analysis {
  sources: SourceRow[];
  claims: Claim[];
  clusters: Cluster[];
  entities: EntityRow[];
  issues: Issue[];
}
