// The site's own pages as documents: home, date archives, tags, articles (with the sections other features
// add), revisions, 404, 410 and error pages. Data comes from site/ (SiteContent); this file presents it and
// says how long each answer stays valid and which changes drop it from the page cache.

import { urlPathOf } from "../../articles/permalink.js";
import { feedPaths, siteFeeds } from "../../feeds/feed-paths.js";
import { MONTH_NAMES } from "../../shared/months.js";
import type {
  ArticleLookup,
  ListFilter,
  ListingData,
  SiteContent,
  SiteContext,
} from "../../site/site-content.js";
import type { CommentCountView, ErrorPageView, ListingView, SiteView } from "../view-models.js";
import {
  renderArticlePage,
  renderErrorPage,
  renderListingPage,
  renderRevisionsPage,
} from "../views/index.js";
import type { ArticleSection, ReaderContext, SectionOutput } from "./article-sections.js";
import {
  presentArticle,
  presentChannel,
  presentListItem,
  presentRevisions,
  tagUrl,
} from "./present-article.js";

export interface HtmlResult {
  kind: "html";
  status: 200 | 404 | 410;
  html: string;
  lastModified: number;
  tags: string[];
  /** Depends on the reader: not for the shared page cache. */
  personal?: boolean;
}
export type PageResult =
  | HtmlResult
  | { kind: "redirect"; status: 301 | 302; location: string; tags: string[] };

/** Published comments per article, labelled in `language`. */
export type CommentCounter = (
  articleIds: number[],
  language: string,
) => Promise<Map<number, CommentCountView>>;

export interface SitePagesDeps {
  content: SiteContent;
  /** Sections of every article page (related articles, structured data, comments, edition links). */
  sections?: ArticleSection[];
  /** Comment counts for bylines and listing items, when comments are on. */
  commentCounts?: CommentCounter;
}

const NO_READER: ReaderContext = { cookies: {}, query: new URLSearchParams() };

/** The masthead's view of the site: its facts, channels and site-wide feeds. */
export function presentSite(context: Pick<SiteContext, "info" | "channels">): SiteView {
  const { title, baseUrl, language, direction } = context.info;
  return {
    title,
    baseUrl,
    language,
    direction,
    channels: context.channels.map(presentChannel),
    feeds: siteFeeds(baseUrl),
  };
}

export class SitePages {
  private readonly sections: ArticleSection[];

  constructor(private readonly deps: SitePagesDeps) {
    this.sections = [...(deps.sections ?? [])].sort((a, b) => a.order - b.order);
  }

  /** The site as every page's masthead shows it. */
  async siteView(): Promise<SiteView> {
    return presentSite(await this.deps.content.context());
  }

  async home(page: number): Promise<PageResult> {
    return this.listing({ kind: "all" }, page, { title: "Latest news", heading: null, basePath: "/" });
  }

  async archive(year: number, month: number | undefined, day: number | undefined, page: number) {
    const range = this.deps.content.archiveRange(year, month, day);
    if (!range) return this.notFound();
    const label =
      day !== undefined
        ? `${day} ${MONTH_NAMES[month! - 1]} ${year}`
        : month !== undefined
          ? `${MONTH_NAMES[month - 1]} ${year}`
          : String(year);
    const pad = (n: number) => String(n).padStart(2, "0");
    const basePath = `/${year}/${month !== undefined ? `${pad(month)}/` : ""}${day !== undefined ? `${pad(day)}/` : ""}`;
    return this.listing({ kind: "range", ...range }, page, {
      title: `Archive: ${label}`,
      heading: label,
      basePath,
    });
  }

  async tag(tag: string, page: number): Promise<PageResult> {
    const name = tag.toLowerCase();
    const basePath = tagUrl(name);
    const feedPath = feedPaths(basePath).rss;
    return this.listing({ kind: "tag", tag: name }, page, {
      title: `#${name}`,
      heading: `#${name}`,
      basePath,
      feedPath,
    });
  }

  private async listing(
    filter: ListFilter,
    page: number,
    meta: { title: string; heading: string | null; basePath: string; feedPath?: string },
  ): Promise<PageResult> {
    const data = await this.deps.content.listing(filter, page);
    if (!data) return this.notFound();
    const site = presentSite(data.context);
    const view = await this.listingView(data, site, meta);
    // Not the items' own times: a takedown leaves the page without moving theirs (see ListingData).
    return {
      kind: "html",
      status: 200,
      html: renderListingPage(site, view),
      lastModified: data.lastModified,
      tags: ["listing"],
    };
  }

