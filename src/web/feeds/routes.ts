// Feeds at WordPress's addresses: /feed/ (RSS 2.0), /feed/atom/ (Atom), /feed.json (JSON Feed 1.1), and the
// same three under /tag/<tag>/ and /channel/<username>/. Kept in the page cache under "listing", so any
// article change (a new post, an edit, a takedown) drops them at once; conditional GETs answer 304.
import { type Context, Hono } from "hono";
import { z } from "zod";
import type { FeedService, FeedSubject } from "../../feeds/feed-service.js";
import { DatelineError } from "../../shared/errors.js";
import type { PageCache } from "../page-cache.js";
import type { FeedFormat } from "./feed-document.js";
import { presentFeed } from "./present-feed.js";
import { renderFeed } from "./render-feed.js";
import { respondDocument } from "./respond-document.js";

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
    const { body, contentType } = renderFeed(format, presentFeed(result.feed));
    return respondDocument(c, cache, { body, contentType, lastModified: result.lastModified });
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
