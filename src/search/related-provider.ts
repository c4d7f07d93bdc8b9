// The data of the related-articles section under an article (web/search/related-section.ts renders
// it): the related articles, each with its channel, whose zone its time is shown in.
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import type { ChannelStore } from "../store/channels.js";
import type { RelatedArticles } from "./related.js";

export interface RelatedArticle {
  article: ArticleRow;
  channel: ChannelRow;
}

export interface RelatedProvider {
  /** The articles related to `article`, published in `channel`; best first. */
  list(article: ArticleRow, channel: ChannelRow): Promise<RelatedArticle[]>;
}

export function relatedProvider(deps: { related: RelatedArticles; channels: ChannelStore }): RelatedProvider {
  return {
    async list(article, channel) {
      const rows = await deps.related.find(article);
      const channels = new Map([[channel.id, channel]]);
      // Most related articles are of the article's own channel: the others are read only when needed.
      if (rows.some((r) => !channels.has(r.channel_id))) {
        for (const c of await deps.channels.list()) channels.set(c.id, c);
      }
      return rows.flatMap((r) => {
        const rowChannel = channels.get(r.channel_id);
        return rowChannel ? [{ article: r, channel: rowChannel }] : [];
      });
    },
  };
}
