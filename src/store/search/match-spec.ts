// What a query asks the index for, independent of any database's query syntax: the dialects translate
// it (dialect/sqlite-match.ts to an FTS5 expression, dialect/postgres-text-search.ts to a tsquery).
// The search feature makes one from a reader's query (search/query-spec.ts) or from an article's
// distinctive terms (search/related.ts).

/** A phrase is a sequence of terms that must occur next to each other; one term is a phrase of one. */
export type Phrase = readonly string[];

export interface MatchFilters {
  channelId?: number;
  /** A tag, lower case. */
  tag?: string;
  /** Unix seconds, inclusive. */
  from?: number;
  /** Unix seconds, exclusive. */
  to?: number;
}

export interface MatchSpec extends MatchFilters {
  /** "all": every phrase must occur; "any": at least one (related articles). */
  mode: "all" | "any";
  phrases: Phrase[];
  /** No result may contain any of these. */
  excluded: Phrase[];
  /** Look for `phrases` in headlines only (exclusions still apply to the whole article). */
  headlineOnly?: boolean;
}
