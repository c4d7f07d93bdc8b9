// JavaScript's whitespace (what /\s/ and String.prototype.trim mean: WhiteSpace and LineTerminator,
// https://tc39.es/ecma262/#sec-white-space), tested on char codes so that hot loops need no regex.

const WHITESPACE_CODES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
/** One load per character beats a chain of comparisons for the many that are not ASCII (Arabic). */
const IS_WHITESPACE = new Uint8Array(0x10000);
for (const code of WHITESPACE_CODES) IS_WHITESPACE[code] = 1;

export function isWhitespaceCode(code: number): boolean {
  return IS_WHITESPACE[code] === 1;
}

/** Index of the first non-whitespace code unit at or after `from`, or `text.length`. */
export function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && IS_WHITESPACE[text.charCodeAt(i)] === 1) i++;
  return i;
}

/** Index just after the last non-whitespace code unit before `to`, or 0. */
export function skipWhitespaceBack(text: string, to: number): number {
  let i = to;
  while (i > 0 && IS_WHITESPACE[text.charCodeAt(i - 1)] === 1) i--;
  return i;
}
