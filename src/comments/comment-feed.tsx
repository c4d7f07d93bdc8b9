// The comments feed of one article (RSS 2.0 at "<article URL>feed/", WordPress's address): its latest
// published comments, newest first, each with its text as plain description and as HTML made by the same
// allowlist views as the page.
import { CommentBlocks } from "../web/views/comments/comment-body.js";
import { parseComment, plainText } from "./comment-markup.js";
import type { CommentRow } from "./tables.js";

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

// XML 1.0 allows tab, LF, CR and the ranges below; anything else (stored before cleaning existed) is dropped.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const rfc822 = (t: number) => new Date(t * 1000).toUTCString();

export function commentFeedXml(f: CommentFeedInput): string {
  const newest = f.comments[0]?.row.created_at;
  const items = f.comments.map(({ row, permalink }) => {
    const blocks = parseComment(row.body);
    const html = (<CommentBlocks blocks={blocks} />).toString();
    return [
      "<item>",
      `<title>${xmlText(`By: ${row.author_name}`)}</title>`,
      `<link>${xmlText(permalink)}</link>`,
      `<dc:creator>${xmlText(row.author_name)}</dc:creator>`,
      `<pubDate>${rfc822(row.created_at)}</pubDate>`,
      `<guid isPermaLink="true">${xmlText(f.guid(row.id))}</guid>`,
      `<description>${xmlText(plainText(blocks))}</description>`,
      `<content:encoded>${xmlText(html)}</content:encoded>`,
      "</item>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${xmlText(`Comments on: ${f.headline} – ${f.siteTitle}`)}</title>`,
    `<atom:link href="${xmlText(f.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `<link>${xmlText(f.articleUrl)}</link>`,
    `<description>${xmlText(`Comments on “${f.headline}”`)}</description>`,
    `<language>${xmlText(f.language)}</language>`,
    newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>` : "",
    ...items,
    "</channel>",
    "</rss>",
  ].join("\n");
}
