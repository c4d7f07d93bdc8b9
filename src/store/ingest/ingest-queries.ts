// Ingestion's queries in Kysely: bulk reads of what is already stored and bulk writes of a batch, on the
// database or inside a transaction. Kept apart from the read side (articles.ts) used by pages.
import type { Insertable, Kysely, Transaction } from "kysely";
import type { ArticleRow, Database, MessageMediaRow, MessageRow, NewArticle } from "../../db/tables/index.js";
import { chunkIds, chunkRows } from "../chunks.js";
import type {
  ArticlePatch,
  ExistingMessage,
  MediaInsert,
  MessageMediaInsert,
  PathInsert,
  RevisionInsert,
  TagInsert,
} from "./rows.js";

export type Tx = Kysely<Database> | Transaction<Database>;

export async function existingMessages(
  tx: Tx,
  channelId: number,
  ids: number[],
): Promise<Map<number, ExistingMessage>> {
  const out = new Map<number, ExistingMessage>();
  for (const part of chunkIds(ids)) {
    const rows = await tx
      .selectFrom("messages")
      .select(["message_id", "post_hash", "article_id", "media_group_id"])
      .where("channel_id", "=", channelId)
      .where("message_id", "in", part)
      .execute();
    for (const r of rows) out.set(r.message_id, r);
  }
  return out;
}

/** All stored messages of an album (the Bot API delivers album items one by one). */
export async function albumMessages(tx: Tx, channelId: number, mediaGroupId: string): Promise<MessageRow[]> {
  return tx
    .selectFrom("messages")
    .selectAll()
    .where("channel_id", "=", channelId)
    .where("media_group_id", "=", mediaGroupId)
    .orderBy("message_id")
    .execute();
}

export async function articlesById(tx: Tx, ids: number[]): Promise<Map<number, ArticleRow>> {
  const out = new Map<number, ArticleRow>();
  for (const part of chunkIds(ids)) {
    const rows = await tx.selectFrom("articles").selectAll().where("id", "in", part).execute();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** Which of these permalink paths are taken, and by which article. */
export async function takenPaths(tx: Tx, paths: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const part of chunkIds(paths)) {
    const rows = await tx
      .selectFrom("article_paths")
      .select(["path", "article_id"])
      .where("path", "in", part)
      .execute();
    for (const r of rows) out.set(r.path, r.article_id);
  }
  return out;
}

export async function insertArticles(tx: Tx, rows: NewArticle[]): Promise<Map<number, number>> {
  const ids = new Map<number, number>(); // message_id → article id
  for (const part of chunkRows(rows)) {
    const got = await tx.insertInto("articles").values(part).returning(["id", "message_id"]).execute();
    for (const g of got) ids.set(g.message_id, g.id);
  }
  return ids;
}

export async function updateArticle(tx: Tx, id: number, patch: ArticlePatch): Promise<void> {
  await tx.updateTable("articles").set(patch).where("id", "=", id).execute();
}

export async function insertRevisions(tx: Tx, rows: RevisionInsert[]): Promise<void> {
  for (const part of chunkRows(rows)) await tx.insertInto("revisions").values(part).execute();
}

export async function upsertMessages(tx: Tx, rows: Insertable<Database["messages"]>[]): Promise<void> {
  for (const part of chunkRows(rows)) {
    await tx
      .insertInto("messages")
      .values(part)
      .onConflict((oc) =>
        oc.columns(["channel_id", "message_id"]).doUpdateSet((eb) => ({
          source: eb.ref("excluded.source"),
          raw: eb.ref("excluded.raw"),
          post: eb.ref("excluded.post"),
          date: eb.ref("excluded.date"),
          edit_date: eb.ref("excluded.edit_date"),
          media_group_id: eb.ref("excluded.media_group_id"),
          post_hash: eb.ref("excluded.post_hash"),
          article_id: eb.ref("excluded.article_id"),
          seen_at: eb.ref("excluded.seen_at"),
        })),
      )
      .execute();
  }
}

/** Points messages (e.g. album members stored earlier) at an article. */
export async function linkMessages(
  tx: Tx,
  channelId: number,
  messageIds: number[],
  articleId: number,
): Promise<void> {
  for (const part of chunkIds(messageIds)) {
    await tx
      .updateTable("messages")
      .set({ article_id: articleId })
      .where("channel_id", "=", channelId)
      .where("message_id", "in", part)
      .execute();
  }
}

export async function replaceTags(
  tx: Tx,
  articleId: number,
  tags: string[],
  publishedAt: number,
): Promise<void> {
  await tx.deleteFrom("article_tags").where("article_id", "=", articleId).execute();
  if (tags.length > 0)
    await insertTags(
      tx,
      tags.map((tag) => ({ article_id: articleId, tag, published_at: publishedAt })),
    );
}

export async function insertTags(tx: Tx, rows: TagInsert[]): Promise<void> {
  for (const part of chunkRows(rows)) {
    await tx
      .insertInto("article_tags")
      .values(part)
      .onConflict((oc) => oc.columns(["article_id", "tag"]).doNothing())
      .execute();
  }
}

export async function insertPaths(tx: Tx, rows: PathInsert[]): Promise<void> {
  for (const part of chunkRows(rows)) {
    await tx
      .insertInto("article_paths")
      .values(part)
      .onConflict((oc) => oc.column("path").doNothing())
      .execute();
  }
}

export async function insertMedia(tx: Tx, rows: MediaInsert[]): Promise<void> {
  for (const part of chunkRows(rows)) {
    await tx
      .insertInto("media")
      .values(part)
      .onConflict((oc) => oc.column("sha256").doNothing())
      .execute();
  }
}

export async function replaceMessageMedia(
  tx: Tx,
  channelId: number,
  messageIds: number[],
  rows: MessageMediaInsert[],
): Promise<void> {
  for (const part of chunkIds(messageIds)) {
    await tx
      .deleteFrom("message_media")
      .where("channel_id", "=", channelId)
      .where("message_id", "in", part)
      .execute();
  }
  for (const part of chunkRows(rows)) await tx.insertInto("message_media").values(part).execute();
}

/** Stored media rows of messages (to keep what an earlier version already downloaded). */
export async function messageMedia(
  tx: Tx,
  channelId: number,
  messageIds: number[],
): Promise<MessageMediaRow[]> {
  const out: MessageMediaRow[] = [];
  for (const part of chunkIds(messageIds)) {
    const rows = await tx
      .selectFrom("message_media")
      .selectAll()
      .where("channel_id", "=", channelId)
      .where("message_id", "in", part)
      .execute();
    out.push(...rows);
  }
  return out;
}
