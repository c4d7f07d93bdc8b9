// Reader sign-in over HTTP. The work is in src/auth/ (ReaderAuthService); these routes move cookies and pick
// pages: the reader's own pages (account-routes) and sign-ins with a provider (sign-in-routes). Every page
// here is personal and never cached.
import { Hono } from "hono";
import type { ReaderAuthService } from "../../auth/reader-auth-service.js";
import type { Logger } from "../../shared/logger.js";
import type { SitePages } from "../pages/site-pages.js";
import { IMMUTABLE } from "../respond.js";
import { accountRoutes } from "./account-routes.js";
import { signInRoutes } from "./sign-in-routes.js";
import { SIGNIN_SCRIPT, SIGNIN_SCRIPT_PATH } from "./signin-script.js";

export interface AuthRouteDeps {
  auth: ReaderAuthService;
  site: SitePages;
  /** Site secret, for CSRF tokens. */
  secret: string;
  log: Logger;
}

export function authRoutes(d: AuthRouteDeps): Hono {
  const app = new Hono();
  app.get(
    SIGNIN_SCRIPT_PATH,
    () =>
      new Response(SIGNIN_SCRIPT, {
        headers: {
          "content-type": "text/javascript; charset=utf-8",
          "cache-control": IMMUTABLE,
          "x-content-type-options": "nosniff",
        },
      }),
  );
  app.route("/", accountRoutes({ auth: d.auth, site: d.site, secret: d.secret }));
  app.route("/", signInRoutes({ auth: d.auth, log: d.log }));
  return app;
}
