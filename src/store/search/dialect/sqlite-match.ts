// MatchSpec → an FTS5 query expression (https://sqlite.org/fts5.html#full_text_query_syntax). Every
// term goes in double quotes, so no term can be read as an operator, column filter or prefix query;
// a double quote inside one is doubled, the FTS5 string escape. Filters on channel and tag are terms
// of the `facets` column, so FTS5 intersects them with the text match itself.

import { createHash } from "node:crypto";
import type { MatchSpec, Phrase } from "../match-spec.js";

const TEXT_COLUMNS = "{headline body}";
const HEADLINE_COLUMN = "{headline}";
const FACETS_COLUMN = "{facets}";
/** Hex digits of a tag's hash kept in its facet term: 64 bits, collisions are not a practical concern. */
const TAG_HASH_CHARS = 16;

/** The facet term of a channel: "c" and its id (ASCII letters and digits: one token to the tokenizer). */
export function channelFacet(channelId: number): string {
  return `c${channelId}`;
}

/**
 * The facet term of a tag. Tags are free text (Arabic, underscores, emoji) that a tokenizer would cut
 * apart; their hash is one ASCII token.
 */
export function tagFacet(tag: string): string {
  const hash = createHash("sha1").update(tag.toLowerCase()).digest("hex");
  return `t${hash.slice(0, TAG_HASH_CHARS)}`;
}

function quoted(phrase: Phrase): string {
  return `"${phrase.map((term) => term.replaceAll('"', '""')).join(" ")}"`;
}

/** The FTS5 expression of a spec, or null when it asks for nothing (no phrase to match). */
export function fts5Expression(spec: MatchSpec): string | null {
  if (spec.phrases.length === 0) return null;
  const columns = spec.headlineOnly ? HEADLINE_COLUMN : TEXT_COLUMNS;
  const joiner = spec.mode === "all" ? " AND " : " OR ";
  let expression = `${columns} : (${spec.phrases.map(quoted).join(joiner)})`;
  if (spec.excluded.length > 0) {
    expression = `(${expression}) NOT (${TEXT_COLUMNS} : (${spec.excluded.map(quoted).join(" OR ")}))`;
  }
  const facets: string[] = [];
  if (spec.channelId !== undefined) facets.push(quoted([channelFacet(spec.channelId)]));
  if (spec.tag !== undefined) facets.push(quoted([tagFacet(spec.tag)]));
  if (facets.length > 0) expression = `(${expression}) AND (${FACETS_COLUMN} : (${facets.join(" AND ")}))`;
  return expression;
}
