// One ingestion transaction's reads and writes (IngestStore.transaction opens it). The bulk ones run as
// prepared statements on SQLite (sqlite-ingest-writes.ts), on the transaction's own connection; the rest,
// and every one on PostgreSQL, through Kysely. The channel rows an ingestion reads and writes go through
// here too: inside the transaction, where ChannelStore cannot reach.
import type { Transaction } from "kysely";
import type { Db } from "../../db/connect.js";
import type { ArticleRow, ChannelRow, Database, MessageMediaRow, MessageRow } from "../../db/tables/index.js";
import * as q from "./ingest-queries.js";
import type {
  ArticleInsert,
  ArticlePatch,
  ChannelInsert,
  ExistingMessage,
  MediaInsert,
  MessageMediaInsert,
  MessageUpsert,
  PathInsert,
  RevisionInsert,
  TagInsert,
  TextValue,
} from "./rows.js";
import { SqliteIngestWrites } from "./sqlite-ingest-writes.js";

export class IngestTx {
  /** The prepared statements, on SQLite. */
  private readonly fast: SqliteIngestWrites | null;

  constructor(
    db: Db,
    private readonly tx: Transaction<Database>,
  ) {
    this.fast = db.sqlite ? new SqliteIngestWrites(db.sqlite) : null;
  }

  /** What is stored of these messages of a channel. */
  async existingMessages(channelId: number, ids: number[]): Promise<Map<number, ExistingMessage>> {
    return this.fast
      ? this.fast.existingMessages(channelId, ids)
      : q.existingMessages(this.tx, channelId, ids);
  }

  /** Which of these permalink paths are taken, and by which article. */
  async takenPaths(paths: string[]): Promise<Map<string, number>> {
    return this.fast ? this.fast.takenPaths(paths) : q.takenPaths(this.tx, paths);
  }

  /** Returns message_id → new article id. */
  async insertArticles(rows: ArticleInsert[]): Promise<Map<number, number>> {
    if (this.fast) return this.fast.insertArticles(rows);
    const texts = rows.map((r) => ({
      ...r,
      body_html: textOf(r.body_html),
      body_text: textOf(r.body_text),
      summary: textOf(r.summary),
    }));
    return q.insertArticles(this.tx, texts);
  }

  async upsertMessages(rows: MessageUpsert[]): Promise<void> {
    if (this.fast) return this.fast.upsertMessages(rows);
    const texts = rows.map((r) => ({ ...r, raw: textOf(r.raw), post: textOf(r.post) }));
    await q.upsertMessages(this.tx, texts);
  }

  async insertTags(rows: TagInsert[]): Promise<void> {
    if (this.fast) this.fast.insertTags(rows);
    else await q.insertTags(this.tx, rows);
  }

  async insertPaths(rows: PathInsert[]): Promise<void> {
    if (this.fast) this.fast.insertPaths(rows);
    else await q.insertPaths(this.tx, rows);
  }

  async insertMedia(rows: MediaInsert[]): Promise<void> {
    if (this.fast) this.fast.insertMedia(rows);
    else await q.insertMedia(this.tx, rows);
  }

  /** Replaces the media rows of these messages (`messageIds`: those that may have rows already). */
  async replaceMessageMedia(
    channelId: number,
    messageIds: number[],
    rows: MessageMediaInsert[],
  ): Promise<void> {
    if (this.fast) this.fast.replaceMessageMedia(channelId, messageIds, rows);
    else await q.replaceMessageMedia(this.tx, channelId, messageIds, rows);
  }

  /** All stored messages of an album (the Bot API delivers album items one by one). */
  albumMessages(channelId: number, mediaGroupId: string): Promise<MessageRow[]> {
    return q.albumMessages(this.tx, channelId, mediaGroupId);
  }

  articlesById(ids: number[]): Promise<Map<number, ArticleRow>> {
    return q.articlesById(this.tx, ids);
  }

  /** Stored media rows of messages (to keep what an earlier version already downloaded). */
  messageMedia(channelId: number, messageIds: number[]): Promise<MessageMediaRow[]> {
    return q.messageMedia(this.tx, channelId, messageIds);
  }

  /** Points messages (e.g. album members stored earlier) at an article. */
  linkMessages(channelId: number, messageIds: number[], articleId: number): Promise<void> {
    return q.linkMessages(this.tx, channelId, messageIds, articleId);
  }

  insertRevisions(rows: RevisionInsert[]): Promise<void> {
    return q.insertRevisions(this.tx, rows);
  }

  updateArticle(id: number, patch: ArticlePatch): Promise<void> {
    return q.updateArticle(this.tx, id, patch);
  }

  replaceTags(articleId: number, tags: string[], publishedAt: number): Promise<void> {
    return q.replaceTags(this.tx, articleId, tags, publishedAt);
  }

  channel(id: number): Promise<ChannelRow | undefined> {
    return this.tx.selectFrom("channels").selectAll().where("id", "=", id).executeTakeFirst();
  }

  channelByTelegramId(telegramId: string): Promise<ChannelRow | undefined> {
    return this.tx
      .selectFrom("channels")
      .selectAll()
      .where("telegram_id", "=", telegramId)
      .executeTakeFirst();
  }

  /** @param username lower case, as stored */
  channelByUsername(username: string): Promise<ChannelRow | undefined> {
    return this.tx.selectFrom("channels").selectAll().where("username", "=", username).executeTakeFirst();
  }

  createChannel(row: ChannelInsert): Promise<ChannelRow> {
    return this.tx.insertInto("channels").values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Records a channel's Telegram chat id; returns the channel as it is now. */
  linkChannel(id: number, telegramId: string, now: number): Promise<ChannelRow> {
    return this.tx
      .updateTable("channels")
      .set({ telegram_id: telegramId, updated_at: now })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** The highest message id seen of a channel. */
  async setLastSeenId(channelId: number, messageId: number): Promise<void> {
    await this.tx
      .updateTable("channels")
      .set({ last_seen_id: messageId })
      .where("id", "=", channelId)
      .execute();
  }

  /** A channel's detected promotion lines, as their JSON list. */
  async setDetectedPromo(channelId: number, linesJson: string): Promise<void> {
    await this.tx
      .updateTable("channels")
      .set({ detected_promo: linesJson })
      .where("id", "=", channelId)
      .execute();
  }
}

const utf8 = new TextDecoder();

function textOf(value: TextValue): string {
  return typeof value === "string" ? value : utf8.decode(value);
}
