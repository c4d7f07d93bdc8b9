// Reader-facing pages with WordPress's addresses: /, /page/N/, /YYYY/, /YYYY/MM/, /YYYY/MM/DD/,
// /YYYY/MM/DD/<slug>/, /tag/<tag>/, and /p/<channel>/<message id> for links from Telegram.
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import type { PageCache } from "../page-cache.js";
import { respondPage } from "../respond.js";
import type { SitePages } from "./site-pages.js";

const Y = ":year{[0-9]{4}}";
const M = ":month{[0-9]{2}}";
const D = ":day{[0-9]{2}}";
const N = ":page{[0-9]{1,4}}";

export function pageRoutes(site: SitePages, cache: PageCache): Hono {
  const app = new Hono();
  const num = (v: string | undefined) => (v === undefined ? undefined : Number.parseInt(v, 10));

  app.get("/", async (c) => respondPage(c, cache, await site.home(1)));
  app.get(`/page/${N}/`, async (c) => respondPage(c, cache, await site.home(num(c.req.param("page"))!)));

  for (const suffix of ["", `page/${N}/`]) {
    app.get(`/${Y}/${suffix}`, async (c) =>
      respondPage(
        c,
        cache,
        await site.archive(num(c.req.param("year"))!, undefined, undefined, num(c.req.param("page")) ?? 1),
      ),
    );
    app.get(`/${Y}/${M}/${suffix}`, async (c) =>
      respondPage(
        c,
        cache,
        await site.archive(
          num(c.req.param("year"))!,
          num(c.req.param("month")),
          undefined,
          num(c.req.param("page")) ?? 1,
        ),
      ),
    );
    app.get(`/${Y}/${M}/${D}/${suffix}`, async (c) =>
      respondPage(
        c,
        cache,
        await site.archive(
          num(c.req.param("year"))!,
          num(c.req.param("month")),
          num(c.req.param("day")),
          num(c.req.param("page")) ?? 1,
        ),
      ),
    );
    app.get(`/tag/:tag/${suffix}`, async (c) =>
      respondPage(c, cache, await site.tag(c.req.param("tag"), num(c.req.param("page")) ?? 1)),
    );
  }

  app.get(`/${Y}/${M}/${D}/:slug/`, async (c) => {
    const { year, month, day } = c.req.param();
    const slug = c.req.param("slug");
    const url = new URL(c.req.url);
    const reader = { cookies: getCookie(c), query: url.searchParams };
    return respondPage(c, cache, await site.article(`${year}/${month}/${day}/${slug}`, url.pathname, reader));
  });
  app.get(`/${Y}/${M}/${D}/:slug/revisions/`, async (c) => {
    const { year, month, day, slug } = c.req.param();
    return respondPage(c, cache, await site.revisions(`${year}/${month}/${day}/${slug}`));
  });

  app.get("/p/:channel/:id{[0-9]{1,12}}", async (c) =>
    respondPage(c, cache, await site.postRedirect(c.req.param("channel"), Number(c.req.param("id")))),
  );
  return app;
}
