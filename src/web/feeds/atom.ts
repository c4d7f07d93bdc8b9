// Atom (RFC 4287). Each entry carries its full article as escaped HTML content (§4.1.3) and a summary,
// its media as rel="enclosure" links (§4.2.7.2), and the permalink as rel="alternate".
import { rfc3339 } from "./feed-dates.js";
import type { FeedAuthor, FeedDocument, FeedItem } from "./feed-document.js";
import { XML_DECLARATION, xmlElement, xmlEscape } from "./xml-text.js";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

function link(rel: string, href: string, type?: string, length?: number | null): string {
  return (
    `<link rel="${rel}" href="${xmlEscape(href)}"` +
    (type ? ` type="${xmlEscape(type)}"` : "") +
    (length ? ` length="${length}"` : "") +
    "/>"
  );
}

function author(a: FeedAuthor): string {
  return `<author>${xmlElement("name", a.name)}${xmlElement("uri", a.url)}</author>`;
}

function entry(i: FeedItem): string {
  return [
    i.language ? `<entry xml:lang="${xmlEscape(i.language)}">` : "<entry>",
    xmlElement("id", i.id),
    `<title type="text">${xmlEscape(i.title)}</title>`,
    link("alternate", i.url, "text/html"),
    xmlElement("published", rfc3339(i.published, i.timeZone)),
    xmlElement("updated", rfc3339(i.updated, i.timeZone)),
    author(i.author),
    ...i.tags.map((t) => `<category term="${xmlEscape(t)}"/>`),
    ...i.enclosures.map((e) => link("enclosure", e.url, e.mimeType, e.length)),
    `<summary type="text">${xmlEscape(i.summary)}</summary>`,
    `<content type="html">${xmlEscape(i.contentHtml)}</content>`,
    "</entry>",
  ].join("");
}

export function renderAtom(doc: FeedDocument): string {
  return [
    XML_DECLARATION,
    doc.language
      ? `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(doc.language)}">`
      : '<feed xmlns="http://www.w3.org/2005/Atom">',
    // The feed's id is its own address: permanent, and unique per feed (§4.2.6).
    xmlElement("id", doc.links.atom),
    `<title type="text">${xmlEscape(doc.title)}</title>`,
    `<subtitle type="text">${xmlEscape(doc.description)}</subtitle>`,
    xmlElement("updated", rfc3339(doc.updated)),
    link("self", doc.links.atom, "application/atom+xml"),
    link("alternate", doc.homeUrl, "text/html"),
    author(doc.author),
    xmlElement("generator", "Dateline"),
    ...doc.items.map(entry),
    "</feed>\n",
  ].join("");
}
