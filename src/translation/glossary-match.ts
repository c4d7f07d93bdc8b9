// Finding a glossary's source terms in running text. Arabic attaches conjunctions, prepositions and the
// article to the next word ("وستولتنبرغ" = "and Stoltenberg", "بالعراق" = "in Iraq", "للناتو" = "for NATO"),
// so a term is found with those proclitics in front, and the match says which of them to keep: the
// conjunction and preposition still need translating, the article belongs to the name. Spelling variants
// that Arabic writers mix freely (hamza on alef, alef maqsura for ya, ta marbuta for ha, diacritics,
// tatweel) match each other. Latin and Cyrillic terms match whole words, ignoring case.

export interface GlossaryEntry {
  source: string;
  target: string;
}

export interface TermMatch {
  /** Range of the whole match in the text, proclitics included. */
  start: number;
  end: number;
  entry: GlossaryEntry;
  /** Proclitics to keep before the term's translation ("و", "ب", "ل", "وب"…); "" for none. */
  keep: string;
}

/** A term with fewer letters than this gets no proclitics: "و" + a three-letter word is too often another
 * word ("وزير", minister, is "و" + "زير"). Names are almost always longer. */
export const MIN_LETTERS_FOR_PROCLITICS = 4;

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const DIACRITICS = "[\\u064B-\\u065F\\u0670\\u0640]*";
const LETTER_CLASS: Readonly<Record<string, string>> = {
  ا: "[اأإآٱ]",
  أ: "[اأإآٱ]",
  إ: "[اأإآٱ]",
  آ: "[اأإآٱ]",
  ٱ: "[اأإآٱ]",
  ي: "[يىی]",
  ى: "[يىی]",
  ی: "[يىی]",
  ة: "[ةه]",
  ه: "[ةه]",
  ك: "[كک]",
  ک: "[كک]",
};
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";
// Conjunction, then preposition + article, lam + article ("لل"), a bare preposition, or the article.
const PROCLITICS_ANY = "(?<c>[وف]?)(?:(?<p>[بك])ال|(?<l>ل)ل|(?<q>[بكل])|ال)?";
// For a term that has its own article: preposition + it, or lam fused with it ("للعراق").
const PROCLITICS_DEFINITE = "(?<c>[وف]?)(?:(?<p>[بك])?ال|(?<l>ل)ل)";

const STRIP_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

function escapeRegex(s: string): string {
  // Only syntax characters: in a /u regex, escaping anything else ("\-") is an error.
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function letterPattern(ch: string): string {
  if (/\s/.test(ch)) return "\\s+";
  const cls = LETTER_CLASS[ch];
  return (cls ?? escapeRegex(ch)) + (ARABIC_LETTER.test(ch) ? DIACRITICS : "");
}

function corePattern(term: string): string {
  return Array.from(term.replace(STRIP_MARKS, "").trim().replace(/\s+/g, " ")).map(letterPattern).join("");
}

/** The comparable form of a text: no Arabic marks, unified letter variants, lower case. */
export function foldText(s: string): string {
  return s
    .replace(STRIP_MARKS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/[ىی]/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ک/g, "ك")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

interface CompiledTerm {
  entry: GlossaryEntry;
  regex: RegExp;
  /** Folded core, for a cheap "can it be here at all" test. */
  probe: string;
}

export interface GlossaryMatcher {
  terms: CompiledTerm[];
}

export function compileGlossary(entries: readonly GlossaryEntry[]): GlossaryMatcher {
  const terms: CompiledTerm[] = [];
  for (const entry of entries) {
    const term = entry.source.replace(STRIP_MARKS, "").trim();
    if (term === "") continue;
    const arabic = ARABIC_LETTER.test(term.charAt(0));
    const definite = arabic && /^[اأإآٱ]ل/.test(term) && term.length > 2;
    const core = definite ? term.slice(2) : term;
    const letters = core.replace(/\s/g, "").length;
    let pattern: string;
    // A term with its own article ("الكوت") is safe to find after proclitics whatever its length.
    if (!arabic || (!definite && letters < MIN_LETTERS_FOR_PROCLITICS)) pattern = corePattern(term);
    else if (definite) pattern = `(?:${PROCLITICS_DEFINITE}${corePattern(core)}|${corePattern(term)})`;
    else pattern = `${PROCLITICS_ANY}${corePattern(core)}`;
    terms.push({
      entry,
      regex: new RegExp(`${NOT_WORD_BEFORE}${pattern}${NOT_WORD_AFTER}`, "giu"),
      probe: foldText(core),
    });
  }
  return { terms };
}

/** Non-overlapping matches in text order; where two overlap, the longer wins, then the earlier. */
export function findTerms(text: string, matcher: GlossaryMatcher): TermMatch[] {
  if (matcher.terms.length === 0 || text === "") return [];
  const folded = foldText(text);
  const found: TermMatch[] = [];
  for (const t of matcher.terms) {
    if (!folded.includes(t.probe)) continue;
    for (const m of text.matchAll(t.regex)) {
      const g = m.groups ?? {};
      const keep = (g.c ?? "") + (g.p ?? g.l ?? g.q ?? "");
      found.push({ start: m.index, end: m.index + m[0].length, entry: t.entry, keep });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: TermMatch[] = [];
  for (const f of found) {
    if (chosen.every((c) => f.end <= c.start || f.start >= c.end)) chosen.push(f);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
