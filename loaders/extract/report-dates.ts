/**
 * Dates that tell when something was reported, not when it happened: the date of a speech verb
 * ("the Observatory said on Sunday", «وقال المرصد يوم الأحد») and an article's dateline ("Sat Nov
 * 18 2017 …", «دمشق - الأحد 12 …»). An event told on Sunday often happened on Saturday: such a
 * date dates an event only when its sentence has no other (alignment leans on day dates; the
 * alternatives measured are in docs/INTERNALS.md).
 */
import type { DateMention } from "./dates.ts";

/** A speech verb, then at most two words (who was told, "late"), then the date ("said on Sunday", "told AFP Wednesday"). */
const SAID_EN = /\b(?:said|says|told|reported|reports|announced|announces|stated|added|confirmed|claimed|declared)\s+(?:(?!that\b)[\p{L}'.-]+\s+){0,2}?(?:on\s+)?$/u;
/**
 * A speech verb, its speaker (at most six words, none of them «أن» that starts what was said),
 * then the date, perhaps after «يوم» or a part of the day («وقال المرصد السوري يوم الأحد»).
 */
const SAID_AR = /(?:^|\s)[وف]?(?:قال|قالت|افاد|افادت|ذكر|ذكرت|اعلن|اعلنت|اكد|اكدت|صرح|صرحت|اوضح|اوضحت|نقلت|اضاف|اضافت|افادت)\s+(?:(?![وف]?[اإأ]ن\s)[^\s]+\s+){0,6}?(?:(?:يوم|مساء|صباح|ظهر|ليل|ليله|فجر)\s+)?$/u;
/** A dateline: the date opens the article, perhaps after a place and a dash or bracket. */
const DATELINE = /^\s*(?:[\p{L}\s]{0,30}\s*[-–—:(|]\s*)?$/u;

/** Whether a date in a normalised article tells when something was said or published, not when it happened. */
export function isReportDate(text: string, d: Pick<DateMention, "start" | "end">, sentenceStart: number): boolean {
  if (d.start < 60 && DATELINE.test(text.slice(0, d.start))) return true;
  const before = text.slice(Math.max(sentenceStart, d.start - 80), d.start);
  return SAID_EN.test(before) || SAID_AR.test(before);
}
