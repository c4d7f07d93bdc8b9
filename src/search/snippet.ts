// Search-result snippets: the stretch of a post that best shows why it matched, with the matched
// words marked. A word matches when its analysis (analyzeToken, exactly as analyze sees it) yields
// one of the query's terms, so "والرئيس" is marked for a search on "الرئيس" and "announced" for
// "announcement".
// Offsets are UTF-16 code units, as String.prototype.slice counts them.

import { analyzeToken } from "./analyze.js";
import { forEachToken } from "./tokenize.js";

export type Range = [start: number, end: number];

export interface Snippet {
  /** Plain text, whitespace collapsed, "…" where it was cut. Not HTML-escaped. */
  text: string;
  /** Matched words, as ranges of `text`, in order and not overlapping. */
  highlights: Range[];
}

export interface SnippetOptions {
  /** Longest snippet, "…" included. */
  maxChars?: number;
}

export const DEFAULT_SNIPPET_CHARS = 220;
const ELLIPSIS = "…";
const WHITESPACE_RE = /\s+/gu;
const NO_MATCH = -1;

interface Token {
  start: number;
  end: number;
  /** Index of the query term this word matches, or NO_MATCH. */
  match: number;
}

function tokensOf(text: string, wanted: ReadonlyMap<string, number>): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (start, end, script) => {
    let match = NO_MATCH;
    for (const term of analyzeToken(text.slice(start, end), script)) {
      match = wanted.get(term) ?? NO_MATCH;
      if (match !== NO_MATCH) break;
    }
    tokens.push({ start, end, match });
  });
  return tokens;
}

/**
 * The run of matched words, at most `span` characters from first to last, with the most distinct
 * query terms, then the most matched words, then the earliest. Two pointers over the matches.
 */
function bestRun(
  matches: readonly Token[],
  termCount: number,
  span: number,
): { first: number; last: number } {
  const counts = new Array<number>(termCount).fill(0);
  let distinct = 0;
  let first = 0;
  let best = { first: 0, last: 0, distinct: 0, words: 0 };
  for (let last = 0; last < matches.length; last++) {
    const added = matches[last]!.match;
    counts[added] = (counts[added] ?? 0) + 1;
    if (counts[added] === 1) distinct++;
    while (first < last && matches[last]!.end - matches[first]!.start > span) {
      const removed = matches[first]!.match;
      counts[removed] = (counts[removed] ?? 0) - 1;
      if (counts[removed] === 0) distinct--;
      first++;
    }
    const words = last - first + 1;
    if (distinct > best.distinct || (distinct === best.distinct && words > best.words)) {
      best = { first, last, distinct, words };
    }
  }
  return best;
}

/** Widens [from, to) by up to `room` characters, evenly on both sides where the text allows. */
function widen(from: number, to: number, room: number, length: number): { from: number; to: number } {
  const slack = Math.max(0, room - (to - from));
  let before = Math.min(from, Math.floor(slack / 2));
  const after = Math.min(length - to, slack - before);
  before = Math.min(from, slack - after);
  return { from: from - before, to: to + after };
}

/** Moves the window's ends inwards to word boundaries, keeping the core [coreFrom, coreTo). */
function snapToWords(tokens: readonly Token[], from: number, to: number, coreFrom: number, coreTo: number) {
  let start = coreFrom;
  let end = coreTo;
  for (const token of tokens) {
    if (token.start >= from && token.start < start) start = token.start;
    if (token.end <= to && token.end > end) end = token.end;
  }
  return { start, end };
}

function cutAt(text: string, tokens: readonly Token[], from: number, to: number): Snippet {
  // A cut of one character would put "…" where that character was: keep it instead.
  const start = from <= ELLIPSIS.length ? 0 : from;
  const end = text.length - to <= ELLIPSIS.length ? text.length : to;
  const prefix = start > 0 ? ELLIPSIS : "";
  const suffix = end < text.length ? ELLIPSIS : "";
  const shift = prefix.length - start;
  const highlights: Range[] = [];
  for (const token of tokens) {
    if (token.match !== NO_MATCH && token.start >= start && token.start < end) {
      highlights.push([token.start + shift, Math.min(token.end, end) + shift]);
    }
  }
  return { text: prefix + text.slice(start, end) + suffix, highlights };
}

/** End of a hard cut at `limit` that does not split a surrogate pair. */
function hardEnd(text: string, limit: number): number {
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * The part of `text` with the most words matching `queryTerms` (analysed terms, as from
 * analyzeQuery), cut at word boundaries to at most `maxChars` characters.
 */
export function makeSnippet(text: string, queryTerms: readonly string[], opts: SnippetOptions = {}): Snippet {
  const maxChars = Math.max(opts.maxChars ?? DEFAULT_SNIPPET_CHARS, 2 * ELLIPSIS.length + 1);
  const clean = text.replace(WHITESPACE_RE, " ").trim();
  const wanted = new Map(queryTerms.map((term, index) => [term, index]));
  const tokens = tokensOf(clean, wanted);
  if (clean.length <= maxChars) return cutAt(clean, tokens, 0, clean.length);

  const matches = tokens.filter((token) => token.match !== NO_MATCH);
  const room = maxChars - 2 * ELLIPSIS.length;
  if (matches.length === 0) {
    const end = snapToWords(tokens, 0, maxChars - ELLIPSIS.length, 0, 0).end;
    return cutAt(clean, tokens, 0, end > 0 ? end : hardEnd(clean, maxChars - ELLIPSIS.length));
  }
  const run = bestRun(matches, queryTerms.length, room);
  const coreFrom = matches[run.first]!.start;
  const coreTo = matches[run.last]!.end;
  if (coreTo - coreFrom > room) {
    // One matched word longer than the snippet: cut inside it, from its start.
    const start = coreFrom <= ELLIPSIS.length ? 0 : coreFrom;
    const ellipses = start > 0 ? 2 : 1;
    return cutAt(clean, tokens, start, hardEnd(clean, start + maxChars - ellipses * ELLIPSIS.length));
  }
  const window = widen(coreFrom, coreTo, room, clean.length);
  const { start, end } = snapToWords(tokens, window.from, window.to, coreFrom, coreTo);
  return cutAt(clean, tokens, start, end);
}
