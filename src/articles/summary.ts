// The short text under a headline in listings and in <meta name="description">.
import { truncateAtWord } from "./truncate.js";
import { isWhitespaceCode } from "./whitespace.js";

/** Search engines show about this much of a description; listings have room for two lines of it. */
export const MAX_SUMMARY_LENGTH = 200;
const SPACE = 0x20;

/**
 * The shortest start of the text holding `count` code points that are not whitespace (or the whole
 * text), with every run of whitespace turned into one space. Once the ends are trimmed, its first
 * count - 1 code points are those of the whole text collapsed: cutting at `count` - 2 needs no more
 * of a long body. One walk, copying only around the runs that change (a body's paragraph breaks):
 * a regex replace over the start cost more than the walk.
 */
function collapsedHead(text: string, count: number): string {
  let collapsed = "";
  let copiedTo = 0;
  let seen = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespaceCode(code)) {
      let runEnd = i + 1;
      while (runEnd < text.length && isWhitespaceCode(text.charCodeAt(runEnd))) runEnd++;
      if (runEnd - i > 1 || code !== SPACE) {
        collapsed += `${text.slice(copiedTo, i)} `;
        copiedTo = runEnd;
      }
      i = runEnd - 1;
      continue;
    }
    // A surrogate pair is one code point.
    if (code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff) i++;
    if (++seen === count) {
      i++;
      break;
    }
  }
  return collapsed + text.slice(copiedTo, i);
}

/** The body's start on one line, at most MAX_SUMMARY_LENGTH code points, cut at a word with "…". */
export function summarize(bodyText: string): string {
  return truncateAtWord(collapsedHead(bodyText, MAX_SUMMARY_LENGTH + 2), MAX_SUMMARY_LENGTH);
}
