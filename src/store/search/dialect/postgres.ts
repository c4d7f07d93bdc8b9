// The search index on PostgreSQL: one row per article with a tsvector of its analysed terms (headline
// at weight A, body at D) under a GIN index, plus the columns the filters need (migration 0003).
// Documents and queries are tsvector/tsquery literals of analysed terms (postgres-text-search.ts): the
// 'simple'-configuration behaviour the brief asks for, without even the parser in between.
//
// Ranking: ts_rank has no collection statistics (no IDF), so it costs the same for common and rare
// terms: the newest `window` matches are read through the GIN index and each is ranked. That bounds
// a query's cost whatever its terms.

import { type RawBuilder, sql } from "kysely";
import type { Db } from "../../../db/connect.js";
import type { IndexedDocument } from "../document.js";
import type { MatchSpec } from "../match-spec.js";
import {
  HEADLINE_WEIGHT,
  type QueryResult,
  type RecentQuery,
  type RelevanceQuery,
  type SearchIndex,
} from "../search-index.js";
import { tsqueryLiteral, tsvectorLiteral } from "./postgres-text-search.js";

/** ts_rank weights of D, C, B, A (https://www.postgresql.org/docs/current/textsearch-controls.html). */
const RANK_WEIGHTS = `{${1 / HEADLINE_WEIGHT}, ${1 / HEADLINE_WEIGHT}, ${1 / HEADLINE_WEIGHT}, 1}`;
/** ts_rank normalization 1: divide by 1 + log(document length), so long posts do not win by length. */
const RANK_NORMALIZATION = 1;
/** Rows per INSERT: 5 parameters each, well under PostgreSQL's 65,535. */
const INSERT_ROWS = 1_000;

interface HitRow {
  article_id: number;
  published_at: number;
  relevance: number;
}

function rank(query: string): RawBuilder<number> {
  return sql<number>`ts_rank(${RANK_WEIGHTS}::float4[], document, ${query}::tsquery, ${sql.lit(RANK_NORMALIZATION)})`;
}

/**
 * Which rows an index holds: every article's (search_documents, migration 0003), or one edition
 * language's (edition_search_documents, keyed by article and language, migration 0008).
 */
export type PostgresIndexScope = { kind: "articles" } | { kind: "edition"; language: string };

const ARTICLES: PostgresIndexScope = { kind: "articles" };

function tableOf(scope: PostgresIndexScope): RawBuilder<unknown> {
  return sql.table(scope.kind === "articles" ? "search_documents" : "edition_search_documents");
}

/** The condition that keeps a query within the scope's rows. */
function scopeCondition(scope: PostgresIndexScope): RawBuilder<unknown> {
  return scope.kind === "articles" ? sql`TRUE` : sql`language = ${scope.language}`;
}

/** SQL conditions of the spec's filters, and'ed with the text match. */
function conditions(spec: MatchSpec, query: string, scope: PostgresIndexScope): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`document @@ ${query}::tsquery`];
  if (scope.kind === "edition") parts.push(scopeCondition(scope));
  if (spec.channelId !== undefined) parts.push(sql`channel_id = ${spec.channelId}`);
  if (spec.tag !== undefined) parts.push(sql`tags @> ARRAY[${spec.tag.toLowerCase()}]::text[]`);
  if (spec.from !== undefined) parts.push(sql`published_at >= ${spec.from}`);
  if (spec.to !== undefined) parts.push(sql`published_at < ${spec.to}`);
  return sql.join(parts, sql` AND `);
}

function toHits(rows: HitRow[]) {
  return rows.map((r) => ({
    articleId: r.article_id,
    publishedAt: Number(r.published_at),
    relevance: Number(r.relevance),
  }));
}

export class PostgresSearchIndex implements SearchIndex {
  constructor(
    private readonly db: Db,
    private readonly scope: PostgresIndexScope = ARTICLES,
  ) {}

  async index(docs: readonly IndexedDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const scope = this.scope;
    const language = scope.kind === "edition" ? sql`${scope.language}, ` : sql``;
    const rows = docs.map(
      (d) =>
        sql`(${language}${d.articleId}, ${d.channelId}, ${d.publishedAt}, ${d.tags}::text[], ${tsvectorLiteral(d.headlineTerms, d.bodyTerms)}::tsvector)`,
    );
    const columns =
      scope.kind === "edition"
        ? sql`(language, article_id, channel_id, published_at, tags, document)`
        : sql`(article_id, channel_id, published_at, tags, document)`;
    const key = scope.kind === "edition" ? sql`(language, article_id)` : sql`(article_id)`;
    await this.db.kysely.transaction().execute(async (tx) => {
      for (let i = 0; i < rows.length; i += INSERT_ROWS) {
        await sql`INSERT INTO ${tableOf(scope)} ${columns}
          VALUES ${sql.join(rows.slice(i, i + INSERT_ROWS))}
          ON CONFLICT ${key} DO UPDATE SET channel_id = EXCLUDED.channel_id,
            published_at = EXCLUDED.published_at, tags = EXCLUDED.tags, document = EXCLUDED.document`.execute(
          tx,
        );
      }
    });
  }

  async remove(articleIds: readonly number[]): Promise<void> {
    if (articleIds.length === 0) return;
    await sql`DELETE FROM ${tableOf(this.scope)} WHERE article_id = ANY(${[...articleIds]}::integer[])
      AND ${scopeCondition(this.scope)}`.execute(this.db.kysely);
  }

  async query(spec: MatchSpec, opts: RecentQuery | RelevanceQuery): Promise<QueryResult> {
    const query = tsqueryLiteral(spec);
    if (query === null) return { hits: [], complete: true };
    if (opts.order === "relevance") {
      const { rows } = await sql<HitRow>`SELECT article_id, published_at, ${rank(query)} AS relevance
        FROM ${tableOf(this.scope)} WHERE ${conditions(spec, query, this.scope)}
        ORDER BY relevance DESC, published_at DESC LIMIT ${opts.limit}`.execute(this.db.kysely);
      return { hits: toHits(rows), complete: true };
    }
    // Ranked after the LIMIT, in the outer query: ts_rank reads the whole tsvector of each row.
    const { rows } = await sql<HitRow>`SELECT article_id, published_at, ${rank(query)} AS relevance
      FROM (SELECT article_id, published_at, document FROM ${tableOf(this.scope)}
        WHERE ${conditions(spec, query, this.scope)}
        ORDER BY published_at DESC, article_id DESC LIMIT ${opts.window}) AS newest`.execute(this.db.kysely);
    return { hits: toHits(rows), complete: rows.length < opts.window };
  }

  async documentFrequency(term: string, cap: number): Promise<number> {
    const query = tsqueryLiteral({ mode: "all", phrases: [[term]], excluded: [] })!;
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::integer AS n FROM (SELECT 1 FROM ${tableOf(this.scope)}
      WHERE document @@ ${query}::tsquery AND ${scopeCondition(this.scope)} LIMIT ${cap}) AS matches`.execute(
      this.db.kysely,
    );
    return rows[0]?.n ?? 0;
  }

  async count(): Promise<number> {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::integer AS n FROM ${tableOf(this.scope)}
      WHERE ${scopeCondition(this.scope)}`.execute(this.db.kysely);
    return rows[0]?.n ?? 0;
  }
}
