// Sitemaps (https://www.sitemaps.org/protocol.html): an index of sitemaps, and sets of URLs. Locations are
// absolute and entity-escaped as the protocol requires; lastmod is a W3C datetime.
import type { SitemapEntry } from "../../sitemaps/sitemap-model.js";
import { rfc3339 } from "../feeds/feed-dates.js";
import { XML_DECLARATION, xmlElement } from "../feeds/xml-text.js";

export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";

function lastmod(t: number | null): string {
  return t && t > 0 ? xmlElement("lastmod", rfc3339(t)) : "";
}

export function renderSitemapIndex(sitemaps: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NS}">\n`,
    ...sitemaps.map((s) => `<sitemap>${xmlElement("loc", s.loc)}${lastmod(s.lastModified)}</sitemap>\n`),
    "</sitemapindex>\n",
  ].join("");
}

export function renderUrlSet(urls: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}">\n`,
    ...urls.map((u) => `<url>${xmlElement("loc", u.loc)}${lastmod(u.lastModified)}</url>\n`),
    "</urlset>\n",
  ].join("");
}
