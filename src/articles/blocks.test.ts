import { describe, expect, it } from "vitest";
import { blocksToText, splitBlocks, splitParagraphs } from "./blocks.js";
import { richText } from "./rich-text.js";
import { entityAt } from "./test-entities.js";

describe("splitParagraphs", () => {
  it("splits on one or more blank lines and trims each paragraph", () => {
    const text = " one\ntwo \n\n\n  three\n \t\nfour";
    const ranges = splitParagraphs(text, { start: 0, end: text.length });
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["one\ntwo", "three", "four"]);
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
