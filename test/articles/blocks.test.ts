import { describe, expect, it } from "vitest";
import { blocksToText, splitBlocks, splitParagraphs } from "../../src/articles/blocks.js";
import { richText } from "../../src/articles/rich-text.js";
import { entityAt } from "./test-entities.js";
import { seededRandom, textOfPieces } from "./test-strings.js";

describe("splitParagraphs", () => {
  it("splits on one or more blank lines and trims each paragraph", () => {
    const text = " one\ntwo \n\n\n  three\n \t\nfour";
    const ranges = splitParagraphs(text, { start: 0, end: text.length });
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["one\ntwo", "three", "four"]);
  });
});

describe("splitParagraphs, from line break to line break", () => {
  /** The pieces between /\n\s*\n/g matches of the range, trimmed, empty ones dropped. */
  function byDefinition(text: string, start: number, end: number): string[] {
    return text
      .slice(start, end)
      .split(/\n\s*\n/)
      .map((piece) => piece.trim())
      .filter((piece) => piece !== "");
  }

  it("agrees with splitting the range by the regex", () => {
    const random = seededRandom(15);
    const int = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 3000; round++) {
      const text = textOfPieces(random, ["ab", "ج", " ", "\n", "\t", "\u00a0", "\n \n"], 16);
      const start = int(text.length + 1);
      const end = start + int(text.length - start + 1);
      const ranges = splitParagraphs(text, { start, end });
      expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(byDefinition(text, start, end));
      expect(ranges.every((r) => r.start >= start && r.end <= end)).toBe(true);
    }
  });
});

describe("splitBlocks", () => {
  it("cuts paragraphs around a quote and a code block", () => {
    const text = "Intro\n\nquoted\n\nmiddle\nconst a = 1;\nend";
    const rich = richText(text, [
      entityAt(text, "quoted\n\n", "blockquote"),
      entityAt(text, "const a = 1;\n", "pre"),
    ]);
    const blocks = splitBlocks(rich);
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "blockquote", "paragraph", "pre", "paragraph"]);
    expect(blocksToText(text, blocks)).toBe("Intro\n\nquoted\n\nmiddle\n\nconst a = 1;\n\nend");
  });

  it("lets the first of two overlapping quote entities make the block", () => {
    const text = "a\nb\nc";
    const rich = richText(text, [entityAt(text, "a\nb", "blockquote"), entityAt(text, "b\nc", "blockquote")]);
    expect(splitBlocks(rich).map((b) => [b.kind, text.slice(b.range.start, b.range.end)])).toEqual([
      ["blockquote", "a\nb"],
      ["paragraph", "c"],
    ]);
  });
});
