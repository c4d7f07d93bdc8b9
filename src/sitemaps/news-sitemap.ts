// The Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
// articles published in the last two days, at most 1,000, each with its publication's name and language,
// its publication date (W3C format) and its title.
import { rfc3339 } from "../feeds/feed-dates.js";
import { XML_DECLARATION, xmlElement } from "../feeds/xml-text.js";
import { SITEMAP_NS } from "./sitemap-xml.js";

export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
/** Google News reads articles from the last two days only. */
export const NEWS_WINDOW_SECONDS = 2 * 86_400;
/** At most this many <news:news> entries per sitemap. */
export const NEWS_MAX_URLS = 1_000;

export interface NewsEntry {
  loc: string;
  publicationName: string;
  /** ISO 639 code, as the format asks. */
  language: string;
  published: number;
  timeZone: string;
  title: string;
}

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
