// An edition's feed: each entry is the original's (src/feeds/build-feed.ts: media, enclosures, tags, dates)
// with the edition's text, language and address put in, and an identifier of the original's scheme with the
// language added (src/feeds/guid.ts), stable across edits and re-translations. web/feeds/ serializes it.
import type { ArticleRow } from "../../db/tables/index.js";
import { buildFeedEntry } from "../../feeds/build-feed.js";
import type { Feed, FeedEntry } from "../../feeds/feed-model.js";
import { absoluteLinks, feedPaths } from "../../feeds/feed-paths.js";
import { editionGuid } from "../../feeds/guid.js";
import {
  type EditionFeed,
  type EditionFeedEntry,
  editionDirection,
  editionItemUrl,
  nativeName,
} from "../../translation/index.js";
import type { FeedDocument } from "../feeds/feed-document.js";
import { presentFeed } from "../feeds/present-feed.js";
import type { SiteView } from "../views/index.js";
import { editionText } from "./edition-words.js";

/** `site` is the edition's frame (presentEditionSite): its language is the edition's. */
export function presentEditionFeed(language: string, feed: EditionFeed, site: SiteView): FeedDocument {
  const model: Feed = {
    title: `${site.title} (${nativeName(language)})`,
    description: editionText(language).latestNews,
    baseUrl: site.baseUrl,
    siteLanguage: site.language,
    homeUrl: `${site.baseUrl}/${language}/`,
    links: absoluteLinks(site.baseUrl, feedPaths(`/${language}/`)),
    language,
    updated: feed.lastModified,
    author: { name: site.title, url: `${site.baseUrl}/` },
    items: feed.entries.map((entry) => editionFeedEntry(entry, site.baseUrl)),
  };
  return presentFeed(model);
}

export function editionFeedEntry(entry: EditionFeedEntry, baseUrl: string): FeedEntry {
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
  const item = buildFeedEntry(translated, channel, entry.media, baseUrl);
  return {
    ...item,
    id: editionGuid(baseUrl, channel.username, article.message_id, e.language),
    url: `${baseUrl}${editionItemUrl(e, article.path)}`,
    updated: Math.max(item.updated, e.kind === "translation" ? e.translated_at : item.updated),
  };
}
