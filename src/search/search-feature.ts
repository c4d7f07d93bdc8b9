// The search feature assembled: the index of the database's dialect, kept in step through the change
// bus, the reader's search and its pages, and related articles as an article-page section.
// services.ts calls createSearchFeature once.
import type { Db } from "../db/connect.js";
import type { ChangeBus } from "../ingest/change-bus.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { SiteService } from "../site/site-service.js";
import type { ChannelStore } from "../store/channels.js";
import type { Translation } from "../translation/index.js";
import {
  EditionIndexer,
  type EditionSearchIndex,
  EditionSearchStore,
  openEditionSearchIndex,
} from "./edition-search.js";
import { SearchIndexer } from "./indexer.js";
import { openSearchIndex } from "./open-search-index.js";
import { RelatedArticles } from "./related.js";
import { relatedSection } from "./related-section.js";
import type { SearchIndex } from "./search-index.js";
import { type EditionSearchPages, SearchPages } from "./search-pages.js";
import { SearchService } from "./search-service.js";
import { SearchStore } from "./search-store.js";

export interface SearchFeature {
  index: SearchIndex;
  indexer: SearchIndexer;
  /** The editions' index (/<lang>/search), one per language, and what keeps it in step. */
  editionIndex: EditionSearchIndex;
  editionIndexer: EditionIndexer;
  /**
   * Makes editions searchable: indexes saved editions, and serves /<lang>/search in the edition's frame
   * (web/editions' presentEditionSite). Once, at start-up.
   */
  connectEditions(translation: Translation, siteView: EditionSearchPages["siteView"]): void;
  service: SearchService;
  pages: SearchPages;
  related: RelatedArticles;
}

export interface SearchFeatureDeps {
  db: Db;
  bus: ChangeBus;
  site: SiteService;
  channels: ChannelStore;
  clock: Clock;
  log: Logger;
  /** The site's zone, for date filters. */
  timezone: string;
}

export function createSearchFeature(deps: SearchFeatureDeps): SearchFeature {
  const index = openSearchIndex(deps.db);
  const store = new SearchStore(deps.db);
  const indexer = new SearchIndexer({ index, store, log: deps.log });
  deps.bus.subscribe(indexer.onChange);
  const editionIndex = openEditionSearchIndex(deps.db);
  const editionStore = new EditionSearchStore(deps.db);
  const editionIndexer = new EditionIndexer({ index: editionIndex, store: editionStore, log: deps.log });
  // A takedown or an edit of an original reaches its editions' entries as well.
  deps.bus.subscribe(editionIndexer.onChange);
  const service = new SearchService({
    index,
    store,
    channels: deps.channels,
    clock: deps.clock,
    timezone: deps.timezone,
  });
  const pages = new SearchPages({
    search: service,
    channels: deps.channels,
    siteView: () => deps.site.siteView(),
  });
  const related = new RelatedArticles({ index, store });
  deps.site.addArticleSection(relatedSection({ related, channels: deps.channels, log: deps.log }));
  return {
    index,
    indexer,
    editionIndex,
    editionIndexer,
    connectEditions(translation, siteView) {
      translation.onEditionChange(editionIndexer.onEditionChange);
      pages.connectEditions({
        isEdition: (language) => translation.reader.isEdition(language),
        siteView,
        scope: (language) => ({
          index: editionIndex.language(language),
          found: (ids, channels) => editionStore.found(language, ids, channels),
        }),
      });
    },
    service,
    pages,
    related,
  };
}
