import { describe, expect, it } from "vitest";
import { normalizeLine } from "../../src/articles/normalize-line.js";
import { isValidStripPattern, parseStripPattern } from "../../src/articles/strip-pattern.js";

function matches(pattern: string, line: string): boolean {
  const matcher = parseStripPattern(pattern);
  if (!matcher) throw new Error(`invalid pattern ${pattern}`);
  return matcher(line, normalizeLine(line));
}

describe("parseStripPattern", () => {
  it("matches a plain phrase as whole words, ignoring case, punctuation and emoji", () => {
    expect(matches("the People channel on Telegram", "👇 The “People” channel on Telegram … always")).toBe(
      true,
    );
    expect(matches("news", "newspaper reports")).toBe(false);
  });

  it("tests a /regex/flags pattern against the line as written", () => {
    expect(matches("/^Follow us/i", "follow US on Telegram")).toBe(true);
    expect(matches("/^Follow us/", "follow us on Telegram")).toBe(false);
    // A global flag must not make a second test fail.
    const matcher = parseStripPattern("/us/g");
    expect([matcher?.("us", "us"), matcher?.("us", "us")]).toEqual([true, true]);
  });

  it("rejects patterns that would match nothing useful", () => {
    expect(isValidStripPattern("/(unclosed/")).toBe(false);
    expect(isValidStripPattern(" 🔻 … ")).toBe(false);
    expect(isValidStripPattern("subscribe")).toBe(true);
  });
});
