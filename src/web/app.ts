// The web application: routes composed into one Hono app. Routes get services, never the database.
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { MediaStore } from "../media/media-store.js";
import type { Logger } from "../shared/logger.js";
import { errorAnswer, wantsJson } from "./error-response.js";
import { mediaRoutes } from "./media/routes.js";
import type { PageCache } from "./page-cache.js";
import { pageRoutes } from "./pages/routes.js";
import type { SitePages } from "./pages/site-pages.js";
import { IMMUTABLE, respondPage, toResponse } from "./respond.js";
import { SECURITY_HEADERS } from "./security-headers.js";
import { SITE_CSS, SITE_CSS_PATH } from "./views/index.js";

export interface WebDeps {
  site: SitePages;
  cache: PageCache;
  media: MediaStore;
  log: Logger;
  /** Answers /healthz: throws when the database is unreachable. */
  health: () => Promise<void>;
  /** Extra route groups (Telegram webhook, admin, comments) mounted before the pages. */
  extra?: Hono[];
}

export function createApp(deps: WebDeps): Hono {
  const app = new Hono({ strict: true });

  app.get("/healthz", async (c) => {
    try {
      await deps.health();
      return c.json({ ok: true }, 200, { "cache-control": "no-store" });
    } catch {
      return c.json({ ok: false }, 503, { "cache-control": "no-store" });
    }
  });

  app.get(SITE_CSS_PATH, (c) =>
    toResponse(
      c,
      deps.cache.put(SITE_CSS_PATH, {
        status: 200,
        body: SITE_CSS,
        contentType: "text/css; charset=utf-8",
        cacheControl: IMMUTABLE,
        tags: ["asset"],
      }),
    ),
  );

  for (const group of deps.extra ?? []) app.route("/", group);
  app.route("/", mediaRoutes(deps.media));
  app.route("/", pageRoutes(deps.site, deps.cache));

  app.notFound(async (c) => {
    const url = new URL(c.req.url);
    // WordPress-style addresses end with a slash; "/2021/02" finds "/2021/02/".
    if (
      (c.req.method === "GET" || c.req.method === "HEAD") &&
      !url.pathname.endsWith("/") &&
      !/\.[a-z0-9]+$/i.test(url.pathname)
    ) {
      const withSlash = `${url.pathname}/`;
      const probe = await app.request(withSlash, { method: "HEAD" });
      if (probe.status === 200 || probe.status === 301) return c.redirect(withSlash + url.search, 301);
    }
    return respondPage(c, deps.cache, await deps.site.notFound());
  });

  app.onError(async (err, c) => {
    const answer = errorAnswer(err);
    const path = new URL(c.req.url).pathname;
    if (answer.fault) deps.log.error("request failed", { path, error: err });
    const headers = { ...SECURITY_HEADERS, "cache-control": "no-store" };
    const status = answer.status as ContentfulStatusCode;
    if (wantsJson(c.req.header("accept"), path))
      return c.json({ error: { code: answer.code, message: answer.message } }, status, headers);
    const html = await deps.site
      .errorPage(answer.status, answer.title, answer.message)
      .catch(() => answer.title);
    return c.html(html, status, headers);
  });
  return app;
}
