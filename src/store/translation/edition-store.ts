// Editions and their permalinks: what edition pages, feeds and the hreflang alternates read. Writes go
// through edition-writes.ts, inside a transaction.
import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../db/connect.js";
import type { Database } from "../../db/tables/index.js";
import type { ListFilter, Page } from "../articles.js";

export type EditionRow = Selectable<Database["editions"]>;
export type NewEdition = Insertable<Database["editions"]>;

/** An edition with what listings need of its article. */
export interface EditionListRow extends EditionRow {
  channel_id: number;
  message_id: number;
  image_sha: string | null;
  /** The original's path key. */
  article_path: string;
  article_modified_at: number;
}

export class EditionStore {
  constructor(private readonly db: Db) {}

  async get(articleId: number, language: string): Promise<EditionRow | undefined> {
    return this.db.kysely
      .selectFrom("editions")
      .selectAll()
      .where("article_id", "=", articleId)
      .where("language", "=", language)
      .executeTakeFirst();
  }

  /** Every edition of an article (for the language switcher and hreflang alternates). */
  async forArticle(articleId: number): Promise<EditionRow[]> {
    return this.db.kysely
      .selectFrom("editions")
      .selectAll()
      .where("article_id", "=", articleId)
      .orderBy("language")
      .execute();
  }

  /** The edition a path (current or former) of that language belongs to. */
  async byPath(language: string, pathKey: string): Promise<EditionRow | undefined> {
    return this.db.kysely
      .selectFrom("edition_paths")
      .innerJoin("editions", (j) =>
        j
          .onRef("editions.article_id", "=", "edition_paths.article_id")
          .onRef("editions.language", "=", "edition_paths.language"),
      )
      .selectAll("editions")
      .where("edition_paths.language", "=", language)
      .where("edition_paths.path", "=", pathKey)
      .executeTakeFirst();
  }

  /** Published articles' editions in a language, newest first. */
  async list(
    language: string,
    filter: ListFilter,
    offset: number,
    limit: number,
  ): Promise<Page<EditionListRow>> {
    let q = this.db.kysely
      .selectFrom("editions")
      .innerJoin("articles", "articles.id", "editions.article_id")
      .selectAll("editions")
      .select([
        "articles.channel_id as channel_id",
        "articles.message_id as message_id",
        "articles.image_sha as image_sha",
        "articles.path as article_path",
        "articles.modified_at as article_modified_at",
      ])
      .where("editions.language", "=", language)
      .where("articles.status", "=", "published");
    if (filter.kind === "channel") q = q.where("articles.channel_id", "=", filter.channelId);
    if (filter.kind === "range")
      q = q
        .where("editions.published_at", ">=", filter.start)
        .where("editions.published_at", "<", filter.end);
    if (filter.kind === "tag") {
      q = q
        .innerJoin("article_tags", "article_tags.article_id", "editions.article_id")
        .where("article_tags.tag", "=", filter.tag);
    }
    const rows = await q
      .orderBy("editions.published_at", "desc")
      .orderBy("editions.article_id", "desc")
      .offset(offset)
      .limit(limit + 1)
      .execute();
    return { items: rows.slice(0, limit), hasMore: rows.length > limit };
  }

  /** Editions per language (kind "translation" only). */
  async counts(): Promise<Map<string, number>> {
    const rows = await this.db.kysely
      .selectFrom("editions")
      .select(["language", (eb) => eb.fn.countAll<number>().as("n")])
      .where("kind", "=", "translation")
      .groupBy("language")
      .execute();
    return new Map(rows.map((r) => [r.language, Number(r.n)]));
  }
}
