// Lengths in code points (what a reader counts as characters), without making an array of them.

/** Array.from(text).length <= max, without the array. */
export function fitsCodePoints(text: string, max: number): boolean {
  // A code point takes one or two units: a text no longer in units fits.
  if (text.length <= max) return true;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++count > max) return false;
  }
  return true;
}
