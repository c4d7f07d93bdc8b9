// The original article page's side of the editions: hreflang alternates in its head, and the language
// switcher after the article, once a translation exists. The composition root adds it to article pages;
// the page is dropped from the cache ("article:<id>") when a translation of it is saved.

import type { ArticleRow, ChannelRow } from "../../db/tables/index.js";
import type { ArticleAlternates } from "../../translation/index.js";
import type { ArticleSection } from "../pages/article-sections.js";
import { renderAlternateLinks } from "./alternate-links.js";
import { editionText } from "./edition-words.js";
import { renderLanguageSwitcher } from "./language-switcher.js";
import { presentAlternates } from "./present-edition.js";

/** Before related articles (100) and comments (200): it belongs with the article. */
export const EDITION_LINKS_SECTION_ORDER = 50;

/** Where the section reads an original's versions (Translation.reader.articleAlternates). */
export type ArticleAlternatesSource = (
  article: ArticleRow,
  channel: ChannelRow,
) => Promise<ArticleAlternates | null>;

export function editionLinksSection(alternatesOf: ArticleAlternatesSource): ArticleSection {
  return {
    name: "translation-alternates",
    order: EDITION_LINKS_SECTION_ORDER,
    async render(ctx) {
      const found = await alternatesOf(ctx.article, ctx.channel);
      if (!found) return {};
      const alternates = presentAlternates(found.alternates, ctx.site.baseUrl);
      const original = alternates[0]?.href ?? `${ctx.site.baseUrl}${found.original.url}`;
      const text = editionText(ctx.site.language);
      return {
        head: renderAlternateLinks(alternates, original),
        afterArticle: renderLanguageSwitcher(alternates, text.languages),
      };
    },
  };
}
