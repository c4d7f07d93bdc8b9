// A channel's configured promotion patterns: a plain phrase, or "/regex/flags" for the cases a phrase
// cannot express.
import { normalizeLine } from "./normalize-line.js";

/** Tests one line, given as written and normalized. */
export type LineMatcher = (line: string, normalized: string) => boolean;

const REGEX_PATTERN = /^\/(.+)\/([a-z]*)$/s;
/** g and y make RegExp.test stateful across calls; they mean nothing for a yes/no test of one line. */
const STATEFUL_FLAGS = /[gy]/g;

/** A parsed pattern: a regex for the line as written, or a normalized phrase to find as whole words. */
export type StripRule = { regex: RegExp; phrase?: undefined } | { phrase: string; regex?: undefined };

function compileRegex(source: string, flags: string): StripRule | null {
  try {
    return { regex: new RegExp(source, flags.replace(STATEFUL_FLAGS, "")) };
  } catch {
    return null;
  }
}

/**
 * A plain pattern matches a line containing it as whole words, both normalized (so case, punctuation,
 * emoji and diacritics do not matter); a regex is tested against the line as written. Null for a
 * pattern that can match nothing useful: empty once normalized, or an invalid regex.
 */
export function compileStripPattern(pattern: string): StripRule | null {
  const regex = REGEX_PATTERN.exec(pattern.trim());
  if (regex) return compileRegex(regex[1] ?? "", regex[2] ?? "");
  const phrase = normalizeLine(pattern);
  return phrase === "" ? null : { phrase };
}

/** Whether a normalized line holds the normalized phrase as whole words. */
export function containsPhrase(normalized: string, phrase: string): boolean {
  return normalized.includes(phrase) && ` ${normalized} `.includes(` ${phrase} `);
}

/** The pattern as a test of one line (see compileStripPattern). */
export function parseStripPattern(pattern: string): LineMatcher | null {
  const rule = compileStripPattern(pattern);
  if (rule === null) return null;
  const { regex } = rule;
  if (regex) return (line) => regex.test(line);
  const { phrase } = rule;
  return (_line, normalized) => containsPhrase(normalized, phrase);
}

/** For validating settings before they are saved (`dateline channel set`). */
export function isValidStripPattern(pattern: string): boolean {
  return parseStripPattern(pattern) !== null;
}
