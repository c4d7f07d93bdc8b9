// Albums arrive as separate updates sharing a media_group_id, and Telegram never says how many items
// there are. Each item is stored at once (so the webhook can answer); the album is published as one
// article after a quiet period with no new item. A late item joins the existing article.
import { describeError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";

export interface AlbumPublisher {
  finalizeAlbum(channelId: number, mediaGroupId: string): Promise<unknown>;
}

export class AlbumCollector {
  private readonly timers = new Map<
    string,
    { channelId: number; mediaGroupId: string; timer: NodeJS.Timeout }
  >();

  constructor(
    private readonly publisher: AlbumPublisher,
    private readonly quietMs: number,
    private readonly log: Logger,
  ) {}

  /** (Re)starts the quiet period of an album. */
  schedule(channelId: number, mediaGroupId: string): void {
    const key = `${channelId}:${mediaGroupId}`;
    const existing = this.timers.get(key);
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => void this.publish(key), this.quietMs);
    timer.unref();
    this.timers.set(key, { channelId, mediaGroupId, timer });
  }

  get pending(): number {
    return this.timers.size;
  }

  private async publish(key: string): Promise<void> {
    const entry = this.timers.get(key);
    if (!entry) return;
    this.timers.delete(key);
    try {
      await this.publisher.finalizeAlbum(entry.channelId, entry.mediaGroupId);
    } catch (e) {
      // Its items are stored; the next start-up (or the next item) publishes it.
      this.log.error("album could not be published", { album: entry.mediaGroupId, error: describeError(e) });
    }
  }

  /** Publishes every waiting album now (shutdown, tests). */
  async flush(): Promise<void> {
    const keys = [...this.timers.keys()];
    for (const key of keys) {
      const entry = this.timers.get(key);
      if (entry) clearTimeout(entry.timer);
      await this.publish(key);
    }
  }

  stop(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
