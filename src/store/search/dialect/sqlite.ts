// The search index on SQLite: an FTS5 table (migration 0003) of analysed terms, contentless (the text
// lives in `articles`; the index keeps only what it needs to match and rank) with contentless_delete=1
// so edits and takedowns can remove rows (https://sqlite.org/fts5.html#contentless_delete_tables).
// Its tokenizer is "ascii": terms arrive analysed and space-separated, and "ascii" keeps every
// non-ASCII character as part of a token, so FTS5 stores the terms exactly as search/analyze.ts made them.
//
// Ranking cost. FTS5's bm25() needs, for each phrase of the query, the number of documents holding
// it, and counts them by walking the phrase's whole posting list on every query: for a term in most
// of a million articles that alone takes tens of milliseconds. So a query is run in one of two ways:
// - Exactly, when it has a rare term and reading all its matches is cheap: matches (bounded by the
//   rarest term) times one plus the number of common terms (each match is looked up in each common
//   term's long posting list) stays under EXACT_MATCHES. Every match is read and scored by bm25()
//   over the rare phrases only; common ones (those in EXACT_MATCHES articles or more), which have the
//   lowest weight in BM25 (IDF) of the query's terms, only filter.
// - Otherwise, within a window: the newest `window` matches are scored 1 each, HEADLINE_WEIGHT when
//   the headline holds the query (both cheap: no collection statistics), and the search service
//   ranks them by that and recency. Its answer says it is not complete.
// Document frequencies are counted up to EXACT_MATCHES and remembered for a while.
// Figures (bench/search.ts, 1,000,000 articles): bm25() over 4,800 matches of one term, 6 ms; an
// AND of a term in 4,400 articles with two in nearly all, 13 ms to read without scoring.
//
// better-sqlite3 is synchronous; the work runs inside Kysely's connection lock (connection()), so it
// never interleaves with a Kysely transaction on the same connection.

import type SqliteDatabase from "better-sqlite3";
import type { Db } from "../../../db/connect.js";
import type { IndexedDocument } from "../document.js";
import type { MatchSpec, Phrase } from "../match-spec.js";
import {
  HEADLINE_WEIGHT,
  type IndexHit,
  type QueryResult,
  type RecentQuery,
  type RelevanceQuery,
  type SearchIndex,
} from "../search-index.js";
import { DocumentFrequencyCache } from "./document-frequency-cache.js";
import { docKey, KEY_ID_SQL, KEY_TIME_SQL, keyRange, MAX_KEY } from "./sqlite-doc-key.js";
import { channelFacet, fts5Expression, tagFacet } from "./sqlite-match.js";

/**
 * A term in fewer articles than this is rare; a query is answered exactly while its matches times
 * (1 + its common phrases) stay below it (see above).
 */
export const EXACT_MATCHES = 5_000;
/** The tables of one index: the FTS5 table and the table of each article's key (migration 0003). */
export interface SqliteIndexTables {
  fts: string;
  docs: string;
  /** Statements creating the tables when they do not exist yet (indexes made at run time). */
  create?: readonly string[];
}

export const ARTICLE_TABLES: SqliteIndexTables = { fts: "search_fts", docs: "search_docs" };

// Queries that return many rows read them as arrays (raw mode): at thousands of rows, building an
// object per row costs as much as the search itself. Columns: [publishedAt, articleId, score?].
function statementsOf(t: SqliteIndexTables) {
  // bm25() weights of the FTS5 columns headline, body, facets: facets never count.
  const BM25 = `bm25(${t.fts}, ${HEADLINE_WEIGHT}.0, 1.0, 0.0)`;
  return {
    recent: `SELECT ${KEY_TIME_SQL}, ${KEY_ID_SQL} FROM ${t.fts}
    WHERE ${t.fts} MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid LIMIT ?`,
    recentScored: `SELECT ${KEY_TIME_SQL}, ${KEY_ID_SQL}, ${BM25} FROM ${t.fts}
    WHERE ${t.fts} MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid LIMIT ?`,
    scores: `SELECT ${KEY_TIME_SQL}, ${KEY_ID_SQL}, ${BM25} FROM ${t.fts}
    WHERE ${t.fts} MATCH ? AND rowid >= ? AND rowid < ?`,
    ids: `SELECT ${KEY_TIME_SQL}, ${KEY_ID_SQL} FROM ${t.fts} WHERE ${t.fts} MATCH ? AND rowid >= ? AND rowid < ?`,
    best: `SELECT ${KEY_TIME_SQL}, ${KEY_ID_SQL}, ${BM25} AS score FROM ${t.fts}
    WHERE ${t.fts} MATCH ? AND rowid >= ? AND rowid < ? ORDER BY score LIMIT ?`,
    frequency: `SELECT count(*) AS n FROM (SELECT 1 FROM ${t.fts} WHERE ${t.fts} MATCH ? LIMIT ?)`,
    count: `SELECT count(*) AS n FROM ${t.docs}`,
    keyOf: `SELECT doc_key FROM ${t.docs} WHERE article_id = ?`,
    deleteRow: `DELETE FROM ${t.fts} WHERE rowid = ?`,
    insertRow: `INSERT INTO ${t.fts} (rowid, headline, body, facets) VALUES (?, ?, ?, ?)`,
    putKey: `INSERT OR REPLACE INTO ${t.docs} (article_id, doc_key) VALUES (?, ?)`,
    deleteKey: `DELETE FROM ${t.docs} WHERE article_id = ?`,
  } as const;
}

