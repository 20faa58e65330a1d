// Types of text.js for the TypeScript tests (the component itself is plain JavaScript for Framework).
import type { Claim, DateValue, EntityRow, Published, SourceRow, Value } from "../../loaders/types.ts";

type Texts = Record<string, string | Array<[number, string]>>;
export function safeHref(url: unknown): string | null;
export function safeLink(url: string, label?: unknown): HTMLElement;
export function articleHref(id: string, options?: { page?: string }): string;
export function articleLink(id: string, label?: unknown, options?: { claim?: string | null; page?: string }): HTMLElement;
export function outletKey(source: Pick<SourceRow, "id" | "outlet"> | undefined): string;
export function isolate(text: string | null | undefined): string;
export function withIsolatedNames(text: string, names: Array<string | null | undefined>): string | HTMLElement;
export function outletName(source: Pick<SourceRow, "id" | "outlet"> | undefined, options?: { short?: boolean }): string;
export function shortId(id: string): string;
export function formatPublished(published: Published | null | undefined): string;
export function formatDate(date: DateValue | null | undefined): string;
export function formatValue(value: Value | null | undefined): string;
export function byId<T extends { id: string }>(rows: T[] | null | undefined): Map<string, T>;
export function entityName(id: string | null, entities?: Map<string, EntityRow>): string;
export function entityLabel(id: string | null, entities?: Map<string, EntityRow>): HTMLElement;
export function attributionName(attribution: string | null, entities?: Map<string, EntityRow>): string | null;
export function sliceText(texts: Texts, source: string, start: number, end: number): string | null;
export function evidenceInSentence(claim: Claim, options?: { texts?: Texts; source?: SourceRow }): HTMLElement;
export function emptyNote(message: string): HTMLElement;
