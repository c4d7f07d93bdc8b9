// Date formats of the feed specifications.
import { isoInZone } from "../../shared/time.js";

/**
 * RFC 822 as RSS 2.0 requires (with the four-digit year RFC 1123 allows): "Fri, 19 Feb 2021 10:26:00 GMT".
 * Date#toUTCString produces exactly this form.
 */
export function rfc822(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toUTCString();
}

/**
 * RFC 3339 (Atom §3.3, JSON Feed 1.1, W3C datetime in sitemaps). With a zone, the time carries that
 * zone's offset ("2021-02-19T13:26:00+03:00"); without, it is UTC ("2021-02-19T10:26:00Z").
 */
export function rfc3339(unixSeconds: number, timeZone?: string): string {
  if (timeZone) return isoInZone(unixSeconds, timeZone);
  // "2021-02-19T10:26:00.000Z" without the milliseconds (whole seconds are all we store).
  return `${new Date(unixSeconds * 1000).toISOString().slice(0, 19)}Z`;
}
