// The editors' pages at /admin: sign-in (argon2id passwords, the dl_admin session cookie, kept apart from
// readers' sessions), the comment queue with single and bulk actions, editing, and blocks. Never cached
// (Cache-Control: no-store), never indexed, and every POST checks the CSRF token.
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { ADMIN_COOKIE, type Editor, SESSION_MAX_SECONDS } from "../../admin/admin-auth.js";
import { EditionDesk } from "../../admin/edition-desk.js";
import type { Admin } from "../../admin/index.js";
import { clientIp } from "../../comments/client-ip.js";
import { parseComment } from "../../comments/comment-markup.js";
import type { Comments } from "../../comments/index.js";
import { MAX_BODY_LENGTH, MAX_NAME_LENGTH, MAX_URL_LENGTH } from "../../comments/limits.js";
import { MODERATION_ACTIONS, type ModerationAction } from "../../comments/moderation-service.js";
import { urlPathOf } from "../../ingest/paths.js";
import type { Clock } from "../../shared/clock.js";
import { formatNewsTime, isoInZone } from "../../shared/time.js";
import type { ArticleStore } from "../../store/articles.js";
import type { Translation } from "../../translation/index.js";
import { EDITION_LANGUAGE } from "../../translation/languages.js";
import { csrfToken, isHttps, verifyCsrf } from "../csrf.js";
import type { PageCache } from "../page-cache.js";
import { IMMUTABLE, toResponse } from "../respond.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import { ADMIN_CSS, ADMIN_CSS_PATH } from "./admin-css.js";
import {
  renderBlocksPage,
  renderEditPage,
  renderLoginPage,
  renderQueuePage,
} from "./admin-pages.js";
import {
  renderEditionEditPage,
  renderEditionsPage,
  renderReviewsPage,
} from "./edition-pages.js";
import type { AdminFrame, EditionEditView, QueueItemView } from "./models.js";

export interface AdminRouteDeps {
  admin: Admin;
  comments: Comments;
  clock: Clock;
  secret: string;
  /** Keeps the stylesheet (content-versioned, immutable). */
  cache: PageCache;
  /** Translated editions, for the "Editions" section (absent: no such section). */
  translation?: Translation;
  articles?: ArticleStore;
}

type Env = { Variables: { editor: Editor } };

const ADMIN_HEADERS = {
  ...SECURITY_HEADERS,
  "cache-control": "no-store",
  "x-robots-tag": "noindex, nofollow",
};
const STATUSES = ["pending", "approved", "spam", "trash"] as const;

/** What each action did, said once it is done (only these fixed words are ever shown from the query). */
const DONE: Record<string, (n: number) => string> = {
  approve: (n) => `${n} comment(s) approved.`,
  unapprove: (n) => `${n} comment(s) moved back to pending.`,
  spam: (n) => `${n} comment(s) marked as spam.`,
  trash: (n) => `${n} comment(s) moved to the trash.`,
  delete: (n) => `${n} comment(s) deleted forever.`,
  "block-identity": () => "Identity blocked; its held comments went to spam.",
  "block-ip": () => "IP address blocked.",
  edited: () => "Comment saved.",
  blocked: () => "Block added.",
  unblocked: () => "Block removed.",
  corrected: (n) => `${n} correction(s) saved; the edition is rebuilt.`,
  unchanged: () => "Nothing changed.",
  accepted: () => "The machine translation is accepted.",
};

const loginForm = z.object({
  _csrf: z.string().max(200).optional(),
  username: z.string().max(100).default(""),
  password: z.string().max(1024).default(""),
});

