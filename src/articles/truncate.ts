// Cutting text to a length at a word boundary, for headlines made from a sentence and for summaries.
import { isWhitespaceCode } from "./whitespace.js";

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
  const trimmed = text.trim();
  // Code points never outnumber UTF-16 units.
  if (trimmed.length <= max) return trimmed;
  if (!Number.isInteger(max) || max < 1) return truncateCodePoints(Array.from(trimmed), max);
  const keep = max - ELLIPSIS.length;
  // Without surrogates the first max + 1 code points are the first max + 1 units: no walk needed.
  if (!SURROGATE.test(trimmed.slice(0, max + 1)))
    return cutAt(trimmed, keep, lastWhitespaceBefore(trimmed, keep));
  // Walks the first max + 1 code points only: the text may be a whole article.
  let count = 0;
  let index = 0;
  let keptEnd = 0;
  let next = 0;
  let lastSpace = -1;
  let lastSpaceIndex = 0;
  while (index < trimmed.length && count <= max) {
    const codePoint = trimmed.codePointAt(index) ?? 0;
    if (count < keep && isWhitespaceCode(codePoint)) {
      lastSpace = count;
      lastSpaceIndex = index;
    }
    if (count === keep) {
      keptEnd = index;
      next = codePoint;
    }
    count++;
    index += codePoint > 0xffff ? 2 : 1;
  }
  if (count <= max) return trimmed;
  if (!isWhitespaceCode(next) && lastSpace >= keep * MIN_KEPT_SHARE) keptEnd = lastSpaceIndex;
  return withEllipsis(trimmed, keptEnd);
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Index of the last whitespace before `keep` that a cut may move back to (at MIN_KEPT_SHARE of `keep`
 * or later), or -1; for text whose first `keep` units are code points.
 */
function lastWhitespaceBefore(text: string, keep: number): number {
  for (let i = keep - 1; i >= keep * MIN_KEPT_SHARE; i--) if (isWhitespaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/** The walk's cut where code points are units: at `keep`, or back at the whitespace before it unless a word ends there. */
function cutAt(text: string, keep: number, lastSpace: number): string {
  const cutsBetweenWords = isWhitespaceCode(text.charCodeAt(keep));
  return withEllipsis(text, !cutsBetweenWords && lastSpace !== -1 ? lastSpace : keep);
}

/** The text up to `end`, without what would dangle before the ellipsis, and the ellipsis. */
function withEllipsis(text: string, end: number): string {
  let keptEnd = end;
  // DANGLING_END, without a regex scanning the whole cut from every position.
  while (keptEnd > 0 && isDangling(text.charCodeAt(keptEnd - 1))) keptEnd--;
  return text.slice(0, keptEnd) + ELLIPSIS;
}

/** The characters of DANGLING_END. */
const DANGLING = new Set(Array.from(",،;:-–—(«\"“'‘", (char) => char.charCodeAt(0)));

function isDangling(code: number): boolean {
  return isWhitespaceCode(code) || DANGLING.has(code);
}

/** The same cut on an array of code points (for a `max` too small to keep anything). */
function truncateCodePoints(chars: string[], max: number): string {
  if (chars.length <= max) return chars.join("");
  const kept = chars.slice(0, max - ELLIPSIS.length);
  const cutsBetweenWords = WHITESPACE.test(chars[kept.length] ?? " ");
  if (!cutsBetweenWords) {
    const lastSpace = kept.findLastIndex((char) => WHITESPACE.test(char));
    if (lastSpace >= kept.length * MIN_KEPT_SHARE) kept.length = lastSpace;
  }
  return kept.join("").replace(DANGLING_END, "") + ELLIPSIS;
}
