// Edition pages under /<lang>/: the same addresses as the originals', prefixed with the edition's language
// (/en/, /en/page/N/, /en/YYYY/[MM/[DD/]], /en/tag/<tag>/, /en/YYYY/MM/DD/<slug>/), and the feeds /en/feed/
// (RSS), /en/feed/atom/ (Atom) and /en/feed.json (JSON Feed). /en/search is in search.ts.
// A first segment that is not an edition language falls through to the other routes.
import type { Context, Next } from "hono";
import { Hono } from "hono";
import type { EditionPages } from "../../translation/edition-pages.js";
import type { FeedFormat } from "../feeds/feed-document.js";
import { respondDocument } from "../feeds/respond-document.js";
import type { PageCache } from "../page-cache.js";
import { respondPage } from "../respond.js";

const L = ":lang{[a-z]{2,3}(?:-[a-z0-9]{2,8})?}";
const Y = ":year{[0-9]{4}}";
const M = ":month{[0-9]{2}}";
const D = ":day{[0-9]{2}}";
const N = ":page{[0-9]{1,4}}";

export function editionRoutes(pages: EditionPages, cache: PageCache): Hono {
  const app = new Hono();
  const num = (v: string | undefined) => (v === undefined ? undefined : Number.parseInt(v, 10));
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

  app.get(
    `/${L}/`,
    edition(async (c, lang) => respondPage(c, cache, await pages.home(lang, 1))),
  );
  app.get(
    `/${L}/page/${N}/`,
    edition(async (c, lang) => respondPage(c, cache, await pages.home(lang, num(c.req.param("page"))!))),
  );
  const feed = (format: FeedFormat) =>
    edition(async (c, lang) => {
      const result = await pages.feed(lang, format);
      return respondDocument(c, cache, result, { tags: result.tags });
    });
  app.get(`/${L}/feed/`, feed("rss"));
  app.get(`/${L}/feed/atom/`, feed("atom"));
  app.get(`/${L}/feed.json`, feed("json"));
  for (const suffix of ["", `page/${N}/`]) {
    const page = (c: Context) => num(c.req.param("page")) ?? 1;
    app.get(
      `/${L}/${Y}/${suffix}`,
      edition(async (c, lang) =>
        respondPage(
          c,
          cache,
          await pages.archive(lang, num(c.req.param("year"))!, undefined, undefined, page(c)),
        ),
      ),
    );
    app.get(
      `/${L}/${Y}/${M}/${suffix}`,
      edition(async (c, lang) =>
        respondPage(
          c,
          cache,
          await pages.archive(lang, num(c.req.param("year"))!, num(c.req.param("month")), undefined, page(c)),
        ),
      ),
    );
    app.get(
      `/${L}/${Y}/${M}/${D}/${suffix}`,
      edition(async (c, lang) =>
        respondPage(
          c,
          cache,
          await pages.archive(
            lang,
            num(c.req.param("year"))!,
            num(c.req.param("month")),
            num(c.req.param("day")),
            page(c),
          ),
        ),
      ),
    );
    app.get(
      `/${L}/tag/:tag/${suffix}`,
      edition(async (c, lang) =>
        respondPage(c, cache, await pages.tag(lang, c.req.param("tag") ?? "", page(c))),
      ),
    );
  }
  app.get(
    `/${L}/${Y}/${M}/${D}/:slug/`,
    edition(async (c, lang) => {
      const { year, month, day, slug } = c.req.param();
      const path = new URL(c.req.url).pathname;
      return respondPage(c, cache, await pages.article(lang, `${year}/${month}/${day}/${slug}`, path));
    }),
  );
  return app;
}
