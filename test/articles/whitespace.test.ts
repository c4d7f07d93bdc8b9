import { describe, expect, it } from "vitest";
import { isWhitespaceCode, skipWhitespace, skipWhitespaceBack } from "../../src/articles/whitespace.js";

describe("isWhitespaceCode", () => {
  it("is /\\s/ and what trim removes, for every BMP code unit", () => {
    const disagreements: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const whitespace = /\s/.test(char);
      if (isWhitespaceCode(code) !== whitespace || (char.trim() === "") !== whitespace)
        disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});

describe("skipWhitespace", () => {
  it("finds where the text starts and ends", () => {
    const text = " \n\u00a0word\u3000 ";
    expect(skipWhitespace(text, 0)).toBe(3);
    expect(skipWhitespaceBack(text, text.length)).toBe(7);
    expect(skipWhitespace("   ", 0)).toBe(3);
    expect(skipWhitespaceBack("   ", 3)).toBe(0);
  });
});
