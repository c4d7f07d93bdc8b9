// The public preview's pages: `https://t.me/s/<channel>[?before=<id>]` (about 20 posts, oldest first) and
// `https://t.me/<channel>/<id>?embed=1` (one post, or an error block when it was deleted).
// A channel page without `.tgme_channel_history` means the channel has no public preview (disabled, private,
// or not a channel at all).

import type { CheerioAPI } from "cheerio";
import * as cheerio from "cheerio";
import type { SourceMessage } from "../post.js";
import { isElement } from "./dom.js";
import { plainTextOf } from "./message-text.js";
import { MESSAGE_SELECTOR, type ParsedBlock, parseMessageBlock } from "./parse-message.js";

export interface PreviewChannelInfo {
  title?: string;
  username?: string;
  description?: string;
}

export interface PreviewAlbum {
  /** The post's id (its `data-post`), which is also the first item's. */
  messageId: number;
  /** Every item's message id, in order, the first included. */
  itemIds: number[];
}

export interface PreviewPage {
  available: boolean;
  channel: PreviewChannelInfo;
  /** Posts in page order (oldest first); service messages are left out. */
  posts: SourceMessage[];
  /** Smallest message id on the page, service messages included: the next page is `?before=<minId>`. */
  minId?: number;
  /** Largest message id on the page, album items and service messages included. */
  maxId?: number;
  /** The preview shows an album as one block; each becomes one post with several media. */
  albums: PreviewAlbum[];
}

export interface PageOptions {
  channel: string;
  /** Unix seconds the page was fetched (stands in for the edit time of posts marked "edited"). */
  seenAt: number;
  baseUrl?: string;
}

export type EmbedResult =
  | { status: "ok"; post: SourceMessage }
  | { status: "not_found"; message: string }
  | { status: "unknown" };

export function parsePreviewPage(html: string, opts: PageOptions): PreviewPage {
  const $ = cheerio.load(html);
  const history = $(".tgme_channel_history");
  const page: PreviewPage = { available: history.length > 0, channel: channelInfo($), posts: [], albums: [] };
  if (!page.available) return page;

  const ids: number[] = [];
  for (const el of history.find(MESSAGE_SELECTOR).toArray()) {
    const block = parseMessageBlock($, el, blockOptions(opts));
    if (!block) continue;
    ids.push(block.messageId, ...block.albumItemIds);
    if (block.message) page.posts.push(block.message);
    if (block.message && block.albumItemIds.length > 1) page.albums.push(albumOf(block));
  }
  if (ids.length > 0) {
    page.minId = Math.min(...ids);
    page.maxId = Math.max(...ids);
  }
  return page;
}

export function parseEmbedPage(html: string, opts: { seenAt?: number; baseUrl?: string } = {}): EmbedResult {
  const $ = cheerio.load(html);
  const error = $(".tgme_widget_message_error").first();
  if (error.length > 0) return { status: "not_found", message: error.text().trim() };
  const el = $(MESSAGE_SELECTOR).get(0);
  if (!el) return { status: "unknown" };
  const seenAt = opts.seenAt ?? Math.floor(Date.now() / 1000);
  const block = parseMessageBlock($, el, opts.baseUrl ? { seenAt, baseUrl: opts.baseUrl } : { seenAt });
  return block?.message ? { status: "ok", post: block.message } : { status: "unknown" };
}

function blockOptions(opts: PageOptions) {
  return opts.baseUrl ? { seenAt: opts.seenAt, baseUrl: opts.baseUrl } : { seenAt: opts.seenAt };
}

function albumOf(block: ParsedBlock): PreviewAlbum {
  return { messageId: block.messageId, itemIds: block.albumItemIds };
}

/** The header of a t.me/s page, falling back to the Open Graph tags every t.me page carries. */
function channelInfo($: CheerioAPI): PreviewChannelInfo {
  const info: PreviewChannelInfo = {};
  const title = firstText($, ".tgme_channel_info_header_title") ?? meta($, "og:title");
  if (title) info.title = title;
  const username = firstText($, ".tgme_channel_info_header_username")?.replace(/^@/, "");
  if (username) info.username = username;
  const description = firstText($, ".tgme_channel_info_description") ?? meta($, "og:description");
  if (description) info.description = description;
  return info;
}

function firstText($: CheerioAPI, selector: string): string | undefined {
  const el = $(selector).get(0);
  return el && isElement(el) ? plainTextOf(el) || undefined : undefined;
}

function meta($: CheerioAPI, property: string): string | undefined {
  return $(`meta[property="${property}"]`).attr("content")?.trim() || undefined;
}
