// JavaScript's whitespace (what /\s/ and String.prototype.trim mean: WhiteSpace and LineTerminator,
// https://tc39.es/ecma262/#sec-white-space), tested on char codes so that hot loops need no regex.

export function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Index of the first non-whitespace code unit at or after `from`, or `text.length`. */
export function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last non-whitespace code unit before `to`, or 0. */
export function skipWhitespaceBack(text: string, to: number): number {
  let i = to;
  while (i > 0 && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
