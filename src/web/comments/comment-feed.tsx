// The comments feed of one article (RSS 2.0 at "<article URL>feed/", WordPress's address): its latest
// published comments, newest first, each with its text as plain description and as HTML made by the same
// allowlist views as the page.

import { parseComment, plainText } from "../../comments/comment-markup.js";
import type { CommentRow } from "../../db/tables/index.js";
import { rfc822 } from "../../feeds/feed-dates.js";
import { xmlEscape } from "../../feeds/xml-text.js";
import { renderFragment } from "../views/render-fragment.js";
import { CommentBlocks } from "./comment-body.js";

export interface CommentFeedInput {
  siteTitle: string;
  headline: string;
  /** Absolute URL of the article. */
  articleUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  language: string;
  comments: { row: CommentRow; permalink: string }[];
  /** Absolute URL of a comment's stable address (/comments/<id>/). */
  guid: (id: number) => string;
}

export function commentFeedXml(f: CommentFeedInput): string {
  const newest = f.comments[0]?.row.created_at;
  const items = f.comments.map(({ row, permalink }) => {
    const blocks = parseComment(row.body);
    const html = renderFragment(<CommentBlocks blocks={blocks} />);
    return [
      "<item>",
      `<title>${xmlEscape(`By: ${row.author_name}`)}</title>`,
      `<link>${xmlEscape(permalink)}</link>`,
      `<dc:creator>${xmlEscape(row.author_name)}</dc:creator>`,
      `<pubDate>${rfc822(row.created_at)}</pubDate>`,
      `<guid isPermaLink="true">${xmlEscape(f.guid(row.id))}</guid>`,
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
