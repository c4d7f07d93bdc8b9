// The tag index (/tags/): the most used tags of recent articles, each with its count, linking to its
// page. Tags are the posts' hashtags and the datelines' places, so this is also the index of places.

import { tagPath } from "../feeds/feed-paths.js";
import type { FeedQueries } from "../store/feed-queries.js";
import type { SiteView } from "../web/views/models.js";
import { renderTagIndexPage, type TagIndexView } from "../web/views/tag-index-page.js";

/** Tags shown. Enough to browse; a full list of every hashtag ever used would bury the useful ones. */
export const TAG_INDEX_LIMIT = 200;
/**
 * Counted over the latest this many articles: what the newsroom is covering now, at a cost that does not
 * grow with the archive (see FeedQueries.topTags). Smaller sites get their exact totals.
 */
export const TAG_INDEX_WINDOW = 10_000;

export const TAG_INDEX_PATH = "/tags/";

export class TagIndexService {
  constructor(
    private readonly deps: { queries: FeedQueries; siteView: () => Promise<SiteView> },
    private readonly limit = TAG_INDEX_LIMIT,
    private readonly window = TAG_INDEX_WINDOW,
  ) {}

  async page(): Promise<{ html: string; lastModified: number }> {
    const site = await this.deps.siteView();
    const tags = await this.deps.queries.topTags(this.limit, this.window);
    const view: TagIndexView = {
      canonicalPath: TAG_INDEX_PATH,
      // Most used first, as the store returns them.
      tags: tags.map((t) => ({ name: t.tag, url: tagPath(t.tag), count: t.count })),
    };
    return { html: renderTagIndexPage(site, view), lastModified: await this.deps.queries.lastModified() };
  }
}
