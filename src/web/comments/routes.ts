// Comment routes: POST /comments (the form, with or without JavaScript), GET /comments/token (the script's
// CSRF token), /comments/<id>/ (a comment's stable address), the emailed confirm and unsubscribe links,
// the per-article comments feed (<article>/feed/), and the section's script and stylesheet.
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { formStamp, MAX_FORM_BYTES } from "../../comments/index.js";
import { csrfToken } from "../csrf.js";
import { cacheKey, IMMUTABLE, PAGE_CACHE_CONTROL, toResponse } from "../respond.js";
import { commentFeedXml } from "./comment-feed.js";
import { NO_STORE } from "./comment-responses.js";
import { COMMENTS_ASSET } from "./comments-asset.js";
import { COMMENTS_CSS, COMMENTS_CSS_PATH } from "./comments-css.js";
import { confirmAddress, confirmPage, unsubscribe, unsubscribePage } from "./email-links.js";
import { postComment } from "./post-comment.js";
import type { CommentRouteDeps } from "./route-deps.js";

export type { CommentRouteDeps } from "./route-deps.js";

export function commentRoutes(d: CommentRouteDeps): Hono {
  const app = new Hono();
  const asset = (path: string, body: string, contentType: string) =>
    app.get(path, (c) =>
      toResponse(
        c,
        d.cache.put(path, { status: 200, body, contentType, cacheControl: IMMUTABLE, tags: ["asset"] }),
      ),
    );
  asset(COMMENTS_ASSET.path, COMMENTS_ASSET.body, COMMENTS_ASSET.contentType);
  asset(COMMENTS_CSS_PATH, COMMENTS_CSS, "text/css; charset=utf-8");

  app.get("/comments/token", (c) =>
    c.json({ csrf: csrfToken(c, d.secret), stamp: formStamp(d.secret, d.clock.now()) }, 200, NO_STORE),
  );
  app.post(
    "/comments",
    bodyLimit({
      maxSize: MAX_FORM_BYTES,
      onError: (c) => c.text("The comment is too long.", 413, { "cache-control": "no-store" }),
    }),
    postComment(d),
  );
  app.get("/comments/:id{[0-9]{1,9}}/", async (c) => {
    const url = await d.comments.service.locate(Number(c.req.param("id")));
    if (!url) return c.notFound();
    return c.redirect(url, 302);
  });
  app.get("/comments/confirm/:token", confirmPage(d));
  app.post("/comments/confirm/:token", confirmAddress(d));
  app.get("/comments/unsubscribe/:token", unsubscribePage(d));
  app.post("/comments/unsubscribe/:token", unsubscribe(d));
  app.get("/:year{[0-9]{4}}/:month{[0-9]{2}}/:day{[0-9]{2}}/:slug/feed/", commentFeed(d));
  return app;
}

function commentFeed(d: CommentRouteDeps) {
  return async (c: Context) => {
    const { year, month, day, slug } = c.req.param();
    const feed = await d.comments.feeds.feed(`${year}/${month}/${day}/${slug}`);
    if (!feed) return c.notFound();
    return toResponse(
      c,
      d.cache.put(cacheKey(c), {
        status: 200,
        body: commentFeedXml(feed),
        contentType: "application/rss+xml; charset=utf-8",
        cacheControl: PAGE_CACHE_CONTROL,
        lastModified: feed.lastModified,
        tags: [`comments:${feed.articleId}`, `article:${feed.articleId}`],
      }),
    );
  };
}
