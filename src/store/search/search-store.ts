// What search reads from the articles themselves (dialect-agnostic Kysely): the text to index, the
// rows to show as results, and articles sharing tags for related lists. The index's own tables are
// the dialects' business (dialect/).
import type { Db } from "../../db/connect.js";
import { parseStringList } from "../../db/json-columns.js";
import type { ArticleRow } from "../../db/tables/index.js";
import type { SearchDocument } from "./document.js";

/** An article as the indexer sees it: its document, and whether it may be found at all. */
export interface IndexableArticle {
  document: SearchDocument;
  published: boolean;
}

export interface TagNeighbour {
  articleId: number;
  tag: string;
  publishedAt: number;
}

/** Ids per `IN (…)` list: far below SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const IN_LIST = 5_000;

export class SearchStore {
  constructor(private readonly db: Db) {}

  private indexable() {
    return this.db.kysely
      .selectFrom("articles")
      .select([
        "id",
        "channel_id",
        "published_at",
        "headline",
        "dateline_place",
        "body_text",
        "tags",
        "status",
      ]);
  }

  /** These articles (absent ids are left out). */
  async indexableByIds(ids: readonly number[]): Promise<IndexableArticle[]> {
    const out: IndexableArticle[] = [];
    for (let i = 0; i < ids.length; i += IN_LIST) {
      const rows = await this.indexable()
        .where("id", "in", ids.slice(i, i + IN_LIST))
        .execute();
      for (const row of rows) out.push(toIndexable(row));
    }
    return out;
  }

  /** The next `limit` articles by id after `afterId` (a full re-index walks them all this way). */
  async indexableAfter(afterId: number, limit: number): Promise<IndexableArticle[]> {
    const rows = await this.indexable().where("id", ">", afterId).orderBy("id").limit(limit).execute();
    return rows.map(toIndexable);
  }

  async articleCount(): Promise<number> {
    const r = await this.db.kysely
      .selectFrom("articles")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** The published ones of these articles, in the order of `ids`. */
  async publishedInOrder(ids: readonly number[]): Promise<ArticleRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.kysely
      .selectFrom("articles")
      .selectAll()
      .where("id", "in", [...ids])
      .where("status", "=", "published")
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Articles carrying `tag` published closest to `around`: up to `perSide` before and as many after,
   * straight from the (tag, published_at) index. Any status: callers keep only published ones.
   */
  async tagNeighbours(tag: string, around: number, perSide: number): Promise<TagNeighbour[]> {
    const side = (before: boolean) =>
      this.db.kysely
        .selectFrom("article_tags")
        .select(["article_id", "tag", "published_at"])
        .where("tag", "=", tag)
        .where("published_at", before ? "<=" : ">", around)
        .orderBy("published_at", before ? "desc" : "asc")
        .limit(perSide)
        .execute();
    const [before, after] = await Promise.all([side(true), side(false)]);
    return [...before, ...after].map((r) => ({
      articleId: r.article_id,
      tag: r.tag,
      publishedAt: Number(r.published_at),
    }));
  }
}

function toIndexable(row: {
  id: number;
  channel_id: number;
  published_at: number;
  headline: string;
  dateline_place: string | null;
  body_text: string;
  tags: string;
  status: string;
}): IndexableArticle {
  return {
    published: row.status === "published",
    document: {
      articleId: row.id,
      channelId: row.channel_id,
      publishedAt: Number(row.published_at),
      headline: row.headline,
      place: row.dateline_place,
      body: row.body_text,
      tags: parseStringList(row.tags),
    },
  };
}
