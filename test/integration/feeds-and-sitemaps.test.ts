// Feeds, sitemaps, structured data and the tag index end to end: an export imported, then every document
// fetched through the site app (and the raw server's cache fast path) and checked against its
// specification. Runs on SQLite and PostgreSQL.
import * as cheerio from "cheerio";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { SitemapService } from "../../src/sitemaps/sitemap-service.js";
import { TAG_INDEX_PATH, TagIndexService } from "../../src/sitemaps/tag-index.js";
import { FeedQueries } from "../../src/store/feeds/feed-queries.js";
import { type RunningServer, startServer } from "../../src/web/server.js";
import { renderSitemapIndex, renderUrlSet } from "../../src/web/sitemaps/sitemap-xml.js";
import { renderTagIndexPage } from "../../src/web/sitemaps/tag-index-page.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { type ExportMessageSpec, exportJson, writeExportDir } from "../helpers/export-builder.js";
import {
  checkAtom,
  checkNewsSitemap,
  checkRss,
  checkSitemapIndex,
  checkUrlSet,
  JsonFeedSchema,
} from "../helpers/feed-specs.js";
import { type TestClock, testApp, testServices } from "../helpers/services.js";

const BASE = "https://news.example.org";
// 2021-02-19 10:26 UTC, which is 13:26 in Baghdad.
const POSTED = Date.UTC(2021, 1, 19, 10, 26) / 1000;
const DAY = 86_400;

const HEADLINE = "Ministers agree to widen the training mission near the capital";
const SEED: ExportMessageSpec = {
  id: 42,
  date: POSTED,
  text: [
    `${HEADLINE}\n`,
    "Baghdad – Tigris Courier\n\n",
    "Defence ministers agreed on Thursday to enlarge the training mission, officials said. ",
    { type: "hashtag", text: "#security" },
    "\n\nNo decision has been taken yet on the timetable.",
  ],
};

const PHOTO_POST: ExportMessageSpec = {
  id: 50,
  date: POSTED + 1800,
  photo: "photos/photo_50.jpg",
  width: 64,
  height: 48,
  text: [
    "Floodwater reaches the riverside market\nBaghdad – Tigris Courier\n\nTraders moved their stock uphill.",
  ],
};

// A headline carrying markup-like text: the JSON-LD block must not end early.
const TRICKY: ExportMessageSpec = {
  id: 60,
  date: POSTED + 3600,
  text: ["Court hears the </script><script>alert(1)</script> case & others\n\nThe hearing lasted an hour."],
};

// Rotating places: a line repeated in five posts or more would be taken for a promotion line.
const PLACES = ["Basra", "Mosul", "Erbil", "Najaf"];

function filler(id: number, daysBefore: number): ExportMessageSpec {
  return {
    id,
    date: POSTED - daysBefore * DAY,
    text: [
      `Local council publishes its budget for district ${id}\n${PLACES[id % PLACES.length]} – Tigris Courier\n\nThe council of district ${id} met. `,
      { type: "hashtag", text: "#budget" },
    ],
  };
}

const FILLERS = Array.from({ length: 10 }, (_, i) => filler(i + 2, i + 1));
const MESSAGES = [...FILLERS, SEED, PHOTO_POST, TRICKY];
const ARTICLE_COUNT = MESSAGES.length;

