// Related articles as an article-page section (web/pages/article-sections.ts), after the article: the
// search feature's RelatedProvider gives the articles, this renders them.
//
// Freshness: the section tags the page with each listed article ("article:<id>"), so the cached page
// is dropped when one of them is edited or taken down and never links to a removed article. A newer
// article that would now make the list is not pushed into pages already cached: the list may be
// that stale until the page is next rendered (its own edit, a channel change, or cache eviction),
// which keeps pages cacheable during live posting instead of invalidating every article page on each post.
import type { RelatedProvider } from "../../search/related-provider.js";
import type { Logger } from "../../shared/logger.js";
import type { ArticleSection, ArticleSectionContext, SectionOutput } from "../pages/article-sections.js";
import { uiText } from "../views/index.js";
import { presentRelated } from "./present-related.js";
import { renderRelatedList } from "./related-list.js";
import { searchText } from "./search-words.js";

/** After the article, before comments (200). */
export const RELATED_SECTION_ORDER = 100;

async function renderRelated(related: RelatedProvider, ctx: ArticleSectionContext): Promise<SectionOutput> {
  const found = await related.list(ctx.article, ctx.channel);
  if (found.length === 0) return {};
  const text = searchText(ctx.site.language);
  const html = renderRelatedList({
    items: found.map(presentRelated),
    heading: text.related,
    words: { lang: text.lang, dir: uiText(ctx.site.language).dir },
    page: { lang: ctx.view.language, dir: ctx.view.direction },
  });
  return { afterArticle: html, tags: found.map((f) => `article:${f.article.id}`) };
}

export function relatedSection(deps: { related: RelatedProvider; log: Logger }): ArticleSection {
  return {
    name: "related",
    order: RELATED_SECTION_ORDER,
    async render(ctx) {
      try {
        return await renderRelated(deps.related, ctx);
      } catch (error) {
        // The article matters more than its related list: show the page without it.
        deps.log.warn("related articles failed", { articleId: ctx.article.id, error });
        return {};
      }
    },
  };
}
