// Exports have no album field: an album shows as consecutive media messages with the same date. The grouper
// holds back the current run of such messages until a message that does not continue it arrives, then
// gives a run of two or more one synthesized mediaGroupId. Output keeps the input order.
import type { TelegramPost } from "../post.js";

/** Telegram puts at most 10 items in an album (https://core.telegram.org/api/files#albums-grouped-media);
 * a longer run with one date is several albums sent together, and the cap keeps the held run small. */
export const MAX_ALBUM_ITEMS = 10;

export class AlbumGrouper<M extends { post: TelegramPost }> {
  private readonly channelId: string;
  private run: M[] = [];

  /**
   * @param channelId the export's id, part of the synthesized key
   * @param emit receives every message, in order
   */
  constructor(
    channelId: string | number,
    private readonly emit: (message: M) => void,
  ) {
    this.channelId = String(channelId);
  }

  push(message: M): void {
    const { post } = message;
    const first = this.run[0];
    if (post.media.length === 0) {
      this.flush();
      this.emit(message);
      return;
    }
    const continuesRun =
      first !== undefined && first.post.date === post.date && this.run.length < MAX_ALBUM_ITEMS;
    if (!continuesRun) this.flush();
    this.run.push(message);
  }

  /** Emits the held run; call at the end of the messages. */
  flush(): void {
    const run = this.run;
    const first = run[0];
    if (first === undefined) return;
    if (run.length > 1) {
      const groupId = `export:${this.channelId}:${first.post.messageId}`;
      for (const message of run) message.post.mediaGroupId = groupId;
    }
    for (const message of run) this.emit(message);
    this.run = [];
  }
}
