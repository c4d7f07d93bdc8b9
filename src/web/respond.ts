import type { Context } from "hono";
import { type CachedPage, gzipFor, isNotModified, type PageCache, type PageInput } from "./page-cache.js";
import type { PageResult } from "./pages/site-pages.js";
import { SECURITY_HEADERS } from "./security-headers.js";

/**
 * Browsers and proxies may keep pages but must revalidate each time (a cheap 304 from the page cache):
 * news changes, and after signing in or commenting a reader must see their own version at once.
 */
export const PAGE_CACHE_CONTROL = "public, no-cache";
export const ERROR_CACHE_CONTROL = "public, max-age=30";
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** The request's path and query exactly as received: the page cache's key. */
export function cacheKey(c: Context): string {
  const raw = c.env?.incoming?.url as string | undefined;
  if (raw) return raw;
  const u = new URL(c.req.url);
  return u.pathname + u.search;
}

export function toResponse(c: Context, page: CachedPage): Response {
  if (isNotModified(page, c.req.method, c.req.header("if-none-match"), c.req.header("if-modified-since"))) {
    return new Response(null, { status: 304, headers: page.notModifiedHeaders });
  }
  const gz = gzipFor(page, c.req.header("accept-encoding"));
  const body = c.req.method === "HEAD" ? null : gz ? gz.body : page.body;
  return new Response(body, { status: page.status, headers: gz ? gz.headers : page.headers });
}

/** Turns a site answer into a response, keeping it in the page cache. */
export function respondPage(c: Context, cache: PageCache, result: PageResult): Response {
  const input: PageInput =
    result.kind === "redirect"
      ? {
          status: result.status,
          body: "",
          contentType: "text/plain; charset=utf-8",
          cacheControl: PAGE_CACHE_CONTROL,
          tags: result.tags,
          extraHeaders: { location: result.location },
        }
      : {
          status: result.status,
          body: result.html,
          contentType: "text/html; charset=utf-8",
          cacheControl: result.status === 200 ? PAGE_CACHE_CONTROL : ERROR_CACHE_CONTROL,
          ...(result.lastModified ? { lastModified: result.lastModified } : {}),
          tags: result.tags,
          extraHeaders: SECURITY_HEADERS,
        };
  // 404s are not kept: any address can be asked for, and they would push real pages out of the cache.
  // Pages made for one reader are not kept either.
  const personal = result.kind === "html" && result.personal === true;
  if (personal) input.cacheControl = "private, no-cache";
  return toResponse(c, cache.put(cacheKey(c), input, result.status !== 404 && !personal));
}
