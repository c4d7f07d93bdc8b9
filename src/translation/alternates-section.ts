// The original article page's side of the editions: hreflang alternates in its head, and the language
// switcher after the article, once a translation exists. Registered with site.addArticleSection; the page
// is dropped from the cache ("article:<id>") when a translation of it is saved.
import type { ArticleSection } from "../web/pages/article-sections.js";
import { editionText, renderAlternateLinks, renderLanguageSwitcher } from "../web/views/editions/index.js";
import { alternatesOf } from "./alternates.js";
import { versionsOf } from "./edition-present.js";
import type { EditionStore } from "./store/edition-store.js";

/** Before related articles (100) and comments (200): it belongs with the article. */
export const ALTERNATES_SECTION_ORDER = 50;

export function alternatesSection(editions: EditionStore): ArticleSection {
  return {
    name: "translation-alternates",
    order: ALTERNATES_SECTION_ORDER,
    async render(ctx) {
      const rows = await editions.forArticle(ctx.article.id);
      const v = versionsOf(ctx.article, ctx.channel, rows);
      if (v.others.length === 0) return {};
      const alternates = alternatesOf(v.original, v.others, v.original.language, ctx.site.baseUrl);
      const original = alternates[0]?.href ?? `${ctx.site.baseUrl}${v.original.url}`;
      const text = editionText(ctx.site.language);
      return {
        head: renderAlternateLinks(alternates, original),
        afterArticle: renderLanguageSwitcher(alternates, text.languages),
      };
    },
  };
}
