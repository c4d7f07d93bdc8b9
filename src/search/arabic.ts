// Arabic normalization and light stemming for search.
//
// Normalization folds the spelling variants that Telegram news text mixes freely: diacritics and
// tatweel are dropped, hamza and alef forms are unified, taa marbuta and alef maqsura are folded,
// Persian/Urdu letter forms become their Arabic twins, and Arabic-Indic/Persian digits become ASCII.
//
// Stemming follows Larkey's "light10" stemmer: Leah S. Larkey, Lisa Ballesteros, Margaret E. Connell,
// "Light Stemming for Arabic Information Retrieval", in Arabic Computational Morphology (Springer,
// 2007); first described in "Improving Stemming for Arabic Information Retrieval: Light Stemming and
// Co-occurrence Analysis", SIGIR 2002. It strips a few prefixes and suffixes, no roots, no
// dictionary: robust on names and loanwords, which news text is full of.

const ALEF = 0x0627;
const HAMZA = 0x0621;
const WAW = 0x0648;
const HEH = 0x0647;
const YEH = 0x064a;
const KAF = 0x0643;

/** The code points normalizeArabic looks at: the Arabic block and Arabic Extended-A. */
const FOLD_FIRST = 0x0600;
const FOLD_LAST = 0x08ff;

/**
 * Removed outright: Quranic honorifics and annotation marks, harakat and tanween, superscript alef,
 * tatweel. All are word characters to the tokenizer (marks, or tatweel a modifier letter), so
 * removing them never joins or splits words.
 */
const DROPPED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a], // honorifics and small high letters
  [0x0640, 0x0640], // tatweel (kashida): بـغـداد
  [0x064b, 0x065f], // tanween, fatha, damma, kasra, shadda, sukun, hamza above/below, …
  [0x0670, 0x0670], // superscript (dagger) alef
  [0x06d6, 0x06dc], // Quranic annotation signs (not 06DD/06DE, which separate words)
  [0x06df, 0x06e8], // Quranic small letters and marks (not 06E9, a symbol)
  [0x06ea, 0x06ed], // Quranic marks
  [0x08d3, 0x08e1], // Arabic Extended-A Quranic marks
  [0x08e3, 0x08ff], // Arabic Extended-A tanween variants and marks
];

/** One letter or digit replaced by another. Kept letters (ء among them) are absent. */
const REPLACED: ReadonlyArray<readonly [from: string, to: number]> = [
  ["أإآٱٲٳٵ", ALEF], // hamza/madda/wasla on alef → bare alef
  ["ؤٶ", WAW], // hamza on waw → waw
  ["ئٸىیےۍ", YEH], // hamza on yeh, alef maqsura, Farsi/Urdu yeh → yeh
  ["ةۀہۃھە", HEH], // taa marbuta and Persian/Urdu heh forms → heh
  ["کڪ", KAF], // keheh and swash kaf → kaf
];

const DIGIT_BLOCKS = [0x0660, 0x06f0]; // Arabic-Indic ٠–٩ and Extended (Persian) ۰–۹
const ASCII_ZERO = 0x30;

/** For each code point from FOLD_FIRST: undefined = keep, "" = drop, else the replacement. */
const foldTable: Array<string | undefined> = buildFoldTable();

function buildFoldTable(): Array<string | undefined> {
  const table = new Array<string | undefined>(FOLD_LAST - FOLD_FIRST + 1).fill(undefined);
  for (const [first, last] of DROPPED_RANGES) {
    for (let code = first; code <= last; code++) table[code - FOLD_FIRST] = "";
  }
  for (const [letters, to] of REPLACED) {
    for (const letter of letters) table[letter.charCodeAt(0) - FOLD_FIRST] = String.fromCharCode(to);
  }
  for (const zero of DIGIT_BLOCKS) {
    for (let digit = 0; digit <= 9; digit++)
      table[zero + digit - FOLD_FIRST] = String.fromCharCode(ASCII_ZERO + digit);
  }
  return table;
}

/**
 * Folds Arabic spelling variants character by character (see the tables above). Text in other
 * scripts passes through unchanged, and text with nothing to fold is returned as is.
 */
