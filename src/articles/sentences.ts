// Where sentences end, in English and Arabic-script text. Used to tell a one-sentence headline line
// from a paragraph, and to take a post's first sentence when it has no headline line.

/**
 * A run of terminators (. ! ? and the Arabic question mark ؟ and Urdu full stop ۔), optionally followed
 * by closing quotes or brackets, then whitespace or the end. The word before it is captured to spot
 * abbreviations.
 */
const TERMINATOR = /([\p{L}\p{N}]*)([.!?؟۔]+)["'”’»)\]]*(?=\s|$)/gu;
/** Abbreviations whose period does not end a sentence ("Mr. Kirby", "Gen. Austin"). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "maj",
  "prof",
  "gov",
  "sen",
  "rep",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
]);
const UPPERCASE_INITIAL = /^\p{Lu}$/u;

function isAbbreviation(word: string, terminators: string): boolean {
  if (terminators !== ".") return false;
  // Initials and the inner letters of "U.S.": a single capital letter before the period.
  return UPPERCASE_INITIAL.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** A terminator TERMINATOR needs: a quick test that spares its match at every position of most headlines. */
const HAS_TERMINATOR = /[.!?؟۔]/;

/** Positions just after each sentence end in `text` (the last sentence's end is not listed unless punctuated). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  if (!HAS_TERMINATOR.test(text)) return ends;
  for (const match of text.matchAll(TERMINATOR)) {
    if (isAbbreviation(match[1] ?? "", match[2] ?? "")) continue;
    ends.push(match.index + match[0].length);
  }
  return ends;
}

/** The first sentence of the text's first line, without the text after it. */
export function firstSentence(text: string): string {
  const newline = text.indexOf("\n");
  const line = newline === -1 ? text : text.slice(0, newline);
  const end = sentenceEnds(line)[0] ?? line.length;
  return line.slice(0, end).trim();
}

/** True when another sentence follows a sentence end inside the text. */
export function hasSentenceBreak(text: string): boolean {
  const trimmed = text.trim();
  return sentenceEnds(trimmed).some((end) => end < trimmed.length);
}
