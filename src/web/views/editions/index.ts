// Public face of the edition views.
export { renderAlternateLinks } from "./alternate-links.js";
export { renderEditionArticlePage } from "./edition-article-page.js";
export { renderEditionListingPage } from "./edition-listing-page.js";
export { type EditionText, editionText } from "./edition-text.js";
export { renderLanguageSwitcher } from "./language-switcher.js";
export type {
  AlternateView,
  EditionArticleView,
  EditionListingView,
  TranslationNoticeView,
} from "./models.js";
