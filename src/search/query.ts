// Parses what a reader types into the search box, with the same analysis as documents get.
//
//   كهرباء "وزارة الصحة" -gaza     → terms, a phrase, an excluded term
//
// Quoted phrases accept straight quotes, curly quotes (phones type them) and guillemets (« »,
// common in Arabic). A "-" at the start of a word or of a quoted phrase excludes it. Words that
// analysis drops (single letters) are gone from documents too, so a phrase skips them on both
// sides: "Plan B vote" is the phrase plan·vote, which the index holds for "plan B vote".

import { analyze } from "./analyze.js";

/** Terms kept from one query, phrases and exclusions included: bounds the SQL a query can cost. */
export const MAX_QUERY_TERMS = 32;

export interface AnalyzedQuery {
  /** Terms every result must contain, deduplicated. */
  terms: string[];
  /** Term sequences every result must contain in this order, next to each other. */
  phrases: string[][];
  /** Terms no result may contain, deduplicated. */
  excluded: string[];
  /** Term sequences no result may contain; a "-word" that analyses to several terms is one too. */
  excludedPhrases: string[][];
}

/** One chunk of the query: an optional "-", then a quoted phrase or a bare word. */
const CHUNK_RE = /(-?)(?:["“”„«»]([^"“”„«»]*)["“”„«»]?|([^\s"“”„«»]+))/gu;

/** A search is possible only with something a result must contain. */
export function hasRequiredTerms(query: AnalyzedQuery): boolean {
  return query.terms.length > 0 || query.phrases.length > 0;
}

/** Every positive term of the query, for highlighting matches in results. */
export function highlightTerms(query: AnalyzedQuery): string[] {
  return [...new Set([...query.terms, ...query.phrases.flat()])];
}

export function analyzeQuery(q: string): AnalyzedQuery {
  const query: AnalyzedQuery = { terms: [], phrases: [], excluded: [], excludedPhrases: [] };
  let budget = MAX_QUERY_TERMS;
  for (const match of q.matchAll(CHUNK_RE)) {
    if (budget === 0) break;
    const negated = match[1] === "-";
    // A bare word that analyses to several terms (al-Qaeda, COVID-19) is a phrase too.
    const terms = analyze(match[2] ?? match[3] ?? "").slice(0, budget);
    budget -= terms.length;
    const [first] = terms;
    if (terms.length > 1) {
      (negated ? query.excludedPhrases : query.phrases).push(terms);
    } else if (first !== undefined) {
      const list = negated ? query.excluded : query.terms;
      if (!list.includes(first)) list.push(first);
    }
  }
  return query;
}
