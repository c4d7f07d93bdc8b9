import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/build-article.js";
import { normalizeLine } from "../../src/articles/promo.js";
import type { ChannelSettings } from "../../src/articles/types.js";
import type { MediaRef, TelegramPost, TextEntity } from "../../src/telegram/post.js";
import { entityAt } from "./test-entities.js";

// Sample posts written for these tests, in the shape of a Telegram-first newsroom's posts: headline,
// dateline line, paragraphs, a promotion line in the middle, a tag line at the end.

const CHANNEL: ChannelSettings = {
  username: "people_news",
  title: "People",
  timezone: "Asia/Baghdad",
  language: "ar",
  cta: null,
  stripPatterns: ["The People channel on Telegram … our latest updates, always"],
  detectedPromoLines: [normalizeLine("قناة الناس على تلغرام - آخر أخبارنا دائما")],
};

const PHOTO: MediaRef = { kind: "photo", source: { type: "missing", reason: "test" } };

function post(
  messageId: number,
  text: string,
  entities: TextEntity[] = [],
  media: MediaRef[] = [],
): TelegramPost {
  return { messageId, date: 1_613_730_000, text, entities, media };
}

const ENGLISH = [
  "⚡️ Power grid upgrade to end summer blackouts, ministry says",
  "Baghdad – People",
  "",
  "The Ministry of Electricity said on Sunday that a new transmission line linking the southern plants to the capital will be finished before summer, ending the “rolling cuts” residents have lived with for years.",
  "",
  "The “People” channel on Telegram … our latest updates, always",
  "",
  "A ministry spokesman told “People” that the line will add more than 1,200 megawatts to the national grid. Details are on the ministry's website.",
  "",
  "Engineers are working in three shifts, he added.",
  "",
  "#Iraq #Electricity #Baghdad",
].join("\n");

const ENGLISH_ENTITIES: TextEntity[] = [
  entityAt(ENGLISH, "more than 1,200 megawatts", "bold"),
  entityAt(ENGLISH, "the ministry's website", "text_link", { url: "https://example.org/electricity/news" }),
  entityAt(ENGLISH, "#Iraq", "hashtag"),
  entityAt(ENGLISH, "#Electricity", "hashtag"),
  entityAt(ENGLISH, "#Baghdad", "hashtag"),
];

const ARABIC = [
  "⚡️ خط نقل جديد ينهي انقطاع الكهرباء في الصيف",
  "بغداد – الناس",
  "",
  "أعلنت وزارة الكهرباء، اليوم الأحد، أن خط النقل الجديد الذي يربط محطات الجنوب بالعاصمة سيكتمل قبل حلول الصيف، منهياً «القطع المبرمج» الذي عانى منه السكان لسنوات.",
  "",
  "قناة «الناس» على تلغرام … آخر أخبارنا دائماً",
  "",
  "وقال متحدث باسم الوزارة لـ«الناس» إن الخط سيضيف أكثر من 1200 ميغاواط إلى الشبكة الوطنية.",
  "",
  "#العراق #الكهرباء #بغداد",
].join("\n");

function paragraphCount(html: string): number {
  return html.match(/<p>/g)?.length ?? 0;
}

