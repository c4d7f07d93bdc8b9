import { describe, expect, it } from "vitest";
import { type RichText, richText } from "../../src/articles/rich-text.js";
import {
  deleteMatches,
  deleteRanges,
  deleteRangesAndTrim,
  joinRich,
  sliceRich,
  trimRich,
} from "../../src/articles/text-edit.js";
import { entityAt } from "./test-entities.js";
import { type Random, seededRandom, textOfPieces } from "./test-strings.js";

describe("deleteRanges", () => {
  const text = "one two three four";
  const rich = richText(text, [
    entityAt(text, "two", "bold"),
    entityAt(text, "three four", "italic"),
    entityAt(text, "one two three", "underline"),
  ]);

  it("shifts entities after the deletion", () => {
    const result = deleteRanges(rich, [{ start: 0, end: 4 }]);
    expect(result.text).toBe("two three four");
    expect(result.entities).toEqual([
      { type: "bold", offset: 0, length: 3 },
      { type: "italic", offset: 4, length: 10 },
      { type: "underline", offset: 0, length: 9 },
    ]);
  });

  it("drops entities deleted whole and shrinks those deleted in part", () => {
    const result = deleteRanges(rich, [{ start: 3, end: 8 }]);
    expect(result.text).toBe("onethree four");
    expect(result.entities).toEqual([
      { type: "italic", offset: 3, length: 10 },
      { type: "underline", offset: 0, length: 8 },
    ]);
  });

  it("merges overlapping ranges and ignores ranges outside the text", () => {
    const result = deleteRanges(rich, [
      { start: 7, end: 14 },
      { start: 3, end: 8 },
      { start: 40, end: 50 },
    ]);
    expect(result.text).toBe("onefour");
    expect(result.entities).toEqual([
      { type: "italic", offset: 3, length: 4 },
      { type: "underline", offset: 0, length: 3 },
    ]);
  });

  it("counts UTF-16 units, so an emoji before an entity moves it by two", () => {
    const withEmoji = "🇮🇶 news";
    const emojiRich = richText(withEmoji, [entityAt(withEmoji, "news", "bold")]);
    expect(emojiRich.entities[0]?.offset).toBe(5);
    const result = deleteRanges(emojiRich, [{ start: 0, end: 5 }]);
    expect(result).toEqual({ text: "news", entities: [{ type: "bold", offset: 0, length: 4 }] });
  });
});

describe("sliceRich and trimRich", () => {
  it("clips entities to the slice", () => {
    const text = "alpha beta gamma";
    const result = sliceRich(richText(text, [entityAt(text, "alpha beta", "bold")]), 6, 16);
    expect(result).toEqual({ text: "beta gamma", entities: [{ type: "bold", offset: 0, length: 4 }] });
  });

  it("trims whitespace and newlines at both ends", () => {
    const text = "\n  word \n";
    const result = trimRich(richText(text, [entityAt(text, "word", "italic")]));
    expect(result).toEqual({ text: "word", entities: [{ type: "italic", offset: 0, length: 4 }] });
  });
});

describe("deleteMatches", () => {
  it("removes carriage returns and keeps entities in place", () => {
    const text = "a\r\nb";
    const result = deleteMatches(richText(text, [entityAt(text, "b", "bold")]), /\r/g);
    expect(result).toEqual({ text: "a\nb", entities: [{ type: "bold", offset: 2, length: 1 }] });
  });
});

describe("joinRich", () => {
  it("shifts each part's entities by what precedes it", () => {
    const first = richText("سطر", [{ type: "bold", offset: 0, length: 3 }]);
    const second = richText("line", [{ type: "italic", offset: 0, length: 4 }]);
    expect(joinRich([first, second], "\n\n")).toEqual({
      text: "سطر\n\nline",
      entities: [
        { type: "bold", offset: 0, length: 3 },
        { type: "italic", offset: 5, length: 4 },
      ],
    });
  });
});

/** A short text of spaces, breaks, emoji and Arabic, with entities that may reach past its end. */
function randomRich(random: Random, type: "bold" | "italic"): RichText {
  const int = (n: number) => Math.floor(random() * n);
  const text = textOfPieces(random, ["a", "bc", " ", "\n", "\t", "🔴", "بغ"], 12);
  const entities = Array.from({ length: int(6) }, () => ({
    type,
    offset: int(text.length + 2),
    length: int(text.length + 2),
  }));
  return richText(text, entities);
}

describe("deleteRangesAndTrim", () => {
  it("is trimRich(deleteRanges(…)) in one pass", () => {
    const random = seededRandom(9);
    const int = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 2000; round++) {
      const rich = randomRich(random, "bold");
      const { text } = rich;
      const ranges = Array.from({ length: int(4) }, () => ({
        start: int(text.length + 3) - 1,
        end: int(text.length + 3),
      }));
      expect(deleteRangesAndTrim(rich, ranges)).toEqual(trimRich(deleteRanges(rich, ranges)));
    }
  });
});

describe("deleteRangesAndTrim of a head", () => {
  it("is trimRich(deleteRanges(…)) when one range starts the text", () => {
    const random = seededRandom(16);
    const int = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 2000; round++) {
      const rich = randomRich(random, "italic");
      const { text } = rich;
      const ranges = [{ start: -int(2), end: int(text.length + 2) }];
      expect(deleteRangesAndTrim(rich, ranges)).toEqual(trimRich(deleteRanges(rich, ranges)));
    }
  });
});
