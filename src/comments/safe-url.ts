// Which addresses may become links: only http, https and mailto, decided after removing what browsers
// ignore inside a scheme (controls, whitespace: "java\tscript:" is "javascript:" to a browser) and parsing
// with the WHATWG URL parser, the one browsers use. The parser's serialization (percent-encoded, scheme
// lower-cased) is what goes into the href, so a quote or angle bracket can never leave the attribute.

export type LinkScheme = "http:" | "https:" | "mailto:";

export const LINK_SCHEMES: readonly LinkScheme[] = ["http:", "https:", "mailto:"];
export const WEBSITE_SCHEMES: readonly LinkScheme[] = ["http:", "https:"];

const MAX_HREF_LENGTH = 2000;
const STRIPPED =
  /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;
const HOST =
  /^(?:(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?|\[[0-9a-f:.]+\])$/;
const MAILTO = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** The normalized href for `raw`, or null when it is not a safe absolute link. */
export function safeLinkUrl(raw: string, schemes: readonly LinkScheme[] = LINK_SCHEMES): string | null {
  const compact = raw.replace(STRIPPED, "");
  if (compact.length === 0 || compact.length > MAX_HREF_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(compact);
  } catch {
    return null;
  }
  if (!(schemes as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol === "mailto:") {
    if (url.search || url.hash) return null; // no prefilled subject/body/cc from a stranger
    return MAILTO.test(decodeSafe(url.pathname)) ? url.href : null;
  }
  // Credentials in a link ("https://bank.example@evil.example/") exist to deceive; a host must be a DNS
  // name (international ones arrive as punycode) or an IP address, not whatever else the parser tolerates.
  if (url.username || url.password || !HOST.test(url.hostname)) return null;
  return url.href.length > MAX_HREF_LENGTH ? null : url.href;
}

/** A commenter's website: like a link, but http(s) only, and "example.org" is read as http://example.org. */
export function safeWebsiteUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === "") return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `http://${trimmed}`;
  return safeLinkUrl(withScheme, WEBSITE_SCHEMES);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
