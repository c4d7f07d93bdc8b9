// What every comment page answer shares: never stored by caches, cookies for this site only, and the notice
// pages (a comment not posted, the emailed links).
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isHttps } from "../csrf.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import type { NoticePageView } from "./models.js";
import { renderNoticePage } from "./notice-page.js";
import type { CommentRouteDeps } from "./route-deps.js";

export const NO_STORE = { ...SECURITY_HEADERS, "cache-control": "no-store" };

export function cookieOptions(c: Context, maxAge: number) {
  return { httpOnly: true, sameSite: "Lax", secure: isHttps(c), path: "/", maxAge } as const;
}

export async function noticeResponse(
  c: Context,
  d: Pick<CommentRouteDeps, "site">,
  status: ContentfulStatusCode,
  view: NoticePageView,
): Promise<Response> {
  return c.html(renderNoticePage(await d.site.siteView(), view), status, NO_STORE);
}
