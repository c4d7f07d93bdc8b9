// What every editors' page shares: the signed-in editor (the dl_admin session), the page frame, the CSRF
// check of every POST, headers that keep the pages out of caches and search engines, and how a refusal
// is answered.
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { z } from "zod";
import { ADMIN_COOKIE, type AdminAuth, type Editor } from "../../admin/index.js";
import { DatelineError } from "../../shared/errors.js";
import { csrfToken, verifyCsrf } from "../csrf.js";
import { parseInput } from "../parse-input.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import type { AdminFrame } from "./models.js";

export type AdminEnv = { Variables: { editor: Editor } };

const ADMIN_HEADERS = {
  ...SECURITY_HEADERS,
  "cache-control": "no-store",
  "x-robots-tag": "noindex, nofollow",
};

export const FORM_EXPIRED =
  "The form expired or came from another site. Go back, reload the page and try again.";

/** Never cached, never indexed: set on every answer under /admin, refusals included. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [k, v] of Object.entries(ADMIN_HEADERS)) c.res.headers.set(k, v);
};

/** The editor of this browser's session, or null. */
export function sessionEditor(auth: AdminAuth, c: Context): Promise<Editor | null> {
  return auth.session(getCookie(c, ADMIN_COOKIE));
}

/** Lets signed-in editors through (with c.get("editor")); sends anyone else to the sign-in page. */
export function signedIn(auth: AdminAuth): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const editor = await sessionEditor(auth, c);
    if (!editor) return c.redirect("/admin/login", 303);
    c.set("editor", editor);
    await next();
  };
}

/** A form that carries nothing but the CSRF token (anything else in its place counts as no token). */
const csrfOnlyForm = z.object({ _csrf: z.string().optional().catch(undefined) });

/** Throws FORBIDDEN unless the submitted token is this browser's. */
export function requireCsrf(c: Context, secret: string, token: unknown, message = FORM_EXPIRED): void {
  if (!verifyCsrf(c, secret, token)) throw new DatelineError("FORBIDDEN", message);
}

/** For a form with nothing but the token (sign out, remove a block): throws FORBIDDEN unless it is ours. */
export async function requireCsrfForm(c: Context, secret: string): Promise<void> {
  const form = parseInput(csrfOnlyForm, await c.req.parseBody(), "Unrecognised form.");
  requireCsrf(c, secret, form._csrf);
}

/** The frame of a page: title, the signed-in editor (none on the sign-in page), a fresh CSRF token. */
export function adminFrame(
  c: Context<AdminEnv>,
  secret: string,
  title: string,
  extra: Partial<AdminFrame> = {},
): AdminFrame {
  return {
    title,
    editor: c.get("editor")?.username ?? null,
    csrf: csrfToken(c, secret),
    notice: null,
    errors: [],
    ...extra,
  };
}
