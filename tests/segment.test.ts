import { describe, expect, test } from "vitest";
import { normalize } from "../loaders/text/normalize.ts";
import { sentences, clauses } from "../loaders/text/segment.ts";

const split = (raw: string) => {
  const n = normalize(raw);
  return sentences(n.text).map((s) => raw.slice(...n.raw(s.start, s.end)));
};

describe("sentences(text)", () => {
  test("splits at full stops and line breaks and maps back to the raw text", () => {
    expect(split("قصفت الطائرات الموقع. وقتل عنصران.\nعنوان جديد")).toEqual(["قصفت الطائرات الموقع.", "وقتل عنصران.", "عنوان جديد"]);
  });
  test("does not split at dots inserted inside words", () => {
    expect(split("بعد أن هــ.دد الرئيس باستــ.هداف القواعد. ثم انسحب")).toEqual(["بعد أن هــ.دد الرئيس باستــ.هداف القواعد.", "ثم انسحب"]);
  });
  test("does not split inside numbers or after an abbreviation", () => {
    expect(split("بلغ العدد 3.5 مليون. وقال د. أحمد إن")).toEqual(["بلغ العدد 3.5 مليون.", "وقال د. أحمد إن"]);
    expect(split("The U.S. forces left. Then")).toEqual(["The U.S. forces left.", "Then"]);
  });
  test("keeps a closing quote with its sentence", () => {
    expect(split('وقال إن "الأمر واضح." ثم غادر')).toEqual(['وقال إن "الأمر واضح."', "ثم غادر"]);
  });
  test("keeps a title ending in two dots and the ellipsis together", () => {
    expect(split("“قاآني” في البوكمال.. ومناورات للتحالف")).toEqual(["“قاآني” في البوكمال..", "ومناورات للتحالف"]);
  });
});

describe("clauses(text, sentence)", () => {
  test("splits a sentence at Arabic commas but not inside 1,500", () => {
    const n = normalize("وصل 1,500 مقاتل، وانتشروا في البوكمال؛ ثم غادروا");
    const [s] = sentences(n.text);
    expect(clauses(n.text, s).map((c) => n.text.slice(c.start, c.end))).toEqual(["وصل 1,500 مقاتل", "وانتشروا في البوكمال", "ثم غادروا"]);
  });
});
