// Extension point of article pages: features (related articles, structured data, comments) add sections
// that render into the page's slots. A section that depends on who is reading marks its output personal,
// and such a page is never put in the shared page cache.
import type { ArticleRow, ChannelRow } from "../../db/tables/index.js";
import type { ArticleView, SiteView } from "../view-models.js";

/** What a page request tells sections about the reader. */
export interface ReaderContext {
  /** Request cookies (only Dateline's own are meaningful). */
  cookies: Record<string, string>;
  /** Query string of the article URL (e.g. replytocom). */
  query: URLSearchParams;
}

export interface ArticleSectionContext {
  site: SiteView;
  article: ArticleRow;
  channel: ChannelRow;
  view: ArticleView;
  reader: ReaderContext;
}

export interface SectionOutput {
  /** Trusted HTML for <head> (made by escaping views or serializers). */
  head?: string;
  /** Trusted HTML placed after the article. */
  afterArticle?: string;
  /** True when the output depends on the reader: the page is then not cached for others. */
  personal?: boolean;
  /** Extra cache tags: the page is dropped from the cache when these are invalidated. */
  tags?: string[];
}

export interface ArticleSection {
  name: string;
  /** Sections render in ascending order (related articles 100, comments 200). */
  order: number;
  render(ctx: ArticleSectionContext): Promise<SectionOutput>;
}

/** Cookie names of Dateline's reader and editor sessions start with this; cached pages skip such requests. */
export const PERSONAL_COOKIE_PREFIX = "dl_";
