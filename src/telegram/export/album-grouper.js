// Exports have no album field: an album shows as consecutive media messages with the same date. The grouper
// holds back the current run of such messages until a message that does not continue it arrives, then
// gives a run of two or more one synthesized mediaGroupId. Output keeps the input order.

/** @import { SourceMessage } from "../post.js" */

/** Telegram puts at most 10 items in an album (https://core.telegram.org/api/files#albums-grouped-media);
 * a longer run with one date is several albums sent together, and the cap keeps the held run small. */
export const MAX_ALBUM_ITEMS = 10;

export class AlbumGrouper {
  /**
   * @param {string | number} channelId the export's id, part of the synthesized key
   * @param {(message: SourceMessage) => void} emit receives every message, in order
   */
  constructor(channelId, emit) {
    this.channelId = String(channelId);
    this.emit = emit;
    /** @type {SourceMessage[]} */
    this.run = [];
  }

  /** @param {SourceMessage} message */
  push(message) {
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
  flush() {
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
