import { z } from "zod";
import { parsePublished } from "./published.ts";

/** The fields a source's front matter may hold. */
export const FIELDS = ["outlet", "url", "published", "language", "title", "notes"] as const;

const text = z.union([z.string().trim().min(1), z.null()]);

/** The front-matter schema; messages say what to write instead. */
export const frontMatterSchema = z.strictObject({
  outlet: text.describe("the outlet's name, or null if unknown"),
  url: z.union([z.null(), z.string()]).refine((u) => u === null || /^https?:\/\/[^\s]+$/i.test(u), {
    error: (iss) => `url ${JSON.stringify(iss.input)} is not an http(s) link: write https://… or null`,
  }),
  published: z.unknown().refine((v) => parsePublished(v) !== undefined, {
    error: (iss) => `published ${JSON.stringify(iss.input)} is not a date: write a year (2019), a month (2020-01), a day (2021-06-29) or null`,
  }),
  language: z.enum(["ar", "en"], {
    error: (iss) => (iss.input === undefined ? undefined : `language ${JSON.stringify(iss.input)} is not supported: write ar or en`),
  }),
  title: text,
  notes: text.optional(),
});

/** What to write for a missing field. */
export const MISSING_HINT: Record<string, string> = {
  outlet: 'outlet: "Outlet name" (or null if unknown)',
  url: "url: https://… (or null)",
  published: "published: 2021-06-29 (or 2020-01, 2019, null)",
  language: "language: ar (or en)",
  title: 'title: "…" (or null)',
};

/** Valid front matter. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;
