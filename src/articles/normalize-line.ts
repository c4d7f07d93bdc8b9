// One canonical form of a line for comparing lines across posts: channels retype their promotion
// line with other emoji, quotes, diacritics, kashida and spacing, and it must still count as one line.
//
// The definition is `normalizeSlowly` below. It runs on every line of every imported post, so lines are
// normalized one code point at a time from a table of what each code point becomes (filled from that
// definition on first sight). That gives the same result because, apart from final sigma, lower-casing
// and NFKD work code point by code point, and the canonical reordering NFKD adds only moves combining
// marks, which are removed (every character NFKD leaves that is not a mark has combining class 0).

import { Buffer } from "node:buffer";

/** Arabic tatweel (kashida), a stretching stroke with no meaning. */
const TATWEEL = /\u0640/gu;
/** Combining marks: Latin accents and Arabic harakat once decomposed, and emoji variation selectors. */
const MARKS = /\p{M}/gu;
/** Everything that is not a letter or digit: punctuation, quotes, symbols, emoji, joiners, spaces. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const ONLY_WORD = /^[\p{L}\p{N}]+$/u;
const ONLY_NOT_WORD = /^[^\p{L}\p{N}]+$/u;

function normalizeSlowly(line: string): string {
  return line
    .toLowerCase()
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(TATWEEL, "")
    .replace(NOT_WORD, " ")
    .trim();
}

// What a code point becomes; zero means "not classified yet". Exported for line-producers.ts.
const UNKNOWN = 0;
/** Disappears without separating words: marks, tatweel. */
export const REMOVED = 1;
/** Separates words: spaces, punctuation, symbols, emoji. */
export const SEPARATOR = 2;
/** A letter or digit that stays as it is (lower-case Latin, most Arabic letters, digits). */
export const KEPT = 3;
/** Becomes other letters or digits ("A" → "a", "أ" → "ا"): see `REPLACEMENTS`. */
export const REPLACED = 4;
/** Depends on its neighbours (Σ lower-cases to σ or ς) or becomes letters and separators ("½"). */
export const CONTEXTUAL = 5;
/** Becomes one other UTF-16 unit, in `UNIT_REPLACEMENTS` (the common case of REPLACED, made quick). */
export const REPLACED_BY_UNIT = 6;

const BMP_KINDS = new Uint8Array(0x10000);
const ASTRAL_KINDS = new Map<number, number>();
const REPLACEMENTS = new Map<number, string>();
const UNIT_REPLACEMENTS = new Uint16Array(0x10000);
const CAPITAL_SIGMA = 0x3a3;

function classify(codePoint: number): number {
  // A lone surrogate may pair up with another once a mark between them is removed.
  if (codePoint === CAPITAL_SIGMA || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return CONTEXTUAL;
  const char = String.fromCodePoint(codePoint);
  const result = char.toLowerCase().normalize("NFKD").replace(MARKS, "").replace(TATWEEL, "");
  if (result === "") return REMOVED;
  if (ONLY_NOT_WORD.test(result)) return SEPARATOR;
  if (!ONLY_WORD.test(result)) return CONTEXTUAL;
  if (result === char) return KEPT;
  if (codePoint < 0x10000 && result.length === 1) {
    UNIT_REPLACEMENTS[codePoint] = result.charCodeAt(0);
    return REPLACED_BY_UNIT;
  }
  REPLACEMENTS.set(codePoint, result);
  return REPLACED;
}

/** What the code point becomes: one of the kinds above (classified on first sight). */
export function kindOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let kind = BMP_KINDS[codePoint] ?? UNKNOWN;
    if (kind === UNKNOWN) {
      kind = classify(codePoint);
      BMP_KINDS[codePoint] = kind;
    }
    return kind;
  }
  let kind = ASTRAL_KINDS.get(codePoint);
  if (kind === undefined) {
    kind = classify(codePoint);
    ASTRAL_KINDS.set(codePoint, kind);
  }
  return kind;
}

/** The letters a REPLACED or REPLACED_BY_UNIT code point becomes ("" for other kinds). */
export function replacementOf(codePoint: number): string {
  const kind = kindOf(codePoint);
  if (kind === REPLACED_BY_UNIT) return String.fromCharCode(UNIT_REPLACEMENTS[codePoint] ?? codePoint);
  return kind === REPLACED ? (REPLACEMENTS.get(codePoint) ?? "") : "";
}

/** Lines are normalized into this buffer, as UTF-16 units; reused by every call. */
let out = new Uint16Array(1024);
/** Buffer's "utf16le" decoding reads `out` as it is in memory only on little-endian machines. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Below this length, passing the units as arguments costs less than going through a Buffer. */
const SHORT_STRING = 16;

/** `out`, with room for at least `units` units, keeping the first `kept`. */
function outWithRoom(units: number, kept: number): Uint16Array {
  if (out.length < units) {
    const grown = new Uint16Array(Math.max(units, out.length * 2));
    grown.set(out.subarray(0, kept));
    out = grown;
  }
  return out;
}

