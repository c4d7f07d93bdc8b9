// An edition's feed item: the original's item (src/feeds/build-feed.ts: media, enclosures, tags, dates)
// with the edition's text, language and address put in, and an identifier of the original's scheme with
// the language added (src/feeds/guid.ts), stable across edits and re-translations.
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import { buildFeedEntry } from "../feeds/build-feed.js";
import type { FeedEntry } from "../feeds/feed-model.js";
import { editionGuid } from "../feeds/guid.js";
import type { FeedMediaRow } from "../store/feeds/feed-queries.js";
import type { SiteView } from "../web/views/models.js";
import { editionItemUrl } from "./edition-present.js";
import { editionDirection } from "./languages.js";
import type { EditionListRow } from "./store/edition-store.js";

export function presentEditionFeedItem(
  e: EditionListRow,
  article: ArticleRow,
  channel: ChannelRow,
  media: FeedMediaRow[],
  site: SiteView,
): FeedEntry {
  // A kind "original" edition lists the article itself, already in the edition's language.
  const translated: ArticleRow =
    e.kind === "translation"
      ? {
          ...article,
          headline: e.headline,
          dateline_place: e.dateline_place,
          dateline_outlet: e.dateline_outlet,
          body_html: e.body_html,
          body_text: e.body_text,
          summary: e.summary,
          language: e.language,
          direction: editionDirection(e.language),
        }
      : article;
  const item = buildFeedEntry(translated, channel, media, site.baseUrl);
  return {
    ...item,
    id: editionGuid(site.baseUrl, channel.username, article.message_id, e.language),
    url: `${site.baseUrl}${editionItemUrl(e, article.path)}`,
    updated: Math.max(item.updated, e.kind === "translation" ? e.translated_at : item.updated),
  };
}
