// The Porter2 stemmer (Snowball "english"), by Martin Porter: https://snowballstem.org/algorithms/english/stemmer.html
// This follows the current definition in the Snowball sources (algorithms/english.sbl), which adds
// to the 2002 description: more R1 prefixes (past, univers, later, emerg, organ), "ogist" → "og",
// dying/lying/tying/vying → die/lie/tie/vie, no undoubling of add/ebb/egg/odd, and
// proceed/exceed/succeed and inning/outing/canning/herring/earring/evening kept whole.
// Steps and names below are the algorithm's own; each step is a function of the word so far and
// the regions R1/R2, which are fixed before step 1a.
//
// Input: one lower-cased word (a–z and apostrophes; any other letter counts as a consonant).

import { SuffixMatcher } from "./suffix-matcher.js";

/** Words shorter than this are left alone. */
const MIN_STEMMED_LENGTH = 3;

const APOSTROPHE = "'";
/** Marks a consonant y during stemming; lower-case input never contains it. */
const CONSONANT_Y = "Y";

const VOWELS = "aeiouy";
/** 1 at the char codes of VOWELS: the hottest test of the algorithm, so a table rather than a Set. */
const VOWEL_TABLE = new Uint8Array(128).map((_, code) =>
  VOWELS.includes(String.fromCharCode(code)) ? 1 : 0,
);
const NOT_SHORT_AFTER = new Set(["w", "x", CONSONANT_Y].map((letter) => letter.charCodeAt(0)));
const VALID_LI_ENDINGS = new Set([..."cdeghkmnrt"].map((letter) => letter.charCodeAt(0)));
const DOUBLES = new Set(["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]);
const UNDOUBLED_WORD_STARTS = new Set(["a", "e", "o"]);

/** Whole words with a fixed stem (exception1). */
const EXCEPTIONS = new Map<string, string>([
  ["skis", "ski"],
  ["skies", "sky"],
  ["idly", "idl"],
  ["gently", "gentl"],
  ["ugly", "ugli"],
  ["early", "earli"],
  ["only", "onli"],
  ["singly", "singl"],
  ["sky", "sky"],
  ["news", "news"],
  ["howe", "howe"],
  ["atlas", "atlas"],
  ["cosmos", "cosmos"],
  ["bias", "bias"],
  ["andes", "andes"],
]);

const LONGEST_EXCEPTION = Math.max(...[...EXCEPTIONS.keys()].map((word) => word.length));

/** Prefixes after which R1 starts, whatever the general rule would say; by first letter (all differ). */
const R1_PREFIXES = new Map<number, string>(
  ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ"].map((prefix) => [
    prefix.charCodeAt(0),
    prefix,
  ]),
);

const EED_KEPT_STEMS = new Set(["proc", "exc", "succ"]);
const ING_KEPT_STEMS = new Set(["inn", "out", "cann", "herr", "earr", "even"]);

const STEP1B = new SuffixMatcher(["eed", "eedly", "ed", "edly", "ing", "ingly"]);
const STEP1B_ADD_E = new Set(["at", "bl", "iz"]);

const STEP2_REPLACEMENTS = new Map<string, string>([
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["abli", "able"],
  ["entli", "ent"],
  ["izer", "ize"],
  ["ization", "ize"],
  ["ational", "ate"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["aliti", "al"],
  ["alli", "al"],
  ["fulness", "ful"],
  ["ousli", "ous"],
  ["ousness", "ous"],
  ["iveness", "ive"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["bli", "ble"],
  ["ogist", "og"],
  ["ogi", "og"], // only after l
  ["fulli", "ful"],
  ["lessli", "less"],
  ["li", ""], // only after a valid li-ending
]);
const STEP2 = new SuffixMatcher([...STEP2_REPLACEMENTS.keys()]);

const STEP3_REPLACEMENTS = new Map<string, string>([
  ["tional", "tion"],
  ["ational", "ate"],
  ["alize", "al"],
  ["icate", "ic"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
  ["ative", ""], // only in R2
]);
const STEP3 = new SuffixMatcher([...STEP3_REPLACEMENTS.keys()]);

const STEP4 = new SuffixMatcher([
  ..."al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize".split(" "),
  "ion", // only after s or t
]);

function isVowelAt(word: string, index: number): boolean {
  return VOWEL_TABLE[word.charCodeAt(index)] === 1;
}

function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowelAt(word, i)) return true;
  return false;
}

/** Y for a y at the start or after a vowel: such a y is a consonant. */
function markConsonantY(word: string): string {
  let i = word.indexOf("y");
  if (i < 0) return word;
  let out = "";
  let copiedUpTo = 0;
  for (; i >= 0; i = word.indexOf("y", i + 1)) {
    // A y turned into Y is no vowel, so "ayy" marks only the first y, as the algorithm wants.
    const afterVowel = i > 0 && copiedUpTo !== i && isVowelAt(word, i - 1);
    if (i === 0 || afterVowel) {
      out += `${word.slice(copiedUpTo, i)}${CONSONANT_Y}`;
      copiedUpTo = i + 1;
    }
  }
  return copiedUpTo === 0 ? word : out + word.slice(copiedUpTo);
}

/** The position after the first non-vowel that follows a vowel, from `from` on; or the word's end. */
function regionStart(word: string, from: number): number {
  let i = from;
  while (i < word.length && !isVowelAt(word, i)) i++;
  while (i < word.length && isVowelAt(word, i)) i++;
  return Math.min(i + 1, word.length);
}

function regions(word: string): { r1: number; r2: number } {
  const prefix = R1_PREFIXES.get(word.charCodeAt(0));
  const r1 = prefix !== undefined && word.startsWith(prefix) ? prefix.length : regionStart(word, 0);
  return { r1, r2: regionStart(word, r1) };
}

/** Whether `word` ends in a short syllable. */
function endsShort(word: string): boolean {
  const n = word.length;
  if (
    n >= 3 &&
    !isVowelAt(word, n - 1) &&
    !NOT_SHORT_AFTER.has(word.charCodeAt(n - 1)) &&
    isVowelAt(word, n - 2) &&
    !isVowelAt(word, n - 3)
  ) {
    return true;
  }
  if (n === 2 && isVowelAt(word, 0) && !isVowelAt(word, 1)) return true;
  return word.endsWith("past");
}

function step1a(word: string): string {
  const last = word.charAt(word.length - 1);
  if (last !== "s" && last !== APOSTROPHE) return word;
  let w = word;
  if (w.endsWith("'s'")) w = w.slice(0, -3);
  else if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith(APOSTROPHE)) w = w.slice(0, -1);

  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("ied") || w.endsWith("ies")) return w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  if (w.endsWith("us") || w.endsWith("ss")) return w;
  // "s" goes when a vowel comes before the letter that precedes it: gaps → gap, but gas, this.
  if (w.endsWith("s") && hasVowel(w, w.length - 2)) return w.slice(0, -1);
  return w;
}

