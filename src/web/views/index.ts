// Public face of the views: pure functions from view models (models.ts) to complete HTML documents, and the
// site stylesheet with its content-versioned path; and the building blocks (layout, page meta, UI text,
// view models) that the features' own views and presenters in web/ are made with.
export { type ArticleSlots, renderArticlePage } from "./article-page.js";
// Building blocks of the features' own views (web/comments/).
export { versionedAssetPath } from "./asset-path.js";
// Public face of the views: pure functions from view models (models.ts) to complete HTML documents, the
// site stylesheet with its content-versioned path, and the pieces other web/ folders build pages from (the
// layout, the document, titles, versioned asset paths).
export type { ChannelViewWithUrl } from "./channel-link.js";
export { DatelineInline } from "./dateline.js";
export { renderErrorPage } from "./error-page.js";
export { feedLinks } from "./feed-links.js";
export { type LangDir, langAttrs } from "./lang-attrs.js";
export { Layout } from "./layout.js";
export { type ListingSlots, renderListingPage } from "./listing-page.js";
export type {
  ArticleView,
  CommentCountView,
  ListItemView,
  ListingView,
  MediaView,
  SiteView,
} from "./models.js";
export { absoluteUrl, type PageMeta, pageTitle } from "./page-meta.js";
export { renderDocument } from "./render-document.js";
export { renderFragment } from "./render-fragment.js";
export { renderRevisionsPage } from "./revisions-page.js";
export { SITE_CSS, SITE_CSS_PATH } from "./site-css.js";
export { TimeStamp } from "./time-stamp.js";
export { uiText } from "./ui-text.js";
