// Public face of the views: pure functions from view models (models.ts) to complete HTML documents, the
// site stylesheet with its content-versioned path, and the pieces other web/ folders build pages from (the
// layout, the document, titles, versioned asset paths).
export { type ArticleSlots, renderArticlePage } from "./article-page.js";
export { versionedAssetPath } from "./asset-path.js";
export type { ChannelViewWithUrl } from "./channel-link.js";
export { renderErrorPage } from "./error-page.js";
export { Layout } from "./layout.js";
export { type ListingSlots, renderListingPage } from "./listing-page.js";
export type { SiteView } from "./models.js";
export { pageTitle } from "./page-meta.js";
export { renderDocument } from "./render-document.js";
export { renderRevisionsPage } from "./revisions-page.js";
export { SITE_CSS, SITE_CSS_PATH } from "./site-css.js";
