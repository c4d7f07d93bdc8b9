// Edition pages, rendered: /<lang>/ (home), /<lang>/YYYY/[MM/[DD/]] (archives), /<lang>/tag/<tag>/,
// /<lang>/YYYY/MM/DD/<slug>/ (articles) and the feeds /<lang>/feed/ (RSS), /<lang>/feed/atom/,
// /<lang>/feed.json. Like the original pages: translation's data through presenters and views; every answer
// says which changes invalidate it ("article:<id>" for an article, "edition:<lang>" and "listing" for
// listings).

import { alternatesOf, type EditionFilter, type EditionReader, editionUrl } from "../../translation/index.js";
import type { FeedFormat } from "../feeds/feed-document.js";
import { renderFeed } from "../feeds/render-feed.js";
import type { HtmlResult, PageResult } from "../pages/site-pages.js";
import { type ListingView, renderErrorPage, type SiteView } from "../views/index.js";
import { renderEditionArticlePage } from "./edition-article-page.js";
import { renderEditionListingPage } from "./edition-listing-page.js";
import { editionText } from "./edition-words.js";
import {
  presentAlternates,
  presentEditionArticle,
  presentEditionItem,
  presentEditionSite,
} from "./present-edition.js";
import { presentEditionFeed } from "./present-edition-feed.js";

export interface EditionPagesDeps {
  /** Translation's data (Translation.reader). */
  editions: EditionReader;
  /** The original site's frame, which edition pages translate. */
  siteView: () => Promise<SiteView>;
  /** The core 404 page. */
  notFound: () => Promise<PageResult>;
}

export interface FeedResult {
  kind: "feed";
  status: 200;
  body: string;
  contentType: string;
  lastModified: number;
  tags: string[];
}

/** What a listing is called, and where it is in the original site (the edition's is under /<lang>). */
interface ListingMeta {
  title: string;
  heading: string | null;
  basePath: string;
}

export class EditionPages {
  constructor(private readonly deps: EditionPagesDeps) {}

  /** Whether /<language>/ is an edition (some channel is translated into it). */
  isEdition(language: string): Promise<boolean> {
    return this.deps.editions.isEdition(language);
  }

  /** The frame of the edition's pages: its language and direction, its feeds first, its search. */
  async siteView(language: string): Promise<SiteView> {
    return presentEditionSite(await this.deps.siteView(), language);
  }

  async home(language: string, page: number): Promise<PageResult> {
    return this.listing(language, { kind: "all" }, page, {
      title: editionText(language).latestNews,
      heading: null,
      basePath: "/",
    });
  }

  async archive(language: string, year: number, month?: number, day?: number, page = 1): Promise<PageResult> {
    const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1, 12));
    const label = new Intl.DateTimeFormat(language, {
      timeZone: "UTC",
      year: "numeric",
      ...(month !== undefined ? { month: "long" } : {}),
      ...(day !== undefined ? { day: "numeric" } : {}),
    }).format(date);
    const pad = (n: number) => String(n).padStart(2, "0");
    const basePath = `/${year}/${month !== undefined ? `${pad(month)}/` : ""}${day !== undefined ? `${pad(day)}/` : ""}`;
    const filter: EditionFilter = {
      kind: "date",
      year,
      ...(month !== undefined ? { month } : {}),
      ...(day !== undefined ? { day } : {}),
    };
    return this.listing(language, filter, page, {
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

  private async listing(
    language: string,
    filter: EditionFilter,
    page: number,
    meta: ListingMeta,
  ): Promise<PageResult> {
    const data = await this.deps.editions.listing(language, filter, page);
    if (!data) return this.deps.notFound();
    const original = await this.deps.siteView();
    const site = presentEditionSite(original, language);
    const base = `/${language}${meta.basePath}`;
    const pageUrl = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
    const listing: ListingView = {
      title: meta.title,
      heading: meta.heading,
      items: data.items.map(presentEditionItem),
      pagination: {
        page,
        prevUrl: page > 1 ? pageUrl(page - 1) : null,
        nextUrl: data.hasNext ? pageUrl(page + 1) : null,
      },
      feedUrl: filter.kind === "all" ? `/${language}/feed/` : null,
      canonicalPath: pageUrl(page),
    };
    // The same listing in the original site and in every other edition that has something to show.
    const originalPath = page === 1 ? meta.basePath : `${meta.basePath}page/${page}/`;
    const versions = alternatesOf(
      { language: original.language, url: originalPath },
      data.languages.map((l) => ({ language: l, url: `/${l}${originalPath}` })),
      language,
    );
    return {
      kind: "html",
      status: 200,
      html: renderEditionListingPage(site, {
        listing,
        alternates: presentAlternates(versions, site.baseUrl),
      }),
      lastModified: data.lastModified,
      tags: ["listing", `edition:${language}`],
    };
  }

  async article(language: string, pathKey: string, requestedPath: string): Promise<PageResult> {
    const e = await this.deps.editions.atPath(language, pathKey);
    if (!e) return this.deps.notFound();
    const canonical = editionUrl(language, e.path);
    const tags = [`article:${e.article_id}`];
    if (e.path !== pathKey || !samePath(requestedPath, canonical))
      return { kind: "redirect", status: 301, location: canonical, tags };
    const found = await this.deps.editions.article(e);
    if (found.kind === "missing") return this.deps.notFound();
    const site = await this.siteView(language);
    if (found.kind === "removed") return gone(site, found.articleId, found.modifiedAt);
    return {
      kind: "html",
      status: 200,
      html: renderEditionArticlePage(site, presentEditionArticle(found, site.baseUrl)),
      lastModified: Math.max(found.edition.modified_at, found.article.modified_at),
      tags,
    };
  }

  /** The edition's feed, serialized by src/feeds. */
  async feed(language: string, format: FeedFormat = "rss"): Promise<FeedResult> {
    const site = await this.siteView(language);
    const feed = await this.deps.editions.feed(language);
    const { body, contentType } = renderFeed(format, presentEditionFeed(language, feed, site));
    return {
      kind: "feed",
      status: 200,
      body,
      contentType,
      lastModified: feed.lastModified,
      tags: ["listing", `edition:${language}`],
    };
  }
}

function gone(site: SiteView, articleId: number, modified: number): HtmlResult {
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

function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return decodeURIComponent(a) === decodeURIComponent(b);
  } catch {
    return false;
  }
}
