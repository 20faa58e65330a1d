// Types of articles.js for the TypeScript tests (the component itself is plain JavaScript for Framework).
import type { Claim, EntityRow, SourceRow } from "../../loaders/types.ts";

/** A claim as the Articles page gets it (data/articles/<n>.json): the claim JSON, its fact, and where its value's and date's words stand. */
export type ArticleClaim = Omit<Claim, "evidence"> & {
  evidence?: string;
  confidence?: number;
  fact?: { id: string; label: string; verdict: string; score: number } | null;
  words?: { value?: [number, number]; date?: [number, number] };
};
export interface Run<C = ArticleClaim> {
  start: number;
  end: number;
  claims: C[];
}
export interface KindStyle {
  label: string;
  tint: string;
  ink: string;
  line: string;
}
export const CLAIM_KINDS: Record<string, KindStyle>;
export function kindStyle(kind: string): KindStyle;
export const ARTICLE_FILES: number;
export function articleFile(id: string): number;
export function parseArticleHash(hash: string, sources?: Map<string, unknown>): { source: string | null; claim: string | null; missing?: string } | null;
export function highlightSegments<C extends { span: [number, number] }>(text: string, claims?: C[]): { lines: Array<{ start: number; end: number; runs: Run<C>[] }>; skipped: C[] };
export function claimsOfMark(mark: Element): ArticleClaim[];
export function articleText(text: string, claims?: ArticleClaim[], options?: { language?: string }): HTMLElement;
export function claimDetail(claim: ArticleClaim, options?: { text?: string; language?: string; entities?: Map<string, EntityRow>; factsPath?: string }): HTMLElement;
export function kindLegend(claims?: ArticleClaim[]): HTMLElement;
export function articleView(
  source: SourceRow | undefined,
  article: { text: string | null; claims: ArticleClaim[] } | undefined,
  options?: { entities?: Map<string, EntityRow>; claimId?: string | null; factsPath?: string; onSelect?: (claims: ArticleClaim[]) => void },
): HTMLElement;
export function searchArticles(sources: SourceRow[], query?: string): SourceRow[];
export function articleList(sources: SourceRow[], options?: { limit?: number; total?: number }): HTMLElement;
