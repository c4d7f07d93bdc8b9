// The search index on PostgreSQL: one row per article with a tsvector of its analysed terms (headline
// at weight A, body at D) under a GIN index, plus the columns the filters need (migration 0003).
// Documents and queries are tsvector/tsquery literals of analysed terms (postgres-text-search.ts): the
// 'simple'-configuration behaviour the brief asks for, without even the parser in between.
//
// Ranking: ts_rank has no collection statistics (no IDF), so it costs the same for common and rare
// terms: the newest `window` matches are read through the GIN index and each is ranked. That bounds
// a query's cost whatever its terms.

import { type RawBuilder, sql } from "kysely";
import type { Db } from "../../db/connect.js";
import { analyzeDocument, type SearchDocument } from "../document.js";
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

/** SQL conditions of the spec's filters, and'ed with the text match. */
function conditions(spec: MatchSpec, query: string): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`document @@ ${query}::tsquery`];
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
  constructor(private readonly db: Db) {}

  async index(docs: readonly SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const rows = docs
      .map(analyzeDocument)
      .map(
        (d) =>
          sql`(${d.articleId}, ${d.channelId}, ${d.publishedAt}, ${d.tags}::text[], ${tsvectorLiteral(d.headlineTerms, d.bodyTerms)}::tsvector)`,
      );
    await this.db.kysely.transaction().execute(async (tx) => {
      for (let i = 0; i < rows.length; i += INSERT_ROWS) {
        await sql`INSERT INTO search_documents (article_id, channel_id, published_at, tags, document)
          VALUES ${sql.join(rows.slice(i, i + INSERT_ROWS))}
          ON CONFLICT (article_id) DO UPDATE SET channel_id = EXCLUDED.channel_id,
            published_at = EXCLUDED.published_at, tags = EXCLUDED.tags, document = EXCLUDED.document`.execute(
          tx,
        );
      }
    });
  }

  async remove(articleIds: readonly number[]): Promise<void> {
    if (articleIds.length === 0) return;
    await sql`DELETE FROM search_documents WHERE article_id = ANY(${[...articleIds]}::integer[])`.execute(
      this.db.kysely,
    );
  }

  async query(spec: MatchSpec, opts: RecentQuery | RelevanceQuery): Promise<QueryResult> {
    const query = tsqueryLiteral(spec);
    if (query === null) return { hits: [], complete: true };
    if (opts.order === "relevance") {
      const { rows } = await sql<HitRow>`SELECT article_id, published_at, ${rank(query)} AS relevance
        FROM search_documents WHERE ${conditions(spec, query)}
        ORDER BY relevance DESC, published_at DESC LIMIT ${opts.limit}`.execute(this.db.kysely);
      return { hits: toHits(rows), complete: true };
    }
    // Ranked after the LIMIT, in the outer query: ts_rank reads the whole tsvector of each row.
    const { rows } = await sql<HitRow>`SELECT article_id, published_at, ${rank(query)} AS relevance
      FROM (SELECT article_id, published_at, document FROM search_documents
        WHERE ${conditions(spec, query)}
        ORDER BY published_at DESC, article_id DESC LIMIT ${opts.window}) AS newest`.execute(this.db.kysely);
    return { hits: toHits(rows), complete: rows.length < opts.window };
  }

  async documentFrequency(term: string, cap: number): Promise<number> {
    const query = tsqueryLiteral({ mode: "all", phrases: [[term]], excluded: [] })!;
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::integer AS n FROM (SELECT 1 FROM search_documents
      WHERE document @@ ${query}::tsquery LIMIT ${cap}) AS matches`.execute(this.db.kysely);
    return rows[0]?.n ?? 0;
  }

  async count(): Promise<number> {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::integer AS n FROM search_documents`.execute(
      this.db.kysely,
    );
    return rows[0]?.n ?? 0;
  }
}
