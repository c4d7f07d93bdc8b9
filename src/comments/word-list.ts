// Moderation and disallowed word lists (WordPress's "Comment Moderation" and "Disallowed Comment Keys"):
// one word or phrase per line, matched case-insensitively inside the name, email, website, text and IP.
// Matching is done on NFKC case-folded text, so fullwidth or compatibility look-alikes ("ｃａｓｉｎｏ")
// match their plain forms.
import { readFileSync } from "node:fs";
import { DatelineError } from "../shared/errors.js";

export interface WordList {
  readonly words: readonly string[];
  /** The first listed word found in any of `fields`, or null. */
  find(fields: readonly string[]): string | null;
}

export function fold(s: string): string {
  return s.normalize("NFKC").toLowerCase();
}

export function wordList(words: readonly string[]): WordList {
  const folded = words.map((w) => fold(w.trim())).filter((w) => w.length > 0 && !w.startsWith("#"));
  return {
    words: folded,
    find(fields) {
      if (folded.length === 0) return null;
      const hay = fields.map(fold);
      return folded.find((w) => hay.some((h) => h.includes(w))) ?? null;
    },
  };
}

export const EMPTY_WORDS: WordList = wordList([]);

/** Reads a list file; a missing or unreadable file stops start-up with the reason. */
export function loadWordList(file: string | undefined, setting: string): WordList {
  if (!file) return EMPTY_WORDS;
  try {
    return wordList(readFileSync(file, "utf8").split(/\r?\n/));
  } catch (e) {
    throw new DatelineError("CONFIG_INVALID", `${setting}: cannot read ${file}: ${(e as Error).message}`, {
      cause: e,
    });
  }
}
