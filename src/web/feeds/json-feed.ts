// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
import { rfc3339 } from "./feed-dates.js";
import type { FeedDocument, FeedItem } from "./feed-document.js";

export const JSON_FEED_CONTENT_TYPE = "application/feed+json; charset=utf-8";
export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

function item(i: FeedItem): Record<string, unknown> {
  return {
    id: i.id,
    url: i.url,
    title: i.title,
    content_html: i.contentHtml,
    summary: i.summary,
    ...(i.imageUrl ? { image: i.imageUrl } : {}),
    date_published: rfc3339(i.published, i.timeZone),
    date_modified: rfc3339(i.updated, i.timeZone),
    authors: [{ name: i.author.name, url: i.author.url }],
    ...(i.tags.length > 0 ? { tags: i.tags } : {}),
    ...(i.language ? { language: i.language } : {}),
    ...(i.enclosures.length > 0
      ? {
          attachments: i.enclosures.map((e) => ({
            url: e.url,
            mime_type: e.mimeType,
            ...(e.length !== null ? { size_in_bytes: e.length } : {}),
          })),
        }
      : {}),
  };
}

export function renderJsonFeed(doc: FeedDocument): string {
  return JSON.stringify({
    version: JSON_FEED_VERSION,
    title: doc.title,
    home_page_url: doc.homeUrl,
    feed_url: doc.links.json,
    description: doc.description,
    ...(doc.language ? { language: doc.language } : {}),
    authors: [{ name: doc.author.name, url: doc.author.url }],
    items: doc.items.map(item),
  });
}
