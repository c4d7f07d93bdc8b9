// Edition data → the view models of the core views, through the core presenters: an edition page is the
// original's page with the translated text put in, every address moved into the edition, and the frame
// (SiteView) speaking the edition's language.
import type { ArticleRow } from "../../db/tables/index.js";
import { feedPaths } from "../../feeds/feed-paths.js";
import {
  type Alternate,
  displayTag,
  type EditionArticle,
  type EditionListItem,
  type EditionListRow,
  editionDirection,
  editionItemUrl,
  editionTagUrl,
  editionUrl,
  nativeName,
  normalizeLanguage,
} from "../../translation/index.js";
import { presentArticle, presentListItem } from "../pages/present-article.js";
import type { ArticleView, ListItemView, SiteView } from "../views/index.js";
import type { AlternateView, EditionArticleView } from "./models.js";

/** The site as the original pages show it, speaking the edition's language, with the edition's feeds first. */
export function presentEditionSite(original: SiteView, language: string): SiteView {
  const title = `${original.title} (${nativeName(language)})`;
  const paths = feedPaths(`/${language}/`);
  const feeds: SiteView["feeds"] = [
    { title, type: "application/rss+xml", href: paths.rss },
    { title: `${title} Atom`, type: "application/atom+xml", href: paths.atom },
    { title: `${title} JSON Feed`, type: "application/feed+json", href: paths.json },
  ];
  return {
    ...original,
    language,
    direction: editionDirection(language),
    feeds: [...feeds, ...original.feeds],
    searchPath: `/${language}/search`,
  };
}

/** Each version labelled in its own language, with its absolute address. */
export function presentAlternates(alternates: Alternate[], baseUrl: string): AlternateView[] {
  return alternates.map((a) => ({
    lang: displayTag(a.language),
    dir: editionDirection(a.language),
    href: `${baseUrl}${a.url}`,
    label: nativeName(a.language),
    current: a.current,
  }));
}

function languageNameIn(language: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

export function presentEditionArticle(
  found: Extract<EditionArticle, { kind: "found" }>,
  baseUrl: string,
): EditionArticleView {
  const { edition: e, article: a } = found;
  const language = normalizeLanguage(e.language);
  const original = presentArticle(a, found.channel, found.media, baseUrl);
  const article: ArticleView = {
    ...original,
    url: editionUrl(language, e.path),
    headline: e.headline,
    dateline: e.dateline_place ? { place: e.dateline_place, outlet: e.dateline_outlet } : null,
    bodyHtml: e.body_html,
    summary: e.summary,
    language,
    direction: editionDirection(language),
    tags: found.tags.map((name) => ({ name, url: editionTagUrl(language, name) })),
    // The revision history is the original's, in its language.
    revisionsUrl: null,
  };
  return {
    article,
    alternates: presentAlternates(found.alternates, baseUrl),
    notice: {
      originalUrl: original.url,
      originalLanguage: languageNameIn(
        e.source_language === "auto" ? found.original.language : e.source_language,
        language,
      ),
      outdated: e.source_hash !== a.content_hash,
    },
  };
}

/** A listing row as the article row the core presenter expects. */
function asArticleRow(r: EditionListRow): ArticleRow {
  return {
    id: r.article_id,
    channel_id: r.channel_id,
    message_id: r.message_id,
    path: r.article_path,
    slug: r.article_path.slice(r.article_path.lastIndexOf("/") + 1),
    published_at: r.published_at,
    updated_at: null,
    modified_at: r.article_modified_at,
    headline: r.headline,
    dateline_place: r.dateline_place,
    dateline_outlet: r.dateline_outlet,
    body_html: r.body_html,
    body_text: r.body_text,
    summary: r.summary,
    language: r.kind === "translation" ? r.language : r.source_language,
    direction: editionDirection(r.kind === "translation" ? r.language : r.source_language),
    tags: "[]",
    status: "published",
    status_reason: null,
    content_hash: r.source_hash,
    revision: 1,
    image_sha: r.image_sha,
  };
}

export function presentEditionItem({ edition, channel }: EditionListItem): ListItemView {
  return {
    ...presentListItem(asArticleRow(edition), channel),
    url: editionItemUrl(edition, edition.article_path),
  };
}
