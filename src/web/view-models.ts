// View models: what the server-rendered pages need, already formatted. Presenters (src/web/presenters/)
// build them from stored rows; views (this folder) turn them into HTML and never see the database.
import type { Direction } from "../articles/types.js";

export interface ChannelView {
  username: string;
  title: string;
  /** Call to action text, shown once per page, linking to telegramUrl. */
  cta: string | null;
  /** https://t.me/<username> */
  telegramUrl: string;
}

export interface SiteView {
  title: string;
  /** Absolute base URL without trailing slash, e.g. "https://news.example.org". */
  baseUrl: string;
  language: string;
  direction: Direction;
  channels: ChannelView[];
  /** Site-wide feed links for autodiscovery (may be empty until feeds exist). */
  feeds: {
    title: string;
    type: "application/rss+xml" | "application/atom+xml" | "application/feed+json";
    href: string;
  }[];
  /** Where the masthead's search form goes: "/search" when absent, "/<lang>/search" on an edition's pages. */
  searchPath?: string;
}

export interface MediaView {
  kind: "image" | "video" | "audio" | "file" | "unavailable";
  /** Local URL (/media/…); never Telegram's CDN. Empty for "unavailable". */
  src: string;
  /** For images: "url 320w, url 640w, …" */
  srcset?: string;
  width?: number;
  height?: number;
  mimeType?: string;
  fileName?: string;
  /** Where to see the original when the file is not stored here (too large, not exported). */
  telegramUrl?: string;
  /** Poster image for videos, when known. */
  poster?: string;
}

export interface TagView {
  name: string;
  url: string;
}

export interface ArticleView {
  /** Path of the canonical permalink, e.g. "/2021/02/19/us-forces-to-join/" (percent-encoded). */
  url: string;
  headline: string;
  dateline: { place: string; outlet: string | null } | null;
  /** Trusted HTML produced by the article pipeline (already escaped): insert as is. */
  bodyHtml: string;
  summary: string;
  publishedIso: string;
  /** In the channel's zone, formatted like "2021.02.19 – 13:26". */
  publishedDisplay: string;
  updatedIso: string | null;
  updatedDisplay: string | null;
  language: string;
  direction: Direction;
  tags: TagView[];
  media: MediaView[];
  channel: ChannelView;
  /** https://t.me/<username>/<message id>, or null when the channel has no username. */
  telegramPostUrl: string | null;
  /** Revision history page, when the article has been edited. */
  revisionsUrl: string | null;
  /** First image, absolute URL, for social cards. */
  imageUrl: string | null;
  /** Published comments, when comments are on (a link to #comments in the byline). */
  comments?: CommentCountView;
}

/** "3 comments", in the site's language (which may differ from the article's). */
export interface CommentCountView {
  count: number;
  label: string;
  lang: string;
  dir: Direction;
}

export interface ListItemView {
  url: string;
  headline: string;
  summary: string;
  publishedIso: string;
  publishedDisplay: string;
  language: string;
  direction: Direction;
  dateline: { place: string; outlet: string | null } | null;
  image: MediaView | null;
  channelTitle: string;
  /** Published comments, when comments are on and there are any. */
  comments?: CommentCountView;
}

export interface PaginationView {
  page: number;
  prevUrl: string | null;
  nextUrl: string | null;
}

export interface ListingView {
  /** <title> part, e.g. "Archive: February 2021" */
  title: string;
  /** Visible heading; null on the home page. */
  heading: string | null;
  items: ListItemView[];
  pagination: PaginationView;
  /** Feed of this listing, if any. */
  feedUrl: string | null;
  /** Canonical path of this listing page. */
  canonicalPath: string;
}

export interface RevisionView {
  number: number;
  createdIso: string;
  createdDisplay: string;
  headline: string;
  /** Plain text of that version's body. */
  bodyText: string;
  /** Line diff against the previous version: each line marked as kept, added or removed. */
  diff: { op: "same" | "add" | "del"; text: string }[];
}

export interface RevisionsPageView {
  article: { url: string; headline: string; language: string; direction: Direction };
  revisions: RevisionView[];
}

export interface ErrorPageView {
  status: number;
  title: string;
  message: string;
}