function step1b(word: string, r1: number): string {
  const last = word.charAt(word.length - 1);
  if (last !== "d" && last !== "g" && last !== "y") return word;
  const suffix = STEP1B.longest(word);
  if (suffix === undefined) return word;
  const stem = word.slice(0, word.length - suffix.length);
  if (suffix === "eed" || suffix === "eedly") {
    if (EED_KEPT_STEMS.has(stem)) return word;
    return stem.length >= r1 ? `${stem}ee` : word;
  }
  if (suffix === "ing") {
    const n = stem.length;
    if (n === 2 && stem.endsWith("y") && !isVowelAt(stem, 0)) return `${stem.charAt(0)}ie`;
    if (ING_KEPT_STEMS.has(stem)) return word;
  }
  if (!hasVowel(stem, stem.length)) return word;
  if (STEP1B_ADD_E.has(stem.slice(-2))) return `${stem}e`;
  if (DOUBLES.has(stem.slice(-2))) {
    const keepsDouble = stem.length === 3 && UNDOUBLED_WORD_STARTS.has(stem.charAt(0));
    return keepsDouble ? stem : stem.slice(0, -1);
  }
  return r1 === stem.length && endsShort(stem) ? `${stem}e` : stem;
}

function step1c(word: string): string {
  const n = word.length;
  const last = word.charAt(n - 1);
  if ((last === "y" || last === CONSONANT_Y) && n > 2 && !isVowelAt(word, n - 2)) {
    return `${word.slice(0, -1)}i`;
  }
  return word;
}

function step2(word: string, r1: number): string {
  const suffix = STEP2.longest(word);
  if (suffix === undefined) return word;
  const stem = word.slice(0, word.length - suffix.length);
  if (stem.length < r1) return word;
  if (suffix === "ogi" && !stem.endsWith("l")) return word;
  if (suffix === "li" && !VALID_LI_ENDINGS.has(stem.charCodeAt(stem.length - 1))) return word;
  return stem + (STEP2_REPLACEMENTS.get(suffix) ?? "");
}

function step3(word: string, r1: number, r2: number): string {
  const suffix = STEP3.longest(word);
  if (suffix === undefined) return word;
  const stem = word.slice(0, word.length - suffix.length);
  if (stem.length < r1) return word;
  if (suffix === "ative" && stem.length < r2) return word;
  return stem + (STEP3_REPLACEMENTS.get(suffix) ?? "");
}

function step4(word: string, r2: number): string {
  const suffix = STEP4.longest(word);
  if (suffix === undefined) return word;
  const stem = word.slice(0, word.length - suffix.length);
  if (stem.length < r2) return word;
  if (suffix === "ion" && !(stem.endsWith("s") || stem.endsWith("t"))) return word;
  return stem;
}

function step5(word: string, r1: number, r2: number): string {
  const stemStart = word.length - 1;
  const last = word.charAt(stemStart);
  if (last === "e" && stemStart >= r1) {
    const stem = word.slice(0, stemStart);
    return stemStart >= r2 || !endsShort(stem) ? stem : word;
  }
  if (last === "l" && stemStart >= r2 && word.charAt(stemStart - 1) === "l") return word.slice(0, stemStart);
  return word;
}

/** The Porter2 stem of one lower-cased English word. */
export function stemEnglish(word: string): string {
  const exception = word.length <= LONGEST_EXCEPTION ? EXCEPTIONS.get(word) : undefined;
  if (exception !== undefined) return exception;
  if (word.length < MIN_STEMMED_LENGTH) return word;

  const marked = markConsonantY(word.startsWith(APOSTROPHE) ? word.slice(1) : word);
  const { r1, r2 } = regions(marked);
  let w = step1a(marked);
  w = step1b(w, r1);
  w = step1c(w);
  w = step2(w, r1);
  w = step3(w, r1, r2);
  w = step4(w, r2);
  w = step5(w, r1, r2);
  return w.includes(CONSONANT_Y) ? w.replaceAll(CONSONANT_Y, "y") : w;
}
