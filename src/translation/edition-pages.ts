// What edition pages are made of: /<lang>/ (home), /<lang>/YYYY/[MM/[DD/]] (archives), /<lang>/tag/<tag>/,
// /<lang>/YYYY/MM/DD/<slug>/ (articles) and the feeds /<lang>/feed/ (RSS), /<lang>/feed/atom/, /<lang>/feed.json. Like SiteService for the originals:
// queries through the stores, presenters, views; every answer says which changes invalidate it
// ("article:<id>" for an article, "edition:<lang>" and "listing" for listings).
import type { Feed } from "../feeds/feed-model.js";
import { absoluteLinks, feedPaths } from "../feeds/feed-paths.js";
import { zonedRange } from "../shared/time.js";
import { MAX_PAGE, PAGE_SIZE } from "../site/site-content.js";
import type { ArticleStore, ListFilter } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { FeedQueries } from "../store/feeds/feed-queries.js";
import type { FeedFormat } from "../web/feeds/feed-document.js";
import { presentFeed } from "../web/feeds/present-feed.js";
import { renderFeed } from "../web/feeds/render-feed.js";
import type { HtmlResult, PageResult, SitePages } from "../web/pages/site-pages.js";
import {
  editionText,
  renderEditionArticlePage,
  renderEditionListingPage,
} from "../web/views/editions/index.js";
import { renderErrorPage } from "../web/views/index.js";
import type { ListingView, SiteView } from "../web/views/models.js";
import { alternatesOf } from "./alternates.js";
import { presentEditionFeedItem } from "./edition-feed.js";
import { editionUrl, presentEditionArticle, presentEditionItem } from "./edition-present.js";
import { editionDirection, nativeName } from "./languages.js";
import type { EditionLanguageStore } from "./store/edition-languages.js";
import type { EditionListRow, EditionStore } from "./store/edition-store.js";

export interface EditionPagesDeps {
  editions: EditionStore;
  languages: EditionLanguageStore;
  articles: ArticleStore;
  channels: ChannelStore;
  /** The core pages, for their 404 page. */
  site: SitePages;
  /** Media of feed items. */
  feedQueries: FeedQueries;
}

export interface EditionPagesOptions {
  /** Zone of the archives (DATELINE_TIMEZONE), as for the original site. */
  timezone: string;
}

export interface FeedResult {
  kind: "feed";
  status: 200;
  body: string;
  contentType: string;
  lastModified: number;
  tags: string[];
}

/** How long the set of edition languages is trusted before it is read again. */
const LANGUAGES_TTL_MS = 10_000;
const FEED_SIZE = 20;

export class EditionPages {
  private known: { at: number; languages: Set<string> } | null = null;

  constructor(
    private readonly deps: EditionPagesDeps,
    private readonly opts: EditionPagesOptions,
  ) {}

  /** Whether /<language>/ is an edition (some channel is translated into it). */
  async isEdition(language: string): Promise<boolean> {
    if (!this.known || Date.now() - this.known.at > LANGUAGES_TTL_MS) {
      this.known = { at: Date.now(), languages: new Set(await this.deps.languages.all()) };
    }
    return this.known.languages.has(language);
  }

  /** Forget the cached language set (after `channel set --translate-to` in this process). */
  forgetLanguages(): void {
    this.known = null;
  }

  /** The frame of the edition's pages: its language and direction, its feeds first, its search. */
  async siteView(language: string): Promise<SiteView> {
    return (await this.context(language)).site;
  }

  /** The site as the original pages show it, speaking the edition's language, with the edition's feed first. */
  private async context(language: string): Promise<{ site: SiteView; originalLanguage: string }> {
    const original = await this.deps.site.siteView();
    const title = `${original.title} (${nativeName(language)})`;
    const paths = feedPaths(`/${language}/`);
    const feeds: SiteView["feeds"] = [
      { title, type: "application/rss+xml", href: paths.rss },
      { title: `${title} Atom`, type: "application/atom+xml", href: paths.atom },
      { title: `${title} JSON Feed`, type: "application/feed+json", href: paths.json },
    ];
    return {
      site: {
        ...original,
        language,
        direction: editionDirection(language),
        feeds: [...feeds, ...original.feeds],
        searchPath: `/${language}/search`,
      },
      originalLanguage: original.language,
    };
  }

  async home(language: string, page: number): Promise<PageResult> {
    const text = editionText(language);
    return this.listing(language, { kind: "all" }, page, {
      title: text.latestNews,
      heading: null,
      basePath: "/",
    });
  }

