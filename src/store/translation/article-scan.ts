// Which articles need translating: a channel's back catalogue read a page at a time (glossary changes look
// through it), those lacking an up-to-date edition (backfill), and those worth translating unasked
// (live changes).
import type { Db } from "../../db/connect.js";

export interface ScannedArticle {
  id: number;
  headline: string;
  dateline_place: string | null;
  dateline_outlet: string | null;
  body_text: string;
  language: string;
  content_hash: string;
}

/** Ids per `IN (…)` list. */
const IN_LIST = 500;

export class ArticleScan {
  constructor(private readonly db: Db) {}

  /** A channel's published articles after `afterId`, in id order. */
  async page(channelId: number, afterId: number, limit: number): Promise<ScannedArticle[]> {
    return this.db.kysely
      .selectFrom("articles")
      .select([
        "id",
        "headline",
        "dateline_place",
        "dateline_outlet",
        "body_text",
        "language",
        "content_hash",
      ])
      .where("channel_id", "=", channelId)
      .where("status", "=", "published")
      .where("id", ">", afterId)
      .orderBy("id")
      .limit(limit)
      .execute();
  }

  /** Published articles of the channel without an up-to-date edition in `language` (none, or made from an older text). */
  async needingEdition(channelId: number, language: string): Promise<number[]> {
    const rows = await this.db.kysely
      .selectFrom("articles")
      .leftJoin("editions", (j) =>
        j.onRef("editions.article_id", "=", "articles.id").on("editions.language", "=", language),
      )
      .select("articles.id")
      .where("articles.channel_id", "=", channelId)
      .where("articles.status", "=", "published")
      .where((eb) =>
        eb.or([
          eb("editions.article_id", "is", null),
          eb("editions.source_hash", "!=", eb.ref("articles.content_hash")),
        ]),
      )
      .orderBy("articles.published_at", "desc")
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Of these articles, those worth translating into `language` without being asked: published since
   * `since` (news as it arrives), or already translated (an edit keeps the edition in step).
   */
  async worthTranslating(ids: number[], language: string, since: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < ids.length; i += IN_LIST) {
      const rows = await this.db.kysely
        .selectFrom("articles")
        .leftJoin("editions", (j) =>
          j.onRef("editions.article_id", "=", "articles.id").on("editions.language", "=", language),
        )
        .select("articles.id")
        .where("articles.id", "in", ids.slice(i, i + IN_LIST))
        .where((eb) =>
          eb.or([eb("articles.published_at", ">=", since), eb("editions.article_id", "is not", null)]),
        )
        .execute();
      out.push(...rows.map((r) => r.id));
    }
    return out;
  }
}
