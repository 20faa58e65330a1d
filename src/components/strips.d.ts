// Types of strips.js for the TypeScript tests (the component itself is plain JavaScript for Framework).
export type StripMark =
  | { type: "dot"; x: number | Date; hollow?: boolean; color?: string; title?: string; lane?: number }
  | { type: "bar"; x1: number | Date; x2: number | Date; color?: string; title?: string; lane?: number }
  | { type: "ray"; x: number; direction: 1 | -1; hollow?: boolean; color?: string; title?: string; lane?: number };
export interface StripLayout {
  stacked: boolean;
  labelWidth: number;
  stripWidth: number;
}
export const STRIP_DEFAULTS: { narrow: number; labelShare: number; minLabel: number; maxLabel: number; gap: number; inset: number; height: number; minBar: number; minCaps: number };
export function stripLayout(width: number): StripLayout;
export function stripScale(scale: { type?: string; domain: Array<number | Date> }, width: number): ((v: number | Date) => number) & { domain(): Array<number | Date>; range(): number[] };
