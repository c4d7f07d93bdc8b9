// Text → search terms. Dateline analyses text itself instead of leaning on the database's
// tokenizers, so that SQLite FTS5 and PostgreSQL see the very same terms: documents are stored as
// analyzeForIndex(text), and queries go through the same analysis (see query.ts).
//
// Pipeline: NFKC (folds presentation forms, ligatures, full-width and compatibility characters),
// lower case (String.prototype.toLowerCase ignores the locale: no Turkish dotless-i surprises),
// tokenization (tokenize.ts), then per token by script: Arabic → normalization and light stem
// (arabic.ts), Latin → accents folded and the Porter2 stem (english.ts), numbers → ASCII digits,
// other scripts → as they are. Single letters are dropped, digits kept.
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

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > LAST_ASCII) return false;
  return true;
}

/** Folds accents (é → e, ğ → g) so that names match however they were typed. */
function foldLatin(token: string): string {
  if (isAscii(token)) return token;
  return token.normalize("NFD").replace(COMBINING_MARKS_RE, "").replaceAll(TYPOGRAPHIC_APOSTROPHE, "'");
}

/** The term for one token of prepared (normalized, lower-cased) text, or null to skip it. */
function termOf(token: string, script: Script): string | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  if (script === "numeric") return normalizeArabic(token); // Arabic-Indic and Persian digits → ASCII
  let term: string;
  if (script === "arabic") term = arabicTerm(token);
  else if (script === "latin") term = stemEnglish(foldLatin(token));
  else term = token;
  // Terms must be single tokens to every database tokenizer, and those split on apostrophes.
  if (term.includes("'") || term.includes(TYPOGRAPHIC_APOSTROPHE)) term = term.replace(APOSTROPHES_RE, "");
  return term.length >= MIN_TERM_LENGTH ? term : null;
}

/** The form of `text` that tokenization runs on. */
function prepare(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * Terms of recently seen tokens. News vocabulary is Zipfian: most tokens of a post have been seen
 * in earlier posts, and a lookup is cheaper than stemming. Cleared when full, which bounds memory
 * without the bookkeeping of an LRU.
 */
const TERM_CACHE_LIMIT = 50_000;
const termCache = new Map<string, string | null>();

function cachedTermOf(token: string, script: Script): string | null {
  let term = termCache.get(token);
  if (term === undefined) {
    term = termOf(token, script);
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    termCache.set(token, term);
  }
  return term;
}

/** The normalized search terms of `text`, in order, repeats kept (positions matter for phrases). */
export function analyze(text: string): string[] {
  const prepared = prepare(text);
  const terms: string[] = [];
  forEachToken(prepared, (start, end, script) => {
    const term = cachedTermOf(prepared.slice(start, end), script);
    if (term !== null) terms.push(term);
  });
  return terms;
}

/** What the search index stores for a document: its terms separated by single spaces. */
export function analyzeForIndex(text: string): string {
  return analyze(text).join(" ");
}
