// The feeds' addresses, WordPress's: /feed/ (RSS 2.0), /feed/atom/, and /feed.json (the JSON Feed plugin's
// address), at the site root and under a tag or a channel.
import type { FeedLinks } from "./feed-model.js";

/** Feed paths under a listing path that ends with "/" ("/", "/tag/basra/", "/channel/nasnews/"). */
export function feedPaths(listingPath: string): FeedLinks {
  const base = listingPath.replace(/\/$/, "");
  return { rss: `${base}/feed/`, atom: `${base}/feed/atom/`, json: `${base}/feed.json` };
}

export function tagPath(tag: string): string {
  return `/tag/${encodeURIComponent(tag)}/`;
}

export function channelPath(username: string): string {
  return `/channel/${encodeURIComponent(username)}/`;
}

export function absoluteLinks(baseUrl: string, paths: FeedLinks): FeedLinks {
  return { rss: baseUrl + paths.rss, atom: baseUrl + paths.atom, json: baseUrl + paths.json };
}

/** One feed offered to readers: a page's autodiscovery link, the footer's visible link. */
export interface FeedOffer {
  title: string;
  type: "application/rss+xml" | "application/atom+xml" | "application/feed+json";
  href: string;
}

/** The site-wide feeds, for autodiscovery links in every page's head and the footer's visible links. */
export function siteFeeds(baseUrl: string): FeedOffer[] {
  const links = absoluteLinks(baseUrl, feedPaths("/"));
  return [
    { title: "RSS", type: "application/rss+xml", href: links.rss },
    { title: "Atom", type: "application/atom+xml", href: links.atom },
    { title: "JSON Feed", type: "application/feed+json", href: links.json },
  ];
}
