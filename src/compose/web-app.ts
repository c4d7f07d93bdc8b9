// The web side of the composition root: the site's Hono app, every feature's route group wired with the
// parts it uses.
import type { Hono } from "hono";
import { adminRoutes } from "../web/admin/routes.js";
import { createApp } from "../web/app.js";
import { authRoutes } from "../web/auth/routes.js";
import { commentRoutes } from "../web/comments/routes.js";
import { EditionPages, editionRoutes, presentEditionSite } from "../web/editions/index.js";
import { feedRoutes } from "../web/feeds/routes.js";
import { searchRoutes } from "../web/search/routes.js";
import { sitemapRoutes } from "../web/sitemaps/routes.js";
import { telegramWebhookRoutes } from "../web/telegram/webhook-routes.js";
import type { Services } from "./services.js";

/** Every route group of the site, each given what it uses; the core pages and media are mounted last. */
export function createSiteApp(s: Services): Hono {
  return createApp({
    site: s.site,
    cache: s.cache,
    media: s.media,
    log: s.log,
    health: async () => {
      await s.channels.list();
    },
    // In the order they were always matched: the webhook, documents, sign-in, search and editions, then forms.
    extra: [...telegramRoutes(s), ...readerRoutes(s), ...editionAndSearchRoutes(s), ...formRoutes(s)],
  });
}

/** POST /telegram/webhook, when a bot and its webhook secret are configured. */
function telegramRoutes(s: Services): Hono[] {
  const secret = s.config.telegram.webhookSecret;
  return s.telegram && secret ? [telegramWebhookRoutes(s.telegram.handler, secret, s.log)] : [];
}

function readerRoutes(s: Services): Hono[] {
  return [
    feedRoutes(s.feeds, s.cache),
    sitemapRoutes({
      sitemaps: s.sitemaps,
      tagIndex: s.tagIndex,
      siteView: () => s.site.siteView(),
      cache: s.cache,
    }),
    authRoutes({ auth: s.auth, site: s.site, secret: s.secret, log: s.log }),
  ];
}

function editionAndSearchRoutes(s: Services): Hono[] {
  const editions = {
    isEdition: (language: string) => s.translation.reader.isEdition(language),
    siteView: async (language: string) => presentEditionSite(await s.site.siteView(), language),
  };
  const editionPages = new EditionPages({
    editions: s.translation.reader,
    siteView: () => s.site.siteView(),
    notFound: () => s.site.notFound(),
  });
  return [
    searchRoutes({ search: s.search, site: s.site, editions }, s.cache),
    editionRoutes(editionPages, s.cache),
  ];
}

/** Readers' comments and the editors' desk. */
function formRoutes(s: Services): Hono[] {
  return [
    commentRoutes({ comments: s.comments, site: s.site, cache: s.cache, clock: s.clock, secret: s.secret }),
    adminRoutes({ admin: s.admin, comments: s.comments, secret: s.secret, cache: s.cache }),
  ];
}
