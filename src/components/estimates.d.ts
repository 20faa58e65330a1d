// Types of estimates.js for the TypeScript tests (the component itself is plain JavaScript for Framework).
import type { Claim, Cluster, SourceRow, Value } from "../../loaders/types.ts";
import type { StripMark } from "./strips.js";

export interface Figure {
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string | null;
  /** The words each claim used, as published where `words` has them. */
  words: string[];
  claims: string[];
}
export interface EstimateFact {
  id: string;
  label: string;
  kind: string;
  verdict: string;
  unit: string;
  claims: number;
  outlets: Array<{ key: string; name: string; sources: string[]; figures: Figure[] }>;
  scale: { type: "linear" | "log" | "symlog"; domain: [number, number] };
}
export type Words = Record<string, { value?: string; date?: string }>;
export interface EstimateOptions {
  sources?: SourceRow[];
  clusters?: Cluster[];
  words?: Words;
  kind?: string;
  minOutlets?: number;
  query?: string;
}
export const ESTIMATE_KINDS: string[];
export const ESTIMATE_DEFAULTS: { logRatio: number; logPad: number; linearPad: number; openPad: number };
export function figureShape(value: Pick<Value, "low" | "high">): "point" | "range" | "above" | "below";
export function figureText(value: Pick<Value, "low" | "high" | "qualifier">): string;
export function figureMark(figure: Pick<Value, "low" | "high" | "qualifier">, options?: { color?: string; title?: string }): StripMark;
export function estimateScale(figures: Array<Pick<Value, "low" | "high">>): EstimateFact["scale"];
export function estimateFacts(claims: Claim[] | Map<string, Claim>, options?: EstimateOptions): EstimateFact[];
export function outletColors(names: string[]): (name: string) => string;
export function estimatesChart(claims: Claim[] | Map<string, Claim>, options?: EstimateOptions & { width?: number; maxFacts?: number; factsPath?: string }): HTMLElement;
