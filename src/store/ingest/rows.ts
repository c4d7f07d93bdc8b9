// The rows ingestion reads and writes, as its callers build them (no Kysely types outside store/).
import type { Insertable } from "kysely";
import type {
  ArticlePathTable,
  ArticleTagTable,
  ChannelTable,
  MediaTable,
  MessageMediaTable,
  MessageTable,
  NewArticle,
  RevisionTable,
} from "../../db/tables/index.js";

/** A text column's value as a string, or as its UTF-8 bytes (an import's workers encode them off the main thread). */
export type TextValue = string | Uint8Array;

/** A stored message, as a batch's ingestion needs it. */
export interface ExistingMessage {
  message_id: number;
  post_hash: string;
  article_id: number | null;
  media_group_id: string | null;
}

/** A stored message read back to derive its article again. */
export interface StoredMessage {
  message_id: number;
  source: string;
  raw: string;
  post: string;
  media_group_id: string | null;
}

/** Article rows whose large text columns may come as UTF-8 bytes. */
export type ArticleInsert = Omit<NewArticle, "body_html" | "body_text" | "summary"> & {
  body_html: TextValue;
  body_text: TextValue;
  summary: TextValue;
};

/** Columns of an article to change. */
export type ArticlePatch = Partial<NewArticle>;

/** Message rows whose raw and post columns may come as UTF-8 bytes. */
export type MessageUpsert = Omit<Insertable<MessageTable>, "raw" | "post"> & {
  raw: TextValue;
  post: TextValue;
};

export type TagInsert = Insertable<ArticleTagTable>;
export type PathInsert = Insertable<ArticlePathTable>;
export type MediaInsert = Insertable<MediaTable>;
/** A message's media item, as written and as read back. */
export type MessageMediaInsert = Insertable<MessageMediaTable>;
export type RevisionInsert = Insertable<RevisionTable>;

/** A channel created by an import (the channels table's other columns take their defaults there). */
export type ChannelInsert = Insertable<ChannelTable>;
