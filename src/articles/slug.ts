// URL slugs from headlines, in the headline's own script ("وزير-الصحة-يعلن", not a transliteration):
// browsers show them decoded, and readers of Arabic news share links that read in Arabic.
import type { DateParts } from "./date-parts.js";
import { unitsToString } from "./normalize-line.js";

/** Long enough for a headline's gist, short enough for a shared link; WordPress cuts near this too. */
export const MAX_SLUG_LENGTH = 80;
/** The slug of a headline with no letters or digits at all (emoji only). */
export const EMPTY_SLUG = "post";

/**
 * Dropped before words are cut: harakat, Quranic annotation marks and the superscript alef
 * (pronunciation aids, not spelling), tatweel, and apostrophes ("Iraq's" → "iraqs", not "iraq-s").
 * One class of BMP characters, so code units match as code points would.
 */
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640'’ʼ]/g;
/** Letters, their marks (needed by Indic scripts) and digits of any script survive; the rest separates words. */
const WORD_PART = /^[\p{L}\p{M}\p{N}]$/u;
const EDGE_HYPHENS = /^-+|-+$/g;
const DATE_PART_LENGTH = 2;
const YEAR_LENGTH = 4;

export function slugify(headline: string): string {
  const plain = plainWords(headline);
  if (plain !== null) return cutAtWord(plain);
  return (
    cutAtWord(hyphenateWords(headline.normalize("NFKC").toLowerCase().replace(DROPPED, ""))) || EMPTY_SLUG
  );
}

// Most headlines are words of Arabic, Latin or Cyrillic letters and digits between single spaces. For
// those the steps above reduce to lower-casing and turning each space into "-", one code unit at a
// time: see `plainWords`. Each code unit's part in that is learnt on first sight.
const UNSEEN = 0;
/** Anything else: the steps above must run. */
const OTHER = 1;
/** A word part that every step leaves as it is. */
const WORD = 2;
/** A word part that only lower-casing changes, into one WORD unit ("A" → "a"): see LOWERED. */
const UPPER = 3;
const SPACE = 4;
const HYPHEN = 0x2d;
const PLAIN_UNITS = new Uint8Array(0x10000);
const LOWERED = new Uint16Array(0x10000);
/**
 * Latin, Cyrillic and Arabic. Outside them some letters that NFKC leaves alone combine with the letter
 * before them (Hangul jamo): inside, only marks do, and marks are OTHER.
 */
const PLAIN_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x0250],
  [0x0400, 0x0500],
  [0x0600, 0x0700],
];
const MARK = /^\p{M}$/u;
const DROPPED_UNIT = new RegExp(`^${DROPPED.source}$`);

function isWordUnit(char: string): boolean {
  return WORD_PART.test(char) && !DROPPED_UNIT.test(char) && char.normalize("NFKC") === char;
}

function plainKind(code: number): number {
  if (code === 0x20) return SPACE;
  if (!PLAIN_BLOCKS.some(([from, to]) => code >= from && code < to)) return OTHER;
  const char = String.fromCharCode(code);
  if (MARK.test(char) || char.normalize("NFKC") !== char) return OTHER;
  const lower = char.toLowerCase();
  if (lower === char) return isWordUnit(char) ? WORD : OTHER;
  // Σ lower-cases by its neighbours; İ into two units.
  if (lower.length !== 1 || code === 0x3a3 || !isWordUnit(lower)) return OTHER;
  LOWERED[code] = lower.charCodeAt(0);
  return UPPER;
}

/** The slug's units are made here; the next call overwrites them. */
let slugUnits = new Uint16Array(256);

/**
 * The slug before cutting, when the headline is plain words: WORD and UPPER units in runs separated
 * by single spaces. Then NFKC leaves it as it is (no unit changes or combines with another), nothing
 * is dropped, lower-casing maps unit by unit, and the words are those runs; null otherwise.
 */
function plainWords(headline: string): string | null {
  if (headline.length > slugUnits.length) slugUnits = new Uint16Array(headline.length * 2);
  let previous = SPACE;
  for (let i = 0; i < headline.length; i++) {
    const code = headline.charCodeAt(i);
    let kind = PLAIN_UNITS[code] ?? OTHER;
    if (kind === UNSEEN) {
      kind = plainKind(code);
      PLAIN_UNITS[code] = kind;
    }
    if (kind === OTHER || (kind === SPACE && previous === SPACE)) return null;
    slugUnits[i] = kind === WORD ? code : kind === SPACE ? HYPHEN : (LOWERED[code] ?? code);
    previous = kind;
  }
  if (previous === SPACE) return null;
  return unitsToString(slugUnits.subarray(0, headline.length));
}

// Whether each code point is a WORD_PART, learnt on first sight: 0 not yet, 1 yes, 2 no.
const BMP_WORD_PARTS = new Uint8Array(0x10000);
const ASTRAL_WORD_PARTS = new Map<number, boolean>();

function isWordPart(codePoint: number): boolean {
  if (codePoint >= 0x10000) {
    let known = ASTRAL_WORD_PARTS.get(codePoint);
    if (known === undefined) {
      known = WORD_PART.test(String.fromCodePoint(codePoint));
      ASTRAL_WORD_PARTS.set(codePoint, known);
    }
    return known;
  }
  let known = BMP_WORD_PARTS[codePoint] ?? 0;
  if (known === 0) {
    // A lone surrogate is a code point of its own, and no word part.
    known = WORD_PART.test(String.fromCharCode(codePoint)) ? 1 : 2;
    BMP_WORD_PARTS[codePoint] = known;
  }
  return known === 1;
}

/**
 * Words joined by single hyphens: each run of code points that are not WORD_PARTs becomes "-", and
 * none is left at either end (what replacing /[^\p{L}\p{M}\p{N}]+/gu by "-" and trimming hyphens
 * gives, without a regex match per word).
 */
function hyphenateWords(text: string): string {
  let slug = "";
  let wordStart = -1;
  for (let i = 0; i <= text.length; ) {
    const codePoint = i < text.length ? (text.codePointAt(i) ?? 0) : -1;
    const width = codePoint > 0xffff ? 2 : 1;
    const inWord = codePoint !== -1 && isWordPart(codePoint);
    if (inWord && wordStart === -1) wordStart = i;
    else if (!inWord && wordStart !== -1) {
      slug += slug === "" ? text.slice(wordStart, i) : `-${text.slice(wordStart, i)}`;
      wordStart = -1;
    }
    i += width;
  }
  return slug;
}

/** At most MAX_SLUG_LENGTH code points, cut between words unless the first word alone is longer. */
function cutAtWord(slug: string): string {
  // No longer in UTF-16 units, so no longer in code points.
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const chars = Array.from(slug);
  if (chars.length <= MAX_SLUG_LENGTH) return slug;
  const kept = chars.slice(0, MAX_SLUG_LENGTH);
  if (chars[MAX_SLUG_LENGTH] !== "-") {
    const lastHyphen = kept.lastIndexOf("-");
    if (lastHyphen > 0) kept.length = lastHyphen;
  }
  return kept.join("").replace(EDGE_HYPHENS, "");
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, "0");
}

/** "/2021/02/19/<slug>/", the slug percent-encoded (WordPress's default permalink shape). */
export function permalinkPath(date: DateParts, slug: string): string {
  return `/${pad(date.y, YEAR_LENGTH)}/${pad(date.m, DATE_PART_LENGTH)}/${pad(date.d, DATE_PART_LENGTH)}/${encodeURIComponent(slug)}/`;
}
