// The whole web application of a running site: the core pages plus every feature's routes.
import type { Hono } from "hono";
import type { Services } from "../services.js";
import { createApp } from "./app.js";
import { feedRoutes } from "./routes/feeds.js";
import { sitemapRoutes } from "./routes/sitemaps.js";
import { telegramWebhookRoutes } from "./routes/telegram-webhook.js";

export function createSiteApp(s: Services): Hono {
  const extra: Hono[] = [];
  const webhookSecret = s.config.telegram.webhookSecret;
  if (s.telegram && webhookSecret)
    extra.push(telegramWebhookRoutes(s.telegram.handler, webhookSecret, s.log));
  extra.push(feedRoutes(s.feeds, s.cache), sitemapRoutes(s.sitemaps, s.tagIndex, s.cache));
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
