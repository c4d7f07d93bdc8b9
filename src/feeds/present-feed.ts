// Stored rows → the feed document model (pure). Every URL is made absolute on the site's own address.
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import { urlPathOf } from "../ingest/paths.js";
import type { FeedMediaRow } from "../store/feed-queries.js";
import { parseStringList } from "../store/json.js";
import { mediaUrl, presentMedia } from "../web/presenters/media.js";
import type { SiteView } from "../web/views/models.js";
import { absoluteUrl } from "../web/views/page-meta.js";
import { uiText } from "../web/views/ui-text.js";
import { absolutizeHtml } from "./absolute-html.js";
import type { FeedAuthor, FeedDocument, FeedEnclosure, FeedItem, FeedLinks } from "./feed-model.js";
import { articleGuid } from "./guid.js";
import { articleContentHtml } from "./media-html.js";

/** "und" is what language detection says when it cannot tell: feeds then name no language. */
export function knownLanguage(language: string): string | null {
  return language && language !== "und" ? language : null;
}

export function channelAuthor(channel: ChannelRow): FeedAuthor {
  return { name: channel.title, url: `https://t.me/${channel.username}` };
}

function enclosures(media: FeedMediaRow[], site: SiteView): FeedEnclosure[] {
  return media.flatMap((m) =>
    m.sha256 && m.mime_type
      ? [
          {
            url: absoluteUrl(site, mediaUrl(m.sha256, m.mime_type, m.file_name)),
            mimeType: m.mime_type,
            length: m.size,
          },
        ]
      : [],
  );
}

export function presentFeedItem(
  a: ArticleRow,
  channel: ChannelRow,
  media: FeedMediaRow[],
  site: SiteView,
): FeedItem {
  const postUrl = `https://t.me/${channel.username}/${a.message_id}`;
  const views = media.map((m) => presentMedia(m, postUrl));
  const abs = (path: string) => absoluteUrl(site, path);
  const firstImage = views.find((v) => v.kind === "image");
  const dateline = a.dateline_place
    ? a.dateline_outlet
      ? `${a.dateline_place} – ${a.dateline_outlet}`
      : a.dateline_place
    : null;
  return {
    id: articleGuid(site.baseUrl, channel.username, a.message_id),
    url: abs(urlPathOf(a.path)),
    title: a.headline,
    summary: a.summary,
    contentHtml: articleContentHtml(
      { bodyHtml: absolutizeHtml(a.body_html, site.baseUrl), dateline, media: views },
      abs,
      uiText(site.language).mediaOnTelegram,
    ),
    published: a.published_at,
    updated: a.updated_at ?? a.published_at,
    timeZone: channel.timezone,
    language: knownLanguage(a.language),
    author: channelAuthor(channel),
    tags: parseStringList(a.tags),
    imageUrl: firstImage ? abs(firstImage.src) : null,
    enclosures: enclosures(media, site),
  };
}

export interface FeedScope {
  title: string;
  description: string;
  /** Path of the HTML page the feed follows ("/", "/tag/basra/"). */
  homePath: string;
  links: FeedLinks;
  language: string | null;
  author: FeedAuthor;
}

export function presentFeed(
  scope: FeedScope,
  rows: ArticleRow[],
  channels: Map<number, ChannelRow>,
  media: FeedMediaRow[],
  site: SiteView,
  lastModified: number,
): FeedDocument {
  const byArticle = new Map<number, FeedMediaRow[]>();
  for (const m of media) {
    const list = byArticle.get(m.article_id) ?? [];
    list.push(m);
    byArticle.set(m.article_id, list);
  }
  return {
    title: scope.title,
    description: scope.description,
    homeUrl: absoluteUrl(site, scope.homePath),
    links: scope.links,
    language: scope.language,
    updated: lastModified,
    author: scope.author,
    items: rows.flatMap((a) => {
      const channel = channels.get(a.channel_id);
      return channel ? [presentFeedItem(a, channel, byArticle.get(a.id) ?? [], site)] : [];
    }),
  };
}