describeEachDatabase("feeds, sitemaps and structured data", (getDb) => {
  let s: Services & { testClock: TestClock };
  let photo: Buffer;
  let server: RunningServer;

  const app = () => testApp(s);
  const get = (path: string, headers: Record<string, string> = {}) => app().request(path, { headers });
  const text = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };
  const articleUrl = async (messageId: number) =>
    BASE + (await get(`/p/tigris/${messageId}`)).headers.get("location");

  beforeAll(async () => {
    s = await testServices(getDb().db);
    // Half a day after the seed post: the seed, the photo post, the tricky one and the first filler are
    // within the news sitemap's two days; the older fillers are not.
    s.testClock.t = POSTED + DAY / 2;
    await s.channels.create({
      username: "tigris",
      title: "Tigris Courier",
      timezone: "Asia/Baghdad",
      language: "en",
    });
    photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a6" } })
      .jpeg()
      .toBuffer();
    const dir = await writeExportDir(exportJson(MESSAGES), { "photos/photo_50.jpg": photo });
    const r = await importExport(s, { path: dir, channel: "tigris", defaultTimezone: "UTC", worker: false });
    expect(r.counts.created).toBe(ARTICLE_COUNT);
    server = await startServer(app(), s.cache, 0, "127.0.0.1");
  });

  afterAll(async () => {
    await server?.close();
  });

  it("serves RSS 2.0 at /feed/ with full content, site-local enclosures and stable guids", async () => {
    const res = await get("/feed/");
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(res.headers.get("last-modified")).toBeTruthy();
    const { items } = checkRss(await res.text());
    expect(items).toHaveLength(ARTICLE_COUNT);
    // Newest first.
    expect(items[0]?.guid).toBe(`${BASE}/p/tigris/60`);
    const withPhoto = items.find((i) => i.guid === `${BASE}/p/tigris/50`);
    expect(withPhoto?.link).toBe(await articleUrl(50));
    expect(withPhoto?.guidIsPermaLink).toBe("false");
    expect(withPhoto?.pubDate).toBe("Fri, 19 Feb 2021 10:56:00 GMT");
    expect(withPhoto?.enclosures).toHaveLength(1);
    const enclosure = withPhoto!.enclosures[0]!;
    expect(enclosure.url).toMatch(new RegExp(`^${BASE}/media/[0-9a-f]{64}\\.jpg$`));
    expect(enclosure).toMatchObject({ type: "image/jpeg", length: String(photo.length) });
    expect(withPhoto?.content).toContain(`<img src="${enclosure.url}"`);
    expect(withPhoto?.content).toContain("Traders moved their stock uphill.");
    // The enclosure really is served by the site.
    expect((await get(enclosure.url.slice(BASE.length))).status).toBe(200);
    const seed = items.find((i) => i.guid === `${BASE}/p/tigris/42`);
    expect(seed?.content).toContain("Defence ministers agreed");
    // The hashtag link in the body is absolute in the feed.
    expect(seed?.content).toContain(`href="${BASE}/tag/security/"`);
    expect(seed?.categories).toEqual(["baghdad", "security"]);
  });

  it("serves Atom at /feed/atom/ and JSON Feed 1.1 at /feed.json, both valid", async () => {
    const atomRes = await get("/feed/atom/");
    expect(atomRes.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const { entries } = checkAtom(await atomRes.text());
    expect(entries).toHaveLength(ARTICLE_COUNT);
    const atomPhoto = entries.find((e) => e.id === `${BASE}/p/tigris/50`);
    expect(atomPhoto?.published).toBe("2021-02-19T13:56:00+03:00");
    expect(atomPhoto?.enclosures[0]).toMatchObject({ type: "image/jpeg", length: String(photo.length) });
    expect(atomPhoto?.alternate).toBe(await articleUrl(50));

    const jsonRes = await get("/feed.json");
    expect(jsonRes.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const feed = JsonFeedSchema.parse(await jsonRes.json());
    expect(feed.feed_url).toBe(`${BASE}/feed.json`);
    expect(feed.home_page_url).toBe(`${BASE}/`);
    expect(feed.items).toHaveLength(ARTICLE_COUNT);
    const jsonPhoto = feed.items.find((i) => i.id === `${BASE}/p/tigris/50`);
    expect(jsonPhoto?.attachments?.[0]).toMatchObject({
      mime_type: "image/jpeg",
      size_in_bytes: photo.length,
    });
    expect(jsonPhoto?.image).toBe(jsonPhoto?.attachments?.[0]?.url);
    expect(jsonPhoto?.date_published).toBe("2021-02-19T13:56:00+03:00");
    expect(jsonPhoto?.content_html).toContain("Traders moved their stock uphill.");
    // Nothing in any feed points at Telegram's CDN.
    expect(JSON.stringify(feed)).not.toMatch(/telegram-cdn|cdn\d*\.tele/);
  });

  it("serves feeds per tag (dateline places included) and per channel; unknown ones are 404", async () => {
    const security = checkRss(await text("/tag/security/feed/")).items;
    expect(security.map((i) => i.guid)).toEqual([`${BASE}/p/tigris/42`]);
    const place = JsonFeedSchema.parse(JSON.parse(await text("/tag/baghdad/feed.json")));
    expect(place.items.map((i) => i.id).sort()).toEqual([`${BASE}/p/tigris/42`, `${BASE}/p/tigris/50`]);
    expect(place.feed_url).toBe(`${BASE}/tag/baghdad/feed.json`);
    expect(place.home_page_url).toBe(`${BASE}/tag/baghdad/`);
    const budget = checkAtom(await text("/tag/budget/feed/atom/")).entries;
    expect(budget).toHaveLength(FILLERS.length);
    const channel = checkAtom(await text("/channel/tigris/feed/atom/")).entries;
    expect(channel).toHaveLength(ARTICLE_COUNT);
    expect((await get("/tag/no-such-tag/feed/")).status).toBe(404);
    expect((await get("/channel/nobody/feed.json")).status).toBe(404);
    expect((await get("/channel/not%20a%20name/feed/")).status).toBe(400);
    // Without the trailing slash, the feed's address redirects (WordPress's form).
    const bare = await get("/feed");
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe("/feed/");
  });

  it("links the feeds from every page's head for autodiscovery, and tag pages link their own", async () => {
    const alternates = (html: string) =>
      cheerio
        .load(html)('link[rel="alternate"]')
        .map((_, l) => `${l.attribs.type} ${l.attribs.href}`)
        .get();
    const site = [
      `application/rss+xml ${BASE}/feed/`,
      `application/atom+xml ${BASE}/feed/atom/`,
      `application/feed+json ${BASE}/feed.json`,
    ];
    // Site feeds first on every page; other features may add their own (an article's comment feed).
    expect(alternates(await text("/")).slice(0, 3)).toEqual(site);
    expect(alternates(await text((await articleUrl(42)).slice(BASE.length))).slice(0, 3)).toEqual(site);
    const tagPage = alternates(await text("/tag/baghdad/"));
    expect(tagPage.slice(0, 3)).toEqual(site);
    expect(tagPage).toContain(`application/rss+xml ${BASE}/tag/baghdad/feed/`);
  });

  it("answers conditional requests with 304: If-None-Match and If-Modified-Since", async () => {
    for (const path of ["/feed/", "/feed/atom/", "/feed.json", "/sitemap.xml", "/sitemaps/articles-1.xml"]) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag")!;
      const lastModified = first.headers.get("last-modified")!;
      expect(lastModified, path).toBeTruthy();
      // Through the app (first request after a change) …
      expect((await get(path, { "if-none-match": etag })).status, path).toBe(304);
      expect((await get(path, { "if-none-match": `W/${etag}` })).status, path).toBe(304);
      const ims = await get(path, { "if-modified-since": lastModified });
      expect(ims.status, path).toBe(304);
      expect(ims.headers.get("last-modified")).toBe(lastModified);
      // … and through the raw server's cache fast path.
      expect((await fetch(server.url + path, { headers: { "if-none-match": etag } })).status).toBe(304);
      expect(
        (await fetch(server.url + path, { headers: { "if-modified-since": lastModified } })).status,
      ).toBe(304);
      // An older date, or a different ETag (which takes precedence over the date), gets the document.
      const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
      expect((await get(path, { "if-modified-since": earlier })).status, path).toBe(200);
      expect((await fetch(server.url + path, { headers: { "if-modified-since": earlier } })).status).toBe(
        200,
      );
      expect(
        (await get(path, { "if-none-match": '"other"', "if-modified-since": lastModified })).status,
      ).toBe(200);
    }
  });

  it("lists exactly the published articles in the sitemaps, and announces them in robots.txt", async () => {
    const robots = await text("/robots.txt");
    expect(robots).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    const index = checkSitemapIndex(await text("/sitemap.xml"));
    expect(index.map((e) => e.loc)).toEqual([`${BASE}/sitemaps/articles-1.xml`, `${BASE}/sitemaps/news.xml`]);
    const { urls } = checkUrlSet(await text("/sitemaps/articles-1.xml"));
    const published = await Promise.all(MESSAGES.map((m) => articleUrl(m.id)));
    expect(urls.map((u) => u.loc).sort()).toEqual(published.sort());
    expect((await get("/sitemaps/articles-2.xml")).status).toBe(404);
    expect((await get("/sitemaps/articles-01.xml")).status).toBe(404);

    const news = checkNewsSitemap(await text("/sitemaps/news.xml"));
    const recent = await Promise.all([60, 50, 42, 2].map(articleUrl));
    expect(news.map((n) => n.loc)).toEqual(recent);
    expect(news[0]).toMatchObject({
      name: "Tigris Courier",
      language: "en",
      publicationDate: "2021-02-19T14:26:00+03:00",
      title: "Court hears the </script><script>alert(1)</script> case & others",
    });
  });

  it("pages the articles sitemap by fixed id ranges (keyset), dropping pages left empty", async () => {
    const paged = new SitemapService(
      {
        queries: new FeedQueries(s.db),
        channels: s.channels,
        clock: s.clock,
        siteInfo: () => s.content.info(),
      },
      5,
    );
    const index = checkSitemapIndex(renderSitemapIndex((await paged.index()).entries));
    const pages = index.map((e) => e.loc).filter((l) => l.includes("/articles-"));
    expect(pages).toHaveLength(Math.ceil(ARTICLE_COUNT / 5));
    const seen: string[] = [];
    for (let n = 1; n <= pages.length; n++) {
      const urls = checkUrlSet(renderUrlSet((await paged.articles(n))!.entries)).urls.map((u) => u.loc);
      expect(urls.length).toBeLessThanOrEqual(5);
      seen.push(...urls);
    }
    expect(new Set(seen).size).toBe(ARTICLE_COUNT);
    expect(await paged.articles(pages.length + 1)).toBeNull();
    expect(await paged.articles(0)).toBeNull();

    // Taking one article down moves its page's lastmod; taking all of a page's down drops the page.
    const lastmodOf = async (n: number) =>
      checkSitemapIndex(renderSitemapIndex((await paged.index()).entries)).find((e) =>
        e.loc.endsWith(`/articles-${n}.xml`),
      )?.lastmod;
    const queries = new FeedQueries(s.db);
    const second = await queries.sitemapEntries(5, 10);
    expect(second).toHaveLength(5);
    const before = await lastmodOf(2);
    s.testClock.t += 600;
    await s.articles.setStatus(second[0]!.id, "hidden", null);
    expect(await lastmodOf(2)).not.toBe(before);
    expect(checkUrlSet(renderUrlSet((await paged.articles(2))!.entries)).urls).toHaveLength(4);
    for (const row of second) await s.articles.setStatus(row.id, "hidden", null);
    expect(await lastmodOf(2)).toBeUndefined();
    expect(await paged.articles(2)).toBeNull();
    expect(await lastmodOf(3)).toBeDefined();
    for (const row of second) await s.articles.setStatus(row.id, "published", null);
    expect(await lastmodOf(2)).toBeDefined();
  });

  it("puts NewsArticle and BreadcrumbList JSON-LD in article pages, and the first image in the social cards", async () => {
    const url = await articleUrl(50);
    const html = await text(url.slice(BASE.length));
    const $ = cheerio.load(html);
    const blocks = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()) as Record<string, unknown>)
      .get() as Record<string, unknown>[];
    const article = blocks.find((b) => b["@type"] === "NewsArticle")!;
    const ogImage = $('meta[property="og:image"]').attr("content");
    expect(ogImage).toMatch(new RegExp(`^${BASE}/media/[0-9a-f]{64}\\.jpg$`));
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      headline: "Floodwater reaches the riverside market",
      datePublished: "2021-02-19T13:56:00+03:00",
      dateModified: "2021-02-19T13:56:00+03:00",
      inLanguage: "en",
      image: [ogImage],
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      author: { "@type": "Organization", name: "Tigris Courier", url: "https://t.me/tigris" },
      publisher: { "@type": "Organization", name: "Tigris Courier", url: "https://t.me/tigris" },
      contentLocation: { "@type": "Place", name: "Baghdad" },
    });
    const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList")!;
    expect(crumbs.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Tigris Courier", item: `${BASE}/` },
      { "@type": "ListItem", position: 2, name: "#baghdad", item: `${BASE}/tag/baghdad/` },
      { "@type": "ListItem", position: 3, name: "Floodwater reaches the riverside market", item: url },
    ]);
  });

  it("escapes markup inside JSON-LD, and falls back to the day archive in breadcrumbs", async () => {
    const url = await articleUrl(60);
    const html = await text(url.slice(BASE.length));
    // The only "</script" sequences are the closing tags of real script elements.
    const $ = cheerio.load(html);
    expect(html.split("</script").length - 1).toBe($("script").length);
    const blocks = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()) as Record<string, unknown>)
      .get() as Record<string, unknown>[];
    expect(blocks.find((b) => b["@type"] === "NewsArticle")?.headline).toBe(
      "Court hears the </script><script>alert(1)</script> case & others",
    );
    const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList")!.itemListElement as { name: string }[];
    expect(crumbs[1]).toEqual({
      "@type": "ListItem",
      position: 2,
      name: "19 February 2021",
      item: `${BASE}/2021/02/19/`,
    });
    expect(blocks.find((b) => b["@type"] === "NewsArticle")?.contentLocation).toBeUndefined();
  });

  it("lists the most used tags with counts at /tags/, each linking its page", async () => {
    const $ = cheerio.load(await text("/tags/"));
    const tags = $(".tag-index a")
      .map((_, a) => ({
        href: a.attribs.href,
        name: $(a).find("bdi").text(),
        count: $(a).find("data").attr("value"),
      }))
      .get();
    expect(tags[0]).toEqual({ href: "/tag/budget/", name: "budget", count: String(FILLERS.length) });
    expect(tags).toContainEqual({ href: "/tag/baghdad/", name: "baghdad", count: "2" });
    expect(tags).toContainEqual({ href: "/tag/security/", name: "security", count: "1" });
    const basra = FILLERS.filter((f) => PLACES[f.id % PLACES.length] === "Basra").length;
    expect(tags).toContainEqual({ href: "/tag/basra/", name: "basra", count: String(basra) });
    // Most used first.
    const counts = tags.map((t) => Number(t.count));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("counts tags over the latest articles only, so the index costs the same on any archive", async () => {
    const recentOnly = new TagIndexService({ queries: new FeedQueries(s.db) }, 200, 2);
    const view = { canonicalPath: TAG_INDEX_PATH, tags: (await recentOnly.index()).tags };
    const $ = cheerio.load(renderTagIndexPage(await s.site.siteView(), view));
    // The two newest: the tricky headline (no tags) and the photo post (#baghdad).
    expect(
      $(".tag-index a")
        .map((_, a) => a.attribs.href)
        .get(),
    ).toEqual(["/tag/baghdad/"]);
    expect($(".tag-index data").attr("value")).toBe("1");
  });

  it("keeps guids and ids when an edit changes the headline and so the permalink", async () => {
    const before = checkRss(await text("/feed/")).items.find((i) => i.guid === `${BASE}/p/tigris/42`)!;
    const edited: ExportMessageSpec = {
      ...SEED,
      edited: POSTED + 7200,
      text: ["Ministers agree to double the training mission\n", ...SEED.text!.slice(1)],
    };
    const dir = await writeExportDir(exportJson([...FILLERS, edited, PHOTO_POST, TRICKY]), {
      "photos/photo_50.jpg": photo,
    });
    s.testClock.t += 60;
    const r = await importExport(s, { path: dir, defaultTimezone: "UTC", worker: false });
    expect(r.counts.updated).toBe(1);

    const after = checkRss(await text("/feed/")).items.find((i) => i.guid === `${BASE}/p/tigris/42`);
    expect(after?.title).toBe("Ministers agree to double the training mission");
    expect(after?.link).not.toBe(before.link);
    expect(after?.link).toBe(await articleUrl(42));
    const atom = checkAtom(await text("/feed/atom/")).entries.find((e) => e.id === `${BASE}/p/tigris/42`);
    expect(atom?.title).toBe("Ministers agree to double the training mission");
    expect(atom?.updated).toBe("2021-02-19T15:26:00+03:00");
    const json = JsonFeedSchema.parse(JSON.parse(await text("/feed.json")));
    expect(json.items.filter((i) => i.id === `${BASE}/p/tigris/42`)).toHaveLength(1);
    // The sitemap follows the new permalink.
    const { urls } = checkUrlSet(await text("/sitemaps/articles-1.xml"));
    expect(urls.map((u) => u.loc)).toContain(after?.link);
    expect(urls.map((u) => u.loc)).not.toContain(before.link);
  });

  it("drops an articles sitemap page only when an article in its id range changes", async () => {
    await fetch(`${server.url}/sitemaps/articles-1.xml`).then((r) => r.arrayBuffer());
    await fetch(`${server.url}/feed/`).then((r) => r.arrayBuffer());
    expect(s.cache.get("/sitemaps/articles-1.xml")).toBeDefined();
    // A change to an article of the third page (ids 20,001–30,000) leaves page 1 cached; feeds go.
    await s.bus.emit({ kind: "updated", channelId: 1, articleIds: [20_001] });
    expect(s.cache.get("/sitemaps/articles-1.xml")).toBeDefined();
    expect(s.cache.get("/feed/")).toBeUndefined();
    expect(s.sitemaps.cacheTagsFor([1, 10_000, 10_001, 5])).toEqual([
      "sitemap-articles:1",
      "sitemap-articles:2",
    ]);
    await s.bus.emit({ kind: "updated", channelId: 1, articleIds: [3] });
    expect(s.cache.get("/sitemaps/articles-1.xml")).toBeUndefined();
  });

  it("a takedown removes the article from every feed and sitemap at once, cached copies included", async () => {
    const url = await articleUrl(50);
    const guid = `${BASE}/p/tigris/50`;
    const documents = [
      "/feed/",
      "/feed/atom/",
      "/feed.json",
      "/tag/baghdad/feed/",
      "/channel/tigris/feed.json",
      "/sitemap.xml",
      "/sitemaps/articles-1.xml",
      "/sitemaps/news.xml",
      "/tags/",
    ];
    // Through the running server: its fast path answers from the page cache, as in production.
    const served = (path: string, headers: Record<string, string> = {}) =>
      fetch(server.url + path, { headers });
    const lastModified = new Map<string, string>();
    for (const path of documents) {
      const res = await served(path);
      lastModified.set(path, res.headers.get("last-modified") ?? "");
      const body = await res.text();
      if (path !== "/sitemap.xml" && path !== "/tags/") {
        expect(body, path).toContain(path.startsWith("/sitemaps/") ? url : guid);
      }
    }
    // Cached now (all but the news sitemap, which is made per request).
    for (const path of documents.filter((p) => p !== "/sitemaps/news.xml")) {
      expect(s.cache.get(path), path).toBeDefined();
    }

    const article = (await s.articles.byMessage((await s.channels.byUsername("tigris"))!.id, 50))!;
    s.testClock.t += 60;
    await s.articles.setStatus(article.id, "hidden", "test takedown");
    await s.bus.emit({ kind: "status", channelId: article.channel_id, articleIds: [article.id] });

    for (const path of documents) {
      const res = await served(path);
      expect(res.status, path).toBe(200);
      const body = await res.text();
      expect(body, path).not.toContain(guid);
      expect(body, path).not.toContain(url);
      // A client holding the copy from before the takedown is told it changed.
      const held = lastModified.get(path);
      if (held) expect((await served(path, { "if-modified-since": held })).status, path).toBe(200);
    }
    expect(checkRss(await text("/feed/")).items).toHaveLength(ARTICLE_COUNT - 1);
    // The place tag now counts one article.
    const $ = cheerio.load(await text("/tags/"));
    expect($('.tag-index a[href="/tag/baghdad/"] data').attr("value")).toBe("1");

    await s.articles.setStatus(article.id, "published", null);
    await s.bus.emit({ kind: "status", channelId: article.channel_id, articleIds: [article.id] });
    expect(checkRss(await text("/feed/")).items.map((i) => i.guid)).toContain(guid);
  });
});
