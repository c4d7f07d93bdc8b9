// The comments feed of one article as RSS 2.0 (at "<article URL>feed/", WordPress's address): each comment's
// text as plain description and as HTML made by the same allowlist views as the page.
import type { CommentFeed } from "../../comments/index.js";
import { parseComment, plainText } from "../../comments/index.js";
import { rfc822 } from "../feeds/feed-dates.js";
import { xmlEscape } from "../feeds/xml-text.js";
import { renderFragment } from "../views/index.js";
import { CommentBlocks } from "./comment-body.js";

export function commentFeedXml(f: CommentFeed): string {
  const newest = f.items[0]?.row.created_at;
  const items = f.items.map(({ row, permalink, guid }) => {
    const blocks = parseComment(row.body);
    const html = renderFragment(<CommentBlocks blocks={blocks} />);
    return [
      "<item>",
      `<title>${xmlEscape(`By: ${row.author_name}`)}</title>`,
      `<link>${xmlEscape(permalink)}</link>`,
      `<dc:creator>${xmlEscape(row.author_name)}</dc:creator>`,
      `<pubDate>${rfc822(row.created_at)}</pubDate>`,
      `<guid isPermaLink="true">${xmlEscape(guid)}</guid>`,
      `<description>${xmlEscape(plainText(blocks))}</description>`,
      `<content:encoded>${xmlEscape(html)}</content:encoded>`,
      "</item>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${xmlEscape(`Comments on: ${f.headline} – ${f.siteTitle}`)}</title>`,
    `<atom:link href="${xmlEscape(f.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `<link>${xmlEscape(f.articleUrl)}</link>`,
    `<description>${xmlEscape(`Comments on “${f.headline}”`)}</description>`,
    `<language>${xmlEscape(f.language)}</language>`,
    newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>` : "",
    ...items,
    "</channel>",
    "</rss>",
  ].join("\n");
}
