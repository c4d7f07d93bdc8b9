// The CSRF token for a form on a page made for one browser. A section renders without the request's
// context, so the token is computed by csrf.ts itself from the browser's dl_csrf cookie; a browser without
// one gets no token (a section cannot set cookies) and goes through the confirm step or the script's
// token request instead.
import { Context } from "hono";
import { CSRF_COOKIE, csrfCookie, csrfToken } from "../csrf.js";

const COOKIE_VALUE = /^[A-Za-z0-9_-]{20,64}$/;

export function sectionCsrfToken(secret: string, cookies: Record<string, string>): string | null {
  const value = cookies[CSRF_COOKIE];
  if (!value || !COOKIE_VALUE.test(value)) return null;
  const c = new Context(
    new Request("http://section.invalid/", { headers: { cookie: `${CSRF_COOKIE}=${value}` } }),
  );
  return csrfCookie(c, false) ? csrfToken(c, secret) : null;
}
