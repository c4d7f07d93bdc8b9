// A small RSS 2.0 serializer (https://www.rssboard.org/rss-specification) for edition feeds, with the
// full body in content:encoded (https://web.resource.org/rss/1.0/modules/content/) and a self link
// (RSS Advisory Board best practice). Every value is escaped: no CDATA, so "]]>" in a body is harmless.

export interface RssChannel {
  title: string;
  /** The site page this feed follows. */
  link: string;
  /** The feed's own URL. */
  self: string;
  description: string;
  language: string;
  /** Unix seconds; omitted when the feed is empty. */
  lastBuild: number | null;
}

export interface RssItem {
  title: string;
  link: string;
  /** Unix seconds. */
  published: number;
  description: string;
  /** Full HTML of the body, when the feed carries it. */
  contentHtml?: string;
  categories: string[];
}

function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** RFC 822 date as RSS wants it; toUTCString gives "Fri, 19 Feb 2021 10:26:00 GMT". */
function rfc822(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toUTCString();
}

export function renderRss(channel: RssChannel, items: RssItem[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    "<channel>",
    `<title>${xml(channel.title)}</title>`,
    `<link>${xml(channel.link)}</link>`,
    `<atom:link href="${xml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `<description>${xml(channel.description)}</description>`,
    `<language>${xml(channel.language)}</language>`,
    ...(channel.lastBuild !== null ? [`<lastBuildDate>${rfc822(channel.lastBuild)}</lastBuildDate>`] : []),
  ];
  for (const item of items) {
    lines.push(
      "<item>",
      `<title>${xml(item.title)}</title>`,
      `<link>${xml(item.link)}</link>`,
      `<guid isPermaLink="true">${xml(item.link)}</guid>`,
      `<pubDate>${rfc822(item.published)}</pubDate>`,
      ...item.categories.map((c) => `<category>${xml(c)}</category>`),
      `<description>${xml(item.description)}</description>`,
      ...(item.contentHtml !== undefined
        ? [`<content:encoded>${xml(item.contentHtml)}</content:encoded>`]
        : []),
      "</item>",
    );
  }
  lines.push("</channel>", "</rss>");
  return `${lines.join("\n")}\n`;
}
