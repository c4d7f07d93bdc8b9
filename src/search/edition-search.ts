// Search of translated editions (/<lang>/search): the originals' machinery (the same analysis, queries
// and ranking) over one index per edition language (store/search/edition-index.ts). Kept in step by
// EditionIndexer: a saved edition is indexed, and an article change (edit, takedown, restore) re-reads
// every edition of the article, so the editions of an original that is not published are never found.
import type { ChannelRow } from "../db/tables/index.js";
import type { ChangeEvent } from "../shared/change-bus.js";
import type { Logger } from "../shared/logger.js";
import type { EditionSearchIndex } from "../store/search/edition-index.js";
import type { EditionSearchStore, FoundEdition } from "../store/search/edition-search-store.js";
import { editionDirection, editionItemUrl } from "../translation/index.js";
import { analyzeDocument } from "./analyze-document.js";
import { INDEX_BATCH } from "./indexer.js";
import type { EditionScope, FoundArticle } from "./search-service.js";

/** A found edition as a result: its article with the edition's text, language and direction put in. */
function asResult({ article, edition }: FoundEdition, language: string, channel: ChannelRow): FoundArticle {
  // A kind "original" edition is the article itself, already in the edition's language.
  const shown = edition.kind === "translation" ? language : edition.source_language;
  return {
    article: {
      ...article,
      headline: edition.headline,
      dateline_place: edition.dateline_place,
      dateline_outlet: edition.dateline_outlet,
      body_text: edition.body_text,
      summary: edition.summary,
      language: shown,
      direction: editionDirection(shown),
    },
    channel,
    url: editionItemUrl({ kind: edition.kind, language, path: edition.path }, article.path),
  };
}

/** The scope of one edition's search: its language's index, its published editions as results. */
export function editionScope(
  deps: { index: EditionSearchIndex; store: EditionSearchStore },
  language: string,
): EditionScope {
  return {
    index: deps.index.language(language),
    async found(ids, channels) {
      return (await deps.store.found(language, ids)).flatMap((found) => {
        const channel = channels.get(found.article.channel_id);
        return channel ? [asResult(found, language, channel)] : [];
      });
    },
  };
}

export class EditionIndexer {
  constructor(
    private readonly deps: { index: EditionSearchIndex; store: EditionSearchStore; log: Logger },
    private readonly batchSize = INDEX_BATCH,
  ) {}

  /** For ChangeBus.subscribe: an original changed (edited, taken down, restored, deleted). */
  readonly onChange = async (e: ChangeEvent): Promise<void> => {
    if (e.kind === "channel") return;
    await this.guarded(() => this.refresh(e.articleIds), e.articleIds.length);
  };

  /** For Translation.onEditionChange: an edition was saved. */
  readonly onEditionChange = async (e: { articleId: number; language: string }): Promise<void> => {
    await this.guarded(() => this.refresh([e.articleId]), 1);
  };

  private async guarded(work: () => Promise<unknown>, articles: number): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.deps.log.error("edition search index update failed; run `dateline search reindex`", {
        articles,
        error,
      });
    }
  }

  /**
   * Reads every edition of these articles again: published originals' editions are indexed in their
   * language, everything else of these articles leaves every edition index.
   */
  async refresh(articleIds: readonly number[]): Promise<{ indexed: number; removed: number }> {
    const counts = { indexed: 0, removed: 0 };
    const ids = [...new Set(articleIds)];
    for (let i = 0; i < ids.length; i += this.batchSize) {
      const batch = ids.slice(i, i + this.batchSize);
      const editions = await this.deps.store.editionsOf(batch);
      const languages = new Set([...(await this.deps.index.languages()), ...editions.map((e) => e.language)]);
      for (const language of languages) {
        const found = editions.filter((e) => e.language === language && e.published).map((e) => e.document);
        const kept = new Set(found.map((d) => d.articleId));
        const gone = batch.filter((id) => !kept.has(id));
        const index = this.deps.index.language(language);
        await index.index(found.map(analyzeDocument));
        await index.remove(gone);
        counts.indexed += found.length;
        counts.removed += gone.length;
      }
    }
    return counts;
  }

  /** Re-indexes every edition. */
  async reindexAll(): Promise<{ indexed: number; removed: number }> {
    return this.refresh(await this.deps.store.articlesWithEditions());
  }
}
