import { describe, expect, it } from "vitest";
import { truncateAtWord } from "../../src/articles/truncate.js";
import { randomTexts } from "./test-strings.js";

describe("truncateAtWord", () => {
  it("returns text that fits unchanged (trimmed)", () => {
    expect(truncateAtWord("  short text ", 20)).toBe("short text");
  });

  it("cuts at the last word boundary and adds an ellipsis within the limit", () => {
    const result = truncateAtWord("The minister said the talks would resume next week", 30);
    expect(result).toBe("The minister said the talks…");
    expect(Array.from(result).length).toBeLessThanOrEqual(30);
  });

  it("drops punctuation left dangling before the ellipsis", () => {
    expect(truncateAtWord("First clause, second clause goes on", 16)).toBe("First clause…");
  });

  it("cuts a single overlong word hard", () => {
    expect(truncateAtWord("a supercalifragilisticexpialidocious", 12)).toBe("a supercali…");
  });

  it("counts code points, never splitting an emoji", () => {
    expect(truncateAtWord("🔴🔴🔴🔴🔴🔴", 4)).toBe("🔴🔴🔴…");
  });

  it("cuts Arabic text between words", () => {
    expect(truncateAtWord("أعلنت وزارة الصحة العراقية اليوم عن إجراءات جديدة", 20)).toBe(
      "أعلنت وزارة الصحة…",
    );
  });
});

/** truncateAtWord as first written, on an array of every code point: the walk must agree with it. */
function byDefinition(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  const kept = chars.slice(0, max - 1);
  if (!/\s/u.test(chars[kept.length] ?? " ")) {
    const lastSpace = kept.findLastIndex((char) => /\s/u.test(char));
    if (lastSpace >= kept.length * 0.5) kept.length = lastSpace;
  }
  return `${kept.join("").replace(/[\s,،;:\-–—(«"“'‘]+$/u, "")}…`;
}

describe("truncateAtWord, walking only the start", () => {
  it("agrees with the definition on random text and lengths", () => {
    randomTexts(7, 2000, 80).forEach((text, index) => {
      const max = [0, 1, 2, 5, 40, 110, 200, 1.5][index % 8] ?? 200;
      expect(truncateAtWord(text, max)).toBe(byDefinition(text, max));
    });
  });
});
