import { describe, expect, it } from "vitest";
import { splitLines, wholeLineRange } from "../../src/articles/lines.js";

describe("splitLines", () => {
  it("gives each line with its range", () => {
    expect(splitLines("ab\n\ncd")).toEqual([
      { start: 0, end: 2, text: "ab" },
      { start: 3, end: 3, text: "" },
      { start: 4, end: 6, text: "cd" },
    ]);
  });

  it("includes the line break in a whole-line range, except at the end", () => {
    const [first, , last] = splitLines("ab\n\ncd");
    expect(first && wholeLineRange(first, 6)).toEqual({ start: 0, end: 3 });
    expect(last && wholeLineRange(last, 6)).toEqual({ start: 4, end: 6 });
  });
});
