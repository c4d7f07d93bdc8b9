// The whole web application of a running site: the core pages plus every feature's routes.
import type { Hono } from "hono";
import type { Services } from "../services.js";
import { adminRoutes } from "./admin/routes.js";
import { createApp } from "./app.js";
import { authRoutes } from "./auth/routes.js";
import { commentRoutes } from "./comments/routes.js";
import { EditionPages, editionRoutes, presentEditionSite } from "./editions/index.js";
import { feedRoutes } from "./feeds/routes.js";
import { searchRoutes } from "./search/routes.js";
import { sitemapRoutes } from "./sitemaps/routes.js";
import { telegramWebhookRoutes } from "./telegram/webhook-routes.js";

export function createSiteApp(s: Services): Hono {
  const extra: Hono[] = [];
  const webhookSecret = s.config.telegram.webhookSecret;
  if (s.telegram && webhookSecret)
    extra.push(telegramWebhookRoutes(s.telegram.handler, webhookSecret, s.log));
  extra.push(
    feedRoutes(s.feeds, s.cache),
    sitemapRoutes({
      sitemaps: s.sitemaps,
      tagIndex: s.tagIndex,
      siteView: () => s.site.siteView(),
      cache: s.cache,
    }),
  );
  extra.push(authRoutes({ auth: s.auth, site: s.site, secret: s.secret, log: s.log }));
  extra.push(
    searchRoutes(
      {
        search: s.search,
        site: s.site,
        editions: {
          isEdition: (language) => s.translation.reader.isEdition(language),
          siteView: async (language) => presentEditionSite(await s.site.siteView(), language),
        },
      },
      s.cache,
    ),
  );
  const editionPages = new EditionPages({
    editions: s.translation.reader,
    siteView: () => s.site.siteView(),
    notFound: () => s.site.notFound(),
  });
  extra.push(editionRoutes(editionPages, s.cache));
  extra.push(
    commentRoutes({ comments: s.comments, site: s.site, cache: s.cache, clock: s.clock, secret: s.secret }),
    adminRoutes({ admin: s.admin, comments: s.comments, secret: s.secret, cache: s.cache }),
  );
  // routes: push feature route groups (Hono apps) above this line
  return createApp({
    site: s.site,
    cache: s.cache,
    media: s.media,
    log: s.log,
    health: async () => {
      await s.channels.list();
    },
    extra,
  });
}
