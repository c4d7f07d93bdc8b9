// Translated editions on the web, the package face: the /<lang>/ routes, the pages and feeds they serve,
// the original article's edition links (hreflang + language switcher), and the edition's frame that the
// edition search pages share.
export { EDITION_LINKS_SECTION_ORDER, editionLinksSection } from "./edition-links-section.js";
export { EditionPages, type EditionPagesDeps, type FeedResult } from "./edition-pages.js";
export { presentEditionSite } from "./present-edition.js";
export { editionRoutes } from "./routes.js";