type Sql = ReturnType<typeof statementsOf>;

const RAW: ReadonlyArray<keyof Sql> = ["recent", "recentScored", "scores", "ids", "best"];

type Statements = { [K in keyof Sql]: SqliteDatabase.Statement };

/** A row of the raw queries: publication time, article id, and bm25() where selected. */
type KeyedRow = [publishedAt: number, articleId: number, bm25?: number];

/** [low, high) key bounds that cover these rows. */
function boundsOf(rows: readonly KeyedRow[]): [bigint, bigint] {
  let low = MAX_KEY;
  let high = 0n;
  for (const [publishedAt, articleId] of rows) {
    const key = docKey(publishedAt, articleId);
    if (key < low) low = key;
    if (key > high) high = key;
  }
  return [low, high + 1n];
}

/** bm25() is lower for better matches, and negative: relevance is its opposite. */
function toHit([publishedAt, articleId, bm25]: KeyedRow, relevance = -(bm25 ?? 0)): IndexHit {
  return { articleId, publishedAt, relevance };
}

function facetsOf(doc: IndexedDocument): string {
  return [channelFacet(doc.channelId), ...doc.tags.map(tagFacet)].join(" ");
}

export class SqliteSearchIndex implements SearchIndex {
  private readonly sqlite: SqliteDatabase.Database;
  private statements: Statements | null = null;
  private readonly frequencies = new DocumentFrequencyCache();

  constructor(
    private readonly db: Db,
    private readonly tables: SqliteIndexTables = ARTICLE_TABLES,
  ) {
    if (!db.sqlite) throw new Error("SqliteSearchIndex needs a SQLite database");
    this.sqlite = db.sqlite;
  }

  /** Runs `work` holding Kysely's connection, with the statements prepared (after migrations ran). */
  private locked<T>(work: (s: Statements) => T): Promise<T> {
    return this.db.kysely.connection().execute(async () => {
      this.statements ??= this.prepare();
      return work(this.statements);
    });
  }

  private prepare(): Statements {
    for (const statement of this.tables.create ?? []) this.sqlite.exec(statement);
    const prepared = Object.fromEntries(
      Object.entries(statementsOf(this.tables)).map(([name, text]) => [name, this.sqlite.prepare(text)]),
    ) as Statements;
    // Keys go up to 2^63: read them as BigInt, or they would lose their low bits.
    prepared.keyOf.safeIntegers(true);
    for (const name of RAW) prepared[name].raw(true);
    return prepared;
  }

