// The queries of preview following and deletion probing. They belong with src/store/ (the only place that
// touches the database); they live here while that folder is owned elsewhere, and move there as they are.
import { sql } from "kysely";
import type { Db } from "../db/connect.js";
import type { ChannelRow } from "../db/tables/index.js";
import { storedPost } from "../ingest/stored-post.js";
import type { TelegramPost } from "../telegram/post.js";
import { chunkIds } from "./chunks.js";

/** How far below a channel's newest message id a Bot API message marks it as connected to the bot. */
const RECENT_IDS = 1000;

export interface StoredMessage {
  messageId: number;
  source: string;
  mediaGroupId: string | null;
  articleId: number | null;
  post: TelegramPost;
}

export interface ProbeCandidate {
  articleId: number;
  messageId: number;
}

export class FollowStore {
  constructor(private readonly db: Db) {}

  /** Channels followed through their public preview. */
  async followedChannels(): Promise<ChannelRow[]> {
    return this.db.kysely.selectFrom("channels").selectAll().where("follow", "=", 1).orderBy("id").execute();
  }

  /**
   * Channels whose deletions are worth probing: followed ones, and those the bot receives posts from
   * (the Bot API reports no deletions): a Bot API message among their latest ids (a bounded range of the
   * primary key, so a large imported history is never scanned). The caller keeps those with a username.
   */
  async probedChannels(): Promise<ChannelRow[]> {
    return this.db.kysely
      .selectFrom("channels")
      .selectAll()
      .where((eb) =>
        eb.or([
          eb("follow", "=", 1),
          eb.exists(
            eb
              .selectFrom("messages")
              .select(sql.lit(1).as("one"))
              .whereRef("messages.channel_id", "=", "channels.id")
              .where(sql<boolean>`messages.message_id > channels.last_seen_id - ${RECENT_IDS}`)
              .where("messages.source", "=", "bot"),
          ),
        ]),
      )
      .orderBy("id")
      .execute();
  }

  async messages(channelId: number, ids: number[]): Promise<Map<number, StoredMessage>> {
    const out = new Map<number, StoredMessage>();
    for (const part of chunkIds(ids)) {
      const rows = await this.db.kysely
        .selectFrom("messages")
        .select(["message_id", "source", "media_group_id", "article_id", "post", "raw"])
        .where("channel_id", "=", channelId)
        .where("message_id", "in", part)
        .execute();
      for (const r of rows) {
        out.set(r.message_id, {
          messageId: r.message_id,
          source: r.source,
          mediaGroupId: r.media_group_id,
          articleId: r.article_id,
          post: storedPost(r),
        });
      }
    }
    return out;
  }

  /** Ids of stored messages in [min, max] that belong to a published article. */
  async publishedMessageIdsBetween(channelId: number, min: number, max: number): Promise<number[]> {
    const rows = await this.db.kysely
      .selectFrom("messages")
      .innerJoin("articles", "articles.id", "messages.article_id")
      .select("messages.message_id")
      .where("messages.channel_id", "=", channelId)
      .where("messages.message_id", ">=", min)
      .where("messages.message_id", "<=", max)
      .where("articles.status", "=", "published")
      .orderBy("messages.message_id")
      .execute();
    return rows.map((r) => r.message_id);
  }

  /**
   * Published articles recent enough to probe: the newest `newest`, and any published since `since`
   * (at most `cap`), newest first.
   */
  async probeCandidates(
    channelId: number,
    opts: { newest: number; since: number; cap: number },
  ): Promise<ProbeCandidate[]> {
    const rows = await this.db.kysely
      .selectFrom("articles")
      .select(["id", "message_id", "published_at"])
      .where("channel_id", "=", channelId)
      .where("status", "=", "published")
      .orderBy("published_at", "desc")
      .orderBy("id", "desc")
      .limit(opts.cap)
      .execute();
    return rows
      .filter((r, i) => i < opts.newest || r.published_at >= opts.since)
      .map((r) => ({ articleId: r.id, messageId: r.message_id }));
  }

  /** Takes a deleted album item out of its article (the row is kept, linked to nothing). */
  async detachMessage(channelId: number, messageId: number): Promise<void> {
    await this.db.kysely
      .updateTable("messages")
      .set({ article_id: null, media_group_id: null })
      .where("channel_id", "=", channelId)
      .where("message_id", "=", messageId)
      .execute();
  }

  /** Marks an article changed (validators, sitemaps) when what it shows changed without a new version. */
  async touchArticle(articleId: number, now: number): Promise<void> {
    await this.db.kysely
      .updateTable("articles")
      .set({ modified_at: now })
      .where("id", "=", articleId)
      .execute();
  }
}
