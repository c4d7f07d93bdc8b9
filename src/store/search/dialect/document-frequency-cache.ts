// Document frequencies remembered between queries. Counting a term's documents walks its posting list;
// queries repeat terms (news vocabulary is Zipfian), and frequencies drift slowly as articles arrive,
// so a count stays good for minutes. A bulk write (an import) can move them a lot: it clears the cache.

/** How long a count is trusted. */
const TTL_MS = 5 * 60_000;
/** Terms remembered; cleared when full, which bounds memory without LRU bookkeeping. */
const MAX_TERMS = 50_000;

export class DocumentFrequencyCache {
  /** Writes of at least this many articles at once clear the cache. */
  static readonly BULK_WRITE = 1_000;

  private readonly counts = new Map<string, { n: number; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  get(term: string): number | undefined {
    const entry = this.counts.get(term);
    if (entry === undefined) return undefined;
    if (entry.until > this.now()) return entry.n;
    this.counts.delete(term);
    return undefined;
  }

  set(term: string, n: number): void {
    if (this.counts.size >= MAX_TERMS) this.counts.clear();
    this.counts.set(term, { n, until: this.now() + TTL_MS });
  }

  clear(): void {
    this.counts.clear();
  }
}
