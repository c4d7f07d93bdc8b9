import { describe, expect, it } from "vitest";
import { normalizeLine } from "./normalize-line.js";

describe("normalizeLine", () => {
  it("drops emoji, quotes and punctuation, collapses spaces and lower-cases", () => {
    expect(normalizeLine("  👈 The “People” channel on Telegram …  our latest updates, always!! ")).toBe(
      "the people channel on telegram our latest updates always",
    );
  });

  it("drops Arabic diacritics and tatweel, and Latin accents", () => {
    expect(normalizeLine("قَنـــاة الناس")).toBe(normalizeLine("قناة الناس"));
    expect(normalizeLine("Café Société")).toBe("cafe societe");
  });

  it("is idempotent", () => {
    const once = normalizeLine("🔻 تابعونا على تيليجرام: t.me/people 🔻");
    expect(normalizeLine(once)).toBe(once);
  });
});
