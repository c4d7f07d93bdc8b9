// Checks of documents against their specifications, for the feed and sitemap tests: well-formed XML
// (fast-xml-parser's validator), then the elements each specification requires; JSON Feed 1.1 as a zod
// schema of its fields. Each check throws with the rule broken, so a test failure names it.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  // Every element is a list, so "exactly one" can be counted.
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** Parses XML after checking it is well-formed. */
export function parseXml(xml: string): Node {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return parser.parse(xml) as Node;
}

function list(node: unknown, name: string): unknown[] {
  const v = (node as Node)[name];
  return Array.isArray(v) ? v : [];
}

export function children(node: unknown, name: string): Node[] {
  return list(node, name) as Node[];
}

export function text(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object") return String((node as Node)["#text"] ?? "");
  return "";
}

export function attr(node: unknown, name: string): string | undefined {
  const v = (node as Node)[`@_${name}`];
  return typeof v === "string" ? v : undefined;
}

function one(node: unknown, name: string, where: string): unknown {
  const found = list(node, name);
  if (found.length !== 1) throw new Error(`${where}: expected exactly one <${name}>, found ${found.length}`);
  return found[0];
}

function oneText(node: unknown, name: string, where: string): string {
  const t = text(one(node, name, where));
  if (t.trim() === "") throw new Error(`${where}: <${name}> is empty`);
  return t;
}

function absoluteUrl(value: string | undefined, where: string): string {
  if (!value || !/^https?:\/\/[^/]+/.test(value)) throw new Error(`${where}: not an absolute URL: ${value}`);
  return value;
}

/** RFC 822 date-time as RSS 2.0 uses it (RFC 1123's four-digit year allowed). */
export const RFC822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2,4} \d{2}:\d{2}(?::\d{2})? (?:UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})$/;
/** RFC 3339 date-time (Atom §3.3, JSON Feed, W3C datetime). */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export interface RssItemSummary {
  title: string;
  link: string;
  guid: string;
  guidIsPermaLink: string | undefined;
  pubDate: string;
  content: string;
  enclosures: { url: string; length: string; type: string }[];
  categories: string[];
}

/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification): <rss version="2.0"> with one <channel> that has
 * title, link and description; each item has a title or a description; enclosures carry url, length and
 * type; dates are RFC 822.
 */
export function checkRss(xml: string): { channel: Node; items: RssItemSummary[] } {
  const doc = parseXml(xml);
  const rss = one(doc, "rss", "document") as Node;
  if (attr(rss, "version") !== "2.0") throw new Error('rss: version must be "2.0"');
  const channel = one(rss, "channel", "rss") as Node;
  oneText(channel, "title", "channel");
  absoluteUrl(oneText(channel, "link", "channel"), "channel link");
  one(channel, "description", "channel");
  for (const date of [...list(channel, "lastBuildDate"), ...list(channel, "pubDate")]) {
    if (!RFC822.test(text(date))) throw new Error(`channel: date not RFC 822: ${text(date)}`);
  }
  const items = children(channel, "item").map((item, i) => {
    const where = `item ${i + 1}`;
    if (list(item, "title").length === 0 && list(item, "description").length === 0) {
      throw new Error(`${where}: needs a title or a description`);
    }
    const pubDate = oneText(item, "pubDate", where);
    if (!RFC822.test(pubDate)) throw new Error(`${where}: pubDate not RFC 822: ${pubDate}`);
    const guid = one(item, "guid", where);
    const enclosures = children(item, "enclosure").map((e) => {
      const url = absoluteUrl(attr(e, "url"), `${where} enclosure`);
      const length = attr(e, "length");
      const type = attr(e, "type");
      if (!length || !/^\d+$/.test(length)) throw new Error(`${where}: enclosure length must be a number`);
      if (!type || !/^[\w.+-]+\/[\w.+-]+$/.test(type)) throw new Error(`${where}: enclosure type missing`);
      return { url, length, type };
    });
    return {
      title: text(list(item, "title")[0]),
      link: absoluteUrl(oneText(item, "link", where), `${where} link`),
      guid: text(guid),
      guidIsPermaLink: attr(guid, "isPermaLink"),
      pubDate,
      content: text(list(item, "content:encoded")[0]),
      enclosures,
      categories: list(item, "category").map(text),
    };
  });
  return { channel, items };
}

