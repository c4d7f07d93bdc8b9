// Related articles as an article-page section (site/article-sections.ts), after the article.
//
// Freshness: the section tags the page with each listed article ("article:<id>"), so the cached page
// is dropped when one of them is edited or taken down and never links to a removed article. A newer
// article that would now make the list is not pushed into pages already cached: the list may be
// that stale until the page is next rendered (its own edit, a channel change, or cache eviction),
// which keeps pages cacheable during live posting instead of invalidating every article page on each post.
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import { urlPathOf } from "../ingest/paths.js";
import type { Logger } from "../shared/logger.js";
import { formatNewsTime, isoInZone } from "../shared/time.js";
import type { ChannelStore } from "../store/channels.js";
import type { ArticleSection } from "../web/pages/article-sections.js";
import { type RelatedItemView, renderRelatedList } from "../web/views/related-list.js";
import { uiText } from "../web/views/ui-text.js";
import type { RelatedArticles } from "./related.js";
import { searchText } from "./search-text.js";

/** After the article, before comments (200). */
export const RELATED_SECTION_ORDER = 100;

function presentRelated(a: ArticleRow, channel: ChannelRow): RelatedItemView {
  return {
    url: urlPathOf(a.path),
    headline: a.headline,
    publishedIso: isoInZone(a.published_at, channel.timezone),
    publishedDisplay: formatNewsTime(a.published_at, channel.timezone),
    language: a.language,
    direction: a.direction === "rtl" ? "rtl" : "ltr",
  };
}

export function relatedSection(deps: {
  related: RelatedArticles;
  channels: ChannelStore;
  log: Logger;
}): ArticleSection {
  return {
    name: "related",
    order: RELATED_SECTION_ORDER,
    async render(ctx) {
      try {
        const rows = await deps.related.find(ctx.article);
        if (rows.length === 0) return {};
        const channels = new Map([[ctx.channel.id, ctx.channel]]);
        if (rows.some((r) => !channels.has(r.channel_id))) {
          for (const c of await deps.channels.list()) channels.set(c.id, c);
        }
        const items = rows.flatMap((r) => {
          const channel = channels.get(r.channel_id);
          return channel ? [presentRelated(r, channel)] : [];
        });
        const text = searchText(ctx.site.language);
        const html = renderRelatedList({
          items,
          heading: text.related,
          words: { lang: text.lang, dir: uiText(ctx.site.language).dir },
          page: { lang: ctx.view.language, dir: ctx.view.direction },
        });
        return { afterArticle: html, tags: rows.map((r) => `article:${r.id}`) };
      } catch (error) {
        // The article matters more than its related list: show the page without it.
        deps.log.warn("related articles failed", { articleId: ctx.article.id, error });
        return {};
      }
    },
  };
}
