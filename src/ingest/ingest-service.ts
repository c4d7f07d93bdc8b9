// Ingestion: normalized Telegram messages → stored messages, media and articles, with revisions.
// Idempotent: a message whose normalized content is unchanged writes nothing, so the same update or
// export can be delivered any number of times. One source of truth for every source (export, Bot API,
// preview): they differ only in how messages and media reach this service.
import type { ChannelRow } from "../db/tables/index.js";
import type { ChangeBus } from "../shared/change-bus.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ChannelStore } from "../store/channels.js";
import type { IngestStore, IngestTx } from "../store/ingest/index.js";
import type { MediaRef, SourceMessage } from "../telegram/post.js";
import {
  type BatchOptions,
  type BatchResult,
  emptyCounts,
  type IngestCounts,
  type IngestMessage,
  ingestBatch,
} from "./ingest-batch.js";
import { type MediaOutcome, type MediaResolver, noMedia } from "./media-resolver.js";
import { postHash } from "./post-hash.js";
import type { PreparedBatch } from "./prepare-batch.js";
import { storedPost } from "./stored-post.js";

export { type BatchOptions, type BatchResult, emptyCounts, type IngestCounts, type IngestMessage };

export interface IngestDeps {
  channels: ChannelStore;
  store: IngestStore;
  clock: Clock;
  log: Logger;
  bus: ChangeBus;
}

export class IngestService {
  constructor(private readonly deps: IngestDeps) {}

  /** Ingests the messages of one channel in one transaction (live updates, small batches). */
  async ingest(channel: ChannelRow, messages: SourceMessage[], media: MediaResolver): Promise<IngestCounts> {
    const counts = emptyCounts();
    const touched = await this.deps.store.transaction((tx) =>
      this.ingestBatch(tx, channel, messages, media, counts),
    );
    await this.announce(channel.id, touched);
    return counts;
  }

  /**
   * Live ingestion (Bot API, preview): decides what changed, downloads media of changed messages before
   * the transaction (network time never holds the database), then stores everything in one transaction.
   * Album items without an article are held for finalizeAlbum. Serialized per channel.
   */
  async ingestLive(
    channel: ChannelRow,
    messages: SourceMessage[],
    media: MediaResolver,
  ): Promise<{ counts: IngestCounts; heldAlbums: string[]; created: number[]; updated: number[] }> {
    return this.serialized(channel.id, async () => {
      const existing = await this.deps.store.existingMessages(
        channel.id,
        messages.map((m) => m.post.messageId),
      );
      const changed = messages.filter((m) => existing.get(m.post.messageId)?.post_hash !== postHash(m.post));
      const fetched = new Map<MediaRef, MediaOutcome>();
      for (const m of changed) for (const ref of m.post.media) fetched.set(ref, await media.store(ref));
      const prefetched: MediaResolver = {
        store: async (ref) => fetched.get(ref) ?? { missing: "not fetched" },
      };
      const counts = emptyCounts();
      const fresh = (await this.deps.channels.byId(channel.id)) ?? channel;
      const result = await this.deps.store.transaction((tx) =>
        this.ingestBatch(tx, fresh, messages, prefetched, counts, { holdNewAlbums: true }),
      );
      await this.announce(channel.id, result);
      return { counts, ...result };
    });
  }

  /** Publishes a held album from its stored items (after the quiet period, or at start-up). */
  async finalizeAlbum(channelId: number, mediaGroupId: string): Promise<BatchResult> {
    return this.serialized(channelId, async () => {
      const channel = await this.deps.channels.byId(channelId);
      if (!channel) return { created: [], updated: [], heldAlbums: [] };
      const rows = await this.deps.store.albumMessages(channelId, mediaGroupId);
      if (rows.length === 0) return { created: [], updated: [], heldAlbums: [] };
      const messages: IngestMessage[] = rows.map((r) => ({
        source: r.source as SourceMessage["source"],
        raw: r.raw,
        post: storedPost(r),
      }));
      const result = await this.deps.store.transaction((tx) =>
        this.ingestBatch(tx, channel, messages, noMedia, emptyCounts(), { rebuild: true }),
      );
      await this.announce(channelId, result);
      return result;
    });
  }

  /** Albums stored but never published (the process stopped during a quiet period). */
  heldAlbums(): Promise<{ channelId: number; mediaGroupId: string }[]> {
    return this.deps.store.heldAlbums();
  }

  private readonly locks = new Map<number, Promise<unknown>>();

  private serialized<T>(channelId: number, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(channelId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.locks.set(channelId, settled);
    void settled.then(() => {
      if (this.locks.get(channelId) === settled) this.locks.delete(channelId);
    });
    return next;
  }

  /** Tells listeners (page cache, search index) what changed; call after the transaction commits. */
  async announce(channelId: number, touched: { created: number[]; updated: number[] }): Promise<void> {
    await this.deps.bus.emit({ kind: "created", channelId, articleIds: touched.created });
    await this.deps.bus.emit({ kind: "updated", channelId, articleIds: touched.updated });
  }

  /**
   * Ingests a batch inside the caller's transaction (an import runs all its batches in one, so a failure
   * leaves the database as it was). Returns the ids of articles created and updated.
   */
  ingestBatch(
    tx: IngestTx,
    channel: ChannelRow,
    messages: IngestMessage[],
    media: MediaResolver,
    counts: IngestCounts,
    opts: BatchOptions = {},
  ): Promise<BatchResult> {
    const deps = { now: this.deps.clock.now(), log: this.deps.log };
    return ingestBatch(deps, tx, channel, messages, media, counts, opts);
  }

  /** Ingests a batch an import's workers prepared (prepare-batch.ts), inside the import's transaction. */
  ingestPrepared(
    tx: IngestTx,
    channel: ChannelRow,
    batch: PreparedBatch,
    media: MediaResolver,
    counts: IngestCounts,
  ): Promise<BatchResult> {
    const { rawBytes } = batch;
    const messages = batch.posts.map(
      (post, i): IngestMessage => ({ source: "export", raw: rawBytes[i]!, post }),
    );
    return this.ingestBatch(tx, channel, messages, media, counts, { prepared: batch });
  }
}
