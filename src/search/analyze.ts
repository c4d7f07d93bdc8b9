// Text → search terms. Dateline analyses text itself instead of leaning on the database's
// tokenizers, so that SQLite FTS5 and PostgreSQL see the very same terms: documents are stored as
// analyzeForIndex(text), and queries go through the same analysis (query.ts).
//
// The text is cut into tokens as it is (tokenize.ts); then each token is analysed on its own:
// NFKC (presentation forms, ligatures, full-width and compatibility characters), lower case
// (String.prototype.toLowerCase ignores the locale: no Turkish dotless-i surprises), and by
// script: Arabic → normalization and light stem (arabic.ts), Latin → accents folded and the
// Porter2 stem (english.ts), numbers → ASCII digits, other scripts → as they are. Single letters
// are dropped, digits kept. NFKC runs per token, not on the whole text, because it can turn a
// symbol into letters (™ → TM) and so join words: per token, a word's terms never depend on its
// neighbours, and snippet.ts can find a word's terms from the word alone.
//
// No stop words: news queries such as "The Who" or "لن" must still find something, and the
// ranking (BM25 in FTS5, ts_rank in PostgreSQL) already discounts terms found everywhere.
//
// Terms are made only of letters, digits and (outside Arabic and Latin) combining marks: no
// spaces, apostrophes or punctuation, so any database tokenizer that splits on white space or
// punctuation keeps each of them whole.

import { arabicTerm, normalizeArabic } from "./arabic.js";
import { stemEnglish } from "./english.js";
import { forEachToken, type Script } from "./tokenize.js";

/** Terms shorter than this are dropped (single letters match everything), numbers excepted. */
const MIN_TERM_LENGTH = 2;
/** Tokens longer than this (hashes, base64, glued URLs) are not words anyone searches for. */
const MAX_TOKEN_LENGTH = 64;

const LAST_ASCII = 0x7f;
const COMBINING_MARKS_RE = /\p{M}/gu;
const APOSTROPHES_RE = /['\u2019]/g;
const TYPOGRAPHIC_APOSTROPHE = "\u2019";
const NO_TERMS: readonly string[] = Object.freeze([]);

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > LAST_ASCII) return false;
  return true;
}

/** Folds accents (é → e, ğ → g) so that names match however they were typed. */
function foldLatin(token: string): string {
  if (isAscii(token)) return token;
  return token.normalize("NFD").replace(COMBINING_MARKS_RE, "").replaceAll(TYPOGRAPHIC_APOSTROPHE, "'");
}

/** The term for one lower-cased NFKC word of one script, or null to skip it. */
function termOf(word: string, script: Script): string | null {
  if (word.length > MAX_TOKEN_LENGTH) return null;
  if (script === "numeric") return normalizeArabic(word); // Arabic-Indic and Persian digits → ASCII
  let term: string;
  if (script === "arabic") term = arabicTerm(word);
  else if (script === "latin") term = stemEnglish(foldLatin(word));
  else term = word;
  // Terms must be single tokens to every database tokenizer, and those split on apostrophes.
  if (term.includes("'") || term.includes(TYPOGRAPHIC_APOSTROPHE)) term = term.replace(APOSTROPHES_RE, "");
  return term.length >= MIN_TERM_LENGTH ? term : null;
}

function uncachedTermsOf(token: string, script: Script): readonly string[] {
  if (isAscii(token)) {
    // ASCII is its own NFKC form and stays one word.
    const term = termOf(token.toLowerCase(), script);
    return term === null ? NO_TERMS : [term];
  }
  // NFKC may split a token into several words (ﷺ → صلى الله عليه وسلم, ½ → 1⁄2).
  const prepared = token.normalize("NFKC").toLowerCase();
  const terms: string[] = [];
  forEachToken(prepared, (start, end, wordScript) => {
    const term = termOf(prepared.slice(start, end), wordScript);
    if (term !== null) terms.push(term);
  });
  return terms;
}

/**
 * Terms of recently seen tokens. News vocabulary is Zipfian: most tokens of a post have been seen
 * in earlier posts, and a lookup is much cheaper than normalizing and stemming. Cleared when full,
 * which bounds memory (some MB) without the bookkeeping of an LRU.
 */
const TERM_CACHE_LIMIT = 100_000;
const termCache = new Map<string, readonly string[]>();

/** The terms of one token as forEachToken cut it from the original text (usually one, maybe none). */
export function analyzeToken(token: string, script: Script): readonly string[] {
  if (token.length > MAX_TOKEN_LENGTH) return NO_TERMS; // and keeps huge tokens out of the cache
  let terms = termCache.get(token);
  if (terms === undefined) {
    terms = uncachedTermsOf(token, script);
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    termCache.set(token, terms);
  }
  return terms;
}

/** The search terms of `text`, in order, repeats kept (positions matter for phrases). */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  forEachToken(text, (start, end, script) => {
    for (const term of analyzeToken(text.slice(start, end), script)) terms.push(term);
  });
  return terms;
}

/** What the search index stores for a document: its terms separated by single spaces. */
export function analyzeForIndex(text: string): string {
  return analyze(text).join(" ");
}
