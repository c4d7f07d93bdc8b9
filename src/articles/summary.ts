// The short text under a headline in listings and in <meta name="description">.
import { truncateAtWord } from "./truncate.js";

/** Search engines show about this much of a description; listings have room for two lines of it. */
export const MAX_SUMMARY_LENGTH = 200;
const WHITESPACE = /\s+/gu;

/** The body's start on one line, at most MAX_SUMMARY_LENGTH code points, cut at a word with "…". */
export function summarize(bodyText: string): string {
  return truncateAtWord(bodyText.replace(WHITESPACE, " "), MAX_SUMMARY_LENGTH);
}
