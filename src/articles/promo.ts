// Promotion lines: the channel's "join us" lines that Telegram readers see under every post and that
// have no place in an article. Removed by configured patterns, by lines detected as repeated across
// the channel's posts, and when a line only links back to the channel.

import { channelLinkLineTest } from "./channel-link.js";
import { fitsCodePoints } from "./code-points.js";
import { isDatelineLine } from "./dateline.js";
import { producersOf, WordProducers } from "./line-producers.js";
import { isBlank, splitLines } from "./lines.js";
import {
  containsWords,
  firstNormalizedUnit,
  lastNormalizedUnit,
  NO_UNIT,
  normalizedUnits,
  normalizeLine,
  normalizeLineWithin,
  UNKNOWN_UNIT,
} from "./normalize-line.js";
import type { RichText, TextRange } from "./rich-text.js";
import { compileStripPattern } from "./strip-pattern.js";
import { deleteRangesAndTrim } from "./text-edit.js";
import type { ChannelSettings } from "./types.js";
import { skipWhitespace } from "./whitespace.js";

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

/** A plain strip pattern, normalized, with the tests a line must pass to be worth normalizing for it. */
interface Phrase {
  text: string;
  /** One per anchor letter (see `anchorsOf`): a text that fails one cannot hold the phrase. */
  anchors: RegExp[];
  /** Its longest word (see line-producers.ts), or null when it has none in the BMP. */
  word: WordProducers | null;
}

/** A channel's rules, parsed and normalized once (see `compiledRules`). */
interface CompiledRules {
  regexes: RegExp[];
  phrases: Phrase[];
  detected: Set<string>;
  /** UTF-16 length of the longest detected line: a line that normalizes to more cannot be one. */
  longestDetected: number;
  /** The first and the last unit of each detected line: a line that normalizes to others is none. */
  detectedFirstUnits: Set<number>;
  detectedLastUnits: Set<number>;
  /** The detected lines by length, to compare normalized units with, without making a string of them. */
  detectedByLength: Map<number, string[]>;
}

/**
 * Letters from most to least frequent in English and Arabic text: a phrase is anchored on its
 * rarest letters, which most lines lack. Letters of other scripts count as rare.
 */
const LETTER_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqzاليیمونةهربتعفكکدسقحجشطصزخضثغذظى";
const ANCHORS_PER_PHRASE = 2;

function rarity(unit: number): number {
  const rank = LETTER_FREQUENCY.indexOf(String.fromCharCode(unit));
  return rank === -1 ? LETTER_FREQUENCY.length : rank;
}

/** Tests for the phrase's rarest letters in the BMP (see producersOf). */
function anchorsOf(phrase: string): RegExp[] {
  const units = new Set<number>();
  for (let i = 0; i < phrase.length; i++) {
    const unit = phrase.charCodeAt(i);
    if (unit !== 0x20 && (unit < 0xd800 || unit > 0xdfff)) units.add(unit);
  }
  return [...units]
    .sort((a, b) => rarity(b) - rarity(a))
    .slice(0, ANCHORS_PER_PHRASE)
    .map(producersOf);
}

const SURROGATE = /[\ud800-\udfff]/;

/** The phrase's longest word in the BMP: a paragraph in the phrase's script has its letters, seldom that word. */
function longestWordOf(phrase: string): WordProducers | null {
  const longest = phrase
    .split(" ")
    .filter((word) => !SURROGATE.test(word))
    .reduce((longest, word) => (word.length > longest.length ? word : longest), "");
  return longest === "" ? null : new WordProducers(longest);
}

/** Channels an import or a server works with at once; past this, the oldest rules are compiled again. */
const MAX_CACHED_RULES = 64;
/**
 * Keyed by the rules' content, not by the settings object: callers build settings afresh from the
 * database, and a changed pattern must take effect even if someone edits the arrays in place.
 */
const cache = new Map<string, CompiledRules>();

