// The live Telegram side of a running site, built when a bot token is configured: the update handler
// shared by the webhook and long polling, the album collector, and the media downloader.
import type { IngestService } from "../ingest/ingest-service.js";
import { LiveMediaResolver } from "../ingest/live-media-resolver.js";
import type { MediaStore } from "../media/media-store.js";
import type { Logger } from "../shared/logger.js";
import type { ChannelStore } from "../store/channels.js";
import type { StateStore } from "../store/state.js";
import { BotClient } from "../telegram/bot/bot-client.js";
import { AlbumCollector } from "./album-collector.js";
import { Poller } from "./poller.js";
import { UpdateHandler } from "./update-handler.js";

export interface TelegramSync {
  bot: BotClient;
  handler: UpdateHandler;
  albums: AlbumCollector;
  poller: Poller;
  /** Publishes albums left unpublished by an earlier run. */
  recover(): Promise<void>;
}

export interface TelegramSyncDeps {
  /** The bot's settings (config.telegram); nothing is built without a token. */
  telegram: { botToken?: string | undefined; apiRoot: string; albumQuietMs: number };
  ingest: IngestService;
  channels: ChannelStore;
  state: StateStore;
  media: MediaStore;
  log: Logger;
  /** Outbound HTTP (tests point it at a local Bot API). */
  fetch?: typeof fetch;
}

export function createTelegramSync(s: TelegramSyncDeps): TelegramSync | null {
  const token = s.telegram.botToken;
  if (!token) return null;
  const bot = new BotClient({
    token,
    apiRoot: s.telegram.apiRoot,
    ...(s.fetch ? { fetch: s.fetch } : {}),
  });
  const media = new LiveMediaResolver(s.media, { botFile: (id) => bot.downloadFile(id) }, s.log);
  const albums = new AlbumCollector(s.ingest, s.telegram.albumQuietMs, s.log);
  const handler = new UpdateHandler({ channels: s.channels, ingest: s.ingest, media, albums, log: s.log });
  const poller = new Poller({ bot, handler, state: s.state, log: s.log });
  return {
    bot,
    handler,
    albums,
    poller,
    recover: async () => {
      for (const a of await s.ingest.heldAlbums()) albums.schedule(a.channelId, a.mediaGroupId);
    },
  };
}