const queueQuery = z.object({
  status: z.enum(STATUSES).catch("pending"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  done: z.string().max(40).optional(),
  n: z.coerce.number().int().min(0).max(100_000).catch(0),
});

const ROW_DO = /^(approve|unapprove|spam|trash|delete|block-identity|block-ip):(\d{1,9})$/;

const actionForm = z.object({
  _csrf: z.string().max(200).optional(),
  do: z.string().max(40),
  bulk_action: z.enum(MODERATION_ACTIONS).optional(),
  ids: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().regex(/^\d{1,9}$/)).max(500)),
  status: z.enum(STATUSES).catch("pending"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const editForm = z.object({
  _csrf: z.string().max(200).optional(),
  name: z
    .string()
    .max(MAX_NAME_LENGTH + 100)
    .default(""),
  url: z
    .string()
    .max(MAX_URL_LENGTH + 100)
    .default(""),
  body: z
    .string()
    .max(MAX_BODY_LENGTH + 1000)
    .default(""),
});

const blockForm = z.object({
  _csrf: z.string().max(200).optional(),
  kind: z.enum(["identity", "ip"]),
  value: z.string().min(1).max(300),
  note: z.string().max(200).default(""),
});

const editionsQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  done: z.string().max(40).optional(),
  n: z.coerce.number().int().min(0).max(100_000).catch(0),
});

const EDITIONS_PER_PAGE = 20;
/** A unit's field in the edition form: u_-3 (headline), u_-2, u_-1, u_1… */
const UNIT_FIELD = /^u_(-[1-3]|[1-9][0-9]{0,4})$/;
const MAX_UNIT_LENGTH = 20_000;

const reviewForm = z.object({
  _csrf: z.string().max(200).optional(),
  article_id: z.coerce.number().int().min(1).max(2_147_483_647),
  language: z.string().regex(EDITION_LANGUAGE).max(35),
  position: z.coerce.number().int().min(-3).max(99_999),
});

const time = (t: number) => formatNewsTime(t, "UTC");

