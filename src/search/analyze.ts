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

/**
 * Bump on any change to what analysis produces (normalization, stemming, tokenization): index
 * text stored under another version no longer matches queries and has to be rebuilt.
 */
export const ANALYZER_VERSION = 1;

/** Terms shorter than this are dropped (single letters match everything), numbers excepted. */
const MIN_TERM_LENGTH = 2;
/** Tokens longer than this (hashes, base64, glued URLs) are not words anyone searches for. */
const MAX_TOKEN_LENGTH = 64;

const LAST_ASCII = 0x7f;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const ARABIC_BLOCK_FIRST = 0x0600;
const ARABIC_BLOCK_LAST = 0x06ff;
const COMBINING_MARKS_RE = /\p{M}/gu;
const APOSTROPHES_RE = /['\u2019]/g;
const TYPOGRAPHIC_APOSTROPHE = "\u2019";
const NO_TERMS: readonly string[] = Object.freeze([]);

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > LAST_ASCII) return false;
  return true;
}

/** `text` lower-cased if it is ASCII (skipping toLowerCase when nothing is upper-case), else null. */
function asciiLowerCase(text: string): string | null {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > LAST_ASCII) return null;
    if (code >= UPPER_A && code <= UPPER_Z) upper = true;
  }
  return upper ? text.toLowerCase() : text;
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

/** Whether every character is in the Arabic block (U+0600–U+06FF). */
function isArabicBlock(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < ARABIC_BLOCK_FIRST || code > ARABIC_BLOCK_LAST) return false;
  }
  return true;
}

/** A token's terms: a string when it has exactly one (most tokens: no array to allocate). */
type TokenTerms = string | readonly string[];

function uncachedTermsOf(token: string, script: Script): TokenTerms {
  // Fast paths, same result: ASCII is its own NFKC form; Arabic has no case, and what NFKC would
  // compose in the Arabic block (alef + hamza above → أ, …) normalizeArabic folds either way.
  let term: string | null | undefined;
  const ascii = asciiLowerCase(token);
  if (ascii !== null) term = termOf(ascii, script);
  else if (isArabicBlock(token)) term = termOf(token, script);
  if (term !== undefined) return term ?? NO_TERMS;

  // NFKC may split a token into several words (ﷺ → صلى الله عليه وسلم, ½ → 1⁄2).
  const prepared = token.normalize("NFKC").toLowerCase();
  const terms: string[] = [];
  forEachToken(prepared, (start, end, wordScript) => {
    const wordTerm = termOf(prepared.slice(start, end), wordScript);
    if (wordTerm !== null) terms.push(wordTerm);
  });
  return terms;
}

/**
 * Terms of recently seen tokens. News vocabulary is Zipfian: most tokens of a post have been seen
 * in earlier posts, and a lookup is much cheaper than normalizing and stemming. Cleared when full,
 * which bounds memory (some MB) without the bookkeeping of an LRU.
 */
const TERM_CACHE_LIMIT = 100_000;
const termCache = new Map<string, TokenTerms>();

function termsOf(token: string, script: Script): TokenTerms {
  if (token.length > MAX_TOKEN_LENGTH) return NO_TERMS; // and keeps huge tokens out of the cache
  let terms = termCache.get(token);
  if (terms === undefined) {
    terms = uncachedTermsOf(token, script);
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    termCache.set(token, terms);
  }
  return terms;
}

/** The terms of one token as forEachToken cut it from the original text: usually one, maybe none. */
export function analyzeToken(token: string, script: Script): readonly string[] {
  const terms = termsOf(token, script);
  return typeof terms === "string" ? [terms] : terms;
}

/** The search terms of `text`, in order, repeats kept (positions matter for phrases). */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  forEachToken(text, (start, end, script) => {
    const tokenTerms = termsOf(text.slice(start, end), script);
    if (typeof tokenTerms === "string") terms.push(tokenTerms);
    else for (const term of tokenTerms) terms.push(term);
  });
  return terms;
}

/** What the search index stores for a document: its terms separated by single spaces. */
export function analyzeForIndex(text: string): string {
  return analyze(text).join(" ");
}
