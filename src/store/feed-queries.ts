// The read side of feeds, sitemaps and the tag index. Only published articles are listed; what an article
// leaves (takedown, deletion) bumps its modified_at, so the validators below move forward with it.
import type { Db } from "../db/connect.js";
import type { ArticleStatus, MessageMediaRow } from "../db/tables.js";

const PUBLISHED: ArticleStatus = "published";

/** An article's media item with the stored file's size (null when the file is not stored here). */
export interface FeedMediaRow extends MessageMediaRow {
  article_id: number;
  size: number | null;
}

/** One `<url>` of an articles sitemap. */
export interface SitemapEntryRow {
  id: number;
  path: string;
  modified_at: number;
}

/** One recent article for the Google News sitemap. */
export interface NewsEntryRow {
  id: number;
  channel_id: number;
  path: string;
  headline: string;
  language: string;
  published_at: number;
}

/** A page of the articles sitemap: the id range it covers, and when anything in it last changed. */
export interface SitemapPageRow {
  page: number;
  lastModified: number;
}

export interface TagCountRow {
  tag: string;
  count: number;
}

export class FeedQueries {
  constructor(private readonly db: Db) {}

  /**
   * When anything a feed or sitemap shows last changed: any article (including one taken down, which
   * leaves the lists) or any channel's settings (titles, languages). Never goes backwards, so a client's
   * If-Modified-Since can be trusted against it.
   */
  async lastModified(): Promise<number> {
    const a = await this.db.kysely
      .selectFrom("articles")
      .select((eb) => eb.fn.max("modified_at").as("m"))
      .executeTakeFirst();
    const c = await this.db.kysely
      .selectFrom("channels")
      .select((eb) => eb.fn.max("updated_at").as("m"))
      .executeTakeFirst();
    return Math.max(Number(a?.m ?? 0), Number(c?.m ?? 0));
  }

  /** Media of several articles at once (a feed's items), in message then position order. */
  async mediaOf(articleIds: number[]): Promise<FeedMediaRow[]> {
    if (articleIds.length === 0) return [];
    const rows = await this.db.kysely
      .selectFrom("message_media")
      .innerJoin("messages", (j) =>
        j
          .onRef("messages.channel_id", "=", "message_media.channel_id")
          .onRef("messages.message_id", "=", "message_media.message_id"),
      )
      .leftJoin("media", "media.sha256", "message_media.sha256")
      .selectAll("message_media")
      .select(["messages.article_id", "media.size"])
      .where("messages.article_id", "in", articleIds)
      .orderBy("message_media.message_id")
      .orderBy("message_media.position")
      .execute();
    return rows.flatMap((r) =>
      r.article_id === null
        ? []
        : [{ ...r, article_id: r.article_id, size: r.size === null ? null : Number(r.size) }],
    );
  }

  /**
   * The pages of the articles sitemap. Page n holds the published articles with ids in
   * ((n-1)·size, n·size]: fixed id ranges, so an article never moves to another page (crawlers keep
   * their per-page state) and each page is one keyset range read. Pages whose articles were all taken
   * down are not listed. Grouping by id range reads every row once; the index is cached until a change.
   */
  async sitemapPages(pageSize: number): Promise<SitemapPageRow[]> {
    const rows = await this.db.kysely
      .selectFrom("articles")
      .select((eb) => [
        eb(eb(eb.ref("id"), "-", 1), "/", pageSize).as("bucket"),
        eb.fn.max("modified_at").as("m"),
      ])
      .where("status", "=", PUBLISHED)
      .groupBy("bucket")
      .orderBy("bucket")
      .execute();
    return rows.map((r) => ({ page: Math.floor(Number(r.bucket)) + 1, lastModified: Number(r.m ?? 0) }));
  }

  /** Published articles with ids in (afterId, upToId], by id (one keyset range). */
  async sitemapEntries(afterId: number, upToId: number): Promise<SitemapEntryRow[]> {
    return this.db.kysely
      .selectFrom("articles")
      .select(["id", "path", "modified_at"])
      .where("id", ">", afterId)
      .where("id", "<=", upToId)
      .where("status", "=", PUBLISHED)
      .orderBy("id")
      .execute();
  }

  /** Published articles since a time, newest first (the Google News sitemap). */
  async publishedSince(since: number, limit: number): Promise<NewsEntryRow[]> {
    return this.db.kysely
      .selectFrom("articles")
      .select(["id", "channel_id", "path", "headline", "language", "published_at"])
      .where("status", "=", PUBLISHED)
      .where("published_at", ">=", since)
      .orderBy("published_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
  }

  /** The most used tags among published articles, with how many articles carry each. */
  async topTags(limit: number): Promise<TagCountRow[]> {
    const rows = await this.db.kysely
      .selectFrom("article_tags")
      .innerJoin("articles", "articles.id", "article_tags.article_id")
      .select((eb) => ["article_tags.tag", eb.fn.countAll().as("n")])
      .where("articles.status", "=", PUBLISHED)
      .groupBy("article_tags.tag")
      .orderBy("n", "desc")
      .orderBy("article_tags.tag")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ tag: r.tag, count: Number(r.n) }));
  }
}
