// robots.txt (RFC 9309): one group for every crawler, then the Sitemap lines the sitemaps protocol
// defines (https://www.sitemaps.org/protocol.html#submit_robots).
import type { RobotsRules } from "../../sitemaps/sitemap-model.js";

export const ROBOTS_CONTENT_TYPE = "text/plain; charset=utf-8";

export function renderRobotsTxt(rules: RobotsRules): string {
  const allow = rules.allow.map((path) => `Allow: ${path}\n`).join("");
  const sitemaps = rules.sitemaps.map((url) => `Sitemap: ${url}\n`).join("");
  return `User-agent: *\n${allow}\n${sitemaps}`;
}
