// The whole web application of a running site: the core pages plus every feature's routes.
import type { Hono } from "hono";
import type { Services } from "../services.js";
import { createApp } from "./app.js";

export function createSiteApp(s: Services): Hono {
  const extra: Hono[] = [];
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