export interface AtomEntrySummary {
  id: string;
  title: string;
  alternate: string;
  published: string;
  updated: string;
  content: string;
  contentType: string | undefined;
  enclosures: { href: string; type: string | undefined; length: string | undefined }[];
}

const ATOM_NS = "http://www.w3.org/2005/Atom";

/**
 * Atom (RFC 4287 §4.1): a <feed> in the Atom namespace with exactly one id, title and updated; an author
 * on the feed or on every entry; each entry with exactly one id, title and updated, at most one content,
 * and content or an alternate link; dates RFC 3339; at most one alternate link per type.
 */
export function checkAtom(xml: string): { feed: Node; entries: AtomEntrySummary[] } {
  const doc = parseXml(xml);
  const feed = one(doc, "feed", "document") as Node;
  if (attr(feed, "xmlns") !== ATOM_NS) throw new Error("feed: not in the Atom namespace");
  oneText(feed, "id", "feed");
  oneText(feed, "title", "feed");
  const updated = oneText(feed, "updated", "feed");
  if (!RFC3339.test(updated)) throw new Error(`feed: updated not RFC 3339: ${updated}`);
  const feedAuthor = list(feed, "author").length > 0;
  const links = children(feed, "link");
  if (!links.some((l) => attr(l, "rel") === "self")) throw new Error('feed: no link rel="self"');
  const entries = children(feed, "entry").map((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = oneText(entry, "id", where);
    if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) throw new Error(`${where}: id is not an IRI: ${id}`);
    const title = oneText(entry, "title", where);
    const entryUpdated = oneText(entry, "updated", where);
    for (const d of [entryUpdated, ...list(entry, "published").map(text)]) {
      if (!RFC3339.test(d)) throw new Error(`${where}: date not RFC 3339: ${d}`);
    }
    if (!feedAuthor && list(entry, "author").length === 0) throw new Error(`${where}: no author`);
    for (const a of children(entry, "author")) oneText(a, "name", `${where} author`);
    const contents = children(entry, "content");
    if (contents.length > 1) throw new Error(`${where}: more than one content`);
    const entryLinks = children(entry, "link");
    const alternates = entryLinks.filter((l) => (attr(l, "rel") ?? "alternate") === "alternate");
    if (contents.length === 0 && alternates.length === 0)
      throw new Error(`${where}: no content or alternate`);
    const alternateTypes = alternates.map((l) => `${attr(l, "type")}|${attr(l, "hreflang")}`);
    if (new Set(alternateTypes).size !== alternateTypes.length) {
      throw new Error(`${where}: two alternate links of one type and language`);
    }
    const enclosures = entryLinks
      .filter((l) => attr(l, "rel") === "enclosure")
      .map((l) => {
        const length = attr(l, "length");
        if (length !== undefined && !/^\d+$/.test(length)) throw new Error(`${where}: enclosure length`);
        return { href: absoluteUrl(attr(l, "href"), `${where} enclosure`), type: attr(l, "type"), length };
      });
    return {
      id,
      title,
      alternate: absoluteUrl(attr(alternates[0], "href"), `${where} alternate`),
      published: text(list(entry, "published")[0]),
      updated: entryUpdated,
      content: text(contents[0]),
      contentType: attr(contents[0], "type"),
      enclosures,
    };
  });
  return { feed, entries };
}

const date = z.string().regex(RFC3339, "RFC 3339 date");

const Author = z
  .strictObject({ name: z.string().optional(), url: z.url().optional(), avatar: z.url().optional() })
  .refine((a) => a.name !== undefined || a.url !== undefined || a.avatar !== undefined, {
    message: "an author needs a name, url or avatar",
  });

const Attachment = z.strictObject({
  url: z.url(),
  mime_type: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
  title: z.string().optional(),
  size_in_bytes: z.number().int().nonnegative().optional(),
  duration_in_seconds: z.number().nonnegative().optional(),
});