function compileRules(rules: PromoRules): CompiledRules {
  const regexes: RegExp[] = [];
  const phrases: Phrase[] = [];
  for (const rule of rules.stripPatterns.map(compileStripPattern)) {
    if (rule?.regex) regexes.push(rule.regex);
    else if (rule)
      phrases.push({ text: rule.phrase, anchors: anchorsOf(rule.phrase), word: longestWordOf(rule.phrase) });
  }
  const detected = new Set(rules.detectedPromoLines.map(normalizeLine).filter((line) => line !== ""));
  const longestDetected = Math.max(0, ...[...detected].map((line) => line.length));
  const detectedFirstUnits = new Set([...detected].map((line) => line.charCodeAt(0)));
  const detectedLastUnits = new Set([...detected].map((line) => line.charCodeAt(line.length - 1)));
  const detectedByLength = new Map<number, string[]>();
  for (const line of detected)
    detectedByLength.set(line.length, [...(detectedByLength.get(line.length) ?? []), line]);
  return {
    regexes,
    phrases,
    detected,
    longestDetected,
    detectedFirstUnits,
    detectedLastUnits,
    detectedByLength,
  };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

interface RecentRules {
  stripPatterns: string[];
  detectedPromoLines: string[];
  compiled: CompiledRules;
}

/** The last few rules used, copied, compared by content: cheaper than the cache key for every post. */
const recent: RecentRules[] = [];
const MAX_RECENT_RULES = 4;

function compiledRules(rules: PromoRules): CompiledRules {
  const hit = recent.find(
    (entry) =>
      sameStrings(entry.stripPatterns, rules.stripPatterns) &&
      sameStrings(entry.detectedPromoLines, rules.detectedPromoLines),
  );
  if (hit) return hit.compiled;
  const key = JSON.stringify([rules.stripPatterns, rules.detectedPromoLines]);
  let compiled = cache.get(key);
  if (compiled === undefined) {
    compiled = compileRules(rules);
    if (cache.size >= MAX_CACHED_RULES) cache.delete(cache.keys().next().value ?? "");
    cache.set(key, compiled);
  }
  recent.unshift({
    stripPatterns: [...rules.stripPatterns],
    detectedPromoLines: [...rules.detectedPromoLines],
    compiled,
  });
  if (recent.length > MAX_RECENT_RULES) recent.pop();
  return compiled;
}

/** Whether a unit found at a line's edge (see firstNormalizedUnit) may be that edge of a line in `units`. */
function mayBe(units: Set<number>, unit: number): boolean {
  return unit === UNKNOWN_UNIT || (unit !== NO_UNIT && units.has(unit));
}

/**
 * Whether the line text[start, end) may normalize to a detected line, judged by its first and last
 * letters alone: nearly every line of a post is told apart from the channel's few promotion lines so.
 */
function mayBeDetected(rules: CompiledRules, text: string, start: number, end: number): boolean {
  return (
    rules.detected.size > 0 &&
    mayBe(rules.detectedFirstUnits, firstNormalizedUnit(text, start, end)) &&
    mayBe(rules.detectedLastUnits, lastNormalizedUnit(text, start, end))
  );
}

/** Whether normalized units are one of the detected lines. */
function isDetected(rules: CompiledRules, normalized: Uint16Array): boolean {
  const sameLength = rules.detectedByLength.get(normalized.length);
  return sameLength?.some((line) => sameUnits(normalized, line)) ?? false;
}

function sameUnits(units: Uint16Array, line: string): boolean {
  for (let i = 0; i < line.length; i++) if (units[i] !== line.charCodeAt(i)) return false;
  return true;
}

/** A phrase that some lines of a text may hold, with where those lines are (see `phrasesIn`). */
interface PhraseInText {
  phrase: Phrase;
  /** Sorted positions at least one of which lies in every line that may hold the phrase; null: any line may. */
  marks: number[] | null;
  /** Index of the first mark not before the line last asked about (lines are asked about in order). */
  next: number;
}

/**
 * The phrases that some line of the text may hold. A line that holds a phrase passes its anchor tests,
 * and so does any text around that line: testing the whole text once spares a test per line (and no
 * phrase passes a post written in a script the phrase does not use). The longest word then marks the
 * lines that may hold it.
 */
function phrasesIn(rules: CompiledRules, text: string): PhraseInText[] {
  const found: PhraseInText[] = [];
  for (const phrase of rules.phrases) {
    if (!phrase.anchors.every((anchor) => anchor.test(text))) continue;
    const marks = phrase.word?.matchesIn(text) ?? null;
    if (marks === null || marks.length > 0) found.push({ phrase, marks, next: 0 });
  }
  return found;
}

/** Whether the line [start, end) may hold the phrase; lines must be asked about in text order. */
function mayHold(found: PhraseInText, start: number, end: number): boolean {
  const { marks } = found;
  if (marks === null) return true;
  while (found.next < marks.length && (marks[found.next] ?? 0) < start) found.next++;
  return found.next < marks.length && (marks[found.next] ?? 0) < end;
}

/** The phrases the line [start, end) may hold, or null for none. */
function phrasesAt(phrasesOfText: readonly PhraseInText[], start: number, end: number): Phrase[] | null {
  const phrases = phrasesOfText.filter((found) => mayHold(found, start, end)).map((found) => found.phrase);
  return phrases.length === 0 ? null : phrases;
}

/** The configured and detected rules, for the line text[start, end), not blank; lines in text order. */
function matchesRules(
  rules: CompiledRules,
  phrasesOfText: readonly PhraseInText[],
  text: string,
  start: number,
  end: number,
): boolean {
  if (rules.regexes.length > 0) {
    const line = text.slice(start, end);
    if (rules.regexes.some((regex) => regex.test(line))) return true;
  }
  // Most lines of most posts may hold no phrase: they need no list of them.
  const phrases = phrasesOfText.length === 0 ? null : phrasesAt(phrasesOfText, start, end);
  if (phrases === null && !mayBeDetected(rules, text, start, end)) return false;
  // Most lines are paragraphs, far longer than any detected line: unless they may hold a phrase,
  // their normalizing stops early.
  const limit = phrases === null ? rules.longestDetected : Number.POSITIVE_INFINITY;
  const normalized = normalizedUnits(text, limit, start, end);
  if (normalized === null) return false;
  if (isDetected(rules, normalized)) return true;
  return phrases?.some((phrase) => containsWords(normalized, phrase.text)) ?? false;
}

/** Removes every line that a pattern matches, that was detected as repeated, or that only links to the channel. */
export function removePromoLines(rich: RichText, rules: PromoRules): RichText {
  const compiled = compiledRules(rules);
  const linksBack = channelLinkLineTest(rich, rules.username);
  const { text } = rich;
  const phrases = phrasesIn(compiled, text);
  const doomed: TextRange[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const promotes =
      skipWhitespace(text, start) < end &&
      (matchesRules(compiled, phrases, text, start, end) || linksBack?.(start, end));
    if (promotes) doomed.push({ start, end: Math.min(end + 1, text.length) });
    if (newline === -1) break;
    start = newline + 1;
  }
  if (doomed.length === 0) return rich;
  return deleteRangesAndTrim(rich, doomed);
}

function fitsPromoLine(normalized: string): boolean {
  return normalized !== "" && fitsCodePoints(normalized, MAX_PROMO_LINE_LENGTH);
}

/**
 * The normalized lines of a post worth counting across the channel (its first 2 and last 3 non-empty
 * lines, deduplicated), so that a caller can keep per-line post counts in its database.
 */
/** A line of hashtags and separators only. */
const TAG_LINE = /^[\s|·•,،/-]*#[\p{L}\p{M}\p{N}_]+(?:[\s|·•,،/-]+#[\p{L}\p{M}\p{N}_]+)*[\s|·•,،/-]*$/u;

export function candidateLines(text: string): string[] {
  const lines = splitLines(text).filter((line) => !isBlank(line));
  const edges = [...lines.slice(0, LEADING_CANDIDATES), ...lines.slice(-TRAILING_CANDIDATES)];
  const found = new Set<string>();
  for (const line of edges) {
    // The cheap test first: most edge lines are paragraphs, and normalizing one stops as soon as it is
    // too long (more than twice the limit in UTF-16 units is more than the limit in code points).
    const normalized = normalizeLineWithin(line.text, 2 * MAX_PROMO_LINE_LENGTH);
    if (normalized === null || !fitsPromoLine(normalized)) continue;
    // A dateline ("Basra – People") recurs in every post from one place, and a line of hashtags ("#Iraq")
    // in every post on one subject: neither is a promotion line (the tags would go with it).
    if (TAG_LINE.test(line.text) || isDatelineLine(line.text)) continue;
    found.add(normalized);
  }
  return [...found];
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
