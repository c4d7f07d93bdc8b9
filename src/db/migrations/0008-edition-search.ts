// The search index of translated editions (src/store/search/edition-index.ts). On PostgreSQL one table of the
// same shape as search_documents (0003), keyed by language and article. On SQLite nothing here: each
// edition language gets its own FTS5 table pair (edition_fts_<lang>, edition_docs_<lang>) the first time
// it is indexed, because an FTS5 row's key (publication time and article id) is unique per article only.
import { type Kysely, type Migration, sql } from "kysely";
import type { Dialect } from "../dialect.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

async function postgresUp(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("edition_search_documents")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("channel_id", "integer", (c) => c.notNull())
    .addColumn("published_at", "bigint", (c) => c.notNull())
    .addColumn("tags", sql`text[]`, (c) => c.notNull())
    .addColumn("document", sql`tsvector`, (c) => c.notNull())
    .addPrimaryKeyConstraint("edition_search_documents_pk", ["language", "article_id"])
    .execute();
  await sql`CREATE INDEX edition_search_documents_document ON edition_search_documents USING gin (document)`.execute(
    db,
  );
  await db.schema
    .createIndex("edition_search_documents_recent")
    .on("edition_search_documents")
    .columns(["language", "published_at", "article_id"])
    .execute();
  // Removal of an article's editions in every language (a takedown).
  await db.schema
    .createIndex("edition_search_documents_article")
    .on("edition_search_documents")
    .column("article_id")
    .execute();
}

export function editionSearch(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      if (dialect === "postgres") await postgresUp(db);
    },
  };
}
