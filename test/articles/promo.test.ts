import { describe, expect, it } from "vitest";
import { isChannelLinkLine } from "../../src/articles/channel-link.js";
import { isBlank, splitLines, wholeLineRange } from "../../src/articles/lines.js";
import {
  candidateLines,
  detectRepeatedLines,
  normalizeLine,
  type PromoRules,
  removePromoLines,
} from "../../src/articles/promo.js";
import { type RichText, richText } from "../../src/articles/rich-text.js";
import { parseStripPattern } from "../../src/articles/strip-pattern.js";
import { deleteRangesAndTrim } from "../../src/articles/text-edit.js";
import { entityAt } from "./test-entities.js";
import { randomText, seededRandom } from "./test-strings.js";

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
    // The dateline line is not a candidate: a place recurs in every post sent from it.
    expect(candidateLines(text)).toEqual(["headline", "join us", "people news"]);
  });

  it("skips lines of hashtags: they recur in every post on a subject and carry its tags", () => {
    const text = "Headline\n\nBody of the story.\n\n#العراق | #بغداد\nJoin us on Telegram\n#Iraq";
    expect(candidateLines(text)).toEqual(["headline", "body of the story", "join us on telegram"]);
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

describe("removePromoLines with rules compiled once", () => {
  const text = "Story.\nJoin us on Telegram\nFollow us on X\nMore story.";

  it("applies changed settings at once, whether new arrays or the same arrays edited in place", () => {
    const rules: PromoRules = { username: "people_news", stripPatterns: ["join us"], detectedPromoLines: [] };
    expect(removePromoLines(richText(text), rules).text).toBe("Story.\nFollow us on X\nMore story.");
    expect(removePromoLines(richText(text), { ...rules, stripPatterns: ["follow us"] }).text).toBe(
      "Story.\nJoin us on Telegram\nMore story.",
    );
    rules.stripPatterns.push("/^Follow/");
    expect(removePromoLines(richText(text), rules).text).toBe("Story.\nMore story.");
    rules.stripPatterns.length = 0;
    rules.detectedPromoLines.push(normalizeLine("🔻 Follow us on X 🔻"));
    expect(removePromoLines(richText(text), rules).text).toBe("Story.\nJoin us on Telegram\nMore story.");
    rules.detectedPromoLines[0] = normalizeLine("Join us on Telegram!");
    expect(removePromoLines(richText(text), rules).text).toBe("Story.\nFollow us on X\nMore story.");
  });

  it("keeps every channel's rules apart, however many channels take turns", () => {
    for (let round = 0; round < 3; round++) {
      for (let channel = 0; channel < 100; channel++) {
        const rules: PromoRules = {
          username: "people_news",
          stripPatterns: [`story ${channel}`],
          detectedPromoLines: [],
        };
        const post = `Story ${channel}.\nStory ${channel + 1}.`;
        expect(removePromoLines(richText(post), rules).text).toBe(`Story ${channel + 1}.`);
      }
    }
  });

  it("finds a phrase inside a long paragraph, in any case, accents and emoji", () => {
    const paragraph = `${"The council met again. ".repeat(30)}JÖIN 🔴 us, on Telegram ${"and more. ".repeat(30)}`;
    const rules: PromoRules = {
      username: "x",
      stripPatterns: ["join us on telegram"],
      detectedPromoLines: [],
    };
    expect(removePromoLines(richText(`Keep.\n${paragraph}`), rules).text).toBe("Keep.");
    const other = richText(`Keep.\n${paragraph.replace("Telegram", "Telegrams")}`);
    expect(removePromoLines(other, rules)).toBe(other);
  });

  it("matches a detected line however long the other lines are", () => {
    const rules: PromoRules = { username: "x", stripPatterns: [], detectedPromoLines: ["join us"] };
    const long = "word ".repeat(500).trim();
    expect(removePromoLines(richText(`${long}\n👉 Join   us!\n${long}`), rules).text).toBe(
      `${long}\n${long}`,
    );
  });
});

describe("removePromoLines, skipping lines that cannot match", () => {
  /** Every line normalized and tested against every rule: what the quick tests must agree with. */
  function byDefinition(rich: RichText, rules: PromoRules): RichText {
    const matchers = rules.stripPatterns.flatMap((pattern) => parseStripPattern(pattern) ?? []);
    const detected = new Set(rules.detectedPromoLines.map(normalizeLine).filter((line) => line !== ""));
    const doomed = splitLines(rich.text)
      .filter((line) => {
        if (isBlank(line)) return false;
        const normalized = normalizeLine(line.text);
        return (
          matchers.some((matches) => matches(line.text, normalized)) ||
          detected.has(normalized) ||
          isChannelLinkLine(rich, line, rules.username)
        );
      })
      .map((line) => wholeLineRange(line, rich.text.length));
    return doomed.length === 0 ? rich : deleteRangesAndTrim(rich, doomed);
  }

  const PROMOTIONS = [
    "قناة الناس على تلغرام… آخر أخبارنا، دائماً",
    "🔵 قناةُ النّاس على تلغرام – آخر أخبارنا دائماً 🔵",
    "The People channel on Telegram … our latest updates, always",
    "👉 THE PEOPLE CHANNEL ON TELEGRAM: our latest updates — always!",
    "Join the people channel on telegram our latest updates always now",
    "ＴＥＬＥＧＲＡＭ",
    "👈 @people_news",
    "t.me/people_news",
    "Subscribe: now",
  ];
  const RULE_SETS: PromoRules[] = [
    {
      username: "people_news",
      stripPatterns: ["The People channel on Telegram … our latest updates, always"],
      detectedPromoLines: ["قناة الناس على تلغرام… آخر أخبارنا، دائماً"],
    },
    {
      username: "x",
      stripPatterns: ["telegram", "/^Subscribe:/", "قناة"],
      detectedPromoLines: ["join us", "🔴"],
    },
    {
      username: "not a name",
      stripPatterns: [],
      detectedPromoLines: ["the people channel on telegram our latest updates always"],
    },
  ];

  it("agrees with testing every line on random posts", () => {
    const random = seededRandom(17);
    for (let round = 0; round < 1500; round++) {
      const lines = Array.from({ length: Math.floor(random() * 8) }, () =>
        random() < 0.3
          ? (PROMOTIONS[Math.floor(random() * PROMOTIONS.length)] ?? "")
          : randomText(random, 12),
      );
      const text = lines.join(random() < 0.5 ? "\n" : "\n\n");
      const link = { type: "text_link" as const, offset: 1, length: 3, url: "https://t.me/people_news" };
      const rich = richText(text, round % 4 === 0 ? [link] : []);
      const rules = RULE_SETS[round % RULE_SETS.length] as PromoRules;
      expect(removePromoLines(rich, rules)).toEqual(byDefinition(rich, rules));
    }
  });
});
