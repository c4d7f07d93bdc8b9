// The database side of ingestion: a transaction for a unit of work (IngestTx), the settings of a bulk
// write, and the reads that run outside any transaction.
import type { Db } from "../../db/connect.js";
import type { MessageRow } from "../../db/tables/index.js";
import * as q from "./ingest-queries.js";
import { IngestTx } from "./ingest-tx.js";
import type { ExistingMessage, StoredMessage } from "./rows.js";

export class IngestStore {
  constructor(private readonly db: Db) {}

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: IngestTx) => Promise<T>): Promise<T> {
    return this.db.kysely.transaction().execute((trx) => work(new IngestTx(this.db, trx)));
  }

  /** Settings for one long bulk write (an import), until the returned function restores the usual ones. */
  bulkWriteSettings(): () => void {
    return this.db.bulkWriteSettings();
  }

  /** Brings the database file up to date with what was committed, on another thread (see Db). */
  checkpointInBackground(): Promise<void> {
    return this.db.checkpointInBackground();
  }

  /** What is stored of these messages of a channel. */
  existingMessages(channelId: number, ids: number[]): Promise<Map<number, ExistingMessage>> {
    return q.existingMessages(this.db.kysely, channelId, ids);
  }

  /** All stored messages of an album. */
  albumMessages(channelId: number, mediaGroupId: string): Promise<MessageRow[]> {
    return q.albumMessages(this.db.kysely, channelId, mediaGroupId);
  }

  /** Albums of live sources stored but never published (the process stopped during a quiet period). */
  async heldAlbums(): Promise<{ channelId: number; mediaGroupId: string }[]> {
    const rows = await this.db.kysely
      .selectFrom("messages")
      .select(["channel_id", "media_group_id"])
      .distinct()
      .where("media_group_id", "is not", null)
      .where("article_id", "is", null)
      .where("source", "!=", "export")
      .execute();
    return rows.map((r) => ({ channelId: r.channel_id, mediaGroupId: r.media_group_id! }));
  }

  async countMessages(channelId: number): Promise<number> {
    const row = await this.db.kysely
      .selectFrom("messages")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("channel_id", "=", channelId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Up to `limit` stored messages of a channel after message `afterId`, in order. */
  messagesAfter(channelId: number, afterId: number, limit: number): Promise<StoredMessage[]> {
    return this.db.kysely
      .selectFrom("messages")
      .select(["message_id", "source", "raw", "post", "media_group_id"])
      .where("channel_id", "=", channelId)
      .where("message_id", ">", afterId)
      .orderBy("message_id")
      .limit(limit)
      .execute();
  }
}