  async index(docs: readonly IndexedDocument[]): Promise<void> {
    if (docs.length === 0) return;
    // In ascending key order: FTS5 buffers a transaction's terms in memory only while rowids ascend,
    // and writes out what it holds whenever one does not (fts5_index.c, sqlite3Fts5IndexBeginWrite).
    // An import comes oldest first, which is descending key order: unsorted, 3× slower.
    const keyed = docs
      .map((doc) => ({ doc, key: docKey(doc.publishedAt, doc.articleId) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (keyed.length >= DocumentFrequencyCache.BULK_WRITE) this.frequencies.clear();
    await this.locked((s) =>
      this.sqlite.transaction(() => {
        for (const { doc, key } of keyed) {
          this.deleteIndexed(s, doc.articleId);
          s.insertRow.run(key, doc.headlineTerms.join(" "), doc.bodyTerms.join(" "), facetsOf(doc));
          s.putKey.run(doc.articleId, key);
        }
      })(),
    );
  }

  async remove(articleIds: readonly number[]): Promise<void> {
    if (articleIds.length === 0) return;
    await this.locked((s) =>
      this.sqlite.transaction(() => {
        for (const id of articleIds) {
          if (this.deleteIndexed(s, id)) s.deleteKey.run(id);
        }
      })(),
    );
  }

  /** Deletes an article's FTS row, if it has one; true when it had. */
  private deleteIndexed(s: Statements, articleId: number): boolean {
    const row = s.keyOf.get(articleId) as { doc_key: bigint } | undefined;
    if (!row) return false;
    s.deleteRow.run(row.doc_key);
    return true;
  }

  async query(spec: MatchSpec, opts: RecentQuery | RelevanceQuery): Promise<QueryResult> {
    const expression = fts5Expression(spec);
    if (expression === null) return { hits: [], complete: true };
    const [low, high] = keyRange(spec.from, spec.to);
    if (opts.order === "relevance") {
      return this.locked((s) => {
        const rows = s.best.all(expression, low, high, opts.limit) as KeyedRow[];
        return { hits: rows.map((r) => toHit(r)), complete: true };
      });
    }
    const rare = spec.mode === "all" ? await this.exactPlan(spec) : null;
    return this.locked((s) =>
      rare
        ? this.exact(s, expression, rare, low, high)
        : this.windowed(s, spec, expression, low, high, opts.window),
    );
  }

  /** Every match, scored by bm25() over the rare phrases (see the top of this file). */
  private exact(s: Statements, expression: string, rare: Phrase[], low: bigint, high: bigint): QueryResult {
    const scoring = fts5Expression({ mode: "all", phrases: rare, excluded: [] })!;
    if (scoring === expression) {
      // Only rare phrases, no exclusions or filters: one pass matches and scores.
      const rows = s.recentScored.all(expression, low, high, EXACT_MATCHES) as KeyedRow[];
      return { hits: rows.map((r) => toHit(r)), complete: rows.length < EXACT_MATCHES };
    }
    const rows = s.recent.all(expression, low, high, EXACT_MATCHES) as KeyedRow[];
    if (rows.length === 0) return { hits: [], complete: true };
    const [first, last] = boundsOf(rows);
    const scores = new Map<number, number>();
    for (const [, id, bm25] of s.scores.all(scoring, first, last) as KeyedRow[]) scores.set(id, -(bm25 ?? 0));
    const hits = rows.map((r) => toHit(r, scores.get(r[1]) ?? 0));
    return { hits, complete: rows.length < EXACT_MATCHES };
  }

  /** The newest `window` matches; HEADLINE_WEIGHT for those whose headline holds the query, else 1. */
  private windowed(
    s: Statements,
    spec: MatchSpec,
    expression: string,
    low: bigint,
    high: bigint,
    window: number,
  ): QueryResult {
    const rows = s.recent.all(expression, low, high, window) as KeyedRow[];
    if (rows.length === 0) return { hits: [], complete: true };
    const [first, last] = boundsOf(rows);
    const inHeadline = fts5Expression({ ...spec, excluded: [], headlineOnly: true })!;
    const headline = new Set((s.ids.all(inHeadline, first, last) as KeyedRow[]).map((r) => r[1]));
    const hits = rows.map((r) => toHit(r, headline.has(r[1]) ? HEADLINE_WEIGHT : 1));
    return { hits, complete: rows.length < window };
  }

  /** The rare phrases of a query to answer exactly, or null to answer within a window (see above). */
  private async exactPlan(spec: MatchSpec): Promise<Phrase[] | null> {
    const rare: Phrase[] = [];
    let fewest = Number.POSITIVE_INFINITY;
    for (const phrase of spec.phrases) {
      // A phrase is in no more articles than its rarest term.
      let frequency = Number.POSITIVE_INFINITY;
      for (const term of phrase) frequency = Math.min(frequency, await this.cachedFrequency(term));
      if (frequency < EXACT_MATCHES) rare.push(phrase);
      fewest = Math.min(fewest, frequency);
    }
    const common = spec.phrases.length - rare.length;
    return rare.length > 0 && fewest * (1 + common) < EXACT_MATCHES ? rare : null;
  }

  private async cachedFrequency(term: string): Promise<number> {
    const known = this.frequencies.get(term);
    if (known !== undefined) return known;
    const n = await this.countUpTo(term, EXACT_MATCHES);
    this.frequencies.set(term, n);
    return n;
  }

  async documentFrequency(term: string, cap: number): Promise<number> {
    // The cache holds min(frequency, EXACT_MATCHES), which answers any smaller cap exactly.
    if (cap <= EXACT_MATCHES) return Math.min(cap, await this.cachedFrequency(term));
    return this.countUpTo(term, cap);
  }

  private async countUpTo(term: string, cap: number): Promise<number> {
    const expression = fts5Expression({ mode: "all", phrases: [[term]], excluded: [] })!;
    return this.locked((s) => (s.frequency.get(expression, cap) as { n: number }).n);
  }

  async count(): Promise<number> {
    return this.locked((s) => (s.count.get() as { n: number }).n);
  }
}
