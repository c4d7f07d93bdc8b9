// The article section that puts structured data in the page's <head>: NewsArticle and BreadcrumbList as
// JSON-LD data blocks. Made only from the page's own view models, so it adds no cache tags of its own.
import type { ArticleSection } from "../pages/article-sections.js";
import { jsonLdScript } from "./json-ld.js";
import { presentBreadcrumbs } from "./present-breadcrumbs.js";
import { presentNewsArticle } from "./present-news-article.js";

/** Head-only; its place among the sections does not matter, so it goes first. */
export const STRUCTURED_DATA_ORDER = 10;

export function structuredDataSection(): ArticleSection {
  return {
    name: "structured-data",
    order: STRUCTURED_DATA_ORDER,
    render: async ({ site, view }) => ({
      head:
        jsonLdScript(presentNewsArticle({ site, article: view })) +
        jsonLdScript(presentBreadcrumbs(site, view)),
    }),
  };
}
