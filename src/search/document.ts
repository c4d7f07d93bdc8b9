// What the search index holds for one article: its analysed terms, field by field, and the facts the
// filters need (channel, time, tags). Both dialects store exactly these terms (analyze.ts), so SQLite
// and PostgreSQL find the same articles for the same query.

import { analyze } from "./analyze.js";

/** An article as the indexer reads it. */
export interface SearchDocument {
  articleId: number;
  channelId: number;
  /** Unix seconds. */
  publishedAt: number;
  headline: string;
  /** The dateline's place ("Basra"), searchable like the body; null when the post has none. */
  place: string | null;
  body: string;
  /** Tags as stored (lower case). */
  tags: readonly string[];
}

export interface IndexedDocument {
  articleId: number;
  channelId: number;
  publishedAt: number;
  headlineTerms: string[];
  bodyTerms: string[];
  tags: string[];
}

/**
 * Terms kept from one body. Telegram caps a post at 4,096 characters (a caption at 1,024), but albums
 * merge several; this bounds a pathological one without touching real posts.
 */
export const MAX_BODY_TERMS = 20_000;

export function analyzeDocument(doc: SearchDocument): IndexedDocument {
  const bodyTerms = analyze(doc.place ? `${doc.place}\n${doc.body}` : doc.body);
  return {
    articleId: doc.articleId,
    channelId: doc.channelId,
    publishedAt: doc.publishedAt,
    headlineTerms: analyze(doc.headline),
    bodyTerms: bodyTerms.length > MAX_BODY_TERMS ? bodyTerms.slice(0, MAX_BODY_TERMS) : bodyTerms,
    tags: [...new Set(doc.tags.map((t) => t.toLowerCase()))],
  };
}
