import { describe, expect, it } from "vitest";
import { snippetSegments } from "../../src/search/highlight.js";

describe("snippetSegments", () => {
  it("survives ranges that are unsorted, overlapping or out of bounds", () => {
    const text = "power cuts in Basra";
    const segments = snippetSegments({
      text,
      highlights: [
        [14, 99],
        [0, 5],
        [3, 10],
        [-4, 2],
        [8, 8],
      ],
    });
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments).toEqual([
      { text: "power cuts", highlighted: true },
      { text: " in ", highlighted: false },
      { text: "Basra", highlighted: true },
    ]);
  });
});
