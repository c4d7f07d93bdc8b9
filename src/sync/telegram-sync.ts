// The live Telegram side of a running site, built when a bot token is configured: the update handler
// shared by the webhook and long polling, the album collector, and the media downloader.
import { LiveMediaResolver } from "../ingest/live-media-resolver.js";
import type { Services } from "../services.js";
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

export function createTelegramSync(s: Services, fetchImpl?: typeof fetch): TelegramSync | null {
  const token = s.config.telegram.botToken;
  if (!token) return null;
  const bot = new BotClient({
    token,
    apiRoot: s.config.telegram.apiRoot,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  const media = new LiveMediaResolver(s.media, { botFile: (id) => bot.downloadFile(id) }, s.log);
  const albums = new AlbumCollector(s.ingest, s.config.telegram.albumQuietMs, s.log);
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
