// What a page tells the <head>: title, description, canonical URL, feeds and social-card data.

import type { SiteView } from "../view-models.js";
import type { LangDir } from "./lang-attrs.js";

export type FeedType = SiteView["feeds"][number]["type"];

export interface FeedLink {
  title: string;
  type: FeedType;
  href: string;
}

export interface OpenGraph {
  type: "article" | "website";
  title: string;
  imageUrl: string | null;
  /** article:* properties (https://ogp.me/#type_article), for type "article" only. */
  article?: { publishedIso: string; updatedIso: string | null; tags: string[] };
}

export interface PageMeta extends LangDir {
  /** The whole <title>, site name included. */
  title: string;
  description: string | null;
  /** Absolute URL; null for pages that have no address of their own to canonicalize (errors). */
  canonicalUrl: string | null;
  feeds: FeedLink[];
  /** Social-card tags; null on pages nobody should share (errors, revision history). */
  og: OpenGraph | null;
  /** Ask search engines not to index (error pages, revision history). */
  noindex: boolean;
}

/** "Headline – Site", the order WordPress and most news sites use, so the distinctive part shows in tabs. */
export { pageTitle } from "../../site/page-title.js";

/** baseUrl + path; paths from the presenters start with "/" and are already percent-encoded. */
export function absoluteUrl(site: Pick<SiteView, "baseUrl">, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${site.baseUrl}${path.startsWith("/") ? "" : "/"}${path}`;
}
