// An article in a translated edition: the core article page, with the machine-translation notice and the
// language switcher under the headline, and hreflang alternates to every other version.
import { absoluteUrl, renderArticlePage, renderFragment, type SiteView } from "../views/index.js";
import { renderAlternateLinks } from "./alternate-links.js";
import { editionText } from "./edition-words.js";
import { LanguageSwitcher } from "./language-switcher.js";
import type { EditionArticleView } from "./models.js";
import { TranslationNotice } from "./translation-notice.js";

export function renderEditionArticlePage(site: SiteView, view: EditionArticleView): string {
  const article = view.article;
  const text = editionText(article.language);
  const page = { lang: article.language, dir: article.direction };
  return renderArticlePage(site, article, {
    head: renderAlternateLinks(view.alternates, absoluteUrl(site, view.notice.originalUrl)),
    underHeadline: renderFragment(
      <>
        <TranslationNotice notice={view.notice} text={text} page={page} />
        <LanguageSwitcher alternates={view.alternates} label={text.languages} />
      </>,
    ),
  });
}
