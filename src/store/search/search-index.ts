// The search index behind one interface, whatever the database: SQLite FTS5 on the embedded default
// (dialect/sqlite.ts), PostgreSQL full-text search (dialect/postgres.ts); create-search-index.ts picks
// one. Both store the terms they are given (search/analyze.ts makes them), so both find the same
// articles for the same query; only relevance scores differ in scale (BM25 in FTS5, ts_rank in
// PostgreSQL), and scores are only ever compared within one query.

import type { IndexedDocument } from "./document.js";
import type { MatchSpec } from "./match-spec.js";

/** A headline term counts this many times a body term (FTS5 bm25 column weight, ts_rank weight A vs D). */
export const HEADLINE_WEIGHT = 4;

export interface IndexHit {
  articleId: number;
  /** Unix seconds. */
  publishedAt: number;
  /** Text relevance, ≥ 0, higher is better; comparable only within one query's hits. */
  relevance: number;
}

export interface RecentQuery {
  order: "recent";
  /** The newest this many matches are scored, at least (a dialect may score every match when cheap). */
  window: number;
}

export interface RelevanceQuery {
  order: "relevance";
  /** The best this many matches. Meant for queries of rare terms (related articles): every match is scored. */
  limit: number;
}

export interface QueryResult {
  hits: IndexHit[];
  /** True when `hits` holds every match; false when older matches were left out of the window. */
  complete: boolean;
}

export interface SearchIndex {
  /** Adds or replaces these analysed articles (search/analyze-document.ts), in one transaction. */
  index(docs: readonly IndexedDocument[]): Promise<void>;
  /** Removes these articles (absent ones are ignored), in one transaction. */
  remove(articleIds: readonly number[]): Promise<void>;
  query(spec: MatchSpec, opts: RecentQuery | RelevanceQuery): Promise<QueryResult>;
  /** How many articles hold `term`, counting no further than `cap`. */
  documentFrequency(term: string, cap: number): Promise<number>;
  /** Number of indexed articles. */
  count(): Promise<number>;
}
