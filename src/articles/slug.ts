// URL slugs from headlines, in the headline's own script ("وزير-الصحة-يعلن", not a transliteration):
// browsers show them decoded, and readers of Arabic news share links that read in Arabic.
import type { DateParts } from "./date-parts.js";

/** Long enough for a headline's gist, short enough for a shared link; WordPress cuts near this too. */
export const MAX_SLUG_LENGTH = 80;
/** The slug of a headline with no letters or digits at all (emoji only). */
export const EMPTY_SLUG = "post";

/** Harakat, Quranic annotation marks and the superscript alef: pronunciation aids, not spelling. */
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/gu;
const TATWEEL = /\u0640/gu;
/** "Iraq's" → "iraqs", not "iraq-s". */
const APOSTROPHES = /['’ʼ]/gu;
/** Letters, their marks (needed by Indic scripts) and digits of any script survive; the rest separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const EDGE_HYPHENS = /^-+|-+$/g;
const DATE_PART_LENGTH = 2;
const YEAR_LENGTH = 4;

export function slugify(headline: string): string {
  const slug = headline
    .normalize("NFKC")
    .toLowerCase()
    .replace(ARABIC_DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(APOSTROPHES, "")
    .replace(SEPARATORS, "-")
    .replace(EDGE_HYPHENS, "");
  return cutAtWord(slug) || EMPTY_SLUG;
}

/** At most MAX_SLUG_LENGTH code points, cut between words unless the first word alone is longer. */
function cutAtWord(slug: string): string {
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
