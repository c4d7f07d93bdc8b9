// One `.tgme_widget_message` block of t.me/s (or of an embed page) → SourceMessage. Tolerant of missing
// parts: anything absent from the markup is left out of the post; only the id and the date are required.
import type { Cheerio, CheerioAPI } from "cheerio";
import type { SourceMessage, TelegramPost } from "../post.js";
import type { DomElement } from "./dom.js";
import { blockContent, FOREIGN_CONTENT, messageIdFromUrl } from "./message-media.js";
import { type LinkContext, plainTextOf, richTextOf } from "./message-text.js";

export const MESSAGE_SELECTOR = ".tgme_widget_message[data-post]";

export interface BlockOptions {
  /** Unix seconds the page was fetched: the preview marks edits without saying when, so this stands in. */
  seenAt: number;
  baseUrl?: string;
}

export interface ParsedBlock {
  channel: string;
  messageId: number;
  /** Absent when the block is skipped: see `skipped`. */
  message?: SourceMessage;
  /** Why there is no message: a service message (channel created, pinned…: not an article), or no date. */
  skipped?: "service" | "undated";
  /** Ids of an album's items; the first is the block's own id. */
  albumItemIds: number[];
}

/** `data-post="<channel>/<id>"`. */
export function parseDataPost(value: string | undefined): { channel: string; messageId: number } | undefined {
  const match = /^([A-Za-z0-9_]+)\/(\d+)$/.exec(value?.trim() ?? "");
  if (!match?.[1] || !match[2]) return undefined;
  return { channel: match[1], messageId: Number(match[2]) };
}

export function parseMessageBlock(
  $: CheerioAPI,
  el: DomElement,
  opts: BlockOptions,
): ParsedBlock | undefined {
  const block = $(el);
  const ref = parseDataPost(block.attr("data-post"));
  if (!ref) return undefined;
  const parsed: ParsedBlock = { ...ref, albumItemIds: [] };
  if (block.hasClass("service_message")) return { ...parsed, skipped: "service" };
  const date = postDate(own($, block, "a.tgme_widget_message_date time[datetime]").attr("datetime"));
  if (date === undefined) return { ...parsed, skipped: "undated" };

  const ctx: LinkContext = opts.baseUrl
    ? { channel: ref.channel, baseUrl: opts.baseUrl }
    : { channel: ref.channel };
  const textEl = ownTextElement($, block);
  const { text, entities } = textEl ? richTextOf(textEl, ctx) : { text: "", entities: [] };
  const content = blockContent($, block);
  const post: TelegramPost = { messageId: ref.messageId, date, text, entities, media: content.media };
  if (isEdited($, block)) post.editDate = opts.seenAt;
  const signature = textOf(own($, block, ".tgme_widget_message_from_author").get(0));
  if (signature) post.authorSignature = signature;
  const forwardedFrom = forwardedName($, block);
  if (forwardedFrom) post.forwardedFrom = forwardedFrom;
  const replyTo = replyTarget(block.find("a.tgme_widget_message_reply").first().attr("href"), ref.channel);
  if (replyTo !== undefined) post.replyToMessageId = replyTo;
  if (content.poll) post.poll = content.poll;
  if (content.location) post.location = content.location;

  parsed.albumItemIds = content.albumItemIds;
  parsed.message = { source: "preview", raw: $.html(el), post };
  return parsed;
}

/** Elements of the block itself, not of a quoted reply or a link preview. */
function own($: CheerioAPI, block: Cheerio<DomElement>, selector: string): Cheerio<DomElement> {
  return block.find(selector).filter((_, e) => $(e).closest(FOREIGN_CONTENT).length === 0);
}

/**
 * The body is the `.tgme_widget_message_text` that is a direct child of the bubble: reply quotes and link
 * previews reuse the class. Failing that (older markup), the first one outside those.
 */
function ownTextElement($: CheerioAPI, block: Cheerio<DomElement>): DomElement | undefined {
  const bubble = block.find(".tgme_widget_message_bubble").first();
  const direct = bubble.children(".tgme_widget_message_text").get(0);
  if (direct) return direct;
  return own($, block, ".tgme_widget_message_text")
    .filter((_, e) => $(e).parents(".tgme_widget_message_text").length === 0)
    .get(0);
}

/** ISO 8601 with offset → Unix seconds. */
function postDate(iso: string | undefined): number | undefined {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

/** The word "edited" in the meta line, once the signature (which could contain the word) is set aside. */
function isEdited($: CheerioAPI, block: Cheerio<DomElement>): boolean {
  const meta = own($, block, ".tgme_widget_message_meta").first().clone();
  meta.find(".tgme_widget_message_from_author, .tgme_widget_message_date").remove();
  return /\bedited\b/i.test(meta.text());
}

function forwardedName($: CheerioAPI, block: Cheerio<DomElement>): string | undefined {
  const from = own($, block, ".tgme_widget_message_forwarded_from").first();
  const name = textOf(from.find(".tgme_widget_message_forwarded_from_name").get(0));
  if (name) return name;
  const whole = textOf(from.get(0));
  return whole?.replace(/^Forwarded from\s*/i, "").trim() || undefined;
}

/** A reply links to `https://t.me/<channel>/<id>`; a reply to another chat's message has no id here. */
function replyTarget(href: string | undefined, channel: string): number | undefined {
  if (!href) return undefined;
  const linkedChannel = /^(?:https?:)?\/\/[^/]+\/(?:s\/)?([A-Za-z0-9_]+)\/\d+/i.exec(href)?.[1];
  if (linkedChannel && linkedChannel.toLowerCase() !== channel.toLowerCase()) return undefined;
  return messageIdFromUrl(href);
}

function textOf(el: DomElement | undefined): string | undefined {
  return el ? plainTextOf(el) || undefined : undefined;
}
