// The bulk writes of ingestion on SQLite, as prepared statements run on the raw handle. Kysely compiles a
// multi-row insert anew for every batch and binds thousands of parameters through generic code, which on
// an import cost more than the writes themselves. The statements run on the same
// connection as the caller's Kysely transaction, so they belong to it (better-sqlite3 is synchronous and
// has one connection).
//
// Large text columns are bound through CAST(? AS TEXT): a caller may pass UTF-8 bytes (an import worker
// encodes them off the main thread) or a string, and SQLite stores text either way.
import type SqliteDatabase from "better-sqlite3";
import type {
  ArticleInsert,
  ExistingMessage,
  MediaInsert,
  MessageMediaInsert,
  MessageUpsert,
  PathInsert,
  TagInsert,
} from "./rows.js";

type Statement = SqliteDatabase.Statement;

const SQL = {
  // A batch's ids and paths come as one JSON array: one statement, prepared once, whatever their number.
  existingMessages: `SELECT message_id, post_hash, article_id, media_group_id FROM messages
    WHERE channel_id = ? AND message_id IN (SELECT value FROM json_each(?))`,
  takenPaths: "SELECT path, article_id FROM article_paths WHERE path IN (SELECT value FROM json_each(?))",
  article: `INSERT INTO articles (channel_id, message_id, path, slug, published_at, updated_at, modified_at,
      headline, dateline_place, dateline_outlet, body_html, body_text, summary, language, direction, tags,
      status, status_reason, content_hash, revision, image_sha)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?, ?, ?, ?, ?, ?)`,
  message: `INSERT INTO messages (channel_id, message_id, source, raw, post, date, edit_date, media_group_id,
      post_hash, article_id, seen_at)
    VALUES (?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?, ?, ?, ?)
    ON CONFLICT (channel_id, message_id) DO UPDATE SET source = excluded.source, raw = excluded.raw,
      post = excluded.post, date = excluded.date, edit_date = excluded.edit_date,
      media_group_id = excluded.media_group_id, post_hash = excluded.post_hash,
      article_id = excluded.article_id, seen_at = excluded.seen_at`,
  tag: "INSERT INTO article_tags (article_id, tag, published_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
  path: "INSERT INTO article_paths (path, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
  media: `INSERT INTO media (sha256, mime_type, size, width, height, ext, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  deleteMessageMedia: "DELETE FROM message_media WHERE channel_id = ? AND message_id = ?",
  messageMedia: `INSERT INTO message_media (channel_id, message_id, position, kind, sha256, mime_type,
      file_name, width, height, duration, missing_reason, source)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
} as const;

type Statements = Record<keyof typeof SQL, Statement>;

const prepared = new WeakMap<SqliteDatabase.Database, Statements>();

function statements(sqlite: SqliteDatabase.Database): Statements {
  let s = prepared.get(sqlite);
  if (!s) {
    s = Object.fromEntries(
      Object.entries(SQL).map(([name, text]) => [name, sqlite.prepare(text)]),
    ) as Statements;
    prepared.set(sqlite, s);
  }
  return s;
}

export class SqliteIngestWrites {
  private readonly s: Statements;

  constructor(sqlite: SqliteDatabase.Database) {
    this.s = statements(sqlite);
  }

  existingMessages(channelId: number, ids: number[]): Map<number, ExistingMessage> {
    const out = new Map<number, ExistingMessage>();
    if (ids.length === 0) return out;
    for (const r of this.s.existingMessages.all(channelId, JSON.stringify(ids)) as ExistingMessage[]) {
      out.set(r.message_id, r);
    }
    return out;
  }

  takenPaths(paths: string[]): Map<string, number> {
    const out = new Map<string, number>();
    if (paths.length === 0) return out;
    const rows = this.s.takenPaths.all(JSON.stringify(paths)) as { path: string; article_id: number }[];
    for (const r of rows) out.set(r.path, r.article_id);
    return out;
  }

  /** Inserts articles; returns message_id → new article id. */
  insertArticles(rows: ArticleInsert[]): Map<number, number> {
    const ids = new Map<number, number>();
    const st = this.s.article;
    for (const r of rows) {
      const info = st.run(
        r.channel_id,
        r.message_id,
        r.path,
        r.slug,
        r.published_at,
        r.updated_at ?? null,
        r.modified_at,
        r.headline,
        r.dateline_place ?? null,
        r.dateline_outlet ?? null,
        r.body_html,
        r.body_text,
        r.summary,
        r.language,
        r.direction,
        r.tags ?? "[]",
        r.status ?? "published",
        r.status_reason ?? null,
        r.content_hash,
        r.revision ?? 1,
        r.image_sha ?? null,
      );
      ids.set(r.message_id, Number(info.lastInsertRowid));
    }
    return ids;
  }

  upsertMessages(rows: MessageUpsert[]): void {
    const st = this.s.message;
    for (const r of rows) {
      st.run(
        r.channel_id,
        r.message_id,
        r.source,
        r.raw,
        r.post,
        r.date,
        r.edit_date ?? null,
        r.media_group_id ?? null,
        r.post_hash,
        r.article_id ?? null,
        r.seen_at,
      );
    }
  }

  insertTags(rows: TagInsert[]): void {
    const st = this.s.tag;
    for (const r of rows) st.run(r.article_id, r.tag, r.published_at);
  }

  insertPaths(rows: PathInsert[]): void {
    const st = this.s.path;
    for (const r of rows) st.run(r.path, r.article_id);
  }

  insertMedia(rows: MediaInsert[]): void {
    const st = this.s.media;
    for (const r of rows) st.run(r.sha256, r.mime_type, r.size, r.width, r.height, r.ext, r.created_at);
  }

  replaceMessageMedia(channelId: number, messageIds: number[], rows: MessageMediaInsert[]): void {
    const del = this.s.deleteMessageMedia;
    for (const id of messageIds) del.run(channelId, id);
    const st = this.s.messageMedia;
    for (const r of rows) {
      st.run(
        r.channel_id,
        r.message_id,
        r.position,
        r.kind,
        r.sha256 ?? null,
        r.mime_type ?? null,
        r.file_name ?? null,
        r.width ?? null,
        r.height ?? null,
        r.duration ?? null,
        r.missing_reason ?? null,
        r.source,
      );
    }
  }
}
