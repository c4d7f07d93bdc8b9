// An edition's feed as the feed document model: each item is the original's item (src/feeds/present-feed.ts:
// media, enclosures, tags, dates) with the edition's text, language and address put in, and an identifier
// of the original's scheme with the language added (src/feeds/guid.ts), stable across edits and
// re-translations.
import type { ArticleRow } from "../../db/tables/index.js";
import type { FeedDocument, FeedItem } from "../../feeds/feed-model.js";
import { absoluteLinks, feedPaths } from "../../feeds/feed-paths.js";
import { editionGuid } from "../../feeds/guid.js";
import { presentFeedItem } from "../../feeds/present-feed.js";
import {
  type EditionFeed,
  type EditionFeedEntry,
  editionDirection,
  editionItemUrl,
  nativeName,
} from "../../translation/index.js";
import type { SiteView } from "../views/index.js";
import { editionText } from "./edition-text.js";

/** `site` is the edition's frame (presentEditionSite). */
export function presentEditionFeed(language: string, feed: EditionFeed, site: SiteView): FeedDocument {
  return {
    title: `${site.title} (${nativeName(language)})`,
    description: editionText(language).latestNews,
    homeUrl: `${site.baseUrl}/${language}/`,
    links: absoluteLinks(site.baseUrl, feedPaths(`/${language}/`)),
    language,
    updated: feed.lastModified,
    author: { name: site.title, url: `${site.baseUrl}/` },
    items: feed.entries.map((entry) => presentEditionFeedItem(entry, site)),
  };
}

export function presentEditionFeedItem(entry: EditionFeedEntry, site: SiteView): FeedItem {
  const { edition: e, article, channel } = entry;
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
  const item = presentFeedItem(translated, channel, entry.media, site);
  return {
    ...item,
    id: editionGuid(site.baseUrl, channel.username, article.message_id, e.language),
    url: `${site.baseUrl}${editionItemUrl(e, article.path)}`,
    updated: Math.max(item.updated, e.kind === "translation" ? e.translated_at : item.updated),
  };
}
