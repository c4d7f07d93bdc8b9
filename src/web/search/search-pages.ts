// The pages of search, as HTML or XML strings for the routes: the search page (form, results, no
// results) of the originals and of an edition, and the OpenSearch description.

import type { SearchFeature } from "../../search/search-feature.js";
import type { SearchRequest } from "../../search/search-params.js";
import type { SiteView } from "../views/index.js";
import { openSearchDescription } from "./opensearch.js";
import { presentSearchPage } from "./present-search-page.js";
import { renderSearchPage } from "./search-page.js";
import { searchText } from "./search-words.js";

/** What an edition's search page needs of translated editions (Translation.pages has it). */
export interface EditionPages {
  /** Whether /<language>/ is an edition. */
  isEdition(language: string): Promise<boolean>;
  /** The frame of the edition's pages (its language, direction, feeds, search path). */
  siteView(language: string): Promise<SiteView>;
}

export interface SearchPagesDeps {
  search: Pick<SearchFeature, "service" | "editionScope">;
  /** The frame every page shares (SiteService has it). */
  site: { siteView(): Promise<SiteView> };
  editions: EditionPages;
}

export class SearchPages {
  constructor(private readonly deps: SearchPagesDeps) {}

  /** The search page of an edition (/<language>/search), or null when there is no such edition. */
  async editionPage(language: string, request: SearchRequest): Promise<string | null> {
    const { editions, search } = this.deps;
    if (!(await editions.isEdition(language))) return null;
    const [site, outcome, channels] = await Promise.all([
      editions.siteView(language),
      search.service.search(request, search.editionScope(language)),
      search.service.channels(),
    ]);
    const path = site.searchPath ?? `/${language}/search`;
    return renderSearchPage(
      site,
      presentSearchPage(request, outcome, channels, path),
      searchText(site.language),
    );
  }

  async page(request: SearchRequest): Promise<string> {
    const { search, site: frame } = this.deps;
    const [site, outcome, channels] = await Promise.all([
      frame.siteView(),
      search.service.search(request),
      search.service.channels(),
    ]);
    return renderSearchPage(site, presentSearchPage(request, outcome, channels), searchText(site.language));
  }

  async openSearch(): Promise<string> {
    return openSearchDescription(await this.deps.site.siteView());
  }
}
