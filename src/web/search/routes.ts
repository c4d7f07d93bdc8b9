// /search (the reader's search; the masthead form points here), /<lang>/search (an edition's, where
// the edition's masthead points) and /opensearch.xml.
//
// Search pages are never kept in the shared page cache: their addresses carry whatever a client puts
// in the query string, so caching them would let anyone fill the cache (and push real pages out of
// it) with made-up searches. They are cheap to compute instead (see bench/search.ts), and answered
// with an ETag so a browser revalidating an unchanged page gets a 304. "private, no-cache" keeps
// shared caches out and makes browsers ask again, so a takedown leaves results at once everywhere.
import { type Context, Hono } from "hono";
import { parseSearchParams, type SearchRequest } from "../../search/search-params.js";
import { DatelineError } from "../../shared/errors.js";
import type { PageCache } from "../page-cache.js";
import { cacheKey, PAGE_CACHE_CONTROL, toResponse } from "../respond.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import { OPENSEARCH_PATH, OPENSEARCH_TYPE } from "./opensearch.js";
import { SearchPages, type SearchPagesDeps } from "./search-pages.js";

const SEARCH_CACHE_CONTROL = "private, no-cache";

/** The search request of a query string; a bad one is the reader's error (400). */
function requestOf(c: Context): SearchRequest {
  const parsed = parseSearchParams(c.req.query());
  if (!parsed.ok) throw new DatelineError("BAD_REQUEST", parsed.message);
  return parsed.request;
}

export function searchRoutes(deps: SearchPagesDeps, cache: PageCache): Hono {
  const app = new Hono();
  const pages = new SearchPages(deps);

  const respond = (c: Context, html: string) => {
    const page = cache.put(
      cacheKey(c),
      {
        status: 200,
        body: html,
        contentType: "text/html; charset=utf-8",
        cacheControl: SEARCH_CACHE_CONTROL,
        tags: [],
        extraHeaders: SECURITY_HEADERS,
      },
      false,
    );
    return toResponse(c, page);
  };

  app.get("/search", async (c) => respond(c, await pages.page(requestOf(c))));

  // An edition's search (its translated text); a first segment that is no edition falls through.
  app.get("/:lang{[a-z]{2,3}(?:-[a-z0-9]{2,8})?}/search", async (c, next) => {
    const html = await pages.editionPage(c.req.param("lang"), requestOf(c));
    if (html === null) return next();
    return respond(c, html);
  });

  app.get(OPENSEARCH_PATH, async (c) => {
    const key = cacheKey(c);
    const page = cache.put(
      key,
      {
        status: 200,
        body: await pages.openSearch(),
        contentType: `${OPENSEARCH_TYPE}; charset=utf-8`,
        cacheControl: PAGE_CACHE_CONTROL,
        // The site's title is in it: a channel change clears the whole cache.
        tags: ["opensearch"],
      },
      // Only the plain address is kept: "/opensearch.xml?anything" must not add cache entries.
      key === OPENSEARCH_PATH,
    );
    return toResponse(c, page);
  });

  return app;
}
