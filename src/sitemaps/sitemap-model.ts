// What the sitemaps say, as data: the index of sitemaps, a set of article URLs, the Google News entries,
// and the robots.txt rules. web/sitemaps/ writes them as XML and text. Addresses are absolute; times are
// Unix seconds.

/** A URL in a sitemap, or a sitemap in the index. */
export interface SitemapEntry {
  loc: string;
  /** Unix seconds; omitted when unknown. */
  lastModified: number | null;
}

/** One recent article for the Google News sitemap. */
export interface NewsEntry {
  loc: string;
  publicationName: string;
  /** ISO 639 code, as the format asks. */
  language: string;
  published: number;
  timeZone: string;
  title: string;
}

/** What robots.txt tells every crawler. */
export interface RobotsRules {
  /** Paths that may be crawled. */
  allow: string[];
  /** Absolute addresses of the sitemaps to announce. */
  sitemaps: string[];
}

/** A sitemap's entries and when its content last changed (for Last-Modified). */
export interface SitemapDoc<T> {
  entries: T[];
  lastModified: number;
}
