// Machine-readable documents (feeds, sitemaps) as HTTP responses, through the page cache.
import type { Context } from "hono";
import type { PageCache } from "../page-cache.js";
import { cacheKey, PAGE_CACHE_CONTROL, toResponse } from "../respond.js";

/**
 * Headers of machine-readable documents (feeds, sitemaps): never sniffed as HTML, nothing runs if one is
 * opened in a browser, and web-based feed readers may fetch them (they are public).
 */
export const DOCUMENT_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "access-control-allow-origin": "*",
};

/**
 * Serves a generated document through the page cache, tagged "listing" (unless told otherwise) so any
 * content change drops it; with `store` false it is made fresh for every request.
 */
export function respondDocument(
  c: Context,
  cache: PageCache,
  doc: { body: string; contentType: string; lastModified: number },
  opts: { store?: boolean; tags?: string[] } = {},
): Response {
  const page = cache.put(
    cacheKey(c),
    {
      status: 200,
      body: doc.body,
      contentType: doc.contentType,
      cacheControl: PAGE_CACHE_CONTROL,
      ...(doc.lastModified > 0 ? { lastModified: doc.lastModified } : {}),
      tags: opts.tags ?? ["listing"],
      extraHeaders: DOCUMENT_HEADERS,
    },
    opts.store ?? true,
  );
  return toResponse(c, page);
}
