// The comments feed of one article, as data (web/comments/comment-feed.tsx writes the RSS): its latest
// published comments, newest first, each with its place on the article's comment pages and its stable
// address.

import { urlPathOf } from "../articles/permalink.js";
import type { CommentRow } from "../db/tables/index.js";
import type { SiteInfoSource } from "../site/site-info.js";
import type { ArticleStore } from "../store/articles.js";
import type { CommentStore } from "../store/comments/comment-store.js";
import { commentFeedPath, commentUrl } from "./comment-urls.js";
import { FEED_SIZE } from "./limits.js";

export interface CommentFeed {
  articleId: number;
  siteTitle: string;
  headline: string;
  /** Absolute URL of the article. */
  articleUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  language: string;
  /** The article's or its newest comment's last change. */
  lastModified: number;
  items: CommentFeedItem[];
}

export interface CommentFeedItem {
  row: CommentRow;
  /** Absolute URL of the comment in its article's comment pages. */
  permalink: string;
  /** Absolute URL of the comment's stable address (/comments/<id>/). */
  guid: string;
}

export interface CommentFeedDeps {
  articles: ArticleStore;
  comments: CommentStore;
  baseUrl: string;
  site: SiteInfoSource;
  /** The comment page showing a comment's thread. */
  pageOf: (row: CommentRow) => Promise<number>;
  /** A comment's stable address. */
  permalink: (commentId: number) => string;
}

export class CommentFeeds {
  constructor(private readonly d: CommentFeedDeps) {}

  /** The feed of a published article, by its permalink path key; null for any other. */
  async feed(pathKey: string): Promise<CommentFeed | null> {
    const a = await this.d.articles.byPath(pathKey);
    if (a?.status !== "published" || a.path !== pathKey) return null;
    const rows = await this.d.comments.latestApproved(a.id, FEED_SIZE);
    const articlePath = urlPathOf(a.path);
    const articleUrl = `${this.d.baseUrl}${articlePath}`;
    const items: CommentFeedItem[] = [];
    for (const row of rows) {
      items.push({
        row,
        permalink: `${this.d.baseUrl}${commentUrl(articlePath, await this.d.pageOf(row), row.id)}`,
        guid: this.d.permalink(row.id),
      });
    }
    return {
      articleId: a.id,
      siteTitle: (await this.d.site()).title,
      headline: a.headline,
      articleUrl,
      feedUrl: commentFeedPath(articleUrl),
      language: a.language,
      lastModified: Math.max(a.modified_at, ...rows.map((r) => r.modified_at)),
      items,
    };
  }
}
