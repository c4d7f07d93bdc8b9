// Feed autodiscovery links (<link rel="alternate">): the site's feeds plus, on a listing, its own feed.
import type { SiteView } from "../view-models.js";
import type { FeedLink, FeedType } from "./page-meta.js";

/**
 * A listing's feed comes as a bare URL, so its media type is read from the path the feeds module serves:
 * "…/feed.json" is JSON Feed, "…atom…" Atom, anything else RSS (the WordPress default, "/feed/").
 */
export function feedTypeOf(href: string): FeedType {
  const path = href.split(/[?#]/, 1)[0]?.toLowerCase() ?? "";
  if (path.endsWith(".json")) return "application/feed+json";
  if (path.includes("atom")) return "application/atom+xml";
  return "application/rss+xml";
}

/** Site feeds first, then the listing's feed when it is not already one of them. */
export function feedLinks(site: SiteView, listing?: { title: string; feedUrl: string | null }): FeedLink[] {
  const links: FeedLink[] = site.feeds.map((f) => ({ title: f.title, type: f.type, href: f.href }));
  const own = listing?.feedUrl;
  if (listing && own && !links.some((l) => l.href === own)) {
    links.push({ title: `${listing.title} – ${site.title}`, type: feedTypeOf(own), href: own });
  }
  return links;
}
