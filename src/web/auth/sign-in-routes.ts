// A sign-in with a provider: its start (a redirect to the provider, "Connecting to …" first in a popup, or
// Telegram's Login Widget page) and the provider sending the reader back.
//
//   GET  /auth/<provider>/start?return=      (popup=1 in a popup window)
//   GET  /auth/<provider>/callback           code and state, or error
//   GET  /auth/oidc/<name>/start|callback    the same, for OpenID Connect providers
//   GET  /auth/telegram/start|callback       the widget page, and its redirect with the login data
import { type Context, Hono } from "hono";
import { getCookie } from "hono/cookie";
import { isSignInError } from "../../auth/errors.js";
import type { OAuthProvider } from "../../auth/providers/oauth-provider.js";
import {
  type FinishedSignIn,
  FLOW_COOKIE,
  type ReaderAuthService,
  SESSION_COOKIE,
} from "../../auth/reader-auth-service.js";
import { DEFAULT_RETURN, safeReturnPath } from "../../auth/return-path.js";
import { DatelineError } from "../../shared/errors.js";
import type { Logger } from "../../shared/logger.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import {
  CALLBACK,
  clearFlowCookie,
  PRIVATE,
  refusalPage,
  setFlowCookie,
  setSessionCookie,
} from "./auth-http.js";
import { renderConnectingPage } from "./connecting-page.js";
import { renderTelegramLoginPage } from "./telegram-login-page.js";

export interface SignInRouteDeps {
  auth: ReaderAuthService;
  log: Logger;
}

const NOT_OFFERED = "Signing in with this provider is not offered on this site.";

/** Telegram's widget: its script from telegram.org, its button in a frame from oauth.telegram.org. */
function telegramCsp(widgetUrl: string): string {
  const scriptOrigin = new URL(widgetUrl).origin;
  return SECURITY_HEADERS["content-security-policy"]!.replace(
    "script-src 'self'",
    `script-src 'self' ${scriptOrigin}`,
  ).concat("; frame-src https://oauth.telegram.org");
}

export function signInRoutes(d: SignInRouteDeps): Hono {
  const app = new Hono();

  app.get("/auth/telegram/start", async (c) => {
    const telegram = d.auth.telegram();
    if (!telegram) return notOffered(c);
    const popup = c.req.query("popup") === "1";
    try {
      setFlowCookie(c, (await d.auth.startTelegram(c.req.query("return"), popup)).flowCookie);
    } catch (e) {
      return notStarted(c, d.log, e);
    }
    const html = renderTelegramLoginPage({
      botUsername: telegram.botUsername,
      widgetUrl: telegram.widgetUrl,
      callbackUrl: d.auth.redirectUri("telegram"),
      returnTo: safeReturnPath(c.req.query("return")) ?? DEFAULT_RETURN,
      popup,
    });
    return c.html(html, 200, { ...PRIVATE, "content-security-policy": telegramCsp(telegram.widgetUrl) });
  });

  app.get("/auth/telegram/callback", async (c) => {
    const result = await d.auth.finishTelegram(getCookie(c, FLOW_COOKIE), new URL(c.req.url).searchParams);
    return finished(c, d.auth, result);
  });

  const oidc = (c: Context) => d.auth.oauthProvider(`oidc/${c.req.param("name")}`);
  const named = (c: Context) => d.auth.oauthProvider(c.req.param("provider") ?? "");
  app.get("/auth/oidc/:name/start", (c) => start(c, d, oidc(c)));
  app.get("/auth/oidc/:name/callback", (c) => callback(c, d.auth, oidc(c)));
  app.get("/auth/:provider/start", (c) => start(c, d, named(c)));
  app.get("/auth/:provider/callback", (c) => callback(c, d.auth, named(c)));

  return app;
}

/** Starts an OAuth sign-in: to the provider at once, or by way of "Connecting to …" in a popup. */
async function start(c: Context, d: SignInRouteDeps, provider: OAuthProvider | null): Promise<Response> {
  if (!provider) return notOffered(c);
  const popup = c.req.query("popup") === "1";
  let authorizeUrl: string;
  let label: string;
  try {
    const started = await d.auth.start(provider, c.req.query("return"), popup);
    setFlowCookie(c, started.flowCookie);
    authorizeUrl = started.authorizeUrl!;
    label = started.label;
  } catch (e) {
    return notStarted(c, d.log, e);
  }
  if (popup) return c.html(renderConnectingPage(label, authorizeUrl), 200, PRIVATE);
  return c.redirect(authorizeUrl, 302);
}

async function callback(c: Context, auth: ReaderAuthService, provider: OAuthProvider | null) {
  if (!provider) return notOffered(c);
  const result = await auth.finish(provider, getCookie(c, FLOW_COOKIE), new URL(c.req.url).searchParams);
  return finished(c, auth, result);
}

/** The end of a sign-in: the session cookie and back to the page (or the popup's last page), or why not. */
async function finished(c: Context, auth: ReaderAuthService, result: FinishedSignIn): Promise<Response> {
  clearFlowCookie(c);
  if (!result.ok) return refusalPage(c, result.error, result.returnTo, CALLBACK);
  // Signing in again (another account) ends the session this browser had.
  await auth.signOut(getCookie(c, SESSION_COOKIE));
  setSessionCookie(c, result.sessionCookie);
  const next = result.popup ? `/auth/done?return=${encodeURIComponent(result.returnTo)}` : result.returnTo;
  for (const [k, v] of Object.entries(CALLBACK)) c.header(k, v);
  return c.redirect(next, 303);
}

/** A sign-in refused at its start (a bad return address, an unreachable provider); anything else is thrown on. */
function notStarted(c: Context, log: Logger, e: unknown): Response {
  if (!isSignInError(e)) throw e;
  log.info("reader sign-in not started", { reason: e.reason });
  return refusalPage(c, e, DEFAULT_RETURN);
}

function notOffered(c: Context): Response {
  return refusalPage(c, new DatelineError("NOT_FOUND", NOT_OFFERED), DEFAULT_RETURN);
}
