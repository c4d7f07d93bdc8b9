// Sitemaps and their neighbours: /sitemap.xml (an index), /sitemaps/articles-<n>.xml (published articles
// by id range), /sitemaps/news.xml (Google News, the last two days), /robots.txt, and the tag index /tags/,
// the sitemap for readers. Kept in the page cache: under "listing", except the articles pages (each under
// its own id range's tag) and the news sitemap, whose two-day window moves with the clock and so is made
// fresh on every request.
import { Hono } from "hono";
import { articlesPageTag, type SitemapService } from "../../sitemaps/sitemap-service.js";
import { SITEMAP_CONTENT_TYPE } from "../../sitemaps/sitemap-xml.js";
import type { TagIndexService } from "../../sitemaps/tag-index.js";
import type { PageCache } from "../page-cache.js";
import { cacheKey, PAGE_CACHE_CONTROL, toResponse } from "../respond.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import { respondDocument } from "./feeds.js";

/** Canonical page numbers only ("articles-1.xml", not "articles-01.xml"): one address per document. */
const ARTICLES_FILE = /^articles-([1-9][0-9]{0,8})\.xml$/;

export function sitemapRoutes(sitemaps: SitemapService, tagIndex: TagIndexService, cache: PageCache): Hono {
  const app = new Hono();

  app.get("/sitemap.xml", async (c) => {
    const doc = await sitemaps.index();
    return respondDocument(c, cache, { ...doc, contentType: SITEMAP_CONTENT_TYPE });
  });

  app.get("/sitemaps/:file{articles-[0-9]+\\.xml}", async (c) => {
    const m = ARTICLES_FILE.exec(c.req.param("file"));
    const page = m ? Number(m[1]) : 0;
    const doc = page > 0 ? await sitemaps.articles(page) : null;
    if (!doc) return c.notFound();
    return respondDocument(
      c,
      cache,
      { ...doc, contentType: SITEMAP_CONTENT_TYPE },
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
      { body: doc.body, lastModified: 0, contentType: SITEMAP_CONTENT_TYPE },
      { store: false },
    );
  });

  app.get("/robots.txt", async (c) =>
    toResponse(
      c,
      cache.put(cacheKey(c), {
        status: 200,
        body: await sitemaps.robotsTxt(),
        contentType: "text/plain; charset=utf-8",
        cacheControl: PAGE_CACHE_CONTROL,
        tags: ["robots"],
        extraHeaders: { "x-content-type-options": "nosniff" },
      }),
    ),
  );

  app.get("/tags/", async (c) => {
    const page = await tagIndex.page();
    return toResponse(
      c,
      cache.put(cacheKey(c), {
        status: 200,
        body: page.html,
        contentType: "text/html; charset=utf-8",
        cacheControl: PAGE_CACHE_CONTROL,
        ...(page.lastModified > 0 ? { lastModified: page.lastModified } : {}),
        tags: ["listing"],
        extraHeaders: SECURITY_HEADERS,
      }),
    );
  });
  return app;
}
