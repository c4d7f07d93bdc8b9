import { describe, expect, it } from "vitest";
import { WordProducers } from "../../src/articles/line-producers.js";
import { normalizedByDefinition as byDefinition, randomTexts } from "./test-strings.js";

describe("WordProducers", () => {
  it("marks every line whose normalized form holds the word", () => {
    const lines = [
      ...randomTexts(12, 1500, 12).flatMap((text) => text.split("\n")),
      "The People channel on TELEGRAM",
      "ＴＥＬＥＧＲＡＭ",
      "tél\u0301égram",
      "tele\u0640gram",
      "t.e.l.e.g.r.a.m",
      "قناة الناس على تلغرام",
      "أخبارنا دائماً",
      "ﬁnance",
    ];
    const text = lines.join("\n");
    const starts = lines.map((_, index) => lines.slice(0, index).join("\n").length + (index > 0 ? 1 : 0));
    for (const word of ["telegram", "join", "تلغرام", "اخبارنا", "finance", "1"]) {
      const marks = new WordProducers(word).matchesIn(text);
      const missed = lines.filter((line, index) => {
        if (!byDefinition(line).includes(word)) return false;
        const start = starts[index] ?? 0;
        return !marks.some((mark) => mark >= start && mark < start + line.length);
      });
      expect(missed).toEqual([]);
    }
  });

  it("marks no line of a post that lacks the word", () => {
    const post = "قال مسؤول في الوزارة – «الناس»، دائماً\nThe ministry said “no”… again\n\n#العراق";
    expect(new WordProducers("telegram").matchesIn(post)).toEqual([]);
    expect(new WordProducers("تلغرام").matchesIn(post)).toEqual([]);
  });
});
