// The read side of articles: what pages, feeds and sitemaps ask for. Only published articles are listed;
// a deleted or hidden one is still found by path so its page can answer 410.
import type { Db } from "../db/connect.js";
import type { ArticleRow, ArticleStatus, MessageMediaRow, RevisionRow } from "../db/tables/index.js";
import type { Clock } from "../shared/clock.js";

export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

export type ListFilter =
  | { kind: "all" }
  | { kind: "channel"; channelId: number }
  | { kind: "range"; start: number; end: number }
  | { kind: "tag"; tag: string };

export class ArticleStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async byId(id: number): Promise<ArticleRow | undefined> {
    return this.db.kysely.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** The article a permalink path (current or former) belongs to. */
  async byPath(pathKey: string): Promise<ArticleRow | undefined> {
    const direct = await this.db.kysely
      .selectFrom("articles")
      .selectAll()
      .where("path", "=", pathKey)
      .executeTakeFirst();
    if (direct) return direct;
    return this.db.kysely
      .selectFrom("article_paths")
      .innerJoin("articles", "articles.id", "article_paths.article_id")
      .selectAll("articles")
      .where("article_paths.path", "=", pathKey)
      .executeTakeFirst();
  }

  /** The article holding a message (any item of an album). */
  async byMessage(channelId: number, messageId: number): Promise<ArticleRow | undefined> {
    return this.db.kysely
      .selectFrom("messages")
      .innerJoin("articles", "articles.id", "messages.article_id")
      .selectAll("articles")
      .where("messages.channel_id", "=", channelId)
      .where("messages.message_id", "=", messageId)
      .executeTakeFirst();
  }

  /** Published articles, newest first; `limit` + 1 are read to know whether there is a next page. */
  async list(filter: ListFilter, offset: number, limit: number): Promise<Page<ArticleRow>> {
    let q = this.db.kysely
      .selectFrom("articles")
      .selectAll("articles")
      .where("articles.status", "=", "published");
    if (filter.kind === "channel") q = q.where("articles.channel_id", "=", filter.channelId);
    if (filter.kind === "range")
      q = q
        .where("articles.published_at", ">=", filter.start)
        .where("articles.published_at", "<", filter.end);
    if (filter.kind === "tag") {
      q = q
        .innerJoin("article_tags", "article_tags.article_id", "articles.id")
        .where("article_tags.tag", "=", filter.tag);
    }
    const rows = await q
      .orderBy("articles.published_at", "desc")
      .orderBy("articles.id", "desc")
      .offset(offset)
      .limit(limit + 1)
      .execute();
    return { items: rows.slice(0, limit), hasMore: rows.length > limit };
  }

  async count(status: ArticleStatus = "published"): Promise<number> {
    const r = await this.db.kysely
      .selectFrom("articles")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("status", "=", status)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Media of an article, in message then position order. */
  async media(article: ArticleRow): Promise<MessageMediaRow[]> {
    return this.db.kysely
      .selectFrom("message_media")
      .innerJoin("messages", (j) =>
        j
          .onRef("messages.channel_id", "=", "message_media.channel_id")
          .onRef("messages.message_id", "=", "message_media.message_id"),
      )
      .selectAll("message_media")
      .where("messages.article_id", "=", article.id)
      .orderBy("message_media.message_id")
      .orderBy("message_media.position")
      .execute();
  }

  async revisions(articleId: number): Promise<RevisionRow[]> {
    return this.db.kysely
      .selectFrom("revisions")
      .selectAll()
      .where("article_id", "=", articleId)
      .orderBy("number", "desc")
      .execute();
  }

  /** Takes an article down (deleted on Telegram, or by an editor) or brings it back. */
  async setStatus(id: number, status: ArticleStatus, reason: string | null): Promise<boolean> {
    const r = await this.db.kysely
      .updateTable("articles")
      .set({ status, status_reason: reason, modified_at: this.clock.now() })
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Latest modification time of anything listed (validators of listing pages). */
  async lastModified(): Promise<number> {
    const r = await this.db.kysely
      .selectFrom("articles")
      .select((eb) => eb.fn.max("modified_at").as("m"))
      .executeTakeFirst();
    return Number(r?.m ?? 0);
  }
}
