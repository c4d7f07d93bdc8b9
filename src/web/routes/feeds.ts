// Feeds at WordPress's addresses: /feed/ (RSS 2.0), /feed/atom/ (Atom), /feed.json (JSON Feed 1.1), and the
// same three under /tag/<tag>/ and /channel/<username>/. Kept in the page cache under "listing", so any
// article change (a new post, an edit, a takedown) drops them at once; conditional GETs answer 304.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { ATOM_CONTENT_TYPE, renderAtom } from "../../feeds/atom.js";
import type { FeedDocument, FeedFormat } from "../../feeds/feed-model.js";
import type { FeedService, FeedSubject } from "../../feeds/feed-service.js";
import { JSON_FEED_CONTENT_TYPE, renderJsonFeed } from "../../feeds/json-feed.js";
import { RSS_CONTENT_TYPE, renderRss } from "../../feeds/rss.js";
import { DatelineError } from "../../shared/errors.js";
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

const SERIALIZERS: Record<FeedFormat, { render: (d: FeedDocument) => string; contentType: string }> = {
  rss: { render: renderRss, contentType: RSS_CONTENT_TYPE },
  atom: { render: renderAtom, contentType: ATOM_CONTENT_TYPE },
  json: { render: renderJsonFeed, contentType: JSON_FEED_CONTENT_TYPE },
};

/** Telegram usernames: 5–32 letters, digits and underscores; a little slack for older ones. */
const Username = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, "a channel username is letters, digits and _");
/** Tags are hashtag words and dateline places; anything longer is not one of ours. */
const Tag = z.string().min(1).max(200, "a tag is at most 200 characters");

function param<T>(schema: z.ZodType<T>, value: string | undefined, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new DatelineError("BAD_REQUEST", `Invalid ${what}: ${r.error.issues[0]?.message ?? "malformed"}`);
  }
  return r.data;
}

export function feedRoutes(feeds: FeedService, cache: PageCache): Hono {
  const app = new Hono();

  const serve = (format: FeedFormat, subject: (c: Context) => FeedSubject) => async (c: Context) => {
    const result = await feeds.feed(subject(c));
    if (!result) return c.notFound();
    const s = SERIALIZERS[format];
    return respondDocument(c, cache, {
      body: s.render(result.doc),
      contentType: s.contentType,
      lastModified: result.lastModified,
    });
  };

  const under: [string, (c: Context) => FeedSubject][] = [
    ["", () => ({ kind: "site" })],
    ["/tag/:tag", (c) => ({ kind: "tag", tag: param(Tag, c.req.param("tag"), "tag") })],
    [
      "/channel/:username",
      (c) => ({ kind: "channel", username: param(Username, c.req.param("username"), "channel") }),
    ],
  ];
  for (const [prefix, subject] of under) {
    app.get(`${prefix}/feed/`, serve("rss", subject));
    app.get(`${prefix}/feed/atom/`, serve("atom", subject));
    app.get(`${prefix}/feed.json`, serve("json", subject));
  }
  return app;
}
