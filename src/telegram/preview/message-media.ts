// Media, polls and locations of one t.me/s message block. The preview gives CDN URLs (which expire after about
// two days: the ingest must download them at once), display sizes rather than file sizes, and no bytes at all
// for documents and videos it considers too big.
import type { Cheerio, CheerioAPI } from "cheerio";
import type { LocationInfo, MediaKind, MediaRef, PollInfo } from "../post.js";
import {
  absoluteUrl,
  backgroundImageUrl,
  type DomElement,
  hasClass,
  parseDuration,
  stylePercent,
  stylePixels,
} from "./dom.js";
import { plainTextOf } from "./message-text.js";

export const DOCUMENT_NOT_IN_PREVIEW = "document not available in preview";
export const VIDEO_TOO_BIG_FOR_PREVIEW = "video too big for the preview";
export const VIDEO_NOT_IN_PREVIEW = "video not available in preview";

/** Media wrappers, matched in document order so that an album keeps its order. */
const MEDIA_SELECTOR = [
  "a.tgme_widget_message_photo_wrap",
  ".tgme_widget_message_video_player",
  ".tgme_widget_message_roundvideo_player",
  ".tgme_widget_message_voice_player",
  ".tgme_widget_message_document_wrap",
  ".tgme_widget_message_sticker_wrap",
].join(",");

/** Reply quotes and link previews show media and text of other messages and pages. */
export const FOREIGN_CONTENT = ".tgme_widget_message_reply, .tgme_widget_message_link_preview";

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  mp4: "video/mp4",
  webm: "video/webm",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  tgs: "application/x-tgsticker",
};

export interface BlockContent {
  media: MediaRef[];
  poll?: PollInfo;
  location?: LocationInfo;
  /** Message ids of an album's items (each links to `…/<id>?single`), in order. */
  albumItemIds: number[];
}

export function blockContent($: CheerioAPI, block: Cheerio<DomElement>): BlockContent {
  const own = (selector: string) =>
    block.find(selector).filter((_, e) => $(e).closest(FOREIGN_CONTENT).length === 0);
  const media: MediaRef[] = [];
  for (const el of own(MEDIA_SELECTOR).toArray()) {
    const ref = mediaOf($, el);
    if (ref) media.push(ref);
  }
  const content: BlockContent = {
    media,
    albumItemIds: albumItemIds($, own(".tgme_widget_message_grouped_wrap")),
  };
  const poll = pollOf(own(".tgme_widget_message_poll").first());
  if (poll) content.poll = poll;
  const location = locationOf(own("a.tgme_widget_message_location_wrap").first().attr("href"));
  if (location) content.location = location;
  return content;
}

function mediaOf($: CheerioAPI, el: DomElement): MediaRef | undefined {
  if (hasClass(el, "tgme_widget_message_photo_wrap")) return photoOf($, el);
  if (hasClass(el, "tgme_widget_message_video_player")) return videoOf($, el);
  if (hasClass(el, "tgme_widget_message_roundvideo_player")) return roundVideoOf($, el);
  if (hasClass(el, "tgme_widget_message_voice_player")) return voiceOf($, el);
  if (hasClass(el, "tgme_widget_message_document_wrap")) return documentOf($, el);
  if (hasClass(el, "tgme_widget_message_sticker_wrap")) return stickerOf($, el);
  return undefined;
}

function photoOf($: CheerioAPI, el: DomElement): MediaRef | undefined {
  const wrap = $(el);
  const inner = wrap.find(".tgme_widget_message_photo").first();
  const url = backgroundImageUrl(wrap.attr("style")) ?? backgroundImageUrl(inner.attr("style"));
  if (!url) return undefined;
  return withSize(urlMedia("photo", url), displaySize(wrap, inner));
}

function videoOf($: CheerioAPI, el: DomElement): MediaRef {
  const player = $(el);
  const wrap = player.find(".tgme_widget_message_video_wrap").first();
  const src =
    wrap.find("video[src]").first().attr("src") ??
    player.find("video.tgme_widget_message_video[src]").not(".blured").first().attr("src") ??
    player.find("video[src]").first().attr("src");
  const url = src ? absoluteUrl(src) : undefined;
  const label = player.find(".message_media_not_supported_label").text();
  const ref: MediaRef = url
    ? urlMedia("video", url)
    : { kind: "video", source: { type: "missing", reason: videoMissingReason(label) } };
  const duration = parseDuration(player.find(".message_video_duration").first().text());
  if (duration !== undefined) ref.durationSeconds = duration;
  return withSize(ref, displaySize(player.is("[data-ratio]") ? player : wrap, wrap));
}

function videoMissingReason(label: string): string {
  return /too big/i.test(label) ? VIDEO_TOO_BIG_FOR_PREVIEW : VIDEO_NOT_IN_PREVIEW;
}

function roundVideoOf($: CheerioAPI, el: DomElement): MediaRef {
  const player = $(el);
  const src = player.find("video[src]").first().attr("src");
  const url = src ? absoluteUrl(src) : undefined;
  const ref: MediaRef = url
    ? urlMedia("video_note", url)
    : { kind: "video_note", source: { type: "missing", reason: VIDEO_NOT_IN_PREVIEW } };
  const duration = parseDuration(player.find(".tgme_widget_message_roundvideo_duration").first().text());
  if (duration !== undefined) ref.durationSeconds = duration;
  return ref;
}

