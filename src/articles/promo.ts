// Promotion lines: the channel's "join us" lines that Telegram readers see under every post and that
// have no place in an article. Removed by configured patterns, by lines detected as repeated across
// the channel's posts, and when a line only links back to the channel.
import { isChannelLinkLine } from "./channel-link.js";
import { isBlank, splitLines, wholeLineRange } from "./lines.js";
import { normalizeLine } from "./normalize-line.js";
import type { RichText } from "./rich-text.js";
import { parseStripPattern } from "./strip-pattern.js";
import { deleteRanges, trimRich } from "./text-edit.js";
import type { ChannelSettings } from "./types.js";

export { normalizeLine } from "./normalize-line.js";

/** A repeated line longer than this is content (a standing disclaimer at most), not a promotion. */
export const MAX_PROMO_LINE_LENGTH = 200;
/** A line repeated in fewer posts than this is a coincidence, however small the channel. */
export const MIN_PROMO_POSTS = 5;
/** …and in a large channel it must recur in this share of posts. */
export const PROMO_POST_SHARE = 0.2;
/** Promotion lines sit at the edges of a post: its first lines and its last. */
const LEADING_CANDIDATES = 2;
const TRAILING_CANDIDATES = 3;

export type PromoRules = Pick<ChannelSettings, "username" | "stripPatterns" | "detectedPromoLines">;

/** Removes every line that a pattern matches, that was detected as repeated, or that only links to the channel. */
export function removePromoLines(rich: RichText, rules: PromoRules): RichText {
  const matchers = rules.stripPatterns.map(parseStripPattern).filter((m) => m !== null);
  const detected = new Set(rules.detectedPromoLines.map(normalizeLine).filter((line) => line !== ""));
  const doomed = splitLines(rich.text).filter((line) => {
    if (isBlank(line)) return false;
    const normalized = normalizeLine(line.text);
    return (
      detected.has(normalized) ||
      matchers.some((matches) => matches(line.text, normalized)) ||
      isChannelLinkLine(rich, line, rules.username)
    );
  });
  if (doomed.length === 0) return rich;
  return trimRich(
    deleteRanges(
      rich,
      doomed.map((line) => wholeLineRange(line, rich.text.length)),
    ),
  );
}

function fitsPromoLine(normalized: string): boolean {
  return normalized !== "" && Array.from(normalized).length <= MAX_PROMO_LINE_LENGTH;
}

/**
 * The normalized lines of a post worth counting across the channel (its first 2 and last 3 non-empty
 * lines, deduplicated), so that a caller can keep per-line post counts in its database.
 */
export function candidateLines(text: string): string[] {
  const lines = splitLines(text).filter((line) => !isBlank(line));
  const edges = [...lines.slice(0, LEADING_CANDIDATES), ...lines.slice(-TRAILING_CANDIDATES)];
  const normalized = edges.map((line) => normalizeLine(line.text)).filter(fitsPromoLine);
  return [...new Set(normalized)];
}

/** Lines found in at least max(5, 20% of) posts: the channel's recurring promotion lines, normalized. */
export function detectRepeatedLines(
  stats: readonly { line: string; posts: number }[],
  totalPosts: number,
): string[] {
  const threshold = Math.max(MIN_PROMO_POSTS, Math.ceil(totalPosts * PROMO_POST_SHARE));
  const repeated = stats
    .filter((stat) => stat.posts >= threshold)
    .map((stat) => normalizeLine(stat.line))
    .filter(fitsPromoLine);
  return [...new Set(repeated)];
}
