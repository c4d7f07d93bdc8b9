// The sitemap and robots.txt serializers on plain inputs: each output checked against its specification.
import { describe, expect, it } from "vitest";
import { renderNewsSitemap } from "../../../src/web/sitemaps/news-sitemap.js";
import { renderRobotsTxt } from "../../../src/web/sitemaps/robots-txt.js";
import { renderSitemapIndex, renderUrlSet } from "../../../src/web/sitemaps/sitemap-xml.js";
import { checkNewsSitemap, checkSitemapIndex, checkUrlSet, parseXml } from "../../helpers/feed-specs.js";

// 2021-02-19 10:26 UTC (13:26 in Baghdad).
const POSTED = Date.UTC(2021, 1, 19, 10, 26) / 1000;
const BASE = "https://news.example.org";

describe("sitemaps", () => {
  it("writes a sitemap index and a URL set the protocol accepts", () => {
    const index = renderSitemapIndex([
      { loc: `${BASE}/sitemaps/articles-1.xml`, lastModified: POSTED },
      { loc: `${BASE}/sitemaps/news.xml`, lastModified: null },
    ]);
    expect(checkSitemapIndex(index)).toEqual([
      { loc: `${BASE}/sitemaps/articles-1.xml`, lastmod: "2021-02-19T10:26:00Z" },
      { loc: `${BASE}/sitemaps/news.xml`, lastmod: null },
    ]);
    const set = renderUrlSet([{ loc: `${BASE}/a/?x=1&y=2`, lastModified: POSTED }]);
    expect(set).toContain("?x=1&amp;y=2");
    expect(checkUrlSet(set).urls).toEqual([{ loc: `${BASE}/a/?x=1&y=2`, lastmod: "2021-02-19T10:26:00Z" }]);
  });

  it("writes a Google News sitemap", () => {
    const xml = renderNewsSitemap([
      {
        loc: `${BASE}/2021/02/19/x/`,
        publicationName: "The Tigris Courier",
        language: "ar",
        published: POSTED,
        timeZone: "Asia/Baghdad",
        title: "بغداد & <دجلة>",
      },
    ]);
    expect(checkNewsSitemap(xml)).toEqual([
      {
        loc: `${BASE}/2021/02/19/x/`,
        name: "The Tigris Courier",
        language: "ar",
        publicationDate: "2021-02-19T13:26:00+03:00",
        title: "بغداد & <دجلة>",
      },
    ]);
  });

  it("announces the sitemap index in robots.txt", () => {
    expect(renderRobotsTxt({ allow: ["/"], sitemaps: [`${BASE}/sitemap.xml`] })).toMatch(
      /^Sitemap: https:\/\/news\.example\.org\/sitemap\.xml$/m,
    );
  });

  it("the checks catch a broken document", () => {
    expect(() => parseXml("<urlset><url></urlset>")).toThrow(/well-formed/);
    expect(() =>
      checkUrlSet('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>'),
    ).toThrow(/loc/);
  });
});
