// Splits text into word tokens: runs of Unicode letters, digits and combining marks (\p{L}\p{N}\p{M}),
// with internal apostrophes ("don't", "Trump’s"). Marks are word characters so that Arabic words
// written with diacritics (مُحَمَّد) stay one token. Documents, queries and snippets all go
// through this one scanner, so a word's boundaries are the same wherever it is looked at.
// Hand-written rather than a regex: it runs on every imported post (see analyze.ts).

/** The script a token is analysed as, taken from its first letter. */
export type Script = "arabic" | "latin" | "other" | "numeric";

// What a character is to the scanner: one bit each, so that a token's kinds are OR-ed together in
// the hot loop and looked at once per token. Cached per BMP code unit in a Uint8Array.
const UNKNOWN = 0;
const SEPARATOR = 1;
const APOSTROPHE = 2;
const HIGH_SURROGATE = 4;
const MARK = 8;
const DIGIT = 16;
const ARABIC_LETTER = 32;
const LATIN_LETTER = 64;
const OTHER_LETTER = 128;
type Kind = number;

/** Word characters are the kinds from MARK up. */
const FIRST_WORD_KIND = MARK;
const LETTERS = ARABIC_LETTER | LATIN_LETTER | OTHER_LETTER;

const APOSTROPHES = [0x27, 0x2019]; // ' and ’ (typographic apostrophe)
const BMP_SIZE = 0x10000;

const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;
const MARK_RE = /\p{M}/u;

/** Arabic, Arabic Supplement, Arabic Extended-A and the presentation-form blocks. */
function isArabicCodePoint(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  );
}

/** Latin letters: Basic Latin through IPA Extensions, Latin Extended Additional/C/D/E, full-width. */
function isLatinCodePoint(code: number): boolean {
  return (
    code < 0x02b0 ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2c60 && code <= 0x2c7f) ||
    (code >= 0xa720 && code <= 0xa7ff) ||
    (code >= 0xab30 && code <= 0xab6f) ||
    (code >= 0xff21 && code <= 0xff5a)
  );
}

function classify(codePoint: number): Kind {
  if (APOSTROPHES.includes(codePoint)) return APOSTROPHE;
  if (codePoint >= 0xd800 && codePoint <= 0xdbff) return HIGH_SURROGATE;
  const char = String.fromCodePoint(codePoint);
  if (LETTER_RE.test(char)) {
    if (isArabicCodePoint(codePoint)) return ARABIC_LETTER;
    return isLatinCodePoint(codePoint) ? LATIN_LETTER : OTHER_LETTER;
  }
  if (DIGIT_RE.test(char)) return DIGIT;
  if (MARK_RE.test(char)) return MARK;
  return SEPARATOR;
}

const bmpKinds = new Uint8Array(BMP_SIZE);
const astralKinds = new Map<number, Kind>();

function bmpKind(code: number): Kind {
  let kind = bmpKinds[code] ?? UNKNOWN;
  if (kind === UNKNOWN) {
    kind = classify(code);
    bmpKinds[code] = kind;
  }
  return kind;
}

function astralKind(codePoint: number): Kind {
  let kind = astralKinds.get(codePoint);
  if (kind === undefined) {
    kind = classify(codePoint);
    astralKinds.set(codePoint, kind);
  }
  return kind;
}

/** Kind of the character at `index`, following a surrogate pair to its code point. */
function kindAt(text: string, index: number): Kind {
  const kind = bmpKind(text.charCodeAt(index));
  if (kind !== HIGH_SURROGATE) return kind;
  const codePoint = text.codePointAt(index) ?? 0;
  return codePoint > 0xffff ? astralKind(codePoint) : SEPARATOR; // else a lone surrogate
}

/** Code units taken by the character at `index`. */
function widthAt(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

function scriptOf(letters: Kind): Script {
  if (letters === ARABIC_LETTER) return "arabic";
  if (letters === LATIN_LETTER) return "latin";
  return letters === 0 ? "numeric" : "other";
}

export type TokenVisitor = (start: number, end: number, script: Script) => void;

/**
 * Emits one token, whose kinds OR-ed together are `kinds`. The rare token that mixes scripts takes
 * its first letter's. Digits and Arabic letters are split apart: Arabic writes units and era
 * markers straight after numbers (٢٠٢٤م, ١٠كم, ١٤٤٥هـ), and "2024م" should find "2024"; Latin
 * alphanumerics (G7, F16, COVID19) are names and stay whole.
 */
function emit(text: string, start: number, end: number, kinds: Kind, visit: TokenVisitor): void {
  const letters = kinds & LETTERS;
  const single = (letters & (letters - 1)) === 0;
  const splits = (kinds & DIGIT) !== 0 && (kinds & ARABIC_LETTER) !== 0;
  if (single && !splits) {
    visit(start, end, scriptOf(letters));
    return;
  }
  let partStart = start;
  let firstLetter = 0;
  let previous = 0;
  for (let i = start; i < end; i += widthAt(text, i)) {
    const kind = kindAt(text, i);
    if (kind === MARK || kind === APOSTROPHE) continue;
    const boundary =
      (previous === DIGIT && kind === ARABIC_LETTER) || (previous === ARABIC_LETTER && kind === DIGIT);
    if (boundary) {
      visit(partStart, i, scriptOf(firstLetter));
      partStart = i;
      firstLetter = 0;
    }
    if (firstLetter === 0 && (kind & LETTERS) !== 0) firstLetter = kind;
    previous = kind;
  }
  visit(partStart, end, scriptOf(firstLetter));
}

/** Calls `visit` with the UTF-16 range and script of every token of `text`, in order. */
export function forEachToken(text: string, visit: TokenVisitor): void {
  const length = text.length;
  let start = -1;
  let kinds: Kind = 0;
  for (let i = 0; i < length; i++) {
    let kind = bmpKinds[text.charCodeAt(i)] ?? UNKNOWN;
    let width = 1;
    if (kind === UNKNOWN || kind === HIGH_SURROGATE) {
      kind = kindAt(text, i);
      width = widthAt(text, i);
    }
    if (kind >= FIRST_WORD_KIND) {
      if (start < 0) {
        start = i;
        kinds = 0;
      }
      kinds |= kind;
    } else if (
      start >= 0 &&
      !(kind === APOSTROPHE && i + 1 < length && kindAt(text, i + 1) >= FIRST_WORD_KIND)
    ) {
      emit(text, start, i, kinds, visit);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) emit(text, start, length, kinds, visit);
}
