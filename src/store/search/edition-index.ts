// The search index of translated editions (/<lang>/search): the same machinery as the originals' index
// (FTS5 or PostgreSQL full-text search, the same queries and ranking), one index per edition language
// behind one interface. On SQLite each language has its own FTS5 table pair, made on first use (an
// FTS5 row's key is the article's); on PostgreSQL the rows of edition_search_documents with that
// language (migration 0008).
import { sql } from "kysely";
import type { Db } from "../../db/connect.js";
import { PostgresSearchIndex } from "./dialect/postgres.js";
import { SqliteSearchIndex } from "./dialect/sqlite.js";
import type { SearchIndex } from "./search-index.js";

/** Edition languages as the edition routes accept them ("en", "pt-br"). */
const LANGUAGE_RE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/;
const SQLITE_DOCS_PREFIX = "edition_docs_";

export interface EditionSearchIndex {
  /** The index of one edition language. */
  language(language: string): SearchIndex;
  /** Languages that have an index (that something was ever indexed in). */
  languages(): Promise<string[]>;
}

function checkLanguage(language: string): string {
  if (!LANGUAGE_RE.test(language))
    throw new RangeError(`not an edition language: ${JSON.stringify(language)}`);
  return language;
}

/** "pt-br" → "pt_br": a table-name part (LANGUAGE_RE admits nothing else that needs quoting). */
function identOf(language: string): string {
  return checkLanguage(language).replace("-", "_");
}

/** One language's FTS5 table pair, made as migration 0003 makes search_fts and search_docs. */
function sqliteEditionIndex(db: Db, language: string): SearchIndex {
  const ident = identOf(language);
  const fts = `edition_fts_${ident}`;
  const docs = `${SQLITE_DOCS_PREFIX}${ident}`;
  return new SqliteSearchIndex(db, {
    fts,
    docs,
    create: [
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(headline, body, facets,
          content='', contentless_delete=1, tokenize='ascii', detail='full')`,
      `CREATE TABLE IF NOT EXISTS ${docs} (article_id integer PRIMARY KEY, doc_key integer NOT NULL)`,
    ],
  });
}

async function indexedLanguages(db: Db): Promise<string[]> {
  if (db.dialect === "sqlite") {
    const { rows } = await sql<{ name: string }>`SELECT name FROM sqlite_master
          WHERE type = 'table' AND name LIKE ${`${SQLITE_DOCS_PREFIX}%`}`.execute(db.kysely);
    return rows.map((r) => r.name.slice(SQLITE_DOCS_PREFIX.length).replace("_", "-"));
  }
  const { rows } = await sql<{
    language: string;
  }>`SELECT DISTINCT language FROM edition_search_documents`.execute(db.kysely);
  return rows.map((r) => r.language);
}

export function createEditionSearchIndex(db: Db): EditionSearchIndex {
  const open = new Map<string, SearchIndex>();
  const make = (language: string): SearchIndex =>
    db.dialect === "sqlite"
      ? sqliteEditionIndex(db, language)
      : new PostgresSearchIndex(db, { kind: "edition", language });
  return {
    language(language) {
      let index = open.get(language);
      if (!index) {
        index = make(checkLanguage(language));
        open.set(language, index);
      }
      return index;
    },
    languages: () => indexedLanguages(db),
  };
}