const Item = z
  .strictObject({
    id: z.string().min(1),
    url: z.url().optional(),
    external_url: z.url().optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    image: z.url().optional(),
    banner_image: z.url().optional(),
    date_published: date.optional(),
    date_modified: date.optional(),
    authors: z.array(Author).optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().optional(),
    attachments: z.array(Attachment).optional(),
  })
  .refine((i) => i.content_html !== undefined || i.content_text !== undefined, {
    message: "an item needs content_html or content_text",
  });

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): version, title and items required; each item an
 * id and content_html or content_text. Strict objects: a misspelt field name fails (the spec's own
 * extensions start with "_", and Dateline writes none).
 */
export const JsonFeedSchema = z.strictObject({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string().min(1),
  home_page_url: z.url().optional(),
  feed_url: z.url().optional(),
  description: z.string().optional(),
  user_comment: z.string().optional(),
  next_url: z.url().optional(),
  icon: z.url().optional(),
  favicon: z.url().optional(),
  authors: z.array(Author).optional(),
  language: z.string().optional(),
  expired: z.boolean().optional(),
  items: z.array(Item),
});

export type JsonFeed = z.infer<typeof JsonFeedSchema>;

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** A sitemap index (sitemaps.org): <sitemapindex> of <sitemap> with an absolute <loc>. */
export function checkSitemapIndex(xml: string): { loc: string; lastmod: string | null }[] {
  const index = one(parseXml(xml), "sitemapindex", "document") as Node;
  if (attr(index, "xmlns") !== SITEMAP_NS) throw new Error("sitemapindex: wrong namespace");
  return children(index, "sitemap").map((s, i) => sitemapEntry(s, `sitemap ${i + 1}`));
}

function sitemapEntry(node: Node, where: string): { loc: string; lastmod: string | null } {
  const loc = absoluteUrl(oneText(node, "loc", where), `${where} loc`);
  if (loc.length > 2048) throw new Error(`${where}: loc longer than 2,048 characters`);
  const lastmods = list(node, "lastmod").map(text);
  if (lastmods.length > 1) throw new Error(`${where}: more than one lastmod`);
  const lastmod = lastmods[0] ?? null;
  if (lastmod !== null && !RFC3339.test(lastmod)) throw new Error(`${where}: lastmod not W3C datetime`);
  return { loc, lastmod };
}

/** A sitemap (sitemaps.org): <urlset> of at most 50,000 <url> with an absolute <loc>. */
export function checkUrlSet(xml: string): { urlset: Node; urls: { loc: string; lastmod: string | null }[] } {
  const urlset = one(parseXml(xml), "urlset", "document") as Node;
  if (attr(urlset, "xmlns") !== SITEMAP_NS) throw new Error("urlset: wrong namespace");
  const urls = children(urlset, "url").map((u, i) => sitemapEntry(u, `url ${i + 1}`));
  if (urls.length > 50_000) throw new Error("urlset: more than 50,000 URLs");
  return { urlset, urls };
}

export interface NewsUrl {
  loc: string;
  name: string;
  language: string;
  publicationDate: string;
  title: string;
}

/**
 * A Google News sitemap: each <url> has one <news:news> with <news:publication> (name, language),
 * <news:publication_date> (W3C) and <news:title>; at most 1,000 of them.
 */
export function checkNewsSitemap(xml: string): NewsUrl[] {
  const { urlset, urls } = checkUrlSet(xml);
  if (attr(urlset, "xmlns:news") !== "http://www.google.com/schemas/sitemap-news/0.9") {
    throw new Error("urlset: news namespace missing");
  }
  if (urls.length > 1000) throw new Error("news sitemap: more than 1,000 URLs");
  return children(urlset, "url").map((u, i) => {
    const where = `url ${i + 1}`;
    const news = one(u, "news:news", where) as Node;
    const publication = one(news, "news:publication", where) as Node;
    const language = oneText(publication, "news:language", where);
    if (!/^[a-z]{2,3}(?:-[a-z]{2})?$/.test(language)) throw new Error(`${where}: language ${language}`);
    const publicationDate = oneText(news, "news:publication_date", where);
    if (!RFC3339.test(publicationDate)) throw new Error(`${where}: publication_date not W3C`);
    return {
      loc: text(list(u, "loc")[0]),
      name: oneText(publication, "news:name", where),
      language,
      publicationDate,
      title: oneText(news, "news:title", where),
    };
  });
}
