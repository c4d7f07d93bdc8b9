// Stored rows for the feed and sitemap unit tests: one channel, one article, its media.
import type { ArticleRow, ChannelRow } from "../../src/db/tables/index.js";
import type { FeedMediaRow } from "../../src/store/feeds/feed-queries.js";

// 2021-02-19 10:26 UTC (13:26 in Baghdad).
export const POSTED = Date.UTC(2021, 1, 19, 10, 26) / 1000;
export const BASE = "https://news.example.org";
export const SHA = "a".repeat(64);

export function channelRow(over: Partial<ChannelRow> = {}): ChannelRow {
  return {
    id: 1,
    username: "tigris",
    telegram_id: null,
    title: "Tigris Courier",
    timezone: "Asia/Baghdad",
    language: "en",
    cta: null,
    strip_patterns: "[]",
    detected_promo: "[]",
    follow: 0,
    last_seen_id: 42,
    created_at: POSTED,
    updated_at: POSTED,
    ...over,
  };
}

export function articleRow(over: Partial<ArticleRow> = {}): ArticleRow {
  return {
    id: 7,
    channel_id: 1,
    message_id: 42,
    path: "2021/02/19/river-levels-rise",
    slug: "river-levels-rise",
    published_at: POSTED,
    updated_at: null,
    modified_at: POSTED,
    headline: "River levels rise",
    dateline_place: "Basra",
    dateline_outlet: "Tigris Courier",
    body_html: '<p>Water rose. <a href="/tag/floods/">#floods</a></p>',
    body_text: "Water rose. #floods",
    summary: "Water rose.",
    language: "en",
    direction: "ltr",
    tags: '["basra","floods"]',
    status: "published",
    status_reason: null,
    content_hash: "h",
    revision: 1,
    image_sha: SHA,
    ...over,
  };
}

export function mediaRow(over: Partial<FeedMediaRow> = {}): FeedMediaRow {
  return {
    article_id: 7,
    channel_id: 1,
    message_id: 42,
    position: 0,
    kind: "photo",
    sha256: SHA,
    mime_type: "image/jpeg",
    file_name: null,
    width: 800,
    height: 600,
    duration: null,
    missing_reason: null,
    source: "{}",
    size: 12345,
    ...over,
  };
}
