// What a feed is, as data: the latest articles of the site, a tag, a channel or an edition, each with its
// facts (addresses, dates, author, tags, enclosures) and its article as the pipeline made it. web/feeds/
// turns an entry's content into one HTML fragment for readers and serializes the feed as RSS, Atom or
// JSON Feed. Addresses of items, enclosures and feeds are absolute; times are Unix seconds.
import type { MessageMediaRow } from "../db/tables/index.js";

/** A media file delivered with an item: RSS <enclosure>, Atom rel="enclosure", JSON Feed attachment. */
export interface FeedEnclosure {
  url: string;
  mimeType: string;
  /** Bytes; null when unknown. */
  length: number | null;
}

export interface FeedAuthor {
  name: string;
  url: string;
}

/** The addresses of one feed in its three formats. */
export interface FeedLinks {
  rss: string;
  atom: string;
  json: string;
}

/** An item's article, as stored: the body and media it shows readers. */
export interface FeedContent {
  /** The article pipeline's body HTML (trusted); its own links are root-relative. */
  bodyHtml: string;
  /** "Place – Outlet", "Place", or null. */
  dateline: string | null;
  /** The article's media in order, stored here or not. */
  media: MessageMediaRow[];
  /** The post on Telegram, where media not stored here can still be seen. */
  telegramPostUrl: string;
}

export interface FeedEntry {
  /** Stable across edits and headline changes (see guid.ts). */
  id: string;
  /** The article's permalink. */
  url: string;
  title: string;
  summary: string;
  content: FeedContent;
  published: number;
  /** Last content change (an edit), or the publication time. */
  updated: number;
  /** The channel's zone: dates are written with its offset, as the newsroom's readers see them. */
  timeZone: string;
  /** BCP 47, or null when undetermined. */
  language: string | null;
  author: FeedAuthor;
  tags: string[];
  enclosures: FeedEnclosure[];
}

export interface Feed {
  title: string;
  description: string;
  /** The site's address, without trailing slash: the content's root-relative paths are on it. */
  baseUrl: string;
  /** The language the site speaks in this feed (its own words around the articles). */
  siteLanguage: string;
  /** The HTML page this feed follows (home, tag page). */
  homeUrl: string;
  links: FeedLinks;
  /** BCP 47, or null when undetermined. */
  language: string | null;
  /** When anything in the feed last changed. */
  updated: number;
  /** Named on the feed itself; Atom requires an author for entries that lack one (RFC 4287 §4.1.1). */
  author: FeedAuthor;
  items: FeedEntry[];
}