function voiceOf($: CheerioAPI, el: DomElement): MediaRef | undefined {
  const player = $(el);
  const audio = player.find("audio[src]").first();
  const url = absoluteUrl(audio.attr("src") ?? "");
  if (!url) return undefined;
  const ref = urlMedia("voice", url);
  // t.me marks Opus-in-Ogg voice notes with a `data-ogg` attribute.
  if (audio.is("[data-ogg]")) ref.mimeType = "audio/ogg";
  const duration = parseDuration(player.find(".tgme_widget_message_voice_duration").first().text());
  if (duration !== undefined) ref.durationSeconds = duration;
  return ref;
}

function documentOf($: CheerioAPI, el: DomElement): MediaRef {
  const wrap = $(el);
  const kind: MediaKind = wrap.find(".tgme_widget_message_document_icon").hasClass("audio")
    ? "audio"
    : "document";
  const src = wrap.find("audio[src]").first().attr("src");
  const url = src ? absoluteUrl(src) : undefined;
  const ref: MediaRef = url
    ? urlMedia(kind, url)
    : { kind, source: { type: "missing", reason: DOCUMENT_NOT_IN_PREVIEW } };
  const title = wrap.find(".tgme_widget_message_document_title").get(0);
  const fileName = title ? plainTextOf(title) : "";
  if (fileName) ref.fileName = fileName;
  return ref;
}

function stickerOf($: CheerioAPI, el: DomElement): MediaRef | undefined {
  const wrap = $(el);
  const image = wrap.find(".tgme_widget_message_sticker").first();
  const candidates = [
    wrap.find("video[src]").first().attr("src"),
    wrap.find("[data-webp]").first().attr("data-webp"),
    backgroundImageUrl(image.attr("style")),
    wrap.find("img[src]").first().attr("src"),
  ];
  const url = candidates.map((c) => (c ? absoluteUrl(c) : undefined)).find((c) => c !== undefined);
  if (!url) return undefined;
  return withSize(urlMedia("sticker", url), displaySize(image, image.children("div").first()));
}

function urlMedia(kind: MediaKind, url: string): MediaRef {
  const ref: MediaRef = { kind, source: { type: "url", url } };
  const mimeType = mimeFromUrl(url);
  if (mimeType) ref.mimeType = mimeType;
  return ref;
}

function mimeFromUrl(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension ? MIME_BY_EXTENSION[extension] : undefined;
}

interface Size {
  width: number;
  height: number;
}

/**
 * The size t.me lays the media out at, which keeps the aspect ratio of the file (its pixel size is not given):
 * the box's `width:Npx` with either its `data-ratio` (width / height, album items) or the `padding-top:P%` of the
 * inner box (height as a percentage of the width; CSS resolves vertical padding against the containing width).
 */
function displaySize(box: Cheerio<DomElement>, inner: Cheerio<DomElement>): Size | undefined {
  const width = stylePixels(box.attr("style"), "width");
  if (width === undefined || width <= 0) return undefined;
  const ratio = Number.parseFloat(box.attr("data-ratio") ?? "");
  if (Number.isFinite(ratio) && ratio > 0) return { width, height: Math.round(width / ratio) };
  const padding = stylePercent(inner.attr("style"), "padding-top");
  if (padding === undefined || padding <= 0) return undefined;
  return { width, height: Math.round((width * padding) / 100) };
}

function withSize(ref: MediaRef, size: Size | undefined): MediaRef {
  return size ? { ...ref, width: size.width, height: size.height } : ref;
}

function albumItemIds($: CheerioAPI, grouped: Cheerio<DomElement>): number[] {
  const ids: number[] = [];
  for (const item of grouped.find(".grouped_media_wrap[href]").toArray()) {
    const id = messageIdFromUrl($(item).attr("href"));
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** The numeric last path segment of `https://t.me/<channel>/<id>[?single]`. */
export function messageIdFromUrl(href: string | undefined): number | undefined {
  if (!href) return undefined;
  try {
    const segment = new URL(href, "https://t.me/").pathname.split("/").filter(Boolean).pop() ?? "";
    return /^\d+$/.test(segment) ? Number(segment) : undefined;
  } catch {
    return undefined;
  }
}

function pollOf(poll: Cheerio<DomElement>): PollInfo | undefined {
  const question = poll.find(".tgme_widget_message_poll_question").get(0);
  if (!question) return undefined;
  const options = poll
    .find(".tgme_widget_message_poll_option_text")
    .toArray()
    .map((o) => plainTextOf(o))
    .filter((o) => o.length > 0);
  return { question: plainTextOf(question), options };
}

/** t.me links a location to `https://maps.google.com/maps?q=<lat>,<long>&ll=…`. */
export function locationOf(href: string | undefined): LocationInfo | undefined {
  if (!href) return undefined;
  let params: URLSearchParams;
  try {
    params = new URL(href).searchParams;
  } catch {
    return undefined;
  }
  for (const key of ["q", "ll"]) {
    const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(params.get(key) ?? "");
    if (!match) continue;
    const latitude = Number(match[1]);
    const longitude = Number(match[2]);
    if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) return { latitude, longitude };
  }
  return undefined;
}
