// What edition pages and feeds are made of, as data: the languages that have an edition, an edition's
// listings (home, archives, tags), one translated article with its language versions, an edition's feed
// entries, and the versions of an original (for its hreflang links). web/editions/ turns these into pages.

import { parseStringList } from "../db/json-columns.js";
import type { ArticleRow, ChannelRow, MessageMediaRow } from "../db/tables/index.js";
import { zonedRange } from "../shared/time.js";
import { MAX_PAGE, PAGE_SIZE } from "../site/site-content.js";
import type { ArticleStore, ListFilter } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { FeedMediaRow, FeedQueries } from "../store/feeds/feed-queries.js";
import type {
  EditionLanguageStore,
  EditionListRow,
  EditionRow,
  EditionStore,
} from "../store/translation/index.js";
import {
  type Alternate,
  type ArticleAlternates,
  alternatesOf,
  type Version,
  versionsOf,
} from "./alternates.js";

export interface EditionReaderDeps {
  editions: EditionStore;
  languages: EditionLanguageStore;
  articles: ArticleStore;
  channels: ChannelStore;
  /** Media of feed items. */
  feedQueries: FeedQueries;
  /** Zone of the archives (the site's, SiteInfo.timezone), as for the originals. */
  timezone: string;
}

/** Which of an edition's articles a listing shows. */
export type EditionFilter =
  | { kind: "all" }
  | { kind: "tag"; tag: string }
  | { kind: "date"; year: number; month?: number; day?: number };

export interface EditionListItem {
  edition: EditionListRow;
  channel: ChannelRow;
}

export interface EditionListing {
  items: EditionListItem[];
  /** A next page exists (and is offered). */
  hasNext: boolean;
  /** Edition languages that have something to show, this one included (a language just added has nothing). */
  languages: string[];
  /** The newest change among the items (edition or original). */
  lastModified: number;
}

/** An edition's row at one of its paths (current or former). */
export type EditionAtPath = EditionRow & { path: string };

export type EditionArticle =
  /** The original or its channel no longer exists. */
  | { kind: "missing" }
  /** The original is not published (taken down, deleted): its edition answers 410 like it. */
  | { kind: "removed"; articleId: number; modifiedAt: number }
  | {
      kind: "found";
      edition: EditionAtPath;
      article: ArticleRow;
      channel: ChannelRow;
      media: MessageMediaRow[];
      /** The original's tags (an edition shows them, linked into the edition). */
      tags: string[];
      /** The original's language and path. */
      original: Version;
      /** The original and every translation, this edition current. */
      alternates: Alternate[];
    };

export interface EditionFeedEntry {
  edition: EditionListRow;
  article: ArticleRow;
  channel: ChannelRow;
  media: FeedMediaRow[];
}

export interface EditionFeed {
  entries: EditionFeedEntry[];
  lastModified: number;
}

/** How long the set of edition languages is trusted before it is read again. */
const LANGUAGES_TTL_MS = 10_000;
const FEED_SIZE = 20;

export class EditionReader {
  private known: { at: number; languages: Set<string> } | null = null;

  constructor(private readonly deps: EditionReaderDeps) {}

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

  /** One page of an edition's listing; null when there is no such page (out of range, empty, bad date). */
  async listing(language: string, filter: EditionFilter, page: number): Promise<EditionListing | null> {
    const list = this.listFilter(filter);
    if (!list || page < 1 || page > MAX_PAGE) return null;
    const result = await this.deps.editions.list(language, list, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (result.items.length === 0 && (page > 1 || filter.kind !== "all")) return null;
    const channels = new Map((await this.deps.channels.list()).map((c) => [c.id, c]));
    const counts = await this.deps.editions.counts();
    const languages = (await this.deps.languages.all()).filter(
      (l) => l === language || (counts.get(l) ?? 0) > 0,
    );
    return {
      items: result.items.flatMap((edition) => {
        const channel = channels.get(edition.channel_id);
        return channel ? [{ edition, channel }] : [];
      }),
      hasNext: result.hasMore && page < MAX_PAGE,
      languages,
      lastModified: maxModified(result.items),
    };
  }

  /** Archives are cut at midnight in the site's zone; an impossible month or day has no page. */
  private listFilter(filter: EditionFilter): ListFilter | null {
    if (filter.kind !== "date") return filter;
    const { year, month, day } = filter;
    if (month !== undefined && (month < 1 || month > 12)) return null;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    const { start, end } = zonedRange(this.deps.timezone, year, month, day);
    return { kind: "range", start, end };
  }

  /** The edition a path (current or former) of that language belongs to; undefined when none. */
  async atPath(language: string, pathKey: string): Promise<EditionAtPath | undefined> {
    const e = await this.deps.editions.byPath(language, pathKey);
    return e?.path ? { ...e, path: e.path } : undefined;
  }

  /** The translated article of an edition found by `atPath`, with what its page shows. */
  async article(e: EditionAtPath): Promise<EditionArticle> {
    const a = await this.deps.articles.byId(e.article_id);
    const channel = a ? await this.deps.channels.byId(a.channel_id) : undefined;
    if (!a || !channel) return { kind: "missing" };
    if (a.status !== "published")
      return { kind: "removed", articleId: e.article_id, modifiedAt: a.modified_at };
    const media = await this.deps.articles.media(a);
    const v = versionsOf(a, channel, await this.deps.editions.forArticle(a.id));
    const alternates = alternatesOf(v.original, v.others, e.language);
    const tags = parseStringList(a.tags);
    return { kind: "found", edition: e, article: a, channel, media, tags, original: v.original, alternates };
  }

  /** The newest entries of an edition's feed, each with its original, channel and media. */
  async feed(language: string): Promise<EditionFeed> {
    const { items } = await this.deps.editions.list(language, { kind: "all" }, 0, FEED_SIZE);
    const [articles, media, channelRows] = await Promise.all([
      Promise.all(items.map((r) => this.deps.articles.byId(r.article_id))),
      this.deps.feedQueries.mediaOf(items.map((r) => r.article_id)),
      this.deps.channels.list(),
    ]);
    const channels = new Map(channelRows.map((c) => [c.id, c]));
    const entries = items.flatMap((edition, i) => {
      const article = articles[i];
      const channel = article ? channels.get(article.channel_id) : undefined;
      if (!article || !channel) return [];
      return [{ edition, article, channel, media: media.filter((m) => m.article_id === edition.article_id) }];
    });
    return { entries, lastModified: maxModified(items) };
  }

  /** An original's language versions, for its page's hreflang links; null while it has no translation. */
  async articleAlternates(article: ArticleRow, channel: ChannelRow): Promise<ArticleAlternates | null> {
    const v = versionsOf(article, channel, await this.deps.editions.forArticle(article.id));
    if (v.others.length === 0) return null;
    return { original: v.original, alternates: alternatesOf(v.original, v.others, v.original.language) };
  }
}

function maxModified(rows: EditionListRow[]): number {
  let m = 0;
  for (const r of rows) m = Math.max(m, r.modified_at, r.article_modified_at);
  return m;
}
