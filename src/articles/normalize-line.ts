// One canonical form of a line for comparing lines across posts: channels retype their promotion
// line with other emoji, quotes, diacritics, kashida and spacing, and it must still count as one line.
//
// The definition is `normalizeSlowly` below. It runs on every line of every imported post, so lines are
// normalized one code point at a time from a table of what each code point becomes (filled from that
// definition on first sight). That gives the same result because, apart from final sigma, lower-casing
// and NFKD work code point by code point, and the canonical reordering NFKD adds only moves combining
// marks, which are removed (every character NFKD leaves that is not a mark has combining class 0).

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

// What a code point becomes; zero means "not classified yet".
const UNKNOWN = 0;
/** Disappears without separating words: marks, tatweel. */
const REMOVED = 1;
/** Separates words: spaces, punctuation, symbols, emoji. */
const SEPARATOR = 2;
/** A letter or digit that stays as it is (lower-case Latin, most Arabic letters, digits). */
const KEPT = 3;
/** Becomes other letters or digits ("A" → "a", "أ" → "ا"): see `REPLACEMENTS`. */
const REPLACED = 4;
/** Depends on its neighbours (Σ lower-cases to σ or ς) or becomes letters and separators ("½"). */
const CONTEXTUAL = 5;

const BMP_KINDS = new Uint8Array(0x10000);
const ASTRAL_KINDS = new Map<number, number>();
const REPLACEMENTS = new Map<number, string>();
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
  REPLACEMENTS.set(codePoint, result);
  return REPLACED;
}

function kindOf(codePoint: number): number {
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

/** The normalized line is written here as UTF-16 units, then made a string once. */
let out = new Uint16Array(1024);
/** `String.fromCharCode.apply` takes this many arguments safely. */
const CHUNK = 8192;

function outString(length: number): string {
  let text = "";
  for (let start = 0; start < length; start += CHUNK) {
    const units = out.subarray(start, Math.min(length, start + CHUNK));
    text += String.fromCharCode.apply(null, units as unknown as number[]);
  }
  return text;
}

/**
 * The normalized line, or null as soon as it is known to be longer than `maxLength` UTF-16 units: a
 * caller comparing against short lines need not normalize a whole paragraph.
 */
export function normalizeLineWithin(line: string, maxLength: number): string | null {
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const codePoint = code >= 0xd800 && code <= 0xdbff ? (line.codePointAt(i) ?? code) : code;
    const kind = kindOf(codePoint);
    if (kind === SEPARATOR) {
      pendingSpace = true;
      continue;
    }
    if (kind === REMOVED) {
      if (codePoint > 0xffff) i++;
      continue;
    }
    if (kind === CONTEXTUAL) {
      const slow = normalizeSlowly(line);
      return slow.length > maxLength ? null : slow;
    }
    const replacement = kind === REPLACED ? (REPLACEMENTS.get(codePoint) ?? "") : null;
    const units = replacement === null ? (codePoint > 0xffff ? 2 : 1) : replacement.length;
    if (length + units + 1 > out.length) {
      const grown = new Uint16Array(Math.max(out.length * 2, length + units + 1));
      grown.set(out.subarray(0, length));
      out = grown;
    }
    if (pendingSpace && length > 0) out[length++] = 0x20;
    pendingSpace = false;
    if (replacement !== null) {
      for (let k = 0; k < replacement.length; k++) out[length++] = replacement.charCodeAt(k);
    } else {
      out[length++] = code;
      if (codePoint > 0xffff) out[length++] = line.charCodeAt(++i);
    }
    if (length > maxLength) return null;
  }
  return outString(length);
}

/** Lower case, no marks, no tatweel, every run of non-letters turned into one space, trimmed. Idempotent. */
export function normalizeLine(line: string): string {
  return normalizeLineWithin(line, Number.POSITIVE_INFINITY) ?? "";
}