export function adminRoutes(d: AdminRouteDeps): Hono {
  const app = new Hono<Env>();
  const { auth } = d.admin;
  const moderation = d.comments.moderation;

  app.get(ADMIN_CSS_PATH, (c) => {
    const input = {
      status: 200,
      body: ADMIN_CSS,
      contentType: "text/css; charset=utf-8",
      cacheControl: IMMUTABLE,
      tags: ["asset"],
    };
    return toResponse(c, d.cache.put(ADMIN_CSS_PATH, input));
  });

  const noStore: MiddlewareHandler = async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(ADMIN_HEADERS)) c.res.headers.set(k, v);
  };
  app.use("/admin", noStore);
  app.use("/admin/*", noStore);

  const frame = (
    c: Context,
    title: string,
    editor: string | null,
    extra: Partial<AdminFrame> = {},
  ): AdminFrame => ({
    title,
    editor,
    csrf: csrfToken(c, d.secret),
    notice: null,
    errors: [],
    ...extra,
  });

  const signedIn: MiddlewareHandler<Env> = async (c, next) => {
    const editor = await auth.session(getCookie(c, ADMIN_COOKIE));
    if (!editor) return c.redirect("/admin/login", 303);
    c.set("editor", editor);
    await next();
  };

  const csrfOk = (c: Context, token: string | undefined) => verifyCsrf(c, d.secret, token);
  const forbidden = (c: Context) =>
    c.text("The form expired or came from another site. Go back, reload the page and try again.", 403);

  app.get("/admin", async (c) =>
    c.redirect(
      (await auth.session(getCookie(c, ADMIN_COOKIE))) ? "/admin/comments?status=pending" : "/admin/login",
      303,
    ),
  );

  app.get("/admin/login", (c) => c.html(renderLoginPage(frame(c, "Sign in", null), ""), 200));

  app.post("/admin/login", async (c) => {
    const f = loginForm.safeParse(await c.req.parseBody());
    if (!f.success)
      return c.html(
        renderLoginPage(frame(c, "Sign in", null, { errors: ["Fill in both fields."] }), ""),
        400,
      );
    if (!csrfOk(c, f.data._csrf)) {
      return c.html(
        renderLoginPage(
          frame(c, "Sign in", null, { errors: ["Please sign in again (the form had expired)."] }),
          f.data.username,
        ),
        403,
      );
    }
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    const ip = clientIp(
      incoming?.socket?.remoteAddress,
      c.req.header("x-forwarded-for"),
      d.comments.trustedProxies,
    );
    const result = await auth.login(f.data.username, f.data.password, ip);
    if (!result.ok) {
      const message =
        result.reason === "throttled"
          ? "Too many failed attempts. Wait fifteen minutes and try again."
          : "Wrong username or password.";
      return c.html(
        renderLoginPage(frame(c, "Sign in", null, { errors: [message] }), f.data.username),
        result.reason === "throttled" ? 429 : 401,
      );
    }
    setCookie(c, ADMIN_COOKIE, result.token, {
      httpOnly: true,
      sameSite: "Strict",
      secure: isHttps(c),
      path: "/admin",
      maxAge: SESSION_MAX_SECONDS,
    });
    return c.redirect("/admin/comments?status=pending", 303);
  });

  app.post("/admin/logout", async (c) => {
    const f = await c.req.parseBody();
    if (!csrfOk(c, typeof f._csrf === "string" ? f._csrf : undefined)) return forbidden(c);
    await auth.logout(getCookie(c, ADMIN_COOKIE));
    deleteCookie(c, ADMIN_COOKIE, { path: "/admin", secure: isHttps(c) });
    return c.redirect("/admin/login", 303);
  });

  app.use("/admin/comments", signedIn);
  app.use("/admin/comments/*", signedIn);
  app.use("/admin/blocks", signedIn);
  app.use("/admin/blocks/*", signedIn);

  app.get("/admin/comments", async (c) => {
    const q = queueQuery.parse(c.req.query());
    const { rows, hasMore } = await moderation.queue(q.status, q.page);
    const items: QueueItemView[] = rows.map((r) => {
      const articleUrl = urlPathOf(r.article_path);
      return {
        id: r.id,
        status: r.status,
        authorName: r.author_name,
        authorEmail: r.author_email,
        emailVerified: r.email_verified === 1,
        authorUrl: r.author_url,
        identity: r.identity,
        ip: r.ip,
        articleHeadline: r.article_headline,
        articleUrl,
        permalink: r.status === "approved" ? `/comments/${r.id}/` : null,
        body: parseComment(r.body),
        createdDisplay: time(r.created_at),
        createdIso: isoInZone(r.created_at, "UTC"),
        heldReason: r.held_reason,
        parentId: r.parent_id,
      };
    });
    const url = (page: number) => `/admin/comments?status=${q.status}&page=${page}`;
    const notice = q.done && DONE[q.done] ? DONE[q.done]!(q.n) : null;
    return c.html(
      renderQueuePage(frame(c, "Comments", c.get("editor").username, { notice }), {
        status: q.status,
        counts: await moderation.counts(),
        items,
        page: q.page,
        prevUrl: q.page > 1 ? url(q.page - 1) : null,
        nextUrl: hasMore ? url(q.page + 1) : null,
      }),
    );
  });

  app.post("/admin/comments/action", async (c) => {
    const f = actionForm.safeParse(await c.req.parseBody({ all: true }));
    if (!f.success) return c.text("Unrecognised action.", 400);
    if (!csrfOk(c, f.data._csrf)) return forbidden(c);
    const editor = c.get("editor").username;
    const back = (done: string, n: number) =>
      c.redirect(`/admin/comments?status=${f.data.status}&page=${f.data.page}&done=${done}&n=${n}`, 303);
    if (f.data.do === "bulk") {
      const action = f.data.bulk_action;
      if (!action) return c.text("Choose an action.", 400);
      const n = await moderation.apply(action, f.data.ids.map(Number), editor);
      return back(action, n);
    }
    const m = ROW_DO.exec(f.data.do);
    if (!m?.[1] || !m[2]) return c.text("Unrecognised action.", 400);
    const id = Number(m[2]);
    if (m[1] === "block-identity" || m[1] === "block-ip") {
      const row = await moderation.byId(id);
      if (!row) return c.text("No such comment.", 404);
      const error =
        m[1] === "block-identity"
          ? await moderation.block("identity", row.identity, `from comment ${id}`, editor)
          : await moderation.block("ip", row.ip, `from comment ${id}`, editor);
      if (error) return c.text(error, 400);
      return back(m[1], 1);
    }
    const n = await moderation.apply(m[1] as ModerationAction, [id], editor);
    return back(m[1], n);
  });

  const editPage = async (
    c: Context<Env>,
    id: number,
    values: { name: string; url: string; body: string } | null,
    errors: string[],
  ) => {
    const found = await moderation.forEdit(id);
    if (!found) return c.text("No such comment.", 404);
    const { row, headline } = found;
    return c.html(
      renderEditPage(frame(c, `Edit comment ${id}`, c.get("editor").username, { errors }), {
        id,
        status: row.status,
        name: values?.name ?? row.author_name,
        url: values?.url ?? row.author_url ?? "",
        body: values?.body ?? row.body,
        articleHeadline: headline,
        backUrl: `/admin/comments?status=${row.status}#c${id}`,
      }),
      errors.length ? 400 : 200,
    );
  };

  app.get("/admin/comments/:id{[0-9]{1,9}}/edit", (c) => editPage(c, Number(c.req.param("id")), null, []));

  app.post("/admin/comments/:id{[0-9]{1,9}}/edit", async (c) => {
    const id = Number(c.req.param("id"));
    const f = editForm.safeParse(await c.req.parseBody());
    if (!f.success) return editPage(c, id, null, ["The form was too long."]);
    if (!csrfOk(c, f.data._csrf)) return forbidden(c);
    const result = await moderation.edit(id, f.data, c.get("editor").username);
    if (!result.ok) return editPage(c, id, f.data, result.errors);
    const row = await moderation.byId(id);
    return c.redirect(`/admin/comments?status=${row?.status ?? "pending"}&done=edited&n=1#c${id}`, 303);
  });

  app.get("/admin/blocks", async (c) => {
    const q = queueQuery.parse(c.req.query());
    const blocks = await moderation.blocks();
    return c.html(
      renderBlocksPage(
        frame(c, "Blocks", c.get("editor").username, {
          notice: q.done && DONE[q.done] ? DONE[q.done]!(0) : null,
        }),
        blocks.map((b) => ({
          id: b.id,
          kind: b.kind,
          value: b.value,
          note: b.note,
          createdDisplay: time(b.created_at),
        })),
      ),
    );
  });

  app.post("/admin/blocks", async (c) => {
    const f = blockForm.safeParse(await c.req.parseBody());
    if (!f.success) return c.text("Fill in what to block.", 400);
    if (!csrfOk(c, f.data._csrf)) return forbidden(c);
    const error = await moderation.block(
      f.data.kind,
      f.data.value,
      f.data.note || null,
      c.get("editor").username,
    );
    if (error) {
      const blocks = await moderation.blocks();
      return c.html(
        renderBlocksPage(
          frame(c, "Blocks", c.get("editor").username, { errors: [error] }),
          blocks.map((b) => ({
            id: b.id,
            kind: b.kind,
            value: b.value,
            note: b.note,
            createdDisplay: time(b.created_at),
          })),
        ),
        400,
      );
    }
    return c.redirect("/admin/blocks?done=blocked", 303);
  });

  app.post("/admin/blocks/:id{[0-9]{1,9}}/delete", async (c) => {
    const f = await c.req.parseBody();
    if (!csrfOk(c, typeof f._csrf === "string" ? f._csrf : undefined)) return forbidden(c);
    await moderation.unblock(Number(c.req.param("id")), c.get("editor").username);
    return c.redirect("/admin/blocks?done=unblocked", 303);
  });

  if (d.translation && d.articles)
    editionPages(app, d.translation, d.articles, frame, csrfOk, forbidden, signedIn);

  return new Hono().route("/", app);
}

