import { describe, expect, it } from "vitest";
import { MAX_SUMMARY_LENGTH, summarize } from "../../src/articles/summary.js";
import { truncateAtWord } from "../../src/articles/truncate.js";
import { randomTexts } from "./test-strings.js";

describe("summarize", () => {
  it("puts the body on one line", () => {
    expect(summarize("First paragraph.\n\nSecond\nparagraph.")).toBe("First paragraph. Second paragraph.");
  });

  it("cuts long bodies at a word with an ellipsis", () => {
    const summary = summarize("The council met again. ".repeat(20));
    expect(Array.from(summary).length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(summary.endsWith("…")).toBe(true);
    expect(summary.endsWith(" …")).toBe(false);
  });

  it("is empty for an empty body", () => {
    expect(summarize("")).toBe("");
  });
});

describe("summarize, reading only the start of the body", () => {
  it("agrees with collapsing the whole body first", () => {
    for (const text of randomTexts(8, 1000, 200)) {
      expect(summarize(text)).toBe(truncateAtWord(text.replace(/\s+/gu, " "), MAX_SUMMARY_LENGTH));
    }
  });
});
