// Splits text into word tokens: runs of Unicode letters, digits and combining marks, with internal
// apostrophes ("don't", "Trump’s"). Marks are word characters so that Arabic words written with
// diacritics (مُحَمَّد) stay one token. One hand-written scanner serves both indexing and snippets,
// so a token's boundaries are the same whichever of them looks at it.

/** The script a token is analysed as, taken from its first letter. */
export type Script = "arabic" | "latin" | "other" | "numeric";

// Character classes, as small integers so that a Uint8Array can cache them.
const UNKNOWN = 0;
const SEPARATOR = 1;
const LETTER = 2;
const DIGIT = 3;
const MARK = 4;
type CharClass = number;

// What the previous base character of a token was, for the digit/Arabic split rule.
const BASE_NONE = 0;
const BASE_DIGIT = 1;
const BASE_ARABIC_LETTER = 2;
const BASE_OTHER_LETTER = 3;
type Base = number;

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const BMP_SIZE = 0x10000;

const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;
const MARK_RE = /\p{M}/u;

/** Class of each BMP code unit, filled on first sight (a regex test), then read in O(1). */
const bmpClasses = new Uint8Array(BMP_SIZE);
const astralClasses = new Map<number, CharClass>();

function classifyCodePoint(codePoint: number): CharClass {
  const char = String.fromCodePoint(codePoint);
  if (LETTER_RE.test(char)) return LETTER;
  if (DIGIT_RE.test(char)) return DIGIT;
  if (MARK_RE.test(char)) return MARK;
  return SEPARATOR;
}

function classOf(codePoint: number): CharClass {
  if (codePoint < BMP_SIZE) {
    let cls = bmpClasses[codePoint] ?? UNKNOWN;
    if (cls === UNKNOWN) {
      cls = classifyCodePoint(codePoint);
      bmpClasses[codePoint] = cls;
    }
    return cls;
  }
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    cls = classifyCodePoint(codePoint);
    astralClasses.set(codePoint, cls);
  }
  return cls;
}

/** Arabic, Arabic Supplement, Arabic Extended-A and the presentation-form blocks. */
export function isArabicCodePoint(code: number): boolean {
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

function scriptOfLetter(code: number): Script {
  if (isArabicCodePoint(code)) return "arabic";
  return isLatinCodePoint(code) ? "latin" : "other";
}

function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return code;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : code;
}

function isWordClass(cls: CharClass): boolean {
  return cls === LETTER || cls === DIGIT || cls === MARK;
}

/**
 * Digits and Arabic letters are split apart: Arabic writes units and era markers straight after
 * numbers (٢٠٢٤م, ١٠كم, ١٤٤٥هـ), and "2024م" should find "2024". Latin alphanumerics (G7, F16,
 * COVID19) are names and stay whole.
 */
function splitsHere(previous: Base, current: Base): boolean {
  return (
    (previous === BASE_DIGIT && current === BASE_ARABIC_LETTER) ||
    (previous === BASE_ARABIC_LETTER && current === BASE_DIGIT)
  );
}

export type TokenVisitor = (start: number, end: number, script: Script) => void;

/** Calls `visit` with the UTF-16 range and script of every token of `text`, in order. */
export function forEachToken(text: string, visit: TokenVisitor): void {
  const length = text.length;
  let start = -1;
  let script: Script = "numeric";
  let previous: Base = BASE_NONE;
  let i = 0;
  while (i < length) {
    const code = codePointAt(text, i);
    const width = code > 0xffff ? 2 : 1;
    const cls = classOf(code);
    if (isWordClass(cls)) {
      let base: Base = previous;
      if (cls === DIGIT) base = BASE_DIGIT;
      else if (cls === LETTER) base = isArabicCodePoint(code) ? BASE_ARABIC_LETTER : BASE_OTHER_LETTER;
      if (start >= 0 && splitsHere(previous, base)) {
        visit(start, i, script);
        start = -1;
      }
      if (start < 0) {
        start = i;
        script = "numeric";
      }
      if (cls === LETTER && script === "numeric") script = scriptOfLetter(code);
      previous = base;
    } else if (start >= 0) {
      const internalApostrophe =
        (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) &&
        i + 1 < length &&
        isWordClass(classOf(codePointAt(text, i + 1)));
      if (!internalApostrophe) {
        visit(start, i, script);
        start = -1;
        previous = BASE_NONE;
      }
    }
    i += width;
  }
  if (start >= 0) visit(start, length, script);
}
