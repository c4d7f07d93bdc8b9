// What sign-in's answers share: headers that keep them private, the sign-in-in-progress and session
// cookies, and the page of a refused sign-in.
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import {
  FLOW_COOKIE,
  FLOW_COOKIE_PATH,
  FLOW_SECONDS,
  SESSION_COOKIE,
  SESSION_SECONDS,
} from "../../auth/reader-auth-service.js";
import type { DatelineError } from "../../shared/errors.js";
import { isHttps } from "../csrf.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import { renderSignInFailedPage } from "./sign-in-failed-page.js";

/** Every page here is personal: never cached. */
export const PRIVATE = { ...SECURITY_HEADERS, "cache-control": "no-store" };
/** The callback's URL holds a code and a state: it is sent on as no Referer. */
export const CALLBACK = { ...PRIVATE, "referrer-policy": "no-referrer" };

export function setFlowCookie(c: Context, value: string): void {
  setCookie(c, FLOW_COOKIE, value, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c),
    path: FLOW_COOKIE_PATH,
    maxAge: FLOW_SECONDS,
  });
}

export function clearFlowCookie(c: Context): void {
  deleteCookie(c, FLOW_COOKIE, {
    path: FLOW_COOKIE_PATH,
    secure: isHttps(c),
    httpOnly: true,
    sameSite: "Lax",
  });
}

export function setSessionCookie(c: Context, value: string): void {
  setCookie(c, SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c),
    path: "/",
    maxAge: SESSION_SECONDS,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c), httpOnly: true, sameSite: "Lax" });
}

/**
 * A refusal as sign-in answers it: the "Sign-in failed" page (it may be in a popup) with the error's message,
 * the way back, and the status of the error's code (BAD_REQUEST 400, FORBIDDEN 403, NOT_FOUND 404,
 * NETWORK 502).
 */
export function refusalPage(
  c: Context,
  e: DatelineError,
  returnTo: string,
  headers: Record<string, string> = PRIVATE,
): Response {
  const html = renderSignInFailedPage({ message: e.message, returnTo });
  return c.html(html, e.status as ContentfulStatusCode, headers);
}
