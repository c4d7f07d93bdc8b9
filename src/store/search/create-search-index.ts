// Makes the search index of the database's dialect: FTS5 on SQLite, full-text search on PostgreSQL.
import type { Db } from "../../db/connect.js";
import { PostgresSearchIndex } from "./dialect/postgres.js";
import { SqliteSearchIndex } from "./dialect/sqlite.js";
import type { SearchIndex } from "./search-index.js";

export function createSearchIndex(db: Db): SearchIndex {
  return db.dialect === "sqlite" ? new SqliteSearchIndex(db) : new PostgresSearchIndex(db);
}
