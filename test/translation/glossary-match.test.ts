import { describe, expect, it } from "vitest";
import { compileGlossary, findTerms } from "../../src/translation/glossary-match.js";

const STOLTENBERG = { source: "ستولتنبرغ", target: "Jens Stoltenberg" };
const IRAQ = { source: "العراق", target: "Iraq" };
const NATO = { source: "ناتو", target: "NATO" };

function found(text: string, entries = [STOLTENBERG, IRAQ, NATO]) {
  return findTerms(text, compileGlossary(entries)).map((m) => ({
    text: text.slice(m.start, m.end),
    keep: m.keep,
    target: m.entry.target,
  }));
}

describe("glossary terms in Arabic text", () => {
  it("finds a bare term as a whole word", () => {
    expect(found("قال ستولتنبرغ إن")).toEqual([{ text: "ستولتنبرغ", keep: "", target: "Jens Stoltenberg" }]);
  });

  it("finds a term with a conjunction or preposition attached, and keeps it to translate", () => {
    expect(found("الوزير وستولتنبرغ")).toEqual([
      { text: "وستولتنبرغ", keep: "و", target: "Jens Stoltenberg" },
    ]);
    expect(found("لستولتنبرغ")).toEqual([{ text: "لستولتنبرغ", keep: "ل", target: "Jens Stoltenberg" }]);
    expect(found("فبستولتنبرغ")[0]?.keep).toBe("فب");
  });

  it("absorbs the article into the name, whichever way the term is written", () => {
    expect(found("قوات الناتو")).toEqual([{ text: "الناتو", keep: "", target: "NATO" }]);
    expect(found("بالناتو")).toEqual([{ text: "بالناتو", keep: "ب", target: "NATO" }]);
    expect(found("للناتو")).toEqual([{ text: "للناتو", keep: "ل", target: "NATO" }]);
    expect(found("والعراق")).toEqual([{ text: "والعراق", keep: "و", target: "Iraq" }]);
    expect(found("بالعراق")).toEqual([{ text: "بالعراق", keep: "ب", target: "Iraq" }]);
    expect(found("للعراق")).toEqual([{ text: "للعراق", keep: "ل", target: "Iraq" }]);
  });

  it("does not match inside another word", () => {
    expect(found("العراقية")).toEqual([]);
    expect(found("xستولتنبرغ")).toEqual([]);
  });

  it("tolerates hamza, alef maqsura, ta marbuta, diacritics and tatweel", () => {
    const e = [{ source: "أنقرة", target: "Ankara" }];
    expect(found("زار انقره", e)).toHaveLength(1);
    expect(found("زار أَنْقَرَة", e)).toHaveLength(1);
    expect(found("زار أنقـرة", e)).toHaveLength(1);
    expect(found("زار موسى", [{ source: "موسي", target: "Musa" }])).toHaveLength(1);
  });

  it("gives short terms no proclitics: و + a short word is too often another word", () => {
    expect(found("وزير", [{ source: "زير", target: "Zir" }])).toEqual([]);
    expect(found("بالكوت", [{ source: "الكوت", target: "Kut" }])).toEqual([
      { text: "بالكوت", keep: "ب", target: "Kut" },
    ]);
  });

  it("prefers the longest term where two overlap", () => {
    const entries = [
      { source: "ينس ستولتنبرغ", target: "Jens Stoltenberg" },
      { source: "ستولتنبرغ", target: "Stoltenberg" },
    ];
    expect(found("قال ينس ستولتنبرغ", entries)).toEqual([
      { text: "ينس ستولتنبرغ", keep: "", target: "Jens Stoltenberg" },
    ]);
  });

  it("matches Latin and Cyrillic terms as whole words, ignoring case", () => {
    const e = [
      { source: "Kyiv", target: "Київ" },
      { source: "Москва", target: "Moscow" },
    ];
    expect(found("in KYIV today", e)).toHaveLength(1);
    expect(found("Kyivan", e)).toHaveLength(0);
    expect(found("город москва", e)).toHaveLength(1);
  });

  it("takes terms with regex characters literally", () => {
    expect(found("the G7 (summit) met", [{ source: "G7 (summit)", target: "G7 summit" }])).toHaveLength(1);
    expect(found("a+b", [{ source: "a+b", target: "x" }])).toHaveLength(1);
  });
});
