// The editors' pages at /admin: sign-in (login-routes), the comment queue (moderation-routes), blocks
// (block-routes) and translated editions (edition-routes). Never cached (Cache-Control: no-store), never
// indexed; every POST checks the CSRF token; everything but the sign-in needs an editor's session.
import { Hono } from "hono";
import type { Admin } from "../../admin/index.js";
import type { Comments } from "../../comments/index.js";
import type { PageCache } from "../page-cache.js";
import { IMMUTABLE, toResponse } from "../respond.js";
import { ADMIN_CSS, ADMIN_CSS_PATH } from "./admin-css.js";
import { type AdminEnv, noStore, signedIn } from "./admin-session.js";
import { blockRoutes } from "./block-routes.js";
import { editionRoutes } from "./edition-routes.js";
import { loginRoutes } from "./login-routes.js";
import { moderationRoutes } from "./moderation-routes.js";

export interface AdminRouteDeps {
  admin: Admin;
  comments: Comments;
  secret: string;
  /** Keeps the stylesheet (content-versioned, immutable). */
  cache: PageCache;
}

/** Sections behind the editor's session. */
const SIGNED_IN = ["/admin/comments", "/admin/blocks", "/admin/editions"];

export function adminRoutes(d: AdminRouteDeps): Hono {
  const app = new Hono<AdminEnv>();
  const { secret } = d;
  const moderation = d.comments.moderation;

  app.get(ADMIN_CSS_PATH, (c) =>
    toResponse(
      c,
      d.cache.put(ADMIN_CSS_PATH, {
        status: 200,
        body: ADMIN_CSS,
        contentType: "text/css; charset=utf-8",
        cacheControl: IMMUTABLE,
        tags: ["asset"],
      }),
    ),
  );
  app.use("/admin", noStore);
  app.use("/admin/*", noStore);

  app.route("/", loginRoutes({ auth: d.admin.auth, secret, trustedProxies: d.comments.trustedProxies }));
  for (const section of SIGNED_IN) {
    app.use(section, signedIn(d.admin.auth));
    app.use(`${section}/*`, signedIn(d.admin.auth));
  }
  app.route("/", moderationRoutes({ moderation, secret }));
  app.route("/", blockRoutes({ moderation, secret }));
  app.route("/", editionRoutes({ desk: d.admin.desk, secret }));

  return new Hono().route("/", app);
}