/** The string of normalized units (as `normalizedUnits` returns them). */
export function unitsToString(units: Uint16Array): string {
  if (LITTLE_ENDIAN && units.length > SHORT_STRING) {
    return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");
  }
  let text = "";
  for (let start = 0; start < units.length; start += SHORT_STRING) {
    const chunk = units.subarray(start, Math.min(units.length, start + SHORT_STRING));
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return text;
}

/**
 * The normalized line as UTF-16 units, in a buffer that the next call overwrites; null as soon as it
 * is known to be longer than `maxLength` units (a caller comparing against short lines need not
 * normalize a whole paragraph). Units spare the string when the caller only searches them.
 */
export function normalizedUnits(
  text: string,
  maxLength: number,
  from = 0,
  to = text.length,
): Uint16Array | null {
  // The line is read in place, text[from, to): a sliced string costs more to read per unit.
  // Code points kept or replaced by one unit, and the spaces between words, never outgrow the line;
  // longer replacements make room.
  let units = outWithRoom(to - from + 1, 0);
  let length = 0;
  let pendingSpace = false;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    let kind = BMP_KINDS[code]!;
    if (kind === KEPT || kind === REPLACED_BY_UNIT) {
      if (pendingSpace) {
        if (length > 0) units[length++] = 0x20;
        pendingSpace = false;
      }
      units[length++] = kind === KEPT ? code : (UNIT_REPLACEMENTS[code] ?? code);
      i++;
      if (length > maxLength) return null;
      continue;
    }
    if (kind === SEPARATOR) {
      pendingSpace = true;
      i++;
      continue;
    }
    let codePoint = code;
    // A pair cut by the line's end is a lone surrogate, as it would be in the line alone.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) codePoint = text.codePointAt(i) ?? code;
    if (kind === UNKNOWN || codePoint !== code) kind = kindOf(codePoint);
    const width = codePoint > 0xffff ? 2 : 1;
    if (kind === SEPARATOR) pendingSpace = true;
    else if (kind === CONTEXTUAL) return slowUnits(text.slice(from, to), maxLength);
    else if (kind !== REMOVED) {
      const replacement =
        kind === REPLACED
          ? (REPLACEMENTS.get(codePoint) ?? "")
          : kind === REPLACED_BY_UNIT
            ? String.fromCharCode(UNIT_REPLACEMENTS[codePoint] ?? codePoint)
            : text.slice(i, i + width);
      units = outWithRoom(length + 1 + replacement.length + (to - i), length);
      if (pendingSpace && length > 0) units[length++] = 0x20;
      pendingSpace = false;
      for (let k = 0; k < replacement.length; k++) units[length++] = replacement.charCodeAt(k);
      if (length > maxLength) return null;
    }
    i += width;
  }
  return units.subarray(0, length);
}

function slowUnits(line: string, maxLength: number): Uint16Array | null {
  const normalized = normalizeSlowly(line);
  if (normalized.length > maxLength) return null;
  const units = outWithRoom(normalized.length, 0);
  for (let k = 0; k < normalized.length; k++) units[k] = normalized.charCodeAt(k);
  return units.subarray(0, normalized.length);
}

/** normalizeLine, or null when the result would be longer than `maxLength` UTF-16 units. */
export function normalizeLineWithin(line: string, maxLength: number): string | null {
  const units = normalizedUnits(line, maxLength);
  return units === null ? null : unitsToString(units);
}

/** Lower case, no marks, no tatweel, every run of non-letters turned into one space, trimmed. Idempotent. */
export function normalizeLine(line: string): string {
  return normalizeLineWithin(line, Number.POSITIVE_INFINITY) ?? "";
}

/** `firstNormalizedUnit` and `lastNormalizedUnit`: the line normalizes to nothing. */
export const NO_UNIT = -1;
/** …or its edge is not a code unit that stays or becomes one unit: only normalizing tells. */
export const UNKNOWN_UNIT = -2;

/** What a code point adds at a line's edge: nothing, one unit, or UNKNOWN_UNIT. */
function edgeUnit(codePoint: number): number {
  const kind = kindOf(codePoint);
  if (kind === SEPARATOR || kind === REMOVED) return NO_UNIT;
  if (codePoint > 0xffff) return UNKNOWN_UNIT;
  if (kind === KEPT) return codePoint;
  if (kind === REPLACED_BY_UNIT) return UNIT_REPLACEMENTS[codePoint] ?? codePoint;
  return UNKNOWN_UNIT;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The first unit of text[from, to) normalized, reading only up to it: leading separators (emoji
 * included) and marks add nothing, and the first letter that stays or becomes one letter starts the
 * result. A caller looking for a few known lines rejects most lines from this alone.
 */
export function firstNormalizedUnit(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one code point, as normalizedUnits reads it; a lone half is UNKNOWN_UNIT.
    const paired = isHigh(code) && i + 1 < to && isLow(text.charCodeAt(i + 1));
    const unit = edgeUnit(paired ? (text.codePointAt(i) ?? code) : code);
    if (unit !== NO_UNIT) return unit;
    if (paired) i++;
  }
  return NO_UNIT;
}

/** The last unit of text[from, to) normalized, reading back only to it (see firstNormalizedUnit). */
export function lastNormalizedUnit(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    const paired = isLow(code) && i - 1 >= from && isHigh(text.charCodeAt(i - 1));
    const unit = edgeUnit(paired ? (text.codePointAt(i - 1) ?? code) : code);
    if (unit !== NO_UNIT) return unit;
    if (paired) i--;
  }
  return NO_UNIT;
}

const SPACE = 0x20;

/**
 * Whether normalized units hold a normalized phrase as whole words: ` ${line} `.includes(` ${phrase} `)
 * without making strings of either.
 */
export function containsWords(line: Uint16Array, phrase: string): boolean {
  const last = line.length - phrase.length;
  const first = phrase.charCodeAt(0);
  for (let start = 0; start <= last; start++) {
    if (line[start] !== first || (start > 0 && line[start - 1] !== SPACE)) continue;
    const end = start + phrase.length;
    if (end < line.length && line[end] !== SPACE) continue;
    let k = 1;
    while (k < phrase.length && line[start + k] === phrase.charCodeAt(k)) k++;
    if (k === phrase.length) return true;
  }
  return false;
}
