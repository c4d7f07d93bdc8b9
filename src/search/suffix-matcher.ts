// Longest-suffix lookup for stemmer rule lists. Snowball's `among` picks the longest listed string
// that ends the word; scanning a whole list with endsWith for every word is the hot spot of a
// stemmer, so suffixes are bucketed by their last character (an array index: the lists are ASCII),
// each bucket longest first, and a candidate's next-to-last character is compared before endsWith.

const ASCII_SIZE = 128;

interface Candidate {
  readonly text: string;
  /** Next-to-last character code, or -1 for a one-letter suffix. */
  readonly beforeLast: number;
}

export class SuffixMatcher {
  private readonly byLast: Array<Candidate[] | undefined> = new Array(ASCII_SIZE).fill(undefined);

  constructor(suffixes: readonly string[]) {
    for (const text of suffixes) {
      const n = text.length;
      if (n === 0 || !/^[\x20-\x7e]+$/.test(text)) throw new Error(`SuffixMatcher: bad suffix "${text}"`);
      const last = text.charCodeAt(n - 1);
      const bucket = this.byLast[last] ?? [];
      bucket.push({ text, beforeLast: n > 1 ? text.charCodeAt(n - 2) : -1 });
      this.byLast[last] = bucket.sort((a, b) => b.text.length - a.text.length);
    }
  }

  /** The longest listed suffix that `word` ends with, or undefined. */
  longest(word: string): string | undefined {
    const n = word.length;
    const bucket = n > 0 ? this.byLast[word.charCodeAt(n - 1)] : undefined;
    if (bucket === undefined) return undefined;
    const beforeLast = n > 1 ? word.charCodeAt(n - 2) : -2;
    for (const candidate of bucket) {
      if (candidate.beforeLast === -1) return candidate.text;
      if (candidate.beforeLast === beforeLast && word.endsWith(candidate.text)) return candidate.text;
    }
    return undefined;
  }
}