  private async listingView(
    data: ListingData,
    site: SiteView,
    meta: { title: string; heading: string | null; basePath: string; feedPath?: string },
  ): Promise<ListingView> {
    const counts = await this.deps.commentCounts?.(
      data.items.map((i) => i.article.id),
      site.language,
    );
    const pageUrl = (n: number) => (n === 1 ? meta.basePath : `${meta.basePath}page/${n}/`);
    return {
      title: meta.title,
      heading: meta.heading,
      items: data.items.map(({ article, channel }) => {
        const n = counts?.get(article.id);
        return { ...presentListItem(article, channel), ...(n && n.count > 0 ? { comments: n } : {}) };
      }),
      pagination: {
        page: data.page,
        prevUrl: data.page > 1 ? pageUrl(data.page - 1) : null,
        nextUrl: data.hasMore ? pageUrl(data.page + 1) : null,
      },
      feedUrl: meta.feedPath ? site.baseUrl + meta.feedPath : null,
      canonicalPath: pageUrl(data.page),
    };
  }

  async article(
    pathKey: string,
    requestedPath: string,
    reader: ReaderContext = NO_READER,
  ): Promise<PageResult> {
    const found = await this.deps.content.lookup(pathKey, requestedPath);
    if (found.kind !== "found") return this.notFoundOr(found, (location) => location);
    const { context, article, channel } = found;
    const site = presentSite(context);
    const media = await this.deps.content.media(article);
    const view = presentArticle(article, channel, media, site.baseUrl);
    const count = (await this.deps.commentCounts?.([article.id], site.language))?.get(article.id);
    if (count && count.count > 0) view.comments = count;
    const outputs: SectionOutput[] = [];
    for (const section of this.sections)
      outputs.push(await section.render({ site, article, channel, view, reader }));
    const join = (key: "head" | "afterArticle") => outputs.map((o) => o[key] ?? "").join("");
    return {
      kind: "html",
      status: 200,
      html: renderArticlePage(site, view, { head: join("head"), afterArticle: join("afterArticle") }),
      lastModified: Math.max(article.modified_at, channel.updated_at),
      tags: [`article:${article.id}`, ...outputs.flatMap((o) => o.tags ?? [])],
      personal: outputs.some((o) => o.personal),
    };
  }

  async revisions(pathKey: string): Promise<PageResult> {
    const found = await this.deps.content.lookup(pathKey);
    if (found.kind !== "found") return this.notFoundOr(found, (location) => `${location}revisions/`);
    const { context, article, channel } = found;
    const older = await this.deps.content.revisions(article.id);
    const html = renderRevisionsPage(presentSite(context), {
      article: {
        url: urlPathOf(article.path),
        headline: article.headline,
        language: article.language,
        direction: article.direction === "rtl" ? "rtl" : "ltr",
      },
      revisions: presentRevisions(article, older, channel.timezone),
    });
    return {
      kind: "html",
      status: 200,
      html,
      lastModified: article.modified_at,
      tags: [`article:${article.id}`],
    };
  }

  /** /p/<channel>/<message id>: a redirect to the article holding that message. */
  async postRedirect(username: string, messageId: number): Promise<PageResult> {
    const found = await this.deps.content.postLocation(username, messageId);
    if (!found) return this.notFound();
    return { kind: "redirect", status: 301, location: found.location, tags: [`article:${found.articleId}`] };
  }

  /** A permalink that is not the article's page: its redirect, its 410, or a 404. */
  private async notFoundOr(
    found: Exclude<ArticleLookup, { kind: "found" }>,
    target: (location: string) => string,
  ): Promise<PageResult> {
    if (found.kind === "redirect")
      return {
        kind: "redirect",
        status: 301,
        location: target(found.location),
        tags: [`article:${found.articleId}`],
      };
    if (found.kind === "gone") return this.gone(presentSite(found.context), found.article);
    return this.notFound();
  }

  async notFound(): Promise<PageResult> {
    const site = presentSite(await this.deps.content.context());
    return this.error(site, {
      status: 404,
      title: "Page not found",
      message: "There is no page at this address. It may have moved; the latest news is on the home page.",
    });
  }

  private gone(site: SiteView, a: { id: number; status: string; modified_at: number }): PageResult {
    const r = this.error(site, {
      status: 410,
      title: "This article was removed",
      message:
        a.status === "deleted"
          ? "The newsroom deleted this post from its Telegram channel, so it is no longer published here."
          : "The newsroom has taken this article down.",
    });
    return { ...r, tags: [`article:${a.id}`], lastModified: a.modified_at };
  }

  private error(site: SiteView, e: ErrorPageView & { status: 404 | 410 }): HtmlResult {
    return {
      kind: "html",
      status: e.status,
      html: renderErrorPage(site, e),
      lastModified: 0,
      tags: ["listing"],
    };
  }

  /** An error page for any status; it renders even when the database cannot be read. */
  async errorPage(status: number, title: string, message: string): Promise<string> {
    const site = await this.siteView().catch(() => ({
      ...presentSite({ info: this.deps.content.fallbackInfo(), channels: [] }),
      feeds: [],
    }));
    return renderErrorPage(site, { status, title, message });
  }
}
