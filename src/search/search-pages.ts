// The pages of the search feature, as HTML or XML strings for the routes: the search page (form,
// results, no results) and the OpenSearch description.
import type { ChannelStore } from "../store/channels.js";
import type { SiteView } from "../web/views/models.js";
import { renderSearchPage } from "../web/views/search-page.js";
import { openSearchDescription } from "./opensearch.js";
import { presentSearchPage } from "./present-search.js";
import type { SearchRequest } from "./search-params.js";
import type { EditionScope, SearchService } from "./search-service.js";
import { searchText } from "./search-text.js";

export interface SearchPagesDeps {
  search: SearchService;
  channels: ChannelStore;
  /** The frame every page shares (SiteService.siteView). */
  siteView: () => Promise<SiteView>;
}

/** What an edition's search page needs of translated editions (search-feature.ts connects them). */
export interface EditionSearchPages {
  /** Whether /<language>/ is an edition. */
  isEdition(language: string): Promise<boolean>;
  /** The frame of the edition's pages (its language, direction, feeds, search path). */
  siteView(language: string): Promise<SiteView>;
  scope(language: string): EditionScope;
}

export class SearchPages {
  private editions: EditionSearchPages | null = null;

  constructor(private readonly deps: SearchPagesDeps) {}

  connectEditions(editions: EditionSearchPages): void {
    this.editions = editions;
  }

  /** The search page of an edition (/<language>/search), or null when there is no such edition. */
  async editionPage(language: string, request: SearchRequest): Promise<string | null> {
    const editions = this.editions;
    if (!editions || !(await editions.isEdition(language))) return null;
    const [site, outcome, channels] = await Promise.all([
      editions.siteView(language),
      this.deps.search.search(request, editions.scope(language)),
      this.deps.channels.list(),
    ]);
    const path = site.searchPath ?? `/${language}/search`;
    return renderSearchPage(
      site,
      presentSearchPage(request, outcome, channels, path),
      searchText(site.language),
    );
  }

  async page(request: SearchRequest): Promise<string> {
    const [site, outcome, channels] = await Promise.all([
      this.deps.siteView(),
      this.deps.search.search(request),
      this.deps.channels.list(),
    ]);
    return renderSearchPage(site, presentSearchPage(request, outcome, channels), searchText(site.language));
  }

  async openSearch(): Promise<string> {
    return openSearchDescription(await this.deps.siteView());
  }
}
