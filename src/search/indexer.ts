// Keeps the search index in step with the articles. It listens to the change bus: whatever happened
// to an article (created, edited, taken down, restored), it is read again and indexed when published,
// removed otherwise, so a takedown leaves the results as soon as it is announced. Large sets (an
// import announces every id it created in one event) go in batches, one transaction each.

import type { ChangeEvent } from "../shared/change-bus.js";
import type { Logger } from "../shared/logger.js";
import type { Progress } from "../shared/progress.js";
import type { SearchIndex } from "../store/search/search-index.js";
import type { IndexableArticle, SearchStore } from "../store/search/search-store.js";
import { analyzeDocument } from "./analyze-document.js";

/**
 * Articles per batch (one read, one analysis pass, one write transaction). Measured with bench/search.ts
 * on 100,000 articles (SQLite): 10.3 s at 500 per transaction, 7.7–8.1 s from 2,000 up to 20,000.
 */
export const INDEX_BATCH = 2_000;
/**
 * Batches of a refresh (what the change bus announces, an import's 100,000 new articles at once). A batch
 * outlives a few young-generation collections while it is written, so most of it reaches V8's old
 * generation, which then grows to about four times its live size before it is collected. Measured after
 * a 100,000-post import (docs/import-performance.md): batches of 500 took the process above 327 MB in four
 * runs of five; 200 above 300 MB in three of about twenty; 100 never in eleven (at most 263 MB, reached
 * while storing), for about 0.5 s more in a pass of about 5 s.
 */
export const REFRESH_BATCH = 100;

export interface RefreshCounts {
  indexed: number;
  removed: number;
}

export class SearchIndexer {
  constructor(
    private readonly deps: { index: SearchIndex; store: SearchStore; log: Logger },
    private readonly batchSize = INDEX_BATCH,
  ) {}

  /** For ChangeBus.subscribe. A failure is logged, not thrown: the change itself has been committed. */
  readonly onChange = async (e: ChangeEvent): Promise<void> => {
    if (e.kind === "channel") return; // re-derived articles are announced as "updated"
    try {
      await this.refresh(e.articleIds);
    } catch (error) {
      this.deps.log.error("search index update failed; run `dateline search reindex`", {
        kind: e.kind,
        articles: e.articleIds.length,
        error,
      });
    }
  };

  /** Reads these articles again and indexes or removes each. */
  async refresh(articleIds: readonly number[], progress?: Progress): Promise<RefreshCounts> {
    const counts: RefreshCounts = { indexed: 0, removed: 0 };
    const ids = [...new Set(articleIds)];
    const size = Math.min(this.batchSize, REFRESH_BATCH);
    for (let i = 0; i < ids.length; i += size) {
      const batch = ids.slice(i, i + size);
      const found = await this.deps.store.indexableByIds(batch);
      const seen = new Set(found.map((a) => a.document.articleId));
      const missing = batch.filter((id) => !seen.has(id));
      this.add(counts, await this.apply(found, missing));
      progress?.update(i + batch.length, ids.length);
    }
    return counts;
  }

  /** Re-indexes every article: published ones in, the others out. Safe while the site serves. */
  async reindexAll(progress?: Progress): Promise<RefreshCounts> {
    const counts: RefreshCounts = { indexed: 0, removed: 0 };
    const total = await this.deps.store.articleCount();
    let after = 0;
    let done = 0;
    for (;;) {
      const batch = await this.deps.store.indexableAfter(after, this.batchSize);
      if (batch.length === 0) break;
      this.add(counts, await this.apply(batch, []));
      after = batch[batch.length - 1]!.document.articleId;
      done += batch.length;
      progress?.update(done, total);
    }
    return counts;
  }

  private async apply(articles: IndexableArticle[], missing: number[]): Promise<RefreshCounts> {
    const published = articles.filter((a) => a.published).map((a) => a.document);
    const gone = [...missing, ...articles.filter((a) => !a.published).map((a) => a.document.articleId)];
    await this.deps.index.index(published.map(analyzeDocument));
    await this.deps.index.remove(gone);
    return { indexed: published.length, removed: gone.length };
  }

  private add(total: RefreshCounts, part: RefreshCounts): void {
    total.indexed += part.indexed;
    total.removed += part.removed;
  }
}
