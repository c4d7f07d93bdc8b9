import { describe, expect, it } from "vitest";
import {
  candidateLines,
  detectRepeatedLines,
  normalizeLine,
  type PromoRules,
  removePromoLines,
} from "./promo.js";
import { richText } from "./rich-text.js";
import { entityAt } from "./test-entities.js";

const RULES: PromoRules = {
  username: "people_news",
  stripPatterns: ["our latest updates, always", "/^Subscribe:/"],
  detectedPromoLines: [normalizeLine("تابعونا على قناة الناس")],
};

describe("removePromoLines", () => {
  it("removes pattern, detected and channel-link lines, keeping entities in step", () => {
    const text = [
      "First paragraph.",
      "The People channel on Telegram … our latest updates, always",
      "",
      "Second paragraph with a bold word.",
      "🔻 تابعونـا على قناة “الناس” 🔻",
      "Subscribe: now",
      "@people_news",
    ].join("\n");
    const result = removePromoLines(richText(text, [entityAt(text, "bold", "bold")]), RULES);
    expect(result.text).toBe("First paragraph.\n\nSecond paragraph with a bold word.");
    expect(result.entities).toEqual([entityAt(result.text, "bold", "bold")]);
  });

  it("leaves text without promotion untouched", () => {
    const rich = richText("Nothing to strip here.");
    expect(removePromoLines(rich, RULES)).toBe(rich);
  });
});

describe("candidateLines", () => {
  it("gives the first 2 and last 3 non-empty lines, normalized and deduplicated", () => {
    const text =
      "Headline\n\nBaghdad – People\nMiddle one\nMiddle two\nMiddle three\nJoin us!\n@people_news\n\nJoin us";
    expect(candidateLines(text)).toEqual(["headline", "baghdad people", "join us", "people news"]);
  });

  it("skips lines that are empty once normalized or too long", () => {
    expect(candidateLines(`🔻🔻🔻\n${"word ".repeat(60)}`)).toEqual([]);
  });
});

describe("detectRepeatedLines", () => {
  it("needs at least 5 posts in a small channel", () => {
    const stats = [
      { line: "join us", posts: 5 },
      { line: "rare line", posts: 4 },
    ];
    expect(detectRepeatedLines(stats, 10)).toEqual(["join us"]);
  });

  it("needs 20% of posts in a large channel, and skips long lines", () => {
    const long = "word ".repeat(50).trim();
    const stats = [
      { line: "join us", posts: 200 },
      { line: "somewhat common", posts: 199 },
      { line: long, posts: 900 },
    ];
    expect(detectRepeatedLines(stats, 1000)).toEqual(["join us"]);
  });
});
