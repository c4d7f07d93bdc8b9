// A reader's analysed query → what the index is asked (store/search/match-spec.ts).
import type { MatchFilters, MatchSpec } from "../store/search/match-spec.js";
import type { AnalyzedQuery } from "./query.js";

/** The spec of a reader's query: its terms and phrases all required, its exclusions excluded. */
export function specOfQuery(query: AnalyzedQuery, filters: MatchFilters = {}): MatchSpec {
  return {
    ...filters,
    mode: "all",
    phrases: [...query.terms.map((t) => [t]), ...query.phrases],
    excluded: [...query.excluded.map((t) => [t]), ...query.excludedPhrases],
  };
}
