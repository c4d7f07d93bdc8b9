// The pages of the search feature, as HTML or XML strings for the routes: the search page (form,
// results, no results) and the OpenSearch description.
import type { ChannelStore } from "../store/channels.js";
import type { SiteView } from "../web/views/models.js";
import { renderSearchPage } from "../web/views/search-page.js";
import { openSearchDescription } from "./opensearch.js";
import { presentSearchPage } from "./present-search.js";
import type { SearchRequest } from "./search-params.js";
import type { SearchService } from "./search-service.js";
import { searchText } from "./search-text.js";

export interface SearchPagesDeps {
  search: SearchService;
  channels: ChannelStore;
  /** The frame every page shares (SiteService.siteView). */
  siteView: () => Promise<SiteView>;
}

export class SearchPages {
  constructor(private readonly deps: SearchPagesDeps) {}

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
