// Reader sign-in over HTTP. The work is in src/auth/ (ReaderAuthService); these routes move cookies and pick
// pages. Every page here is personal and never cached; the callback pages send no Referer (their URL holds
// a code and a state).
//
//   GET  /auth/                         the reader's sign-in: signed in as…, or the providers
//   GET  /auth/<provider>/start?return=  a sign-in begins (popup=1: "Connecting to …" first)
//   GET  /auth/<provider>/callback      the provider sends the reader back (code and state, or error)
//   GET  /auth/oidc/<name>/start|callback   the same, for OpenID Connect providers
//   GET  /auth/telegram/start|callback  Telegram's Login Widget page, and its redirect with the login data
//   GET  /auth/done?return=             a popup's last page: tells the opener, closes
//   POST /auth/logout                   signs out (CSRF token required); the Change button does the same, then the form offers the providers
import type { Context } from "hono";
import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { isSignInError, type SignInError } from "../../auth/errors.js";
import type { OAuthProvider } from "../../auth/providers/oauth-provider.js";
import {
  type FinishedSignIn,
  FLOW_COOKIE,
  FLOW_COOKIE_PATH,
  FLOW_SECONDS,
  type ReaderAuthService,
  SESSION_COOKIE,
  SESSION_SECONDS,
} from "../../auth/reader-auth-service.js";
import { DEFAULT_RETURN, safeReturnPath } from "../../auth/return-path.js";
import type { Logger } from "../../shared/logger.js";
import type { SiteService } from "../../site/site-service.js";
import { CSRF_FIELD, csrfToken, isHttps, verifyCsrf } from "../csrf.js";
import { IMMUTABLE } from "../respond.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import { renderAccountPage } from "./account-page.js";
import { renderConnectingPage } from "./connecting-page.js";
import { renderSignInFailedPage } from "./sign-in-failed-page.js";
import { providerLabel } from "./signed-in-as.js";
import { renderSignedInPage } from "./signed-in-page.js";
import { SIGNIN_SCRIPT, SIGNIN_SCRIPT_PATH } from "./signin-script.js";
import { renderTelegramLoginPage } from "./telegram-login-page.js";

export interface AuthRouteDeps {
  auth: ReaderAuthService;
  site: SiteService;
  /** Site secret, for CSRF tokens. */
  secret: string;
  log: Logger;
}

const PRIVATE = { ...SECURITY_HEADERS, "cache-control": "no-store" };
const CALLBACK = { ...PRIVATE, "referrer-policy": "no-referrer" };

