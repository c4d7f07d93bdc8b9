// robots.txt (RFC 9309): everything may be crawled; the sitemap index is announced with the Sitemap line
// the sitemaps protocol defines (https://www.sitemaps.org/protocol.html#submit_robots), absolute.
// Revision histories and error pages say noindex themselves, so nothing needs disallowing here.

export function renderRobotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
