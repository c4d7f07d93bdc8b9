// One canonical form of a line for comparing lines across posts: channels retype their promotion
// line with other emoji, quotes, diacritics, kashida and spacing, and it must still count as one line.

/** Arabic tatweel (kashida), a stretching stroke with no meaning. */
const TATWEEL = /\u0640/gu;
/** Combining marks: Latin accents and Arabic harakat once decomposed, and emoji variation selectors. */
const MARKS = /\p{M}/gu;
/** Everything that is not a letter or digit: punctuation, quotes, symbols, emoji, joiners, spaces. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, no marks, no tatweel, every run of non-letters turned into one space, trimmed. Idempotent. */
export function normalizeLine(line: string): string {
  return line
    .toLowerCase()
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(TATWEEL, "")
    .replace(NOT_WORD, " ")
    .trim();
}
