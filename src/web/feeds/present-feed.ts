// The feeds feature's model → the document the serializers write: each entry's article becomes one HTML
// fragment for feed readers (absolute links, media as plain elements, the site's words in its language).
import type { Feed, FeedEntry } from "../../feeds/feed-model.js";
import { presentMedia } from "../pages/present-media.js";
import { absoluteUrl, uiText } from "../views/index.js";
import { absolutizeHtml } from "./absolute-html.js";
import type { FeedDocument, FeedItem } from "./feed-document.js";
import { articleContentHtml } from "./media-html.js";

/** What presenting an entry needs of its feed: the site's address and the words it adds. */
export interface FeedFrame {
  baseUrl: string;
  /** Link text for media kept only on Telegram, in the site's language. */
  onTelegram: string;
}

export function presentFeedItem(e: FeedEntry, frame: FeedFrame): FeedItem {
  const views = e.content.media.map((m) => presentMedia(m, e.content.telegramPostUrl));
  const abs = (path: string) => absoluteUrl(frame, path);
  const firstImage = views.find((v) => v.kind === "image");
  const { content, ...facts } = e;
  return {
    ...facts,
    contentHtml: articleContentHtml(
      { bodyHtml: absolutizeHtml(content.bodyHtml, frame.baseUrl), dateline: content.dateline, media: views },
      abs,
      frame.onTelegram,
    ),
    imageUrl: firstImage ? abs(firstImage.src) : null,
  };
}

export function presentFeed(feed: Feed): FeedDocument {
  const { baseUrl, siteLanguage, items, ...facts } = feed;
  const frame: FeedFrame = { baseUrl, onTelegram: uiText(siteLanguage).mediaOnTelegram };
  return { ...facts, items: items.map((e) => presentFeedItem(e, frame)) };
}
