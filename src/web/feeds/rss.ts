// RSS 2.0 (https://www.rssboard.org/rss-specification), with the content module for the full article
// (content:encoded, https://web.resource.org/rss/1.0/modules/content/), Dublin Core for the author
// (RSS's own <author> must be an e-mail address), and atom:link rel="self" as the RSS Advisory Board
// recommends (https://www.rssboard.org/rss-profile#namespace-elements-atom-link).
import { rfc822 } from "./feed-dates.js";
import type { FeedDocument, FeedItem } from "./feed-document.js";
import { XML_DECLARATION, xmlElement, xmlEscape } from "./xml-text.js";

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";

const NAMESPACES =
  'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"';

function item(i: FeedItem): string {
  // One enclosure per item: the RSS Profile advises it, since readers disagree on whether more are allowed
  // (https://www.rssboard.org/rss-profile#element-channel-item-enclosure). Atom and JSON Feed carry them all.
  // An unknown size is written as 0, as the Profile asks.
  const enclosure = i.enclosures[0];
  return [
    "<item>",
    xmlElement("title", i.title),
    xmlElement("link", i.url),
    `<guid isPermaLink="false">${xmlEscape(i.id)}</guid>`,
    xmlElement("pubDate", rfc822(i.published)),
    xmlElement("dc:creator", i.author.name),
    ...i.tags.map((t) => xmlElement("category", t)),
    xmlElement("description", i.summary),
    xmlElement("content:encoded", i.contentHtml),
    enclosure
      ? `<enclosure url="${xmlEscape(enclosure.url)}" length="${enclosure.length ?? 0}" type="${xmlEscape(enclosure.mimeType)}"/>`
      : "",
    "</item>",
  ].join("");
}

export function renderRss(doc: FeedDocument): string {
  return [
    XML_DECLARATION,
    `<rss version="2.0" ${NAMESPACES}>`,
    "<channel>",
    xmlElement("title", doc.title),
    xmlElement("link", doc.homeUrl),
    xmlElement("description", doc.description),
    `<atom:link href="${xmlEscape(doc.links.rss)}" rel="self" type="application/rss+xml"/>`,
    xmlElement("language", doc.language),
    xmlElement("lastBuildDate", rfc822(doc.updated)),
    xmlElement("generator", "Dateline"),
    ...doc.items.map(item),
    "</channel>",
    "</rss>\n",
  ].join("");
}
