// What every feed format is made from: one document, serialized three ways (rss.ts, atom.ts,
// json-feed.ts), presented from the feeds feature's model (present-feed.ts). All URLs here are absolute
// and on the site itself; times are Unix seconds.
import type { FeedAuthor, FeedEnclosure, FeedLinks } from "../../feeds/feed-model.js";

export type { FeedAuthor, FeedEnclosure, FeedLinks };

export interface FeedItem {
  /** Stable across edits and headline changes (see feeds/guid.ts). */
  id: string;
  /** The article's permalink. */
  url: string;
  title: string;
  summary: string;
  /** The full article as HTML: body and media, every URL absolute. Trusted (made by escaping code). */
  contentHtml: string;
  published: number;
  /** Last content change (an edit), or the publication time. */
  updated: number;
  /** The channel's zone: dates are written with its offset, as the newsroom's readers see them. */
  timeZone: string;
  /** BCP 47, or null when undetermined. */
  language: string | null;
  author: FeedAuthor;
  tags: string[];
  imageUrl: string | null;
  enclosures: FeedEnclosure[];
}

export interface FeedDocument {
  title: string;
  description: string;
  /** The HTML page this feed follows (home, tag page). */
  homeUrl: string;
  links: FeedLinks;
  /** BCP 47, or null when undetermined. */
  language: string | null;
  /** When anything in the feed last changed. */
  updated: number;
  /** Named on the feed itself; Atom requires an author for entries that lack one (RFC 4287 §4.1.1). */
  author: FeedAuthor;
  items: FeedItem[];
}

export type FeedFormat = "rss" | "atom" | "json";
