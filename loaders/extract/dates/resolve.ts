import { WEEKDAY_NAMES, dayRes, dow, iso, join, resolveRel } from "./calendar.ts";
import type { PublishedDays, RelFn, DaySpan } from "./calendar.ts";
import { PREFIX_REACH } from "./candidates.ts";
import type { Cand, Kind } from "./candidates.ts";
import type { DateMention } from "./mention.ts";

// ---------------------------------------------------------------------------------------------
// Selection, merging and resolution

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordAt = (text: string, i: number) => i >= 0 && WORD_CHAR.test(text[i]);
/** A match may start at `i`: not inside a word (after a glued و / ف clitic when allowed). */
export function startsWord(text: string, i: number, clitic = false): boolean {
  if (!isWordAt(text, i - 1)) return true;
  return clitic && (text[i - 1] === "و" || text[i - 1] === "ف") && !isWordAt(text, i - 2);
}

export const GAP = /^[ \t,:;(-]*(?:(?:يوم|نهار|الموافق|on|the)[ \t,:;(-]*)?$/u;
export const ORDER: Record<Kind, number> = { anchor: 0, weekday: 1, date: 2, other: 3 };
const BEFORE_AFTER = /(?:^|[^\p{L}\p{N}])(قبل|بعد|before|after)\s+$/u;
/** Extend a match backwards with its optional prefix (the prefix's groups join the match's). */
export function withPrefix(m: RegExpExecArray, prefix: RegExp, text: string): RegExpExecArray {
  const from = Math.max(0, m.index - PREFIX_REACH);
  const p = prefix.exec(text.slice(from, m.index));
  if (!p || !p[0].length) return m;
  const start = m.index - p[0].length;
  if (!startsWord(text, start, true)) return m;
  const ext = [text.slice(start, m.index + m[0].length)] as unknown as RegExpExecArray;
  ext.index = start;
  ext.input = text;
  ext.groups = { ...p.groups, ...m.groups };
  ext.indices = m.indices;
  return ext;
}

/** An explicit date right after قبل / بعد / before / after becomes an open interval. */
function withBeforeAfter(c: Cand, text: string): { start: number; wrap: ((r: DaySpan) => DaySpan) | null; note: string | null } {
  if (c.kind !== "date") return { start: c.start, wrap: null, note: null };
  const from = Math.max(0, c.start - 10);
  const m = BEFORE_AFTER.exec(text.slice(from, c.start));
  if (!m) return { start: c.start, wrap: null, note: null };
  const before = m[1] === "قبل" || m[1] === "before";
  return {
    start: from + m.index + m[0].indexOf(m[1]),
    wrap: (r) => (before ? { start: null, end: r.start === null ? null : r.start - 1, precision: r.precision, note: r.note } : { start: r.end === null ? null : r.end + 1, end: null, precision: r.precision, note: r.note }),
    note: before ? "before the date: open start" : "after the date: open end",
  };
}

function resolveCand(c: Cand, pub: PublishedDays | null): { res: DaySpan | null; note: string | null; relative: boolean } {
  if (c.abs !== undefined) return { res: c.abs, note: join(c.abs?.note, c.note), relative: false };
  if (!c.rel) return { res: null, note: c.note ?? null, relative: !c.notRelative };
  const r = resolveRel(c.rel, pub, c.mode ?? "widen");
  const note = !pub ? join(c.note, c.unknownNote ?? r.note) : join(c.note, r.note);
  return { res: r.res, note, relative: true };
}

/** What the parts of a group other than its date say: the weekday named, the anchor (yesterday, today) as a function of the publication day, and the notes and conflict found so far. */
interface GroupFacts {
  weekday: number | null;
  wdName: string | null;
  anchor: Cand | undefined;
  anchorLabel: string | null;
  anchorFn: RelFn | null;
  notes: Array<string | null>;
  conflict: boolean;
}

/** One mention from a group of adjacent candidates (an anchor, a weekday, a date, in that order): the date resolved, checked against the weekday and the anchor. */
export function resolveGroup(group: Cand[], text: string, pub: PublishedDays | null): DateMention | null {
  const anchor = group.find((c) => c.kind === "anchor");
  const datec = group.find((c) => c.kind === "date");
  if (group.length === 1 && group[0].needsDate) return null;
  let start = group[0].start;
  const end = group[group.length - 1].end;
  const facts = groupFacts(group, anchor);
  let res: DaySpan | null;
  let relative: boolean;

  if (datec) {
    const ba = group.length === 1 ? withBeforeAfter(datec, text) : { start, wrap: null, note: null };
    start = Math.min(start, ba.start);
    const r = resolveCand(datec, pub);
    res = r.res && ba.wrap ? ba.wrap(r.res) : r.res;
    relative = r.relative || !!anchor;
    facts.notes.push(r.note, ba.note);
    res = narrowToWeekday(res, facts);
    res = checkDay(res, datec, pub, facts);
  } else if (anchor) {
    relative = true;
    res = resolveAnchor(anchor, pub, facts);
  } else {
    const c = group[0];
    const r = resolveCand(c, pub);
    res = r.res;
    relative = r.relative;
    facts.notes.push(r.note);
  }

  const slice = text.slice(start, end);
  return {
    start,
    end,
    date: res ? { start: res.start === null ? null : iso(res.start), end: res.end === null ? null : iso(res.end), precision: res.precision, text: slice } : null,
    relative,
    weekday: facts.weekday,
    anchor: anchor?.anchor ?? null,
    note: join(...facts.notes),
    conflict: facts.conflict,
  };
}

/** The weekday and anchor of a group, with the anchor's note (`yesterday (Monday)`). */
function groupFacts(group: Cand[], anchor: Cand | undefined): GroupFacts {
  const wdc = group.find((c) => c.kind === "weekday");
  const weekday = wdc?.weekday ?? group.find((c) => c.weekday != null)?.weekday ?? null;
  const wdName = weekday !== null ? WEEKDAY_NAMES[weekday] : null;
  const notes: Array<string | null> = [];
  let anchorLabel: string | null = null;
  if (anchor) {
    anchorLabel = anchor.label ?? anchor.anchor ?? "relative day";
    notes.push(wdName ? `${anchorLabel} (${wdName})` : anchorLabel);
  }
  const anchorFn: RelFn | null = anchor ? (p) => (anchor.night ? { start: p + anchor.offset!, end: p + anchor.offset! + 1, precision: "days" } : dayRes(p + anchor.offset!)) : null;
  return { weekday, wdName, anchor, anchorLabel, anchorFn, notes, conflict: false };
}

/** A short interval (a Hijri date ±1 day, a day range) and a named weekday: keep the matching day, or note the conflict. */
function narrowToWeekday(res: DaySpan | null, facts: GroupFacts): DaySpan | null {
  const { weekday, wdName } = facts;
  if (!(res && res.precision === "days" && weekday !== null && res.start !== null && res.end !== null && res.end - res.start < 7)) return res;
  const hit = res.start + ((weekday - dow(res.start) + 7) % 7);
  if (hit <= res.end) {
    facts.notes.push(`narrowed to the named ${wdName}`);
    return dayRes(hit);
  }
  facts.conflict = true;
  facts.notes.push(`named ${wdName} but no day from ${iso(res.start)} to ${iso(res.end)} is a ${wdName}`);
  return res;
}

/** A date to the day, checked against the named weekday (read month first if that matches it) and against yesterday / today. */
function checkDay(res: DaySpan | null, datec: Cand, pub: PublishedDays | null, facts: GroupFacts): DaySpan | null {
  if (!(res && res.precision === "day" && res.start !== null)) return res;
  const { weekday, wdName, anchor } = facts;
  let day = res.start;
  let out = res;
  if (weekday !== null && dow(day) !== weekday && datec.alt?.start != null && dow(datec.alt.start) === weekday) {
    out = datec.alt;
    day = datec.alt.start;
    facts.notes.push("read month first to match the named weekday");
  }
  if (weekday !== null && dow(day) !== weekday) {
    facts.conflict = true;
    facts.notes.push(`named ${wdName} but ${iso(day)} is a ${WEEKDAY_NAMES[dow(day)]}`);
  }
  if (anchor && pub && pub.precision === "day") {
    const a = facts.anchorFn!(pub.start)!;
    if (a.start !== null && a.end !== null && (day < a.start || day > a.end)) {
      facts.conflict = true;
      facts.notes.push(`${facts.anchorLabel} is ${iso(a.start)} but the text gives ${iso(day)}`);
    }
  }
  return out;
}

/** Yesterday / today without a date: resolved against the publication date, checked against or narrowed to the named weekday. */
function resolveAnchor(anchor: Cand, pub: PublishedDays | null, facts: GroupFacts): DaySpan | null {
  const { weekday, wdName } = facts;
  const r = resolveRel(facts.anchorFn!, pub, "widen");
  let res = r.res;
  facts.notes.push(r.note);
  if (res && weekday !== null && res.start !== null && res.end !== null) {
    if (res.end - res.start < 7 && !anchor.night) {
      if (dow(res.start) !== weekday) {
        facts.conflict = true;
        facts.notes.push(`named ${wdName} but ${iso(res.start)} is a ${WEEKDAY_NAMES[dow(res.start)]}`);
      }
    } else if (!anchor.night) {
      // widened: keep only the named weekdays' span
      const s = res.start + ((weekday - dow(res.start) + 7) % 7);
      const e = res.end - ((dow(res.end) - weekday + 7) % 7);
      if (s <= e) res = { ...res, start: s, end: e };
    }
  }
  return res;
}