/** The "Editions" section: recent articles' editions, correcting one, and the review list. */
function editionPages(
  app: Hono<Env>,
  translation: Translation,
  articles: ArticleStore,
  frame: (c: Context, title: string, editor: string | null, extra?: Partial<AdminFrame>) => AdminFrame,
  csrfOk: (c: Context, token: string | undefined) => boolean,
  forbidden: (c: Context) => Response,
  signedIn: MiddlewareHandler<Env>,
): void {
  const desk = new EditionDesk({ translation, articles, articleUrl: urlPathOf });
  const editUrl = (articleId: number, language: string) => `/admin/editions/${articleId}/${language}`;
  const notice = (q: { done?: string | undefined; n: number }) =>
    q.done && DONE[q.done] ? DONE[q.done]!(q.n) : null;

  app.use("/admin/editions", signedIn);
  app.use("/admin/editions/*", signedIn);

  app.get("/admin/editions", async (c) => {
    const q = editionsQuery.parse(c.req.query());
    const { items, hasMore } = await desk.recent(q.page, EDITIONS_PER_PAGE);
    const url = (page: number) => `/admin/editions?page=${page}`;
    return c.html(
      renderEditionsPage(frame(c, "Editions", c.get("editor").username, { notice: notice(q) }), {
        articles: items.map(({ article, editions }) => ({
          id: article.id,
          headline: article.headline,
          url: urlPathOf(article.path),
          publishedDisplay: time(article.published_at),
          editions: editions.map((e) => ({
            language: e.language,
            state: e.state,
            url: e.url,
            editUrl: e.editable ? editUrl(article.id, e.language) : null,
          })),
        })),
        reviewCount: (await desk.reviews()).length,
        prevUrl: q.page > 1 ? url(q.page - 1) : null,
        nextUrl: hasMore ? url(q.page + 1) : null,
      }),
    );
  });

  app.get("/admin/editions/reviews", async (c) => {
    const q = editionsQuery.parse(c.req.query());
    const items = await desk.reviews();
    return c.html(
      renderReviewsPage(
        frame(c, "Corrections flagged for review", c.get("editor").username, { notice: notice(q) }),
        items.map((r) => ({ ...r, editUrl: `${editUrl(r.articleId, r.language)}#u${r.position}` })),
      ),
    );
  });

  app.post("/admin/editions/reviews", async (c) => {
    const f = reviewForm.safeParse(await c.req.parseBody());
    if (!f.success) return c.text("Unrecognised unit.", 400);
    if (!csrfOk(c, f.data._csrf)) return forbidden(c);
    const ok = await desk.resolve(f.data.article_id, f.data.language, f.data.position);
    if (!ok) return c.text("That unit is not flagged for review.", 404);
    return c.redirect("/admin/editions/reviews?done=accepted", 303);
  });

  const EDITION = "/admin/editions/:id{[0-9]{1,9}}/:lang{[a-z0-9-]{2,35}}";

  const editionPage = async (c: Context<Env>, submitted: Map<number, string> | null, errors: string[]) => {
    const articleId = Number(c.req.param("id"));
    const language = c.req.param("lang") ?? "";
    const found = EDITION_LANGUAGE.test(language) ? await desk.edition(articleId, language) : null;
    if (!found) return c.text("No such edition (the translation may still be pending).", 404);
    const q = editionsQuery.parse(c.req.query());
    const view: EditionEditView = {
      articleId,
      language,
      sourceLanguage: found.article.language,
      headline: found.article.headline,
      articleUrl: urlPathOf(found.article.path),
      editionUrl: found.url,
      units: found.units.map((u) => ({
        position: u.position,
        label: u.label,
        plain: u.plain,
        source: u.source,
        value: submitted?.get(u.position) ?? u.current,
        correctedBy: u.correctedBy,
        review: u.review,
      })),
    };
    const title = `The ${language} edition of article ${articleId}`;
    return c.html(
      renderEditionEditPage(
        frame(c, title, c.get("editor").username, { errors, notice: errors.length ? null : notice(q) }),
        view,
      ),
      errors.length ? 400 : 200,
    );
  };

  app.get(EDITION, (c) => editionPage(c, null, []));

  app.post(EDITION, async (c) => {
    const body = await c.req.parseBody();
    const token = typeof body._csrf === "string" ? body._csrf : undefined;
    if (!csrfOk(c, token)) return forbidden(c);
    const submitted = new Map<number, string>();
    for (const [k, v] of Object.entries(body)) {
      const m = UNIT_FIELD.exec(k);
      if (!m?.[1] || typeof v !== "string") continue;
      if (v.length > MAX_UNIT_LENGTH) return editionPage(c, null, ["A unit was too long."]);
      submitted.set(Number(m[1]), v);
    }
    const articleId = Number(c.req.param("id"));
    const language = c.req.param("lang") ?? "";
    const { saved, errors } = await desk.save(articleId, language, submitted, c.get("editor").username);
    if (errors.length > 0) return editionPage(c, submitted, errors);
    const done = saved > 0 ? `done=corrected&n=${saved}` : "done=unchanged";
    return c.redirect(`${editUrl(articleId, language)}?${done}`, 303);
  });
}