  async archive(language: string, year: number, month?: number, day?: number, page = 1): Promise<PageResult> {
    if (month !== undefined && (month < 1 || month > 12)) return this.deps.site.notFound();
    if (day !== undefined && (day < 1 || day > 31)) return this.deps.site.notFound();
    const { start, end } = zonedRange(this.opts.timezone, year, month, day);
    const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1, 12));
    const label = new Intl.DateTimeFormat(language, {
      timeZone: "UTC",
      year: "numeric",
      ...(month !== undefined ? { month: "long" } : {}),
      ...(day !== undefined ? { day: "numeric" } : {}),
    }).format(date);
    const pad = (n: number) => String(n).padStart(2, "0");
    const basePath = `/${year}/${month !== undefined ? `${pad(month)}/` : ""}${day !== undefined ? `${pad(day)}/` : ""}`;
    return this.listing(language, { kind: "range", start, end }, page, {
      title: editionText(language).archive(label),
      heading: label,
      basePath,
    });
  }

  async tag(language: string, tag: string, page: number): Promise<PageResult> {
    const name = tag.toLowerCase();
    return this.listing(language, { kind: "tag", tag: name }, page, {
      title: `#${name}`,
      heading: `#${name}`,
      basePath: `/tag/${encodeURIComponent(name)}/`,
    });
  }

  /** `meta.basePath` is the listing's path in the original site; the edition's is under /<language>. */
  private async listing(
    language: string,
    filter: ListFilter,
    page: number,
    meta: { title: string; heading: string | null; basePath: string },
  ): Promise<PageResult> {
    if (page < 1 || page > MAX_PAGE) return this.deps.site.notFound();
    const { site, originalLanguage } = await this.context(language);
    const result = await this.deps.editions.list(language, filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (result.items.length === 0 && (page > 1 || filter.kind !== "all")) return this.deps.site.notFound();
    const channels = new Map((await this.deps.channels.list()).map((c) => [c.id, c]));
    const base = `/${language}${meta.basePath}`;
    const pageUrl = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
    const listing: ListingView = {
      title: meta.title,
      heading: meta.heading,
      items: result.items.flatMap((r) => {
        const c = channels.get(r.channel_id);
        return c ? [presentEditionItem(r, c)] : [];
      }),
      pagination: {
        page,
        prevUrl: page > 1 ? pageUrl(page - 1) : null,
        nextUrl: result.hasMore && page < MAX_PAGE ? pageUrl(page + 1) : null,
      },
      feedUrl: filter.kind === "all" ? `/${language}/feed/` : null,
      canonicalPath: pageUrl(page),
    };
    // Other editions that have something to show (a language just added has nothing yet).
    const counts = await this.deps.editions.counts();
    const languages = (await this.deps.languages.all()).filter(
      (l) => l === language || (counts.get(l) ?? 0) > 0,
    );
    const originalPath = page === 1 ? meta.basePath : `${meta.basePath}page/${page}/`;
    const alternates = alternatesOf(
      { language: originalLanguage, url: originalPath },
      languages.map((l) => ({ language: l, url: `/${l}${originalPath}` })),
      language,
      site.baseUrl,
    );
    return {
      kind: "html",
      status: 200,
      html: renderEditionListingPage(site, { listing, alternates }),
      lastModified: maxModified(result.items),
      tags: ["listing", `edition:${language}`],
    };
  }

  async article(language: string, pathKey: string, requestedPath: string): Promise<PageResult> {
    const e = await this.deps.editions.byPath(language, pathKey);
    if (!e?.path) return this.deps.site.notFound();
    const canonical = editionUrl(language, e.path);
    const tags = [`article:${e.article_id}`];
    if (e.path !== pathKey || !samePath(requestedPath, canonical))
      return { kind: "redirect", status: 301, location: canonical, tags };
    const a = await this.deps.articles.byId(e.article_id);
    const channel = a ? await this.deps.channels.byId(a.channel_id) : undefined;
    if (!a || !channel) return this.deps.site.notFound();
    const { site } = await this.context(language);
    if (a.status !== "published") return this.gone(site, e.article_id, a.modified_at);
    const media = await this.deps.articles.media(a);
    const siblings = await this.deps.editions.forArticle(a.id);
    const view = presentEditionArticle(a, e, channel, media, siblings, site.baseUrl);
    return {
      kind: "html",
      status: 200,
      html: renderEditionArticlePage(site, view),
      lastModified: Math.max(e.modified_at, a.modified_at),
      tags,
    };
  }

  /** The edition's feed (/<lang>/feed/, /<lang>/feed/atom/, /<lang>/feed.json), through src/feeds. */
  async feed(language: string, format: FeedFormat = "rss"): Promise<FeedResult> {
    const { site } = await this.context(language);
    const { items } = await this.deps.editions.list(language, { kind: "all" }, 0, FEED_SIZE);
    const [articles, media, channelRows] = await Promise.all([
      Promise.all(items.map((r) => this.deps.articles.byId(r.article_id))),
      this.deps.feedQueries.mediaOf(items.map((r) => r.article_id)),
      this.deps.channels.list(),
    ]);
    const channels = new Map(channelRows.map((c) => [c.id, c]));
    const lastModified = maxModified(items);
    const links = absoluteLinks(site.baseUrl, feedPaths(`/${language}/`));
    const feed: Feed = {
      title: `${site.title} (${nativeName(language)})`,
      description: editionText(language).latestNews,
      baseUrl: site.baseUrl,
      siteLanguage: site.language,
      homeUrl: `${site.baseUrl}/${language}/`,
      links,
      language,
      updated: lastModified,
      author: { name: site.title, url: `${site.baseUrl}/` },
      items: items.flatMap((r, i) => {
        const article = articles[i];
        const channel = article ? channels.get(article.channel_id) : undefined;
        if (!article || !channel) return [];
        const ownMedia = media.filter((m) => m.article_id === r.article_id);
        return [presentEditionFeedItem(r, article, channel, ownMedia, site)];
      }),
    };
    const { body, contentType } = renderFeed(format, presentFeed(feed));
    return {
      kind: "feed",
      status: 200,
      body,
      contentType,
      lastModified,
      tags: ["listing", `edition:${language}`],
    };
  }

  private gone(site: SiteView, articleId: number, modified: number): HtmlResult {
    const ui = {
      title: "This article was removed",
      message: "The newsroom has removed this article, so it is no longer published here.",
    };
    return {
      kind: "html",
      status: 410,
      html: renderErrorPage(site, { status: 410, ...ui }),
      lastModified: modified,
      tags: [`article:${articleId}`],
    };
  }
}

function maxModified(rows: EditionListRow[]): number {
  let m = 0;
  for (const r of rows) m = Math.max(m, r.modified_at, r.article_modified_at);
  return m;
}

function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return decodeURIComponent(a) === decodeURIComponent(b);
  } catch {
    return false;
  }
}
