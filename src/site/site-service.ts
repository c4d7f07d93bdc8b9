// What the site's pages are made of: queries through the stores, presenters, views. Routes call this and
// never the database. Every answer says how long it stays valid and which changes invalidate it.
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import { feedPaths, siteFeeds } from "../feeds/feed-paths.js";
import { urlPathOf } from "../ingest/paths.js";
import { MONTH_NAMES } from "../shared/months.js";
import { zonedRange } from "../shared/time.js";
import type { ArticleStore, ListFilter } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { ArticleSection, ReaderContext, SectionOutput } from "../web/pages/article-sections.js";
import {
  presentArticle,
  presentChannel,
  presentListItem,
  presentRevisions,
  tagUrl,
} from "../web/presenters/article.js";
import {
  renderArticlePage,
  renderErrorPage,
  renderListingPage,
  renderRevisionsPage,
} from "../web/views/index.js";
import type { CommentCountView, ErrorPageView, ListingView, SiteView } from "../web/views/models.js";
import type { SiteInfo } from "./site-info.js";

export const PAGE_SIZE = 20;
/** Pages past this are not offered: deep offsets are slow and archives are the way into old news. */
export const MAX_PAGE = 500;

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

/** Published comments per article, labelled in `language` (see setCommentCounts). */
export type CommentCounter = (
  articleIds: number[],
  language: string,
) => Promise<Map<number, CommentCountView>>;

export interface SiteOptions {
  baseUrl: string;
  title?: string;
  timezone: string;
}

const RTL = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi"]);

const NO_READER: ReaderContext = { cookies: {}, query: new URLSearchParams() };

export class SiteService {
  private readonly sections: ArticleSection[] = [];

  constructor(
    private readonly deps: { articles: ArticleStore; channels: ChannelStore },
    private readonly opts: SiteOptions,
  ) {}

  /** Adds a section to every article page (see article-sections.ts). */
  addArticleSection(section: ArticleSection): void {
    this.sections.push(section);
    this.sections.sort((a, b) => a.order - b.order);
  }

  private commentCounts: CommentCounter | null = null;

  /** Lets comments (src/comments/) show their counts in article bylines and listing items. */
  setCommentCounts(counter: CommentCounter): void {
    this.commentCounts = counter;
  }

  private async context(): Promise<{ site: SiteView; channels: Map<number, ChannelRow> }> {
    const rows = await this.deps.channels.list();
    const first = rows[0];
    const language = first && first.language !== "und" ? first.language : "en";
    const site: SiteView = {
      title: this.opts.title ?? first?.title ?? "Dateline",
      baseUrl: this.opts.baseUrl,
      language,
      direction: RTL.has(language) ? "rtl" : "ltr",
      channels: rows.map(presentChannel),
      feeds: siteFeeds(this.opts.baseUrl),
    };
    return { site, channels: new Map(rows.map((r) => [r.id, r])) };
  }

  /** The site's name, address, language and feeds, as every page shows them (for feeds, sitemaps). */
  async siteView(): Promise<SiteView> {
    return (await this.context()).site;
  }

  /** The site's facts, for features (feeds, sitemaps, mail); pages use siteView. */
  async info(): Promise<SiteInfo> {
    const { title, baseUrl, language, direction } = (await this.context()).site;
    return { title, baseUrl, language, direction, timezone: this.opts.timezone };
  }

  async home(page: number): Promise<PageResult> {
    return this.listing({ kind: "all" }, page, {
      title: "Latest news",
      heading: null,
      basePath: "/",
    });
  }

  async archive(
    year: number,
    month: number | undefined,
    day: number | undefined,
    page: number,
  ): Promise<PageResult> {
    if (month !== undefined && (month < 1 || month > 12)) return this.notFound();
    if (day !== undefined && (day < 1 || day > 31)) return this.notFound();
    const { start, end } = zonedRange(this.opts.timezone, year, month, day);
    const label =
      day !== undefined
        ? `${day} ${MONTH_NAMES[month! - 1]} ${year}`
        : month !== undefined
          ? `${MONTH_NAMES[month - 1]} ${year}`
          : String(year);
    const pad = (n: number) => String(n).padStart(2, "0");
    const basePath = `/${year}/${month !== undefined ? `${pad(month)}/` : ""}${day !== undefined ? `${pad(day)}/` : ""}`;
    return this.listing({ kind: "range", start, end }, page, {
      title: `Archive: ${label}`,
      heading: label,
      basePath,
    });
  }

  async tag(tag: string, page: number): Promise<PageResult> {
    const name = tag.toLowerCase();
    return this.listing({ kind: "tag", tag: name }, page, {
      title: `#${name}`,
      heading: `#${name}`,
      basePath: tagUrl(name),
      feedUrl: this.opts.baseUrl + feedPaths(tagUrl(name)).rss,
    });
  }

