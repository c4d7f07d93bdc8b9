// What the site's pages are made of, as data: the site's facts and channels, listings by page, an article
// by its permalink (with its media), revisions. The rules that decide which page exists live here: page
// bounds, archive ranges in the site's zone, canonical addresses and removed articles. web/pages/ turns
// the answers into documents.

import { directionOf } from "../articles/language.js";
import { urlPathOf } from "../articles/permalink.js";
import type { ArticleRow, ChannelRow, MessageMediaRow, RevisionRow } from "../db/tables/index.js";
import { zonedRange } from "../shared/time.js";
import type { ArticleStore, ListFilter } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { SiteInfo } from "./site-info.js";

export type { ListFilter };

export const PAGE_SIZE = 20;
/** Pages past this are not offered: deep offsets are slow and archives are the way into old news. */
export const MAX_PAGE = 500;

export interface SiteOptions {
  baseUrl: string;
  /** DATELINE_SITE_TITLE; the first channel's title otherwise. */
  title?: string;
  timezone: string;
}

export interface SiteContext {
  info: SiteInfo;
  /** Every channel, in the site's order (the first names the site). */
  channels: ChannelRow[];
  channelsById: Map<number, ChannelRow>;
}

export interface ListingData {
  context: SiteContext;
  page: number;
  items: { article: ArticleRow; channel: ChannelRow }[];
  hasMore: boolean;
  /** Moves whenever any article or channel changes (a takedown leaves the items' own times alone). */
  lastModified: number;
}

/** How a permalink resolves: the article, an address to redirect to, a removed article, or nothing. */
export type ArticleLookup =
  | { kind: "found"; context: SiteContext; article: ArticleRow; channel: ChannelRow }
  | { kind: "redirect"; location: string; articleId: number }
  | { kind: "gone"; context: SiteContext; article: ArticleRow }
  | { kind: "missing" };

export class SiteContent {
  constructor(
    private readonly deps: { articles: ArticleStore; channels: ChannelStore },
    private readonly opts: SiteOptions,
  ) {}

  /** The site's facts and channels, read afresh: a channel's settings may change while serving. */
  async context(): Promise<SiteContext> {
    const channels = await this.deps.channels.list();
    const first = channels[0];
    const language = first && first.language !== "und" ? first.language : "en";
    const info: SiteInfo = {
      title: this.opts.title ?? first?.title ?? "Dateline",
      baseUrl: this.opts.baseUrl,
      language,
      direction: directionOf(language),
      timezone: this.opts.timezone,
    };
    return { info, channels, channelsById: new Map(channels.map((c) => [c.id, c])) };
  }

  /** The site's facts for features (feeds, sitemaps, mail). */
  async info(): Promise<SiteInfo> {
    return (await this.context()).info;
  }

  /** The facts to show when the database cannot be read (an error page must still render). */
  fallbackInfo(): SiteInfo {
    return {
      title: this.opts.title ?? "Dateline",
      baseUrl: this.opts.baseUrl,
      language: "en",
      direction: "ltr",
      timezone: this.opts.timezone,
    };
  }

  /** The archive's time range in the site's zone; null for a month or day that does not exist. */
  archiveRange(year: number, month?: number, day?: number): { start: number; end: number } | null {
    if (month !== undefined && (month < 1 || month > 12)) return null;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    return zonedRange(this.opts.timezone, year, month, day);
  }

  /** One page of a listing; null when that page does not exist (out of bounds, or an empty filter). */
  async listing(filter: ListFilter, page: number): Promise<ListingData | null> {
    if (page < 1 || page > MAX_PAGE) return null;
    const context = await this.context();
    const result = await this.deps.articles.list(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (result.items.length === 0 && (page > 1 || filter.kind !== "all")) return null;
    const items = result.items.flatMap((article) => {
      const channel = context.channelsById.get(article.channel_id);
      return channel ? [{ article, channel }] : [];
    });
    const lastModified = Math.max(
      await this.deps.articles.lastModified(),
      ...context.channels.map((c) => c.updated_at),
    );
    return { context, page, items, hasMore: result.hasMore && page < MAX_PAGE, lastModified };
  }

  /**
   * The article at a permalink. A former address, or the same one spelled otherwise, redirects to the
   * canonical one; a deleted or taken-down article is "gone".
   */
  async lookup(pathKey: string, requestedPath?: string): Promise<ArticleLookup> {
    const article = await this.deps.articles.byPath(pathKey);
    if (!article) return { kind: "missing" };
    const canonical = urlPathOf(article.path);
    const differs =
      requestedPath !== undefined &&
      requestedPath !== canonical &&
      decodeURIComponentSafe(requestedPath) !== decodeURIComponentSafe(canonical);
    if (article.path !== pathKey || differs)
      return { kind: "redirect", location: canonical, articleId: article.id };
    const context = await this.context();
    if (article.status !== "published") return { kind: "gone", context, article };
    const channel = context.channelsById.get(article.channel_id);
    if (!channel) return { kind: "missing" };
    return { kind: "found", context, article, channel };
  }

  async media(article: ArticleRow): Promise<MessageMediaRow[]> {
    return this.deps.articles.media(article);
  }

  async revisions(articleId: number): Promise<RevisionRow[]> {
    return this.deps.articles.revisions(articleId);
  }

  /** /p/<channel>/<message id>: the permalink of the article holding that message (any album item). */
  async postLocation(
    username: string,
    messageId: number,
  ): Promise<{ location: string; articleId: number } | null> {
    const channel = await this.deps.channels.byUsername(username);
    if (!channel) return null;
    const article = await this.deps.articles.byMessage(channel.id, messageId);
    if (!article) return null;
    return { location: urlPathOf(article.path), articleId: article.id };
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
