// FTS5 rows are keyed by a "document key" that sorts by publication time: the Unix time in the high
// bits, the article id in the low 29. FTS5 walks its index in rowid order and seeks rowid ranges
// (https://sqlite.org/fts5.html, "rowid" constraints and ORDER BY rowid), so "the newest N matches"
// and "matches between two dates" come straight from the index, with no look-up per row.

const ID_BITS = 29n;
/** Article ids must stay below this (536,870,912). */
export const MAX_ARTICLE_ID = 2 ** 29 - 1;
/** Times are clamped to [0, 2^34) seconds (up to the year 2514), so keys stay below 2^63. */
const MAX_TIME = 2 ** 34 - 1;
/** The largest key SQLite can store (2^63 − 1); ranges without an end stop here. */
export const MAX_KEY = (1n << 63n) - 1n;

function clampTime(unixSeconds: number): bigint {
  return BigInt(Math.min(MAX_TIME, Math.max(0, Math.floor(unixSeconds))));
}

export function docKey(publishedAt: number, articleId: number): bigint {
  if (!Number.isInteger(articleId) || articleId < 0 || articleId > MAX_ARTICLE_ID) {
    throw new RangeError(`article id ${articleId} does not fit the search index's document key`);
  }
  return (clampTime(publishedAt) << ID_BITS) | BigInt(articleId);
}

/** The first key at or after a time. */
export function keyAtTime(unixSeconds: number): bigint {
  return clampTime(unixSeconds) << ID_BITS;
}

/** SQL expressions that take a key apart (the results stay below 2^53, so they read as numbers). */
export const KEY_TIME_SQL = "(rowid >> 29)";
export const KEY_ID_SQL = "(rowid & 536870911)";

/** [low, high) key bounds of a time filter: from inclusive, to exclusive. */
export function keyRange(from: number | undefined, to: number | undefined): [bigint, bigint] {
  return [from === undefined ? 0n : keyAtTime(from), to === undefined ? MAX_KEY : keyAtTime(to)];
}
