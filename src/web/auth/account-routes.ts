// The reader's own sign-in pages:
//
//   GET  /auth/?return=   signed in as… (with Log Out / Change), or the providers to sign in with
//   GET  /auth/done?return=   a popup's last page: tells the opener, closes
//   POST /auth/logout     signs out (CSRF token required); the Change button does the same, then the form
//                         offers the providers
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import type { ReaderAuthService } from "../../auth/reader-auth-service.js";
import { SESSION_COOKIE } from "../../auth/reader-auth-service.js";
import { DEFAULT_RETURN, safeReturnPath } from "../../auth/return-path.js";
import { DatelineError } from "../../shared/errors.js";
import { CSRF_FIELD, csrfToken, verifyCsrf } from "../csrf.js";
import type { SitePages } from "../pages/site-pages.js";
import { renderAccountPage } from "./account-page.js";
import { clearSessionCookie, PRIVATE, refusalPage } from "./auth-http.js";
import { providerLabel } from "./signed-in-as.js";
import { renderSignedInPage } from "./signed-in-page.js";

export interface AccountRouteDeps {
  auth: ReaderAuthService;
  site: SitePages;
  /** Site secret, for CSRF tokens. */
  secret: string;
}

const SIGN_OUT_EXPIRED =
  "Signing out failed: the form had expired or did not come from this site. Please reload the page and try again.";

export function accountRoutes(d: AccountRouteDeps): Hono {
  const app = new Hono();

  app.get("/auth/", async (c) => {
    const returnTo = safeReturnPath(c.req.query("return")) ?? "/auth/#respond";
    const reader = await d.auth.currentReader(getCookie(c));
    const options = d.auth.options();
    const signedIn = reader
      ? { reader, providerLabel: providerLabel(options, reader.provider), csrfToken: csrfToken(c, d.secret) }
      : null;
    const html = renderAccountPage(await d.site.siteView(), { signedIn, options, returnTo });
    return c.html(html, 200, PRIVATE);
  });

  app.get("/auth/done", (c) =>
    c.html(renderSignedInPage(safeReturnPath(c.req.query("return")) ?? DEFAULT_RETURN), 200, PRIVATE),
  );

  app.post("/auth/logout", async (c) => {
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    // "return_to" is the comment form's name for it.
    const returnTo = safeReturnPath(body.return ?? body.return_to) ?? DEFAULT_RETURN;
    if (!verifyCsrf(c, d.secret, body[CSRF_FIELD]))
      return refusalPage(c, new DatelineError("FORBIDDEN", SIGN_OUT_EXPIRED), returnTo);
    await d.auth.signOut(getCookie(c, SESSION_COOKIE));
    clearSessionCookie(c);
    return c.redirect(returnTo, 303);
  });

  return app;
}
