// Types of facts.js for the TypeScript tests (the component itself is plain JavaScript for Framework).
import type { Claim, Cluster, EntityRow, SourceRow } from "../../loaders/types.ts";
import type { Words } from "./estimates.js";
import type { Coverage } from "./silence.js";

type Texts = Record<string, string | Array<[number, string]>>;
export function hashId(): AsyncGenerator<string>;
export function searchFacts(clusters: Cluster[], filters?: { query?: string; kind?: string; verdict?: string }, entities?: Map<string, EntityRow>): Cluster[];
export function factList(clusters: Cluster[], options?: { selected?: string | null; limit?: number }): HTMLElement;
export function factView(
  cluster: Cluster | undefined,
  options?: { claims?: Claim[] | Map<string, Claim>; sources?: SourceRow[]; texts?: Texts; entities?: Map<string, EntityRow>; words?: Words; coverage?: Coverage | null; maxClaims?: number; maxReasons?: number },
): HTMLElement;
export function outletsBoard(cluster: Cluster, options: { sources: Map<string, SourceRow>; claims: Map<string, Claim>; entities?: Map<string, EntityRow>; coverage?: Coverage | null; maxSilent?: number }): HTMLElement;
export function claimCard(claim: Claim, options?: { cluster?: Cluster; source?: SourceRow; texts?: Texts; entities?: Map<string, EntityRow>; words?: Words }): HTMLElement;
