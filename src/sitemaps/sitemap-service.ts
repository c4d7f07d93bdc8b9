// Builds the sitemaps: an index of paged article sitemaps, the Google News sitemap, and robots.txt, as
// data that web/sitemaps/ serializes. Only published articles are listed. Reads through the stores only.

import { urlPathOf } from "../articles/permalink.js";
import type { ChannelRow } from "../db/tables/index.js";
import { knownLanguage } from "../feeds/build-feed.js";
import type { Clock } from "../shared/clock.js";
import type { SiteInfoSource } from "../site/site-info.js";
import type { ChannelStore } from "../store/channels.js";
import type { FeedQueries } from "../store/feeds/feed-queries.js";
import type { NewsEntry, RobotsRules, SitemapDoc, SitemapEntry } from "./sitemap-model.js";

/**
 * Articles per sitemap page. The protocol allows 50,000 URLs (and 50 MB); pages of 10,000 stay near 1.5 MB,
 * render in milliseconds, and a million articles still make only a hundred of them.
 */
export const SITEMAP_PAGE_SIZE = 10_000;

export const SITEMAP_INDEX_PATH = "/sitemap.xml";
export const NEWS_SITEMAP_PATH = "/sitemaps/news.xml";

/** Google News reads articles from the last two days only. */
export const NEWS_WINDOW_SECONDS = 2 * 86_400;
/** At most this many <news:news> entries per sitemap. */
export const NEWS_MAX_URLS = 1_000;

export function articlesSitemapPath(page: number): string {
  return `/sitemaps/articles-${page}.xml`;
}

/**
 * Cache tag of one articles page. A page shows only the articles in its id range, so it is dropped when
 * one of those changes, not on every change ("listing"): a new post then costs one page's render, not a
 * hundred when a crawler walks a million-article sitemap.
 */
export function articlesPageTag(page: number): string {
  return `sitemap-articles:${page}`;
}

export interface SitemapDeps {
  queries: FeedQueries;
  channels: ChannelStore;
  clock: Clock;
  /** The site's address and language. */
  siteInfo: SiteInfoSource;
}

export class SitemapService {
  constructor(
    private readonly deps: SitemapDeps,
    private readonly pageSize = SITEMAP_PAGE_SIZE,
  ) {}

  /** The articles page an article id falls in. */
  pageOf(articleId: number): number {
    return Math.floor((articleId - 1) / this.pageSize) + 1;
  }

  /** Cache tags of the articles pages that show any of these articles. */
  cacheTagsFor(articleIds: number[]): string[] {
    return [...new Set(articleIds.map((id) => articlesPageTag(this.pageOf(id))))];
  }

  /** /sitemap.xml: every articles page that has published articles, and the news sitemap. */
  async index(): Promise<SitemapDoc<SitemapEntry>> {
    const site = await this.deps.siteInfo();
    const pages = await this.deps.queries.sitemapPages(this.pageSize);
    const lastModified = await this.deps.queries.lastModified();
    const entries: SitemapEntry[] = pages.map((p) => ({
      loc: site.baseUrl + articlesSitemapPath(p.page),
      lastModified: p.lastModified,
    }));
    entries.push({ loc: site.baseUrl + NEWS_SITEMAP_PATH, lastModified });
    return { entries, lastModified };
  }

  /** One articles page, or null when it holds no published article. */
  async articles(page: number): Promise<SitemapDoc<SitemapEntry> | null> {
    if (!Number.isSafeInteger(page) || page < 1) return null;
    const rows = await this.deps.queries.sitemapEntries((page - 1) * this.pageSize, page * this.pageSize);
    if (rows.length === 0) return null;
    const site = await this.deps.siteInfo();
    const lastModified = await this.deps.queries.lastModified();
    const entries = rows.map((r) => ({ loc: site.baseUrl + urlPathOf(r.path), lastModified: r.modified_at }));
    return { entries, lastModified };
  }

  /** The Google News sitemap: published in the last two days, newest first. */
  async news(): Promise<SitemapDoc<NewsEntry>> {
    const site = await this.deps.siteInfo();
    const since = this.deps.clock.now() - NEWS_WINDOW_SECONDS;
    const rows = await this.deps.queries.publishedSince(since, NEWS_MAX_URLS);
    const channels = new Map<number, ChannelRow>((await this.deps.channels.list()).map((c) => [c.id, c]));
    const entries: NewsEntry[] = rows.flatMap((r) => {
      const channel = channels.get(r.channel_id);
      if (!channel) return [];
      return [
        {
          loc: site.baseUrl + urlPathOf(r.path),
          // The newsroom is the publication: its name as readers know it from the channel.
          publicationName: channel.title,
          language:
            knownLanguage(r.language) ??
            knownLanguage(channel.language) ??
            knownLanguage(site.language) ??
            "en",
          published: r.published_at,
          timeZone: channel.timezone,
          title: r.headline,
        },
      ];
    });
    return { entries, lastModified: await this.deps.queries.lastModified() };
  }

  /**
   * robots.txt (RFC 9309): everything may be crawled, and the sitemap index is announced, absolute.
   * Revision histories and error pages say noindex themselves, so nothing needs disallowing.
   */
  async robots(): Promise<RobotsRules> {
    const site = await this.deps.siteInfo();
    return { allow: ["/"], sitemaps: [site.baseUrl + SITEMAP_INDEX_PATH] };
  }
}
