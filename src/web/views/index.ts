// Public face of the views: pure functions from view models (models.ts) to complete HTML documents, and the
// site stylesheet with its content-versioned path.
export { type ArticleSlots, renderArticlePage } from "./article-page.js";
export type { ChannelViewWithUrl } from "./channel-link.js";
export { renderErrorPage } from "./error-page.js";
export { type LangDir, langAttrs } from "./lang-attrs.js";
export { type ListingSlots, renderListingPage } from "./listing-page.js";
export type { ArticleView, ListItemView, ListingView, SiteView } from "./models.js";
export { absoluteUrl } from "./page-meta.js";
export { renderFragment } from "./render-fragment.js";
export { renderRevisionsPage } from "./revisions-page.js";
export { SITE_CSS, SITE_CSS_PATH } from "./site-css.js";
