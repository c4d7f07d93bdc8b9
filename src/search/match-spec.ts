// What a query asks the index for, independent of any database's query syntax: the dialects translate
// it (dialect/sqlite-match.ts to an FTS5 expression, dialect/postgres-tsquery.ts to a tsquery).

import type { AnalyzedQuery } from "./query.js";

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

/** The spec of a reader's query: its terms and phrases all required, its exclusions excluded. */
export function specOfQuery(query: AnalyzedQuery, filters: MatchFilters = {}): MatchSpec {
  return {
    ...filters,
    mode: "all",
    phrases: [...query.terms.map((t) => [t]), ...query.phrases],
    excluded: [...query.excluded.map((t) => [t]), ...query.excludedPhrases],
  };
}

/** Every term of the spec's positive phrases, once each. */
export function positiveTerms(spec: MatchSpec): string[] {
  return [...new Set(spec.phrases.flat())];
}
