// Editors' sign-in and sign-out at /admin/login and /admin/logout. Passwords are argon2id; a session is
// the dl_admin cookie (its own, apart from readers'), sent only to /admin. Failed attempts are throttled per
// address and per username.
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { ADMIN_COOKIE, type AdminAuth, type LoginResult, SESSION_MAX_SECONDS } from "../../admin/index.js";
import { DatelineError, isDatelineError } from "../../shared/errors.js";
import { isHttps } from "../csrf.js";
import { parseInput } from "../parse-input.js";
import { type AdminEnv, adminFrame, requireCsrf, requireCsrfForm, sessionEditor } from "./admin-session.js";
import { clientIp, type TrustedProxies } from "./from-comments.js";
import { renderLoginPage } from "./login-page.js";

export interface LoginRouteDeps {
  auth: AdminAuth;
  secret: string;
  /** Proxies whose X-Forwarded-For is believed (the throttle counts the client's address). */
  trustedProxies: TrustedProxies;
}

const QUEUE = "/admin/comments?status=pending";

const loginForm = z.object({
  _csrf: z.string().max(200).optional(),
  username: z.string().max(100).default(""),
  password: z.string().max(1024).default(""),
});

/** Why a sign-in was refused, as the page says it (RATE_LIMITED 429, UNAUTHORIZED 401). */
function loginRefusal(reason: Extract<LoginResult, { ok: false }>["reason"]): DatelineError {
  return reason === "throttled"
    ? new DatelineError("RATE_LIMITED", "Too many failed attempts. Wait fifteen minutes and try again.")
    : new DatelineError("UNAUTHORIZED", "Wrong username or password.");
}

export function loginRoutes(d: LoginRouteDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/admin", async (c) => c.redirect((await sessionEditor(d.auth, c)) ? QUEUE : "/admin/login", 303));

  app.get("/admin/login", (c) => c.html(renderLoginPage(adminFrame(c, d.secret, "Sign in"), ""), 200));

  // A refused sign-in shows the form again, with the reason and the status of its code.
  app.post("/admin/login", async (c) => {
    let username = "";
    try {
      const form = parseInput(loginForm, await c.req.parseBody(), "Fill in both fields.");
      username = form.username;
      requireCsrf(c, d.secret, form._csrf, "Please sign in again (the form had expired).");
      const result = await d.auth.login(form.username, form.password, requestIp(c, d.trustedProxies));
      if (!result.ok) throw loginRefusal(result.reason);
      setCookie(c, ADMIN_COOKIE, result.token, {
        httpOnly: true,
        sameSite: "Strict",
        secure: isHttps(c),
        path: "/admin",
        maxAge: SESSION_MAX_SECONDS,
      });
      return c.redirect(QUEUE, 303);
    } catch (e) {
      if (!isDatelineError(e) || e.status >= 500) throw e;
      const frame = adminFrame(c, d.secret, "Sign in", { errors: [e.message] });
      return c.html(renderLoginPage(frame, username), e.status as ContentfulStatusCode);
    }
  });

  app.post("/admin/logout", async (c) => {
    await requireCsrfForm(c, d.secret);
    await d.auth.logout(getCookie(c, ADMIN_COOKIE));
    deleteCookie(c, ADMIN_COOKIE, { path: "/admin", secure: isHttps(c) });
    return c.redirect("/admin/login", 303);
  });

  return app;
}

/** The client's address, for the throttle (X-Forwarded-For only from a trusted proxy). */
function requestIp(c: Context, trustedProxies: TrustedProxies): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return clientIp(incoming?.socket?.remoteAddress, c.req.header("x-forwarded-for"), trustedProxies);
}
