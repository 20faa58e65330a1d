// Types of events.js for the TypeScript tests (the component itself is plain JavaScript for Framework).
import type { Claim, Cluster, DateValue, EntityRow, SourceRow } from "../../loaders/types.ts";
import type { Words } from "./estimates.js";

export interface EventSpan {
  start: Date;
  end: Date;
  precision: string;
  date: DateValue;
  words: string[];
  claims: string[];
}
export interface EventFact {
  id: string;
  label: string;
  kind: string;
  verdict: string;
  places: string[];
  start: Date;
  end: Date;
  outlets: Array<{ key: string; name: string; spans: EventSpan[] }>;
}
export interface EventOptions {
  sources?: SourceRow[];
  clusters?: Cluster[];
  entities?: Map<string, EntityRow>;
  words?: Words;
  kind?: string;
  place?: string;
  outlet?: string;
  from?: Date | null;
  to?: Date | null;
}
export const EVENT_KINDS: string[];
export const TIMELINE_DEFAULTS: { minDays: number; pad: number };
export function eventFacts(claims: Claim[] | Map<string, Claim>, options?: EventOptions): EventFact[];
export function eventAreas(facts: EventFact[], entities?: Map<string, EntityRow>): Array<{ id: string; name: string; count: number }>;
export function timelineDomain(facts: Array<Pick<EventFact, "start" | "end">>, options?: { from?: Date | null; to?: Date | null; minDays?: number; pad?: number }): [Date, Date] | null;
export function eventsChart(claims: Claim[] | Map<string, Claim>, options?: EventOptions & { width?: number; maxFacts?: number; factsPath?: string }): HTMLElement;
export function timeBrush(facts: EventFact[], options?: { value?: [Date, Date] | null; height?: number }): HTMLElement & { value: [Date, Date] | null };
export function placePoints(claims: Claim[], entities: Map<string, EntityRow>): Array<{ id: string; name: string; name_ar: string; lat: number; lon: number; n: number }>;
export function placesMap(claims: Claim[], options?: { entities?: Map<string, EntityRow>; region?: unknown; width?: number; height?: number }): HTMLElement;
