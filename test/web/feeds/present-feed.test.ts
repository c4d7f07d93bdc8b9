// The feed model presented for readers: the article and its media as one HTML fragment with every address
// absolute, the first stored image as the item's image, and the site's own words in its language.
import { describe, expect, it } from "vitest";
import { buildFeed, buildFeedEntry } from "../../../src/feeds/build-feed.js";
import { presentFeed, presentFeedItem } from "../../../src/web/feeds/present-feed.js";
import { uiText } from "../../../src/web/views/ui-words.js";
import { articleRow, BASE, channelRow, mediaRow, POSTED, SHA } from "../../helpers/feed-rows.js";

const ON_TELEGRAM = "View on Telegram";

describe("presentFeedItem", () => {
  it("puts the leading photo, the dateline, the body with absolute links, then what Telegram keeps", () => {
    const media = [mediaRow(), mediaRow({ position: 1, sha256: null, mime_type: null, size: null })];
    const entry = buildFeedEntry(articleRow(), channelRow(), media, BASE);
    const item = presentFeedItem(entry, { baseUrl: BASE, onTelegram: ON_TELEGRAM });
    expect(item.contentHtml).toBe(
      `<figure><img src="${BASE}/media/${SHA}.jpg" width="800" height="600" alt=""></figure>` +
        "<p><strong>Basra – Tigris Courier</strong></p>" +
        `<p>Water rose. <a href="${BASE}/tag/floods/">#floods</a></p>` +
        `<p><a href="https://t.me/tigris/42">${ON_TELEGRAM}</a></p>`,
    );
    expect(item.imageUrl).toBe(`${BASE}/media/${SHA}.jpg`);
    const { content: _content, ...facts } = entry;
    expect(item).toMatchObject(facts);
    expect(item).not.toHaveProperty("content");
  });

  it("has no image when no photo is stored", () => {
    const entry = buildFeedEntry(articleRow(), channelRow(), [mediaRow({ sha256: null })], BASE);
    expect(presentFeedItem(entry, { baseUrl: BASE, onTelegram: ON_TELEGRAM }).imageUrl).toBeNull();
  });
});

describe("presentFeed", () => {
  it("keeps the feed's facts and speaks the site's language in the content", () => {
    const feed = buildFeed(
      {
        title: "Tigris Courier",
        description: "Latest news",
        homePath: "/",
        links: { rss: `${BASE}/feed/`, atom: `${BASE}/feed/atom/`, json: `${BASE}/feed.json` },
        language: "en",
        author: { name: "Tigris Courier", url: `${BASE}/` },
      },
      [articleRow()],
      new Map([[1, channelRow()]]),
      [mediaRow({ sha256: null })],
      { baseUrl: BASE, language: "ar" },
      POSTED,
    );
    const doc = presentFeed(feed);
    expect(doc).toEqual({
      title: feed.title,
      description: feed.description,
      homeUrl: `${BASE}/`,
      links: feed.links,
      language: "en",
      updated: POSTED,
      author: feed.author,
      items: [expect.objectContaining({ id: `${BASE}/p/tigris/42` })],
    });
    expect(doc.items[0]?.contentHtml).toContain(uiText("ar").mediaOnTelegram);
  });
});
