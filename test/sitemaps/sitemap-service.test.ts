// The sitemaps as data, over stub stores: paged index entries with their times, news entries with their
// publication's language, and the robots rules.
import { describe, expect, it } from "vitest";
import type { SiteInfo } from "../../src/site/site-info.js";
import { SitemapService } from "../../src/sitemaps/sitemap-service.js";
import type { ChannelStore } from "../../src/store/channels.js";
import type { FeedQueries } from "../../src/store/feeds/feed-queries.js";
import { BASE, channelRow, POSTED } from "../helpers/feed-rows.js";

const SITE: SiteInfo = { title: "Courier", baseUrl: BASE, language: "fa", direction: "rtl", timezone: "UTC" };

function service(queries: Partial<FeedQueries>, pageSize = 10): SitemapService {
  const channels = [channelRow(), channelRow({ id: 2, username: "und", language: "und" })];
  return new SitemapService(
    {
      queries: { lastModified: async () => POSTED + 99, ...queries } as FeedQueries,
      channels: { list: async () => channels } as unknown as ChannelStore,
      clock: { now: () => POSTED + 3600 },
      siteInfo: async () => SITE,
    },
    pageSize,
  );
}

describe("SitemapService", () => {
  it("lists every articles page and the news sitemap in the index", async () => {
    const s = service({
      sitemapPages: async () => [
        { page: 1, lastModified: POSTED },
        { page: 3, lastModified: 0 },
      ],
    });
    expect(await s.index()).toEqual({
      entries: [
        { loc: `${BASE}/sitemaps/articles-1.xml`, lastModified: POSTED },
        { loc: `${BASE}/sitemaps/articles-3.xml`, lastModified: 0 },
        { loc: `${BASE}/sitemaps/news.xml`, lastModified: POSTED + 99 },
      ],
      lastModified: POSTED + 99,
    });
  });

  it("reads an articles page as one id range, and has none for an empty or impossible page", async () => {
    const ranges: [number, number][] = [];
    const s = service({
      sitemapEntries: async (after, upTo) => {
        ranges.push([after, upTo]);
        return after === 10 ? [{ id: 11, path: "2021/02/19/x", modified_at: POSTED }] : [];
      },
    });
    expect(await s.articles(2)).toEqual({
      entries: [{ loc: `${BASE}/2021/02/19/x/`, lastModified: POSTED }],
      lastModified: POSTED + 99,
    });
    expect(await s.articles(3)).toBeNull();
    expect(await s.articles(0)).toBeNull();
    expect(ranges).toEqual([
      [10, 20],
      [20, 30],
    ]);
    expect(s.cacheTagsFor([1, 10, 11])).toEqual(["sitemap-articles:1", "sitemap-articles:2"]);
  });

  it("names the article's language in the news sitemap, else its channel's, else the site's", async () => {
    const row = { id: 1, path: "a/b", headline: "H", published_at: POSTED };
    const s = service({
      publishedSince: async () => [
        { ...row, channel_id: 1, language: "ar" },
        { ...row, channel_id: 1, language: "und" },
        { ...row, channel_id: 2, language: "und" },
        { ...row, channel_id: 3, language: "en" },
      ],
    });
    const news = await s.news();
    expect(news.entries.map((e) => e.language)).toEqual(["ar", "en", "fa"]);
    expect(news.entries[0]).toEqual({
      loc: `${BASE}/a/b/`,
      publicationName: "Tigris Courier",
      language: "ar",
      published: POSTED,
      timeZone: "Asia/Baghdad",
      title: "H",
    });
  });

  it("lets every crawler in and announces the sitemap index", async () => {
    expect(await service({}).robots()).toEqual({ allow: ["/"], sitemaps: [`${BASE}/sitemap.xml`] });
  });
});
