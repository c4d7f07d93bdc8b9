// Edition pages under /<lang>/: the same addresses as the originals', prefixed with the edition's language
// (/en/, /en/page/N/, /en/YYYY/[MM/[DD/]], /en/tag/<tag>/, /en/YYYY/MM/DD/<slug>/), and the feeds /en/feed/
// (RSS), /en/feed/atom/ (Atom) and /en/feed.json (JSON Feed). /en/search is served with the search pages.
// A first segment that is not an edition language falls through to the other routes.
import type { Context, Next } from "hono";
import { Hono } from "hono";
import type { FeedFormat } from "../feeds/feed-document.js";
import { respondDocument } from "../feeds/respond-document.js";
import type { PageCache } from "../page-cache.js";
import type { PageResult } from "../pages/site-pages.js";
import { respondPage } from "../respond.js";
import type { EditionPages } from "./edition-pages.js";

const L = ":lang{[a-z]{2,3}(?:-[a-z0-9]{2,8})?}";
const Y = ":year{[0-9]{4}}";
const M = ":month{[0-9]{2}}";
const D = ":day{[0-9]{2}}";
const N = ":page{[0-9]{1,4}}";

/** A route parameter the pattern already restricted to digits, as a number (undefined when absent). */
function num(c: Context, name: string): number | undefined {
  const v = c.req.param(name);
  return v === undefined ? undefined : Number.parseInt(v, 10);
}

export function editionRoutes(pages: EditionPages, cache: PageCache): Hono {
  const app = new Hono();
  // Each handler first checks that the segment names an edition; otherwise the next route answers.
  const edition =
    (handler: (c: Context, lang: string) => Promise<Response>) =>
    async (c: Context, next: Next): Promise<Response | undefined> => {
      const lang = c.req.param("lang") ?? "";
      if (!(await pages.isEdition(lang))) {
        await next();
        return undefined;
      }
      return handler(c, lang);
    };
  const page = (answer: (c: Context, lang: string) => Promise<PageResult>) =>
    edition(async (c, lang) => respondPage(c, cache, await answer(c, lang)));
  const feed = (format: FeedFormat) =>
    edition(async (c, lang) => {
      const result = await pages.feed(lang, format);
      return respondDocument(c, cache, result, { tags: result.tags });
    });

  app.get(
    `/${L}/`,
    page((_c, lang) => pages.home(lang, 1)),
  );
  app.get(
    `/${L}/page/${N}/`,
    page((c, lang) => pages.home(lang, num(c, "page")!)),
  );
  app.get(`/${L}/feed/`, feed("rss"));
  app.get(`/${L}/feed/atom/`, feed("atom"));
  app.get(`/${L}/feed.json`, feed("json"));
  const archive = (c: Context, lang: string) =>
    pages.archive(lang, num(c, "year")!, num(c, "month"), num(c, "day"), num(c, "page") ?? 1);
  for (const suffix of ["", `page/${N}/`]) {
    app.get(`/${L}/${Y}/${suffix}`, page(archive));
    app.get(`/${L}/${Y}/${M}/${suffix}`, page(archive));
    app.get(`/${L}/${Y}/${M}/${D}/${suffix}`, page(archive));
    app.get(
      `/${L}/tag/:tag/${suffix}`,
      page((c, lang) => pages.tag(lang, c.req.param("tag") ?? "", num(c, "page") ?? 1)),
    );
  }
  app.get(
    `/${L}/${Y}/${M}/${D}/:slug/`,
    page((c, lang) => {
      const { year, month, day, slug } = c.req.param();
      return pages.article(lang, `${year}/${month}/${day}/${slug}`, new URL(c.req.url).pathname);
    }),
  );
  return app;
}
