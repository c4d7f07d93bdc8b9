// Table types for Kysely. Times are Unix seconds. JSON columns are text (same on SQLite and PostgreSQL).
import type { Generated, Insertable, Selectable } from "kysely";
import type { AdminTables } from "./admin.js";
import type { AuthTables } from "./auth.js";
import type { CommentsTables } from "./comments.js";
import type { TranslationTables } from "./translation.js";

export type { EditorRow } from "./admin.js";
export type { ReaderSignInFlowRow } from "./auth.js";

export interface ChannelTable {
  id: Generated<number>;
  username: string;
  /** Bot API chat id, e.g. "-1001405579475"; exports give the bare id, stored with the -100 prefix. */
  telegram_id: string | null;
  title: string;
  timezone: string;
  language: string;
  cta: string | null;
  /** JSON string[] */
  strip_patterns: string;
  /** JSON string[]: lines found repeated across many posts (promotion lines) */
  detected_promo: string;
  /** 1 when the channel is followed through its public preview */
  follow: number;
  /** highest message id seen from any source */
  last_seen_id: number;
  created_at: number;
  updated_at: number;
}

export interface MessageTable {
  channel_id: number;
  message_id: number;
  source: string;
  /** The source's own text of the message (JSON or HTML), kept for re-processing. */
  raw: string;
  date: number;
  edit_date: number | null;
  media_group_id: string | null;
  /** JSON of the normalized TelegramPost (what the article is derived from). */
  post: string;
  /** Hash of the normalized post: equal means nothing we use changed. */
  post_hash: string;
  article_id: number | null;
  seen_at: number;
}

export type ArticleStatus = "published" | "deleted" | "hidden";

export interface ArticleTable {
  id: Generated<number>;
  channel_id: number;
  /** The first message of the post or album. */
  message_id: number;
  /** Current permalink path, without percent-encoding: "2021/02/19/some-slug" */
  path: string;
  slug: string;
  published_at: number;
  /** Time of the last edit of the content, shown as "Updated"; null when never edited. */
  updated_at: number | null;
  /** Last change of any kind (content, status): validators, sitemaps. */
  modified_at: number;
  headline: string;
  dateline_place: string | null;
  dateline_outlet: string | null;
  body_html: string;
  body_text: string;
  summary: string;
  language: string;
  direction: string;
  /** JSON string[] */
  tags: string;
  status: ArticleStatus;
  status_reason: string | null;
  content_hash: string;
  revision: number;
  /** sha256 of the first image, for listings and social cards */
  image_sha: string | null;
}

export interface ArticleTagTable {
  article_id: number;
  tag: string;
  published_at: number;
}

export interface ArticlePathTable {
  path: string;
  article_id: number;
}

export interface RevisionTable {
  article_id: number;
  number: number;
  created_at: number;
  headline: string;
  body_text: string;
  body_html: string;
  dateline_place: string | null;
  dateline_outlet: string | null;
  content_hash: string;
  source: string;
}

export interface MediaTable {
  sha256: string;
  mime_type: string;
  size: number;
  width: number | null;
  height: number | null;
  ext: string;
  created_at: number;
}

export interface MessageMediaTable {
  channel_id: number;
  message_id: number;
  position: number;
  kind: string;
  sha256: string | null;
  mime_type: string | null;
  file_name: string | null;
  width: number | null;
  height: number | null;
  duration: number | null;
  /** Why the bytes are not stored (not exported, over the bot limit, download failed). */
  missing_reason: string | null;
  /** JSON of the MediaRef source, to retry a download. */
  source: string;
}

export interface ChangeLogTable {
  id: Generated<number>;
  at: number;
  /** Instance that made the change (its own follower skips it). */
  origin: string;
  kind: string;
  channel_id: number;
  /** JSON number[] */
  article_ids: string;
}

export interface StateTable {
  key: string;
  value: string;
}

export interface CoreTables {
  channels: ChannelTable;
  messages: MessageTable;
  articles: ArticleTable;
  article_tags: ArticleTagTable;
  article_paths: ArticlePathTable;
  revisions: RevisionTable;
  media: MediaTable;
  message_media: MessageMediaTable;
  state: StateTable;
  change_log: ChangeLogTable;
}

/**
 * Every table Kysely knows. A feature declares its tables in its own file (e.g. db/tables/comments.ts) and
 * adds its interface to the list below.
 */
export interface Database extends CoreTables, AuthTables, CommentsTables, AdminTables, TranslationTables {}

export type ChannelRow = Selectable<ChannelTable>;
export type ArticleRow = Selectable<ArticleTable>;
export type NewArticle = Insertable<ArticleTable>;
export type MessageRow = Selectable<MessageTable>;
export type RevisionRow = Selectable<RevisionTable>;
export type MediaRow = Selectable<MediaTable>;
export type MessageMediaRow = Selectable<MessageMediaTable>;
export type { CommentBlockRow, CommentRow, CommentStatus, SubscriptionRow } from "./comments.js";
