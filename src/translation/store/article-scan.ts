// Reads a channel's published articles in id order, a page at a time: the glossary and backfill commands
// look through the back catalogue with it.
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

export async function scanArticles(
  db: Db,
  channelId: number,
  afterId: number,
  limit: number,
): Promise<ScannedArticle[]> {
  return db.kysely
    .selectFrom("articles")
    .select(["id", "headline", "dateline_place", "dateline_outlet", "body_text", "language", "content_hash"])
    .where("channel_id", "=", channelId)
    .where("status", "=", "published")
    .where("id", ">", afterId)
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Published articles of the channel without an up-to-date edition in `language` (none, or made from an older text). */
export async function articlesNeedingEdition(db: Db, channelId: number, language: string): Promise<number[]> {
  const rows = await db.kysely
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

export async function countPublished(db: Db, channelId: number): Promise<number> {
  const r = await db.kysely
    .selectFrom("articles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("channel_id", "=", channelId)
    .where("status", "=", "published")
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Of these articles, those worth translating into `language` without being asked: published since
 * `since` (news as it arrives), or already translated (an edit keeps the edition in step).
 */
export async function worthTranslating(
  db: Db,
  ids: number[],
  language: string,
  since: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.kysely
      .selectFrom("articles")
      .leftJoin("editions", (j) =>
        j.onRef("editions.article_id", "=", "articles.id").on("editions.language", "=", language),
      )
      .select("articles.id")
      .where("articles.id", "in", ids.slice(i, i + 500))
      .where((eb) =>
        eb.or([eb("articles.published_at", ">=", since), eb("editions.article_id", "is not", null)]),
      )
      .execute();
    out.push(...rows.map((r) => r.id));
  }
  return out;
}
