// The OpenSearch description document (OpenSearch 1.1, https://github.com/dewitt/opensearch): lets
// browsers offer the site's search from their address bar. Pages point to it with
// <link rel="search" type="application/opensearchdescription+xml"> (web/views/head-meta.tsx).
import { escapeHtml } from "../../articles/html-escape.js";

export const OPENSEARCH_PATH = "/opensearch.xml";
export const OPENSEARCH_TYPE = "application/opensearchdescription+xml";
/** The spec caps ShortName at 16 characters. */
const SHORT_NAME_CHARS = 16;

function shortName(title: string): string {
  const chars = [...title.trim()];
  return chars.length <= SHORT_NAME_CHARS
    ? chars.join("")
    : `${chars.slice(0, SHORT_NAME_CHARS - 1).join("")}…`;
}

/** The description of a site's search; `baseUrl` has no trailing slash. Every value is XML-escaped. */
export function openSearchDescription(site: { title: string; baseUrl: string; language: string }): string {
  // {searchTerms} is the template parameter the browser fills in; it must stay unescaped in the URL.
  const template = `${escapeHtml(site.baseUrl)}/search?q={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeHtml(shortName(site.title))}</ShortName>`,
    `  <Description>${escapeHtml(`${site.title}: search the articles`)}</Description>`,
    "  <InputEncoding>UTF-8</InputEncoding>",
    `  <Language>${escapeHtml(site.language)}</Language>`,
    `  <Url type="text/html" method="get" template="${template}"/>`,
    `  <Url type="${OPENSEARCH_TYPE}" rel="self" template="${escapeHtml(site.baseUrl)}${OPENSEARCH_PATH}"/>`,
    "</OpenSearchDescription>",
    "",
  ].join("\n");
}
