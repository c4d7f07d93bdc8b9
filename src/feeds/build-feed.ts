// Stored rows → the feed model (pure). Item, enclosure and feed addresses are absolute on the site.

import { urlPathOf } from "../articles/permalink.js";
import { parseStringList } from "../db/json-columns.js";
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import { mediaUrl } from "../media/media-url.js";
import type { FeedMediaRow } from "../store/feeds/feed-queries.js";
import type { Feed, FeedAuthor, FeedEnclosure, FeedEntry, FeedLinks } from "./feed-model.js";
import { articleGuid } from "./guid.js";

/** "und" is what language detection says when it cannot tell: feeds then name no language. */
export function knownLanguage(language: string): string | null {
  return language && language !== "und" ? language : null;
}

export function channelAuthor(channel: ChannelRow): FeedAuthor {
  return { name: channel.title, url: `https://t.me/${channel.username}` };
}

function enclosures(media: FeedMediaRow[], baseUrl: string): FeedEnclosure[] {
  return media.flatMap((m) =>
    m.sha256 && m.mime_type
      ? [
          {
            url: baseUrl + mediaUrl(m.sha256, m.mime_type, m.file_name),
            mimeType: m.mime_type,
            length: m.size,
          },
        ]
      : [],
  );
}

/** One article as a feed entry; `baseUrl` is the site's address, without trailing slash. */
export function buildFeedEntry(
  a: ArticleRow,
  channel: ChannelRow,
  media: FeedMediaRow[],
  baseUrl: string,
): FeedEntry {
  const dateline = a.dateline_place
    ? a.dateline_outlet
      ? `${a.dateline_place} – ${a.dateline_outlet}`
      : a.dateline_place
    : null;
  return {
    id: articleGuid(baseUrl, channel.username, a.message_id),
    url: baseUrl + urlPathOf(a.path),
    title: a.headline,
    summary: a.summary,
    content: {
      bodyHtml: a.body_html,
      dateline,
      media,
      telegramPostUrl: `https://t.me/${channel.username}/${a.message_id}`,
    },
    published: a.published_at,
    updated: a.updated_at ?? a.published_at,
    timeZone: channel.timezone,
    language: knownLanguage(a.language),
    author: channelAuthor(channel),
    tags: parseStringList(a.tags),
    enclosures: enclosures(media, baseUrl),
  };
}

/** What a feed is about: named, described and addressed by FeedService (site, tag, channel). */
export interface FeedScope {
  title: string;
  description: string;
  /** Path of the HTML page the feed follows ("/", "/tag/basra/"). */
  homePath: string;
  links: FeedLinks;
  language: string | null;
  author: FeedAuthor;
}

/** The site's facts a feed needs: its address, and the language it speaks. */
export interface FeedSite {
  baseUrl: string;
  language: string;
}

export function buildFeed(
  scope: FeedScope,
  rows: ArticleRow[],
  channels: Map<number, ChannelRow>,
  media: FeedMediaRow[],
  site: FeedSite,
  lastModified: number,
): Feed {
  const byArticle = new Map<number, FeedMediaRow[]>();
  for (const m of media) {
    const list = byArticle.get(m.article_id) ?? [];
    list.push(m);
    byArticle.set(m.article_id, list);
  }
  return {
    title: scope.title,
    description: scope.description,
    baseUrl: site.baseUrl,
    siteLanguage: site.language,
    homeUrl: site.baseUrl + scope.homePath,
    links: scope.links,
    language: scope.language,
    updated: lastModified,
    author: scope.author,
    items: rows.flatMap((a) => {
      const channel = channels.get(a.channel_id);
      return channel ? [buildFeedEntry(a, channel, byArticle.get(a.id) ?? [], site.baseUrl)] : [];
    }),
  };
}