  private async listing(
    filter: ListFilter,
    page: number,
    meta: { title: string; heading: string | null; basePath: string; feedUrl?: string },
  ): Promise<PageResult> {
    if (page < 1 || page > MAX_PAGE) return this.notFound();
    const { site, channels } = await this.context();
    const result = await this.deps.articles.list(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (result.items.length === 0 && (page > 1 || filter.kind !== "all")) return this.notFound();
    const counts = await this.commentCounts?.(
      result.items.map((a) => a.id),
      site.language,
    );
    const pageUrl = (n: number) => (n === 1 ? meta.basePath : `${meta.basePath}page/${n}/`);
    const view: ListingView = {
      title: meta.title,
      heading: meta.heading,
      items: result.items.flatMap((a) => {
        const c = channels.get(a.channel_id);
        const n = counts?.get(a.id);
        return c ? [{ ...presentListItem(a, c), ...(n && n.count > 0 ? { comments: n } : {}) }] : [];
      }),
      pagination: {
        page,
        prevUrl: page > 1 ? pageUrl(page - 1) : null,
        nextUrl: result.hasMore && page < MAX_PAGE ? pageUrl(page + 1) : null,
      },
      feedUrl: meta.feedUrl ?? null,
      canonicalPath: pageUrl(page),
    };
    return {
      kind: "html",
      status: 200,
      html: renderListingPage(site, view),
      // Not the items' own times: one taken down leaves the page without moving theirs, and a client's
      // If-Modified-Since must still see the change. Any article or channel changing moves this.
      lastModified: Math.max(
        await this.deps.articles.lastModified(),
        ...[...channels.values()].map((c) => c.updated_at),
      ),
      tags: ["listing"],
    };
  }

  async article(
    pathKey: string,
    requestedPath: string,
    reader: ReaderContext = NO_READER,
  ): Promise<PageResult> {
    const a = await this.deps.articles.byPath(pathKey);
    if (!a) return this.notFound();
    const canonical = urlPathOf(a.path);
    if (a.path !== pathKey)
      return { kind: "redirect", status: 301, location: canonical, tags: [`article:${a.id}`] };
    if (
      requestedPath !== canonical &&
      decodeURIComponentSafe(requestedPath) !== decodeURIComponentSafe(canonical)
    ) {
      return { kind: "redirect", status: 301, location: canonical, tags: [`article:${a.id}`] };
    }
    const { site, channels } = await this.context();
    if (a.status !== "published") return this.gone(site, a);
    const channel = channels.get(a.channel_id);
    if (!channel) return this.notFound();
    const media = await this.deps.articles.media(a);
    const view = presentArticle(a, channel, media, this.opts.baseUrl);
    const count = (await this.commentCounts?.([a.id], site.language))?.get(a.id);
    if (count && count.count > 0) view.comments = count;
    const outputs: SectionOutput[] = [];
    for (const section of this.sections)
      outputs.push(await section.render({ site, article: a, channel, view, reader }));
    const join = (key: "head" | "afterArticle") => outputs.map((o) => o[key] ?? "").join("");
    return {
      kind: "html",
      status: 200,
      html: renderArticlePage(site, view, { head: join("head"), afterArticle: join("afterArticle") }),
      lastModified: Math.max(a.modified_at, channel.updated_at),
      tags: [`article:${a.id}`, ...outputs.flatMap((o) => o.tags ?? [])],
      personal: outputs.some((o) => o.personal),
    };
  }

  async revisions(pathKey: string): Promise<PageResult> {
    const a = await this.deps.articles.byPath(pathKey);
    if (!a) return this.notFound();
    if (a.path !== pathKey) {
      return {
        kind: "redirect",
        status: 301,
        location: `${urlPathOf(a.path)}revisions/`,
        tags: [`article:${a.id}`],
      };
    }
    const { site, channels } = await this.context();
    if (a.status !== "published") return this.gone(site, a);
    const channel = channels.get(a.channel_id);
    if (!channel) return this.notFound();
    const older = await this.deps.articles.revisions(a.id);
    const html = renderRevisionsPage(site, {
      article: {
        url: urlPathOf(a.path),
        headline: a.headline,
        language: a.language,
        direction: a.direction === "rtl" ? "rtl" : "ltr",
      },
      revisions: presentRevisions(a, older, channel.timezone),
    });
    return { kind: "html", status: 200, html, lastModified: a.modified_at, tags: [`article:${a.id}`] };
  }

  /** /p/<channel>/<message id>: the article holding that message (any album item). */
  async postRedirect(username: string, messageId: number): Promise<PageResult> {
    const channel = await this.deps.channels.byUsername(username);
    if (!channel) return this.notFound();
    const a = await this.deps.articles.byMessage(channel.id, messageId);
    if (!a) return this.notFound();
    return { kind: "redirect", status: 301, location: urlPathOf(a.path), tags: [`article:${a.id}`] };
  }

  async notFound(): Promise<PageResult> {
    const { site } = await this.context();
    return this.error(site, {
      status: 404,
      title: "Page not found",
      message: "There is no page at this address. It may have moved; the latest news is on the home page.",
    });
  }

  private gone(site: SiteView, a: ArticleRow): PageResult {
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

  async errorPage(status: 400 | 500, title: string, message: string): Promise<string> {
    const { site } = await this.context().catch(() => ({
      site: {
        title: this.opts.title ?? "Dateline",
        baseUrl: this.opts.baseUrl,
        language: "en",
        direction: "ltr" as const,
        channels: [],
        feeds: [],
      },
    }));
    return renderErrorPage(site, { status, title, message });
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
