// The search index (src/store/search/): on SQLite an FTS5 table of analysed terms plus the key of each
// article's row; on PostgreSQL a table with a tsvector of the same terms under a GIN index. Both hold
// only terms that src/search/analyze.ts made, never raw text: the application does the linguistics.
import { type Kysely, type Migration, sql } from "kysely";
import type { Dialect } from "../dialect.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

async function sqliteUp(db: AnyDb): Promise<void> {
  // Contentless with delete support (SQLite 3.43+): the text stays in `articles`. The ascii tokenizer
  // splits on ASCII spaces and punctuation only, and analysed terms contain neither.
  // Columns: headline and body terms; facets holds filter terms (channel, tags).
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
    headline, body, facets,
    content='', contentless_delete=1, tokenize='ascii', detail='full'
  )`.execute(db);
  // rowid of each article's FTS5 row (publication time and id; see store/search/dialect/sqlite-doc-key.ts).
  await db.schema
    .createTable("search_docs")
    .addColumn("article_id", "integer", (c) => c.primaryKey())
    .addColumn("doc_key", "integer", (c) => c.notNull())
    .execute();
}

async function postgresUp(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("search_documents")
    .addColumn("article_id", "integer", (c) => c.primaryKey())
    .addColumn("channel_id", "integer", (c) => c.notNull())
    .addColumn("published_at", "bigint", (c) => c.notNull())
    .addColumn("tags", sql`text[]`, (c) => c.notNull())
    .addColumn("document", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX search_documents_document ON search_documents USING gin (document)`.execute(db);
  await sql`CREATE INDEX search_documents_tags ON search_documents USING gin (tags)`.execute(db);
  // Newest matches first, and the channel filter.
  await db.schema
    .createIndex("search_documents_recent")
    .on("search_documents")
    .columns(["published_at", "article_id"])
    .execute();
  await db.schema
    .createIndex("search_documents_channel")
    .on("search_documents")
    .columns(["channel_id", "published_at"])
    .execute();
}

export function search(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      await (dialect === "sqlite" ? sqliteUp(db) : postgresUp(db));
    },
  };
}
