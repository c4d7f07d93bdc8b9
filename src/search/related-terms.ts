// The words that say what an article is about, to find others about the same: its headline's terms
// first (a headline is the article in a line), then its body's most repeated ones. Which of these
// are distinctive is for the index to tell (related.ts keeps the rarest).
import { analyze } from "./analyze.js";

/** Candidates looked up in the index. */
export const MAX_CANDIDATE_TERMS = 16;
/** Shorter terms are mostly particles and prepositions ("in", "في", "на"). */
const MIN_TERM_LENGTH = 3;
const DIGITS_ONLY_RE = /^[0-9]+$/;

function usable(term: string): boolean {
  return term.length >= MIN_TERM_LENGTH && !DIGITS_ONLY_RE.test(term);
}

export function candidateTerms(headline: string, body: string): string[] {
  const chosen = new Set<string>();
  for (const term of analyze(headline)) {
    if (usable(term)) chosen.add(term);
    if (chosen.size >= MAX_CANDIDATE_TERMS) return [...chosen];
  }
  const counts = new Map<string, number>();
  for (const term of analyze(body)) if (usable(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const byCount = [...counts].sort((a, b) => b[1] - a[1]);
  for (const [term] of byCount) {
    if (chosen.size >= MAX_CANDIDATE_TERMS) break;
    chosen.add(term);
  }
  return [...chosen];
}
