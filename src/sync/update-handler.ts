// One Bot API update → stored post. Shared by the webhook and long polling, so both behave the same:
// idempotent (an update delivered twice changes nothing), and done only when the post is durably stored.
import type { IngestService } from "../ingest/ingest-service.js";
import type { MediaResolver } from "../ingest/media-resolver.js";
import type { Logger } from "../shared/logger.js";
import type { ChannelStore } from "../store/channels.js";
import { chatIdString, messageToSourceMessage } from "../telegram/bot/map-message.js";
import type { ParsedUpdate } from "../telegram/bot/parse-update.js";
import type { AlbumCollector } from "./album-collector.js";

export type HandleOutcome = "stored" | "unchanged" | "ignored";

export interface UpdateHandlerDeps {
  channels: ChannelStore;
  ingest: IngestService;
  media: MediaResolver;
  albums: AlbumCollector;
  log: Logger;
}

export class UpdateHandler {
  constructor(private readonly deps: UpdateHandlerDeps) {}

  async handle(update: Extract<ParsedUpdate, { ok: true }>): Promise<HandleOutcome> {
    const msg = update.message;
    if (update.kind === "other" || !msg) return "ignored";
    if (msg.chat.type !== "channel") {
      this.deps.log.info("update ignored: not a channel", {
        update: update.updateId,
        chatType: msg.chat.type,
      });
      return "ignored";
    }
    const chatId = chatIdString(msg.chat);
    let channel = await this.deps.channels.byTelegramId(chatId);
    if (!channel && msg.chat.username) {
      const byName = await this.deps.channels.byUsername(msg.chat.username);
      // A channel configured by username learns its chat id from its first update.
      if (byName && !byName.telegram_id)
        channel = await this.deps.channels.update(byName.id, { telegramId: chatId });
    }
    if (!channel) {
      this.deps.log.info("update ignored: channel not configured", {
        update: update.updateId,
        chat: chatId,
        title: msg.chat.title ?? "",
      });
      return "ignored";
    }
    const source = messageToSourceMessage(msg, JSON.stringify(msg));
    const r = await this.deps.ingest.ingestLive(channel, [source], this.deps.media);
    for (const gid of r.heldAlbums) this.deps.albums.schedule(channel.id, gid);
    const changed = r.counts.messages - r.counts.unchanged > 0 || r.heldAlbums.length > 0;
    return changed ? "stored" : "unchanged";
  }
}
