// The search feature assembled: the index of the database's dialect and the editions' indexes, kept in
// step through the change bus, the reader's search, and the related articles under an article.
// services.ts calls createSearchFeature once, with the stores of store/search/search-stores.ts; the
// pages and the related section are web's (web/search/).
import type { ChangeBus } from "../shared/change-bus.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ChannelStore } from "../store/channels.js";
import type { EditionSearchIndex } from "../store/search/edition-index.js";
import type { SearchIndex } from "../store/search/search-index.js";
import type { SearchStores } from "../store/search/search-stores.js";
import { EditionIndexer, editionScope } from "./edition-search.js";
import { SearchIndexer } from "./indexer.js";
import { RelatedArticles } from "./related.js";
import { type RelatedProvider, relatedProvider } from "./related-provider.js";
import { type EditionScope, SearchService } from "./search-service.js";

export interface SearchFeature {
  index: SearchIndex;
  indexer: SearchIndexer;
  /** The editions' index (/<lang>/search), one per language, and what keeps it in step. */
  editionIndex: EditionSearchIndex;
  /** Subscribe its onEditionChange to saved editions (Translation.onEditionChange). */
  editionIndexer: EditionIndexer;
  service: SearchService;
  /** What SearchService.search needs to search one edition's translated text. */
  editionScope(language: string): EditionScope;
  /** The related-articles section's data. */
  related: RelatedProvider;
}

export interface SearchFeatureDeps extends SearchStores {
  bus: ChangeBus;
  channels: ChannelStore;
  clock: Clock;
  log: Logger;
  /** The site's zone, for date filters. */
  timezone: string;
}

export function createSearchFeature(deps: SearchFeatureDeps): SearchFeature {
  const { index, store, editionIndex, editionStore, channels, log } = deps;
  const indexer = new SearchIndexer({ index, store, log });
  deps.bus.subscribe(indexer.onChange);
  const editionIndexer = new EditionIndexer({ index: editionIndex, store: editionStore, log });
  // A takedown or an edit of an original reaches its editions' entries as well.
  deps.bus.subscribe(editionIndexer.onChange);
  const service = new SearchService({ index, store, channels, clock: deps.clock, timezone: deps.timezone });
  return {
    index,
    indexer,
    editionIndex,
    editionIndexer,
    service,
    editionScope: (language) => editionScope({ index: editionIndex, store: editionStore }, language),
    related: relatedProvider({ related: new RelatedArticles({ index, store }), channels }),
  };
}