/** Telegram's widget: its script from telegram.org, its button in a frame from oauth.telegram.org. */
function telegramCsp(widgetUrl: string): string {
  const scriptOrigin = new URL(widgetUrl).origin;
  return SECURITY_HEADERS["content-security-policy"]!.replace(
    "script-src 'self'",
    `script-src 'self' ${scriptOrigin}`,
  ).concat("; frame-src https://oauth.telegram.org");
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

  app.get("/auth/", async (c) => {
    const returnTo = safeReturnPath(c.req.query("return")) ?? "/auth/#respond";
    const reader = await d.auth.currentReader(getCookie(c));
    const options = d.auth.options();
    const html = renderAccountPage(await d.site.siteView(), {
      signedIn: reader
        ? {
            reader,
            providerLabel: providerLabel(options, reader.provider),
            csrfToken: csrfToken(c, d.secret),
          }
        : null,
      options,
      returnTo,
    });
    return c.html(html, 200, PRIVATE);
  });

  app.get("/auth/done", (c) =>
    c.html(renderSignedInPage(safeReturnPath(c.req.query("return")) ?? DEFAULT_RETURN), 200, PRIVATE),
  );

  app.get("/auth/telegram/start", async (c) => {
    const telegram = d.auth.telegram();
    if (!telegram) return notOffered(c);
    const popup = c.req.query("popup") === "1";
    try {
      const started = await d.auth.startTelegram(c.req.query("return"), popup);
      setFlowCookie(c, started.flowCookie);
      const html = renderTelegramLoginPage({
        botUsername: telegram.botUsername,
        widgetUrl: telegram.widgetUrl,
        callbackUrl: d.auth.redirectUri("telegram"),
        returnTo: safeReturnPath(c.req.query("return")) ?? DEFAULT_RETURN,
        popup,
      });
      return c.html(html, 200, { ...PRIVATE, "content-security-policy": telegramCsp(telegram.widgetUrl) });
    } catch (e) {
      return failed(c, e, DEFAULT_RETURN);
    }
  });

  app.get("/auth/telegram/callback", async (c) => {
    const result = await d.auth.finishTelegram(getCookie(c, FLOW_COOKIE), new URL(c.req.url).searchParams);
    return finished(c, result);
  });

  const start = async (c: Context, provider: OAuthProvider | null) => {
    if (!provider) return notOffered(c);
    const popup = c.req.query("popup") === "1";
    try {
      const started = await d.auth.start(provider, c.req.query("return"), popup);
      setFlowCookie(c, started.flowCookie);
      const url = started.authorizeUrl!;
      if (popup) return c.html(renderConnectingPage(started.label, url), 200, PRIVATE);
      return c.redirect(url, 302);
    } catch (e) {
      return failed(c, e, DEFAULT_RETURN);
    }
  };

  const callback = async (c: Context, provider: OAuthProvider | null) => {
    if (!provider) return notOffered(c);
    const result = await d.auth.finish(provider, getCookie(c, FLOW_COOKIE), new URL(c.req.url).searchParams);
    return finished(c, result);
  };

  app.get("/auth/oidc/:name/start", (c) => start(c, d.auth.oauthProvider(`oidc/${c.req.param("name")}`)));
  app.get("/auth/oidc/:name/callback", (c) =>
    callback(c, d.auth.oauthProvider(`oidc/${c.req.param("name")}`)),
  );
  app.get("/auth/:provider/start", (c) => start(c, d.auth.oauthProvider(c.req.param("provider"))));
  app.get("/auth/:provider/callback", (c) => callback(c, d.auth.oauthProvider(c.req.param("provider"))));

  app.post("/auth/logout", async (c) => {
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    // "return_to" is the comment form's name for it (src/web/views/comments/comment-form.tsx).
    const returnTo = safeReturnPath(body.return ?? body.return_to) ?? DEFAULT_RETURN;
    if (!verifyCsrf(c, d.secret, body[CSRF_FIELD])) {
      const html = renderSignInFailedPage({
        message:
          "Signing out failed: the form had expired or did not come from this site. Please reload the page and try again.",
        returnTo,
      });
      return c.html(html, 403, PRIVATE);
    }
    await d.auth.signOut(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c), httpOnly: true, sameSite: "Lax" });
    return c.redirect(returnTo, 303);
  });

  function setFlowCookie(c: Context, value: string): void {
    setCookie(c, FLOW_COOKIE, value, {
      httpOnly: true,
      sameSite: "Lax",
      secure: isHttps(c),
      path: FLOW_COOKIE_PATH,
      maxAge: FLOW_SECONDS,
    });
  }

  async function finished(c: Context, result: FinishedSignIn): Promise<Response> {
    deleteCookie(c, FLOW_COOKIE, {
      path: FLOW_COOKIE_PATH,
      secure: isHttps(c),
      httpOnly: true,
      sameSite: "Lax",
    });
    if (!result.ok) return failedPage(c, result.error, result.returnTo, CALLBACK);
    // Signing in again (another account) ends the session this browser had.
    await d.auth.signOut(getCookie(c, SESSION_COOKIE));
    setCookie(c, SESSION_COOKIE, result.sessionCookie, {
      httpOnly: true,
      sameSite: "Lax",
      secure: isHttps(c),
      path: "/",
      maxAge: SESSION_SECONDS,
    });
    const next = result.popup ? `/auth/done?return=${encodeURIComponent(result.returnTo)}` : result.returnTo;
    for (const [k, v] of Object.entries(CALLBACK)) c.header(k, v);
    return c.redirect(next, 303);
  }

  function failed(c: Context, e: unknown, returnTo: string): Response {
    if (!isSignInError(e)) throw e;
    d.log.info("reader sign-in not started", { reason: e.reason });
    return failedPage(c, e, returnTo, PRIVATE);
  }

  function failedPage(
    c: Context,
    e: SignInError,
    returnTo: string,
    headers: Record<string, string>,
  ): Response {
    const status = e.code === "NETWORK" ? 502 : 400;
    return c.html(renderSignInFailedPage({ message: e.message, returnTo }), status, headers);
  }

  function notOffered(c: Context): Response {
    const html = renderSignInFailedPage({
      message: "Signing in with this provider is not offered on this site.",
      returnTo: DEFAULT_RETURN,
    });
    return c.html(html, 404, PRIVATE);
  }

  return app;
}
