// What the search index is given for one article: the article as the stores read it (SearchDocument),
// and its analysed terms, field by field, with the facts the filters need (IndexedDocument). The
// analysis itself is the search feature's (search/analyze-document.ts): both dialects store exactly
// the terms they are given, so SQLite and PostgreSQL find the same articles for the same query.

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

/** A document's analysed terms (search/analyze.ts), as the index stores them. */
export interface IndexedDocument {
  articleId: number;
  channelId: number;
  publishedAt: number;
  headlineTerms: string[];
  bodyTerms: string[];
  tags: string[];
}
