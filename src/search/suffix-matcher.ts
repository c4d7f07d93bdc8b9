// Longest-suffix lookup for stemmer rule lists. Snowball's `among` picks the longest listed string
// that ends the word; scanning a whole list with endsWith for every word is the hot spot of a
// stemmer, so suffixes are bucketed by their last two characters (one character for one-letter
// suffixes) and each bucket is kept longest first.

function pairKey(last: number, beforeLast: number): number {
  return last * 0x10000 + beforeLast;
}

export class SuffixMatcher {
  private readonly byLastTwo = new Map<number, readonly string[]>();
  private readonly singles = new Set<number>();

  constructor(suffixes: readonly string[]) {
    const buckets = new Map<number, string[]>();
    for (const suffix of suffixes) {
      const n = suffix.length;
      if (n === 0) throw new Error("SuffixMatcher: empty suffix");
      if (n === 1) {
        this.singles.add(suffix.charCodeAt(0));
        continue;
      }
      const key = pairKey(suffix.charCodeAt(n - 1), suffix.charCodeAt(n - 2));
      const bucket = buckets.get(key) ?? [];
      bucket.push(suffix);
      buckets.set(key, bucket);
    }
    for (const [key, bucket] of buckets) this.byLastTwo.set(key, bucket.sort((a, b) => b.length - a.length));
  }

  /** The longest listed suffix that `word` ends with, or undefined. */
  longest(word: string): string | undefined {
    const n = word.length;
    if (n === 0) return undefined;
    const last = word.charCodeAt(n - 1);
    if (n >= 2) {
      const bucket = this.byLastTwo.get(pairKey(last, word.charCodeAt(n - 2)));
      if (bucket !== undefined) {
        for (const suffix of bucket) if (word.endsWith(suffix)) return suffix;
      }
    }
    return this.singles.has(last) ? String.fromCharCode(last) : undefined;
  }
}
