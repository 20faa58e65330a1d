/**
 * The verdict scale, its colours and its symbols, defined once for every page. The colours are
 * the Okabe–Ito palette (safe for the common colour-vision deficiencies); a symbol and the word
 * itself always go with the colour, so no verdict is told by colour alone.
 */
import { html } from "htl";

/** Verdicts from strongest to weakest support, with colour, text colour, Plot symbol and glyph. */
export const VERDICT_STYLES = {
  corroborated: { color: "#0072b2", ink: "white", symbol: "circle", glyph: "✔", label: "corroborated" },
  partial: { color: "#56b4e9", ink: "#0b2a3a", symbol: "diamond", glyph: "◐", label: "partial" },
  contested: { color: "#d55e00", ink: "white", symbol: "times", glyph: "✖", label: "contested" },
  echoed: { color: "#cc79a7", ink: "#2b0f20", symbol: "triangle", glyph: "↻", label: "echoed" },
  "single-source": { color: "#6b6b6b", ink: "white", symbol: "square", glyph: "●", label: "single source" },
};

/** The verdicts in display order. */
export const VERDICTS = Object.keys(VERDICT_STYLES);

/** What each verdict means, for legends and the method page. */
export const VERDICT_MEANINGS = {
  corroborated: "two or more independent outlets assert compatible values",
  partial: "the outlets overlap but differ in part (sets that overlap, ranges that touch)",
  contested: "outlets assert incompatible values for the same fact",
  echoed: "several outlets, but all cite the same upstream source",
  "single-source": "only one outlet asserts it",
};

/** How one outlet stands on a fact: glyph, label and CSS class (background tint). */
export const STANCE_STYLES = {
  confirms: { glyph: "✔", label: "confirms" },
  contradicts: { glyph: "✖", label: "contradicts" },
  differs: { glyph: "≠", label: "gives a different value" },
  silent: { glyph: "·", label: "silent" },
};

const styleOf = (verdict) => VERDICT_STYLES[verdict] ?? { color: "#999", ink: "black", glyph: "?", label: String(verdict) };

/** Plot colour scale options for verdicts: `Plot.plot({color: verdictColor, …})`. */
export const verdictColor = { type: "ordinal", domain: VERDICTS, range: VERDICTS.map((v) => VERDICT_STYLES[v].color), legend: false };

/** Plot symbol scale options for verdicts. */
export const verdictSymbol = { type: "ordinal", domain: VERDICTS, range: VERDICTS.map((v) => VERDICT_STYLES[v].symbol) };

/**
 * A verdict as a badge: colour, glyph and word.
 * @example verdictBadge("contested") // <span class="verdict">✖ contested</span>
 */
export function verdictBadge(verdict, { title } = {}) {
  const s = styleOf(verdict);
  return html`<span class="verdict" data-verdict=${verdict} title=${title ?? VERDICT_MEANINGS[verdict] ?? ""} style=${{ background: s.color, color: s.ink }}><span class="sym" aria-hidden="true">${s.glyph}</span>${s.label}</span>`;
}

/** A stance as a glyph with its meaning as tooltip and screen-reader text. */
export function stanceMark(stance) {
  const s = STANCE_STYLES[stance] ?? STANCE_STYLES.silent;
  return html`<span title=${s.label} aria-label=${s.label}>${s.glyph}</span>`;
}

/** The legend of the verdict scale (and, with `{stances: true}`, of the stance glyphs). */
export function verdictLegend({ stances = false } = {}) {
  return html`<div class="legend">${VERDICTS.map((v) => verdictBadge(v))}${
    stances ? Object.entries(STANCE_STYLES).map(([k, s]) => html`<span class=${`stance-${k}`} style="padding:0 .4em;border-radius:3px">${s.glyph} ${s.label}</span>`) : null
  }</div>`;
}
