// Types of rosters.js for the TypeScript tests (the component itself is plain JavaScript for Framework).
import type { Claim, Cluster, EntityRow, SourceRow } from "../../loaders/types.ts";

export interface RosterCell {
  subject: string;
  place: string;
  claims: Claim[];
  outlets: Array<{ key: string; name: string; source: string; when: string }>;
  facts: Array<{ id: string; verdict: string }>;
}
export interface RosterOptions {
  sources?: SourceRow[];
  clusters?: Cluster[];
  entities?: Map<string, EntityRow>;
  maxGroups?: number;
  maxPlaces?: number;
}
export const ROSTER_DEFAULTS: { narrow: number; maxGroups: number; maxPlaces: number };
export function rosterCells(claims: Claim[], options?: { sources?: SourceRow[]; clusters?: Cluster[] }): RosterCell[];
export function rosterTable(claims: Claim[], options?: RosterOptions): { groups: string[]; places: string[]; cells: Map<string, RosterCell>; hiddenGroups: number; hiddenPlaces: number };
export function rostersChart(claims: Claim[], options?: RosterOptions & { width?: number; factsPath?: string; narrow?: number }): HTMLElement;
