// Types of issues.js for the TypeScript tests (the component itself is plain JavaScript for Framework).
import type { Claim, Issue } from "../../loaders/types.ts";

export interface IssueKind {
  group: string;
  title: string;
  about?: string;
}
export const ISSUE_KINDS: Record<string, IssueKind>;
export function quotedNames(message: string): string[];
export function settlingLine(issue: Issue, options?: { claims?: Claim[] }): { file: string; line: string } | null;
export function issueGroups(issues: Issue[]): Array<{ group: string; title: string; about: string; issues: Issue[] }>;
export function issueSentence(issue: Issue, texts: Record<string, string | Array<[number, string]>>): { before: string; words: string; after: string } | null;
export function issuesList(issues: Issue[], options?: { sources?: unknown[]; texts?: Record<string, unknown>; claims?: Claim[] }): Element;