export function normalizeArabic(text: string): string {
  let out = "";
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FOLD_FIRST || code > FOLD_LAST) continue;
    const replacement = foldTable[code - FOLD_FIRST];
    if (replacement === undefined) continue;
    out += text.slice(copiedUpTo, i) + replacement;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

// ---- light stemming -------------------------------------------------------------------------

/** light10: the definite article (alone or after و/ب/ك/ف) and لل go if at least this much is left. */
const MIN_STEM_AFTER_ARTICLE = 2;
/** light10: a leading و ("and") goes only if at least this much is left: many words start with و. */
const MIN_STEM_AFTER_WAW = 3;
/** light10: each suffix goes if at least this much is left. */
const MIN_STEM_AFTER_SUFFIX = 2;

/**
 * light10's articles, plus ولل ("and for the", common in news: وللمرة, وللرئيس), which light10
 * would only take to لل…. Indexed by first letter; the two starting with و differ in the second.
 */
const ARTICLES = new Map<number, readonly string[]>();
for (const article of ["ال", "وال", "ولل", "بال", "كال", "فال", "لل"]) {
  const first = article.charCodeAt(0);
  ARTICLES.set(first, [...(ARTICLES.get(first) ?? []), article]);
}

/**
 * light10's suffixes in its order, each tried once, right to left. The list's ية and ة are written
 * here as يه and ه because normalization has already folded taa marbuta into heh.
 */
const SUFFIXES: ReadonlyArray<{ text: string; last: number; beforeLast: number }> = [
  "ها",
  "ان",
  "ات",
  "ون",
  "ين",
  "يه",
  "ه",
  "ي",
].map((text) => ({
  text,
  last: text.charCodeAt(text.length - 1),
  beforeLast: text.length > 1 ? text.charCodeAt(text.length - 2) : -1,
}));

/**
 * The name of God, written with the article and often with a preposition attached. light10 would
 * take الله to له ("to him", one of the commonest words), so that "حزب الله" would match almost
 * every text; these forms are kept as one term instead.
 */
const ALLAH = "الله";
const ALLAH_FORMS = new Set([ALLAH, "والله", "بالله", "فالله", "تالله", "لله", "ولله", "فلله"]);
/** What all of ALLAH_FORMS end with: a cheap test before the set lookup. */
const ALLAH_ENDING = "لله";

/**
 * A word-final hamza after ي or و is dropped: شيء/شئ, بطيء/بطئ and تباطؤ/تباطوء are one word
 * written with or without a seat for the hamza, and normalization turns the seat into ي or و.
 * Hamza after alef (ماء, سماء) is kept: dropping it would make ماء ("water") into ما ("what").
 */
function dropSeatedFinalHamza(word: string): string {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== HAMZA) return word;
  const before = word.charCodeAt(n - 2);
  return before === YEH || before === WAW ? word.slice(0, n - 1) : word;
}

function stripPrefixes(word: string): string {
  let stem = word;
  for (const article of ARTICLES.get(stem.charCodeAt(0)) ?? []) {
    if (stem.length - article.length >= MIN_STEM_AFTER_ARTICLE && stem.startsWith(article)) {
      stem = stem.slice(article.length);
      break;
    }
  }
  // Unlike light10, و is also tried after an article, so that وزير, الوزير and والوزير share a stem
  // (light10 gives زير for the first and وزير for the others).
  if (stem.charCodeAt(0) === WAW && stem.length - 1 >= MIN_STEM_AFTER_WAW) stem = stem.slice(1);
  return stem;
}

function stripSuffixes(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    const n = stem.length;
    if (n - suffix.text.length < MIN_STEM_AFTER_SUFFIX || stem.charCodeAt(n - 1) !== suffix.last) continue;
    if (suffix.beforeLast >= 0 && stem.charCodeAt(n - 2) !== suffix.beforeLast) continue;
    stem = stem.slice(0, n - suffix.text.length);
  }
  return stem;
}

/** Light stem of one word that normalizeArabic has already folded. */
export function stemArabic(word: string): string {
  const folded = dropSeatedFinalHamza(word);
  if (folded.endsWith(ALLAH_ENDING) && ALLAH_FORMS.has(folded)) return ALLAH;
  return stripSuffixes(stripPrefixes(folded));
}

/** Normalizes then stems one word: the search term for an Arabic word. */
export function arabicTerm(word: string): string {
  return stemArabic(normalizeArabic(word));
}
