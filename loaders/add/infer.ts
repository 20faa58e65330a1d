import { findDates } from "../extract/dates.ts";
import { normalize } from "../text/normalize.ts";

/** How far into the text a dateline is looked for (characters). */
const DATELINE_WINDOW = 1500;

/** A publication date read from a dateline near the top ("23 أغسطس 2017 م"), with how. */
export function inferDateline(text: string): { published: string; how: string } | null {
  const head = text.slice(0, DATELINE_WINDOW);
  const norm = normalize(head);
  for (const d of findDates(norm.text, null)) {
    if (d.relative || !d.date || d.date.precision !== "day" || !d.date.start) continue;
    const raw = head.slice(...norm.raw(d.start, d.end));
    return { published: d.date.start, how: `inferred from the dateline "${raw.trim()}" near the top of the text` };
  }
  return null;
}

/** The language of a text by its script: Arabic letters or Latin ones. */
export function inferLanguage(text: string): { language: "ar" | "en"; how: string } | null {
  // (counted, not matched: a match list of every letter of a long page is hundreds of MB)
  let arabic = 0,
    latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  if (arabic + latin < 20) return null;
  return arabic > latin ? { language: "ar", how: "inferred from the script (Arabic letters)" } : { language: "en", how: "inferred from the script (Latin letters)" };
}

/** An outlet name from a URL's host. */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** A file-name slug: date, outlet and a short hash of the text. */
export function slugFor(published: string | null, outlet: string | null, hash: string): string {
  const o =
    (outlet ?? "unknown-outlet")
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "outlet";
  return `${published ?? "undated"}-${o}-${hash.slice(0, 6)}`;
}
