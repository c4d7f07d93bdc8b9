// The Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
// articles published in the last two days, at most 1,000 (sitemaps/sitemap-service.ts picks them), each
// with its publication's name and language, its publication date (W3C format) and its title.
import type { NewsEntry } from "../../sitemaps/sitemap-model.js";
import { rfc3339 } from "../feeds/feed-dates.js";
import { XML_DECLARATION, xmlElement } from "../feeds/xml-text.js";
import { SITEMAP_NS } from "./sitemap-xml.js";

export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

function url(e: NewsEntry): string {
  return [
    "<url>",
    xmlElement("loc", e.loc),
    "<news:news>",
    "<news:publication>",
    xmlElement("news:name", e.publicationName),
    xmlElement("news:language", e.language),
    "</news:publication>",
    xmlElement("news:publication_date", rfc3339(e.published, e.timeZone)),
    xmlElement("news:title", e.title),
    "</news:news>",
    "</url>\n",
  ].join("");
}

export function renderNewsSitemap(entries: NewsEntry[]): string {
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n`,
    ...entries.map(url),
    "</urlset>\n",
  ].join("");
}
