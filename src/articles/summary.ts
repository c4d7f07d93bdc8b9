// The short text under a headline in listings and in <meta name="description">.
import { truncateAtWord } from "./truncate.js";
import { isWhitespaceCode } from "./whitespace.js";

/** Search engines show about this much of a description; listings have room for two lines of it. */
export const MAX_SUMMARY_LENGTH = 200;
/**
 * Runs of whitespace that turning every run into one space changes: longer runs, and single
 * whitespace other than a space (whitespace is all in the BMP, so code units serve, without /u).
 */
const WHITESPACE = /\s{2,}|[^\S ]/g;

/**
 * The shortest start of the text holding `count` code points that are not whitespace (or the whole
 * text). Once whitespace runs are collapsed and the ends trimmed, its first count - 1 code points are
 * those of the whole text: cutting at `count` - 2 needs no more of a long body.
 */
function head(text: string, count: number): string {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespaceCode(code)) continue;
    // A surrogate pair is one code point.
    if (code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff) i++;
    if (++seen === count) return text.slice(0, i + 1);
  }
  return text;
}

/** The body's start on one line, at most MAX_SUMMARY_LENGTH code points, cut at a word with "…". */
export function summarize(bodyText: string): string {
  return truncateAtWord(head(bodyText, MAX_SUMMARY_LENGTH + 2).replace(WHITESPACE, " "), MAX_SUMMARY_LENGTH);
}
