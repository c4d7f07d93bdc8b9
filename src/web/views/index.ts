// Public face of the shared views: pure functions from view models (web/view-models.ts) to complete HTML
// documents, the site stylesheet with its content-versioned path, and the building blocks that the
// features' own views in web/<feature>/ are made with (layout, document, titles, UI text, asset paths).

export type {
  ArticleView,
  CommentCountView,
  ListItemView,
  ListingView,
  MediaView,
  SiteView,
} from "../view-models.js";
export { type ArticleSlots, renderArticlePage } from "./article-page.js";
export { versionedAssetPath } from "./asset-path.js";
export type { ChannelViewWithUrl } from "./channel-link.js";
export { DatelineInline } from "./dateline.js";
export { renderErrorPage } from "./error-page.js";
export { feedLinks } from "./feed-links.js";
export { type LangDir, langAttrs } from "./lang-attrs.js";
export { Layout } from "./layout.js";
export { type ListingSlots, renderListingPage } from "./listing-page.js";
export { absoluteUrl, type PageMeta, pageTitle } from "./page-meta.js";
export { renderDocument } from "./render-document.js";
export { renderFragment } from "./render-fragment.js";
export { renderRevisionsPage } from "./revisions-page.js";
export { SITE_CSS, SITE_CSS_PATH } from "./site-css.js";
export { TimeStamp } from "./time-stamp.js";
export { uiText } from "./ui-words.js";