describe("buildArticle: an English news post", () => {
  const draft = buildArticle({ posts: [post(101, ENGLISH, ENGLISH_ENTITIES, [PHOTO])], channel: CHANNEL });

  it("finds the headline and the dateline, and keeps both out of the body", () => {
    expect(draft.headline).toBe("Power grid upgrade to end summer blackouts, ministry says");
    expect(draft.dateline).toEqual({ place: "Baghdad", outlet: "People" });
    expect(draft.bodyText).not.toContain("Power grid upgrade");
    expect(draft.bodyText).not.toContain("Baghdad – People");
    expect(draft.slug).toBe("power-grid-upgrade-to-end-summer-blackouts-ministry-says");
  });

  it("renders the paragraphs with formatting and links, without the promotion line or tag line", () => {
    expect(paragraphCount(draft.bodyHtml)).toBe(3);
    expect(draft.bodyText.split("\n\n")).toHaveLength(3);
    expect(draft.bodyHtml).toContain("<strong>more than 1,200 megawatts</strong>");
    expect(draft.bodyHtml).toContain(
      '<a href="https://example.org/electricity/news" rel="noopener">the ministry&#39;s website</a>',
    );
    expect(draft.bodyHtml).toContain("“rolling cuts”");
    expect(draft.bodyText).not.toContain("our latest updates");
    expect(draft.bodyText).not.toContain("#");
  });

  it("tags the place and the hashtags, and detects English", () => {
    expect(draft.tags).toEqual(["baghdad", "iraq", "electricity"]);
    expect(draft.language).toBe("en");
    expect(draft.direction).toBe("ltr");
  });

  it("summarizes the body and hashes the result", () => {
    expect(draft.summary.startsWith("The Ministry of Electricity said on Sunday")).toBe(true);
    expect(Array.from(draft.summary).length).toBeLessThanOrEqual(200);
    expect(draft.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("buildArticle: an Arabic news post", () => {
  // Hashtags without entities, as in old Desktop exports.
  const draft = buildArticle({ posts: [post(102, ARABIC)], channel: CHANNEL });

  it("finds the headline without its emoji, and the Arabic dateline", () => {
    expect(draft.headline).toBe("خط نقل جديد ينهي انقطاع الكهرباء في الصيف");
    expect(draft.dateline).toEqual({ place: "بغداد", outlet: "الناس" });
    expect(draft.slug).toBe("خط-نقل-جديد-ينهي-انقطاع-الكهرباء-في-الصيف");
  });

  it("drops the detected promotion line despite its other quotes and diacritics", () => {
    expect(paragraphCount(draft.bodyHtml)).toBe(2);
    expect(draft.bodyText).not.toContain("آخر أخبارنا");
    expect(draft.bodyHtml.startsWith("<p>أعلنت وزارة الكهرباء")).toBe(true);
  });

  it("tags the place and the hashtags, and detects Arabic written right to left", () => {
    expect(draft.tags).toEqual(["بغداد", "العراق", "الكهرباء"]);
    expect(draft.language).toBe("ar");
    expect(draft.direction).toBe("rtl");
  });
});

describe("buildArticle: albums and posts without text", () => {
  it("uses the caption of whichever album item has one", () => {
    const caption = "Flooded streets in Basra\nHeavy rain fell overnight.";
    const album = [post(201, "", [], [PHOTO]), post(202, caption, [], [PHOTO]), post(203, "", [], [PHOTO])];
    const draft = buildArticle({ posts: album, channel: CHANNEL });
    expect(draft.headline).toBe("Flooded streets in Basra");
    expect(draft.bodyHtml).toBe("<p>Heavy rain fell overnight.</p>");
  });

  it("gives a photo without text a label headline in the channel's language and a unique slug", () => {
    const draft = buildArticle({ posts: [post(301, "", [], [PHOTO])], channel: CHANNEL });
    expect(draft).toMatchObject({
      headline: "صورة",
      slug: "صورة-301",
      bodyHtml: "",
      bodyText: "",
      summary: "",
      tags: [],
      language: "ar",
      direction: "rtl",
    });
  });

  it("treats a post of hashtags only as a post without text, keeping its tags", () => {
    const draft = buildArticle({ posts: [post(302, "#Basra #Rain", [], [PHOTO])], channel: CHANNEL });
    expect(draft.headline).toBe("صورة");
    expect(draft.tags).toEqual(["basra", "rain"]);
  });
});

describe("buildArticle: determinism", () => {
  it("gives the same hash for the same content and another for an edit", () => {
    const first = buildArticle({ posts: [post(101, ENGLISH, ENGLISH_ENTITIES)], channel: CHANNEL });
    const again = buildArticle({ posts: [post(101, ENGLISH, ENGLISH_ENTITIES)], channel: CHANNEL });
    const edited = buildArticle({
      posts: [post(101, ENGLISH.replace("three shifts", "four shifts"), ENGLISH_ENTITIES)],
      channel: CHANNEL,
    });
    expect(again.contentHash).toBe(first.contentHash);
    expect(edited.contentHash).not.toBe(first.contentHash);
  });
});

describe("buildArticle: what versions since content hash 2 stored", () => {
  it("gives the same content hashes, so a re-import finds nothing changed", () => {
    const english = buildArticle({
      posts: [post(101, ENGLISH, ENGLISH_ENTITIES, [PHOTO])],
      channel: CHANNEL,
    });
    const arabic = buildArticle({ posts: [post(102, ARABIC)], channel: CHANNEL });
    expect(english.contentHash).toBe("8727d26c00fe8bb6d3460742972576ede8adde462b08b5234c03899875f3ddfd");
    expect(arabic.contentHash).toBe("c5ac465d1925cce4a21d933d36108d32cea54d45d1de30ce700494371e364a39");
  });
});

describe("buildArticle: channel settings", () => {
  it("follows a change of strip patterns or detected lines from one post to the next", () => {
    const build = (channel: ChannelSettings) =>
      buildArticle({ posts: [post(101, ENGLISH)], channel }).bodyText;
    expect(build(CHANNEL)).not.toContain("our latest updates");
    expect(build({ ...CHANNEL, stripPatterns: [] })).toContain("our latest updates");
    expect(
      build({
        ...CHANNEL,
        stripPatterns: [],
        detectedPromoLines: [normalizeLine(ENGLISH.split("\n")[5] ?? "")],
      }),
    ).not.toContain("our latest updates");
    expect(build({ ...CHANNEL, stripPatterns: ["/three shifts/"] })).not.toContain("three shifts");
    expect(build(CHANNEL)).toContain("three shifts");
  });
});
