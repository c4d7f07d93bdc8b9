// The tag index (/tags/): the most used tags of recent articles, each with its count, linking to its
// page. Tags are the posts' hashtags and the datelines' places, so this is also the index of places.
// Returned as data; web/sitemaps/tag-index-page.tsx renders the page.

import { tagPath } from "../feeds/feed-paths.js";
import type { FeedQueries } from "../store/feeds/feed-queries.js";

/** Tags shown. Enough to browse; a full list of every hashtag ever used would bury the useful ones. */
export const TAG_INDEX_LIMIT = 200;
/**
 * Counted over the latest this many articles: what the newsroom is covering now, at a cost that does not
 * grow with the archive (see FeedQueries.topTags). Smaller sites get their exact totals.
 */
export const TAG_INDEX_WINDOW = 10_000;

export const TAG_INDEX_PATH = "/tags/";

export interface TagIndexEntry {
  name: string;
  /** Path of the tag page, percent-encoded. */
  url: string;
  /** Published articles carrying the tag. */
  count: number;
}

export interface TagIndex {
  /** Most used first. */
  tags: TagIndexEntry[];
  /** When anything the index counts last changed (for Last-Modified). */
  lastModified: number;
}

export class TagIndexService {
  constructor(
    private readonly deps: { queries: FeedQueries },
    private readonly limit = TAG_INDEX_LIMIT,
    private readonly window = TAG_INDEX_WINDOW,
  ) {}

  async index(): Promise<TagIndex> {
    const tags = await this.deps.queries.topTags(this.limit, this.window);
    return {
      // Most used first, as the store returns them.
      tags: tags.map((t) => ({ name: t.tag, url: tagPath(t.tag), count: t.count })),
      lastModified: await this.deps.queries.lastModified(),
    };
  }
}
