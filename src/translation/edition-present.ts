// Edition rows → the view models of the core views, through the core presenters: an edition page is the
// original's page with the translated text put in and every address moved into the edition.
import type { ArticleRow, ChannelRow, MessageMediaRow } from "../db/tables/index.js";
import { urlPathOf } from "../ingest/paths.js";
import { parseStringList } from "../store/json.js";
import { presentArticle, presentListItem } from "../web/presenters/article.js";
import type { EditionArticleView } from "../web/views/editions/models.js";
import type { ArticleView, ListItemView } from "../web/views/models.js";
import { alternatesOf, type Version } from "./alternates.js";
import { editionDirection, normalizeLanguage } from "./languages.js";
import type { EditionListRow, EditionRow } from "./store/edition-store.js";

/** "/en/2021/02/19/<slug>/" */
export function editionUrl(language: string, pathKey: string): string {
  return `/${language}${urlPathOf(pathKey)}`;
}

export function editionTagUrl(language: string, tag: string): string {
  return `/${language}/tag/${encodeURIComponent(tag)}/`;
}

/** Where an edition's reader finds the article: the translation, or the original when already in that language. */
export function editionItemUrl(
  e: { kind: string; language: string; path: string | null },
  articlePath: string,
): string {
  return e.kind === "translation" && e.path ? editionUrl(e.language, e.path) : urlPathOf(articlePath);
}

/** The original's language, or its channel's when the post did not tell. */
export function originalLanguage(a: ArticleRow, channel: ChannelRow): string {
  return a.language && a.language !== "und" ? a.language : channel.language;
}

export function versionsOf(
  a: ArticleRow,
  channel: ChannelRow,
  editions: EditionRow[],
): { original: Version; others: Version[] } {
  return {
    original: { language: originalLanguage(a, channel), url: urlPathOf(a.path) },
    others: editions
      .filter((e) => e.kind === "translation" && e.path)
      .map((e) => ({ language: e.language, url: editionUrl(e.language, e.path!) })),
  };
}

function languageNameIn(language: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

export function presentEditionArticle(
  a: ArticleRow,
  e: EditionRow,
  channel: ChannelRow,
  media: MessageMediaRow[],
  siblings: EditionRow[],
  baseUrl: string,
): EditionArticleView {
  const language = normalizeLanguage(e.language);
  const original = presentArticle(a, channel, media, baseUrl);
  const article: ArticleView = {
    ...original,
    url: editionUrl(language, e.path!),
    headline: e.headline,
    dateline: e.dateline_place ? { place: e.dateline_place, outlet: e.dateline_outlet } : null,
    bodyHtml: e.body_html,
    summary: e.summary,
    language,
    direction: editionDirection(language),
    tags: parseStringList(a.tags).map((name) => ({ name, url: editionTagUrl(language, name) })),
    // The revision history is the original's, in its language.
    revisionsUrl: null,
  };
  const v = versionsOf(a, channel, siblings);
  return {
    article,
    alternates: alternatesOf(v.original, v.others, language, baseUrl),
    notice: {
      originalUrl: original.url,
      originalLanguage: languageNameIn(
        e.source_language === "auto" ? v.original.language : e.source_language,
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

export function presentEditionItem(r: EditionListRow, channel: ChannelRow): ListItemView {
  return { ...presentListItem(asArticleRow(r), channel), url: editionItemUrl(r, r.article_path) };
}
