// A channel's configured promotion patterns: a plain phrase, or "/regex/flags" for the cases a phrase
// cannot express.
import { normalizeLine } from "./normalize-line.js";

/** Tests one line, given as written and normalized. */
export type LineMatcher = (line: string, normalized: string) => boolean;

const REGEX_PATTERN = /^\/(.+)\/([a-z]*)$/s;
/** g and y make RegExp.test stateful across calls; they mean nothing for a yes/no test of one line. */
const STATEFUL_FLAGS = /[gy]/g;

function regexMatcher(source: string, flags: string): LineMatcher | null {
  try {
    const regex = new RegExp(source, flags.replace(STATEFUL_FLAGS, ""));
    return (line) => regex.test(line);
  } catch {
    return null;
  }
}

/**
 * A plain pattern matches a line containing it as whole words, both normalized (so case, punctuation,
 * emoji and diacritics do not matter); a regex is tested against the line as written. Null for a
 * pattern that can match nothing useful: empty once normalized, or an invalid regex.
 */
export function parseStripPattern(pattern: string): LineMatcher | null {
  const regex = REGEX_PATTERN.exec(pattern.trim());
  if (regex) return regexMatcher(regex[1] ?? "", regex[2] ?? "");
  const phrase = normalizeLine(pattern);
  if (phrase === "") return null;
  return (_line, normalized) => ` ${normalized} `.includes(` ${phrase} `);
}

/** For validating settings before they are saved (`dateline channel set`). */
export function isValidStripPattern(pattern: string): boolean {
  return parseStripPattern(pattern) !== null;
}
