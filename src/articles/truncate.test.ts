import { describe, expect, it } from "vitest";
import { truncateAtWord } from "./truncate.js";

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
