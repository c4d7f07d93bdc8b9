// MatchSpec → tsquery text, and analysed terms → tsvector text, for PostgreSQL. Both are given to
// PostgreSQL as literals cast to tsquery / tsvector, which bypasses its parser and dictionaries
// entirely (https://www.postgresql.org/docs/current/datatype-textsearch.html): the lexemes are the
// terms search/analyze.ts made, exactly as SQLite's FTS5 table stores them, so both dialects match alike.

import type { MatchSpec, Phrase } from "../match-spec.js";

/** tsvector positions run from 1 to 16383; larger ones would be clamped (and break phrases). */
const MAX_POSITION = 16_383;
/** A lexeme keeps at most 256 positions. */
const MAX_POSITIONS_PER_LEXEME = 256;
/**
 * Body positions start this far after the headline's last, so that a phrase (<-> is "next to") never
 * spans the two, as it cannot across FTS5 columns.
 */
const FIELD_GAP = 1;

/** A lexeme in quotes: a quote is doubled and a backslash escaped, as tsvector/tsquery input reads them. */
function lexeme(term: string): string {
  return `'${term.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/**
 * The tsvector literal of a document: headline terms at weight A, body terms at the default D
 * (ts_rank then weighs them by the weights array, see postgres.ts), with positions for phrases.
 */
export function tsvectorLiteral(headlineTerms: readonly string[], bodyTerms: readonly string[]): string {
  const positions = new Map<string, string[]>();
  const add = (term: string, position: number, weight: string) => {
    if (position > MAX_POSITION) return;
    let list = positions.get(term);
    if (list === undefined) {
      list = [];
      positions.set(term, list);
    }
    if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
  };
  for (let i = 0; i < headlineTerms.length; i++) add(headlineTerms[i]!, i + 1, "A");
  const bodyStart = headlineTerms.length + 1 + FIELD_GAP;
  for (let i = 0; i < bodyTerms.length; i++) add(bodyTerms[i]!, bodyStart + i, "");
  return [...positions].map(([term, list]) => `${lexeme(term)}:${list.join(",")}`).join(" ");
}

function phraseQuery(phrase: Phrase, headlineOnly: boolean): string {
  const weight = headlineOnly ? ":A" : "";
  const parts = phrase.map((term) => `${lexeme(term)}${weight}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(" <-> ")})`;
}

/** The tsquery literal of a spec's text part (filters are SQL conditions), or null when it asks for nothing. */
export function tsqueryLiteral(spec: MatchSpec): string | null {
  if (spec.phrases.length === 0) return null;
  const joiner = spec.mode === "all" ? " & " : " | ";
  let query = `(${spec.phrases.map((p) => phraseQuery(p, spec.headlineOnly === true)).join(joiner)})`;
  for (const excluded of spec.excluded) query += ` & !${phraseQuery(excluded, false)}`;
  return query;
}
