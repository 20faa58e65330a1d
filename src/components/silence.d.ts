// Types of silence.js for the TypeScript tests (the component itself is plain JavaScript for Framework).
import type { Claim, Cluster, DateValue, EntityRow, Published, SourceRow } from "../../loaders/types.ts";

export interface Coverage {
  buckets: Map<string, Claim[]>;
  published: Map<string, [number, number] | null>;
  factOf: Map<string, Cluster>;
  sources: Map<string, SourceRow>;
  entities: Map<string, EntityRow>;
}
export interface Window {
  start: number;
  end: number;
  from: "claims" | "published";
}
export interface SilentOutlet {
  key: string;
  name: string;
  articles: Array<{ source: SourceRow; claim: Claim; why: "dated" | "published"; fact: Cluster | null }>;
}
export const SILENCE_DEFAULTS: { undatedPadDays: number; reportDays: number; maxWindowDays: number; maxIndexDays: number };
export function dayInterval(d: Pick<DateValue, "start" | "end"> | Published | null | undefined): [number, number] | null;
export function monthsOf(interval: [number, number]): string[];
export function coverageIndex(claims: Claim[] | Map<string, Claim>, options?: { sources?: SourceRow[]; clusters?: Cluster[]; entities?: Map<string, EntityRow>; maxIndexDays?: number }): Coverage;
export function factWindow(cluster: Cluster, options: { claims: Map<string, Claim>; published: Map<string, [number, number] | null>; undatedPadDays?: number }): Window | null;
export function factAreas(cluster: Cluster, options: { claims: Map<string, Claim>; entities: Map<string, EntityRow> }): string[];
export function factStances(cluster: Cluster, sources?: SourceRow[] | Map<string, SourceRow>): Record<"confirms" | "contradicts" | "differs", Array<{ key: string; name: string; stance: string; sources: string[] }>>;
export function silentOutlets(
  cluster: Cluster,
  coverage: Coverage,
  options: { claims: Map<string, Claim>; maxWindowDays?: number; undatedPadDays?: number; reportDays?: number },
): { judged: boolean; why?: string; areas: string[]; window: Window | null; outlets: SilentOutlet[] };
