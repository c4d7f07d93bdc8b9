// Sitemaps and their neighbours: /sitemap.xml (an index), /sitemaps/articles-<n>.xml (published articles
// by id range), /sitemaps/news.xml (Google News, the last two days), /robots.txt, and the tag index /tags/,
// the sitemap for readers. Kept in the page cache: under "listing", except the articles pages (each under
// its own id range's tag) and the news sitemap, whose two-day window moves with the clock and so is made
// fresh on every request.
import { Hono } from "hono";
import { articlesPageTag, type SitemapService } from "../../sitemaps/sitemap-service.js";
import { TAG_INDEX_PATH, type TagIndexService } from "../../sitemaps/tag-index.js";
import { respondDocument } from "../feeds/respond-document.js";
import type { PageCache } from "../page-cache.js";
import { cacheKey, PAGE_CACHE_CONTROL, toResponse } from "../respond.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import type { SiteView } from "../views/index.js";
import { renderNewsSitemap } from "./news-sitemap.js";
import { ROBOTS_CONTENT_TYPE, renderRobotsTxt } from "./robots-txt.js";
import { renderSitemapIndex, renderUrlSet, SITEMAP_CONTENT_TYPE } from "./sitemap-xml.js";
import { renderTagIndexPage } from "./tag-index-page.js";

/** Canonical page numbers only ("articles-1.xml", not "articles-01.xml"): one address per document. */
const ARTICLES_FILE = /^articles-([1-9][0-9]{0,8})\.xml$/;

export interface SitemapRouteDeps {
  sitemaps: SitemapService;
  tagIndex: TagIndexService;
  /** The site as pages show it (the /tags/ page's frame). */
  siteView: () => Promise<SiteView>;
  cache: PageCache;
}

export function sitemapRoutes({ sitemaps, tagIndex, siteView, cache }: SitemapRouteDeps): Hono {
  const app = new Hono();

  app.get("/sitemap.xml", async (c) => {
    const doc = await sitemaps.index();
    const body = renderSitemapIndex(doc.entries);
    return respondDocument(c, cache, {
      body,
      contentType: SITEMAP_CONTENT_TYPE,
      lastModified: doc.lastModified,
    });
  });

  app.get("/sitemaps/:file{articles-[0-9]+\\.xml}", async (c) => {
    const m = ARTICLES_FILE.exec(c.req.param("file"));
    const page = m ? Number(m[1]) : 0;
    const doc = page > 0 ? await sitemaps.articles(page) : null;
    if (!doc) return c.notFound();
    return respondDocument(
      c,
      cache,
      { body: renderUrlSet(doc.entries), contentType: SITEMAP_CONTENT_TYPE, lastModified: doc.lastModified },
      { tags: [articlesPageTag(page)] },
    );
  });

  app.get("/sitemaps/news.xml", async (c) => {
    const doc = await sitemaps.news();
    // No Last-Modified: articles also leave this sitemap by growing old, which no stored time records.
    // The ETag still answers revalidation exactly.
    return respondDocument(
      c,
      cache,
      { body: renderNewsSitemap(doc.entries), lastModified: 0, contentType: SITEMAP_CONTENT_TYPE },
      { store: false },
    );
  });

  app.get("/robots.txt", async (c) =>
    toResponse(
      c,
      cache.put(cacheKey(c), {
        status: 200,
        body: renderRobotsTxt(await sitemaps.robots()),
        contentType: ROBOTS_CONTENT_TYPE,
        cacheControl: PAGE_CACHE_CONTROL,
        tags: ["robots"],
        extraHeaders: { "x-content-type-options": "nosniff" },
      }),
    ),
  );

  app.get("/tags/", async (c) => {
    const index = await tagIndex.index();
    const html = renderTagIndexPage(await siteView(), { canonicalPath: TAG_INDEX_PATH, tags: index.tags });
    return toResponse(
      c,
      cache.put(cacheKey(c), {
        status: 200,
        body: html,
        contentType: "text/html; charset=utf-8",
        cacheControl: PAGE_CACHE_CONTROL,
        ...(index.lastModified > 0 ? { lastModified: index.lastModified } : {}),
        tags: ["listing"],
        extraHeaders: SECURITY_HEADERS,
      }),
    );
  });
  return app;
}
