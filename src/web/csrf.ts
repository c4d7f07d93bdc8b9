// CSRF protection for every form: a random per-browser secret in an HttpOnly, SameSite=Lax cookie, and
// in the form an HMAC of it under the site secret (the "signed double-submit cookie" of the OWASP CSRF
// cheat sheet). A cross-site page can neither read the cookie nor compute the token.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";

export const CSRF_COOKIE = "dl_csrf";
export const CSRF_FIELD = "_csrf";
const COOKIE_BYTES = 24;
const ONE_YEAR = 365 * 24 * 3600;

function sign(secret: string, value: string): string {
  return createHmac("sha256", secret).update(`csrf:${value}`).digest("base64url");
}

export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
}

/** The browser's CSRF secret, set now if it has none. Returns null when it had none (a first visit). */
export function csrfCookie(c: Context, create: boolean): string | null {
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{20,64}$/.test(existing)) return existing;
  if (!create) return null;
  const value = randomBytes(COOKIE_BYTES).toString("base64url");
  setCookie(c, CSRF_COOKIE, value, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c),
    path: "/",
    maxAge: ONE_YEAR,
  });
  return value;
}

/** A token for a form on this response (sets the cookie when the browser has none). */
export function csrfToken(c: Context, secret: string): string {
  return sign(secret, csrfCookie(c, true)!);
}

/** True when the submitted token matches this browser's cookie. */
export function verifyCsrf(c: Context, secret: string, submitted: unknown): boolean {
  const cookie = csrfCookie(c, false);
  if (!cookie || typeof submitted !== "string" || submitted.length > 100) return false;
  const expected = Buffer.from(sign(secret, cookie));
  const given = Buffer.from(submitted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
