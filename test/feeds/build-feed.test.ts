// The feed model from stored rows: addresses absolute on the site, the article as the pipeline made it
// (no markup added here), enclosures only for files stored on the site.
import { describe, expect, it } from "vitest";
import { buildFeed, buildFeedEntry, type FeedScope, knownLanguage } from "../../src/feeds/build-feed.js";
import { articleRow, BASE, channelRow, mediaRow, POSTED, SHA } from "../helpers/feed-rows.js";

describe("buildFeedEntry", () => {
  it("names the item by its first message, links its permalink, and keeps the pipeline's body as it is", () => {
    const media = [mediaRow(), mediaRow({ position: 1, sha256: null, mime_type: null, size: null })];
    const entry = buildFeedEntry(articleRow({ updated_at: POSTED + 60 }), channelRow(), media, BASE);
    expect(entry).toEqual({
      id: `${BASE}/p/tigris/42`,
      url: `${BASE}/2021/02/19/river-levels-rise/`,
      title: "River levels rise",
      summary: "Water rose.",
      content: {
        bodyHtml: '<p>Water rose. <a href="/tag/floods/">#floods</a></p>',
        dateline: "Basra – Tigris Courier",
        media,
        telegramPostUrl: "https://t.me/tigris/42",
      },
      published: POSTED,
      updated: POSTED + 60,
      timeZone: "Asia/Baghdad",
      language: "en",
      author: { name: "Tigris Courier", url: "https://t.me/tigris" },
      tags: ["basra", "floods"],
      // The file not stored here has no enclosure.
      enclosures: [{ url: `${BASE}/media/${SHA}.jpg`, mimeType: "image/jpeg", length: 12345 }],
    });
  });

  it("writes the dateline's place alone when it has no outlet, and none without a place", () => {
    const row = (over: Parameters<typeof articleRow>[0]) =>
      buildFeedEntry(articleRow(over), channelRow(), [], BASE).content.dateline;
    expect(row({ dateline_outlet: null })).toBe("Basra");
    expect(row({ dateline_place: null })).toBeNull();
  });

  it("names no language when detection could not tell", () => {
    expect(buildFeedEntry(articleRow({ language: "und" }), channelRow(), [], BASE).language).toBeNull();
    expect(knownLanguage("")).toBeNull();
    expect(knownLanguage("ar")).toBe("ar");
  });
});

describe("buildFeed", () => {
  const scope: FeedScope = {
    title: "#floods – Tigris Courier",
    description: "Articles tagged #floods",
    homePath: "/tag/floods/",
    links: {
      rss: `${BASE}/tag/floods/feed/`,
      atom: `${BASE}/tag/floods/feed/atom/`,
      json: `${BASE}/tag/floods/feed.json`,
    },
    language: "en",
    author: { name: "Tigris Courier", url: `${BASE}/` },
  };

  it("gives each article its own media, leaves out articles of unknown channels, and says the site's language", () => {
    const rows = [articleRow(), articleRow({ id: 8, message_id: 43 }), articleRow({ id: 9, channel_id: 2 })];
    const media = [mediaRow({ article_id: 8 })];
    const feed = buildFeed(
      scope,
      rows,
      new Map([[1, channelRow()]]),
      media,
      { baseUrl: BASE, language: "ar" },
      POSTED,
    );
    expect(feed).toMatchObject({
      title: scope.title,
      homeUrl: `${BASE}/tag/floods/`,
      baseUrl: BASE,
      siteLanguage: "ar",
      updated: POSTED,
    });
    expect(feed.items.map((i) => [i.id, i.content.media.length])).toEqual([
      [`${BASE}/p/tigris/42`, 0],
      [`${BASE}/p/tigris/43`, 1],
    ]);
  });
});
