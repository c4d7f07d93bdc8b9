// Everything search keeps in the database, made for the database's dialect: the originals' index and
// the editions' (one per language), and what search reads of articles and editions.
import type { Db } from "../../db/connect.js";
import { createSearchIndex } from "./create-search-index.js";
import { createEditionSearchIndex, type EditionSearchIndex } from "./edition-index.js";
import { EditionSearchStore } from "./edition-search-store.js";
import type { SearchIndex } from "./search-index.js";
import { SearchStore } from "./search-store.js";

export interface SearchStores {
  index: SearchIndex;
  store: SearchStore;
  editionIndex: EditionSearchIndex;
  editionStore: EditionSearchStore;
}

export function createSearchStores(db: Db): SearchStores {
  return {
    index: createSearchIndex(db),
    store: new SearchStore(db),
    editionIndex: createEditionSearchIndex(db),
    editionStore: new EditionSearchStore(db),
  };
}
