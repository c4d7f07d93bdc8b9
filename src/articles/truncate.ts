// Cutting text to a length at a word boundary, for headlines made from a sentence and for summaries.
export const ELLIPSIS = "…";

const WHITESPACE = /\s/u;
/** Punctuation that would dangle before the ellipsis ("the minister said, …"). */
const DANGLING_END = /[\s,،;:\-–—(«"“'‘]+$/u;
/**
 * A cut at the last space must keep at least this share of the allowed length; otherwise the text is
 * one very long word (a URL, German compounds) and a hard cut loses less.
 */
const MIN_KEPT_SHARE = 0.5;

/** At most `max` code points, the ellipsis included; text that fits is returned trimmed and unchanged. */
export function truncateAtWord(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  const kept = chars.slice(0, max - ELLIPSIS.length);
  const cutsBetweenWords = WHITESPACE.test(chars[kept.length] ?? " ");
  if (!cutsBetweenWords) {
    const lastSpace = kept.findLastIndex((char) => WHITESPACE.test(char));
    if (lastSpace >= kept.length * MIN_KEPT_SHARE) kept.length = lastSpace;
  }
  return kept.join("").replace(DANGLING_END, "") + ELLIPSIS;
}
