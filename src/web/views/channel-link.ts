// Extension of ChannelView (models.ts is not ours to change): where a channel's own listing lives on this site.
import type { ChannelView } from "../view-models.js";

/**
 * A presenter may add `url` (site path of the channel's listing) to a ChannelView; TypeScript lets the wider
 * object through wherever a ChannelView is expected. Without it the channel nav falls back to Telegram.
 */
export interface ChannelViewWithUrl extends ChannelView {
  url?: string | null;
}

/** The channel's page on this site when the presenter gave one, else the channel on Telegram. */
export function channelHref(channel: ChannelView | ChannelViewWithUrl): string {
  return "url" in channel && typeof channel.url === "string" && channel.url !== ""
    ? channel.url
    : channel.telegramUrl;
}
