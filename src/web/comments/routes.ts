// Comment routes: POST /comments (the form, with or without JavaScript), GET /comments/token (the script's
// CSRF token), /comments/<id>/ (a comment's stable address), the emailed confirm and unsubscribe links,
// the per-article comments feed (<article>/feed/), and the section's script and stylesheet.
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { clientIp } from "../../comments/client-ip.js";
import { checkBody, checkGuest, commentFormSchema, formValues } from "../../comments/comment-form.js";
import type { Refusal } from "../../comments/comment-service.js";
import type { Commenter } from "../../comments/commenter.js";
import { checkFormStamp, formStamp, type StampCheck } from "../../comments/form-stamp.js";
import type { Comments } from "../../comments/index.js";
import { MAX_FORM_BYTES } from "../../comments/limits.js";
import type { Clock } from "../../shared/clock.js";
import type { SiteService } from "../../site/site-service.js";
import { csrfToken, isHttps, verifyCsrf } from "../csrf.js";
import type { PageCache } from "../page-cache.js";
import { cacheKey, IMMUTABLE, PAGE_CACHE_CONTROL, toResponse } from "../respond.js";
import { SECURITY_HEADERS } from "../security-headers.js";
import { providerLabel } from "../views/auth/signed-in-as.js";
import { formViewFor } from "./article-section.js";
import { COMMENTS_ASSET } from "./comments-asset.js";
import { COMMENTS_CSS, COMMENTS_CSS_PATH } from "./comments-css.js";
import { renderCommentFormPage, renderNoticePage } from "./form-page.js";
import type { CommentFormValues, NoticePageView } from "./models.js";
import {
  GUEST_PROOF_COOKIE,
  GUEST_PROOF_MAX_AGE,
  guestProof,
  OWN_COOKIE,
  OWN_MAX_AGE,
  provenEmail,
  REMEMBER_COOKIE,
  REMEMBER_MAX_AGE,
  rememberCookie,
  withOwnComment,
} from "./reader-cookies.js";

export interface CommentRouteDeps {
  comments: Comments;
  site: SiteService;
  cache: PageCache;
  clock: Clock;
  secret: string;
}

const NO_STORE = { ...SECURITY_HEADERS, "cache-control": "no-store" };

/** What each refusal tells the reader, and whether the form comes back with their text. */
const REFUSALS: Record<Refusal, { status: 400 | 403 | 404 | 409 | 429; message: string; keepForm: boolean }> =
  {
    "not-found": { status: 404, message: "This article does not take comments.", keepForm: false },
    closed: { status: 403, message: "Comments on this article are closed.", keepForm: false },
    "bad-parent": {
      status: 400,
      message: "The comment you replied to is no longer available. You can post yours as a new comment.",
      keepForm: true,
    },
    "too-deep": {
      status: 400,
      message: "This conversation cannot be nested any deeper: reply to a comment further up.",
      keepForm: true,
    },
    blocked: { status: 403, message: "Comments from you are not accepted here.", keepForm: false },
    flood: {
      status: 429,
      message: "You are posting too quickly. Wait a few seconds, then send your comment again.",
      keepForm: true,
    },
    rate: {
      status: 429,
      message: "You have posted many comments in the last hour. Please try again later.",
      keepForm: true,
    },
    duplicate: { status: 409, message: "You have already posted this comment.", keepForm: false },
    discarded: { status: 403, message: "Your comment was not accepted.", keepForm: false },
  };

const STAMP_MESSAGES: Record<Exclude<StampCheck, "ok">, string> = {
  missing:
    "Please confirm your comment. To be sure a comment really comes from you and not from another site " +
    "acting in your name, we check a token that this page gives your browser. Your browser did not have " +
    "it yet; it has it now. Check your comment below and send it again.",
  "too-fast": "That was very quick. Please check your comment below and send it again.",
  stale: "This form was opened a long time ago. Please check your comment below and send it again.",
};

export function commentRoutes(d: CommentRouteDeps): Hono {
  const app = new Hono();
  const { comments, secret } = d;
  const policy = comments.policy;

  const asset = (path: string, body: string, contentType: string) =>
    app.get(path, (c) =>
      toResponse(
        c,
        d.cache.put(path, { status: 200, body, contentType, cacheControl: IMMUTABLE, tags: ["asset"] }),
      ),
    );
  asset(COMMENTS_ASSET.path, COMMENTS_ASSET.body, COMMENTS_ASSET.contentType);
  asset(COMMENTS_CSS_PATH, COMMENTS_CSS, "text/css; charset=utf-8");

  const cookieOptions = (c: Context, maxAge: number) =>
    ({ httpOnly: true, sameSite: "Lax", secure: isHttps(c), path: "/", maxAge }) as const;

  app.get("/comments/token", (c) =>
    c.json({ csrf: csrfToken(c, secret), stamp: formStamp(secret, d.clock.now()) }, 200, NO_STORE),
  );

  const formPage = async (
    c: Context,
    status: 200 | 400 | 403 | 404 | 409 | 429,
    article: { id: number; url: string; headline: string },
    messages: string[],
    values: CommentFormValues,
    parentId: number,
    title = "Your comment",
  ) => {
    const reader = await comments.readerAuth.currentReader(getCookie(c));
    const replyTo = parentId > 0 ? await comments.service.replyTarget(parentId, article.id) : null;
    const form = formViewFor({
      articleId: article.id,
      articleUrl: article.url,
      replyTo,
      cancelReplyUrl: `${article.url}#respond`,
      csrf: csrfToken(c, secret),
      stamp: formStamp(secret, d.clock.now()),
      reader: reader
        ? {
            identity: reader,
            providerLabel: providerLabel(comments.readerAuth.options(), reader.provider),
            csrf: csrfToken(c, secret),
          }
        : null,
      signIn: [],
      returnTo: `${article.url}#respond`,
      values,
      notifyAvailable: comments.mailer.enabled,
    });
    const html = renderCommentFormPage(await d.site.siteView(), {
      title,
      messages,
      articleHeadline: article.headline,
      form,
    });
    return c.html(html, status, NO_STORE);
  };

  const notice = async (c: Context, status: 200 | 400 | 403 | 404 | 409 | 429, view: NoticePageView) =>
    c.html(renderNoticePage(await d.site.siteView(), view), status, NO_STORE);

  app.post(
    "/comments",
    bodyLimit({
      maxSize: MAX_FORM_BYTES,
      onError: (c) => c.text("The comment is too long.", 413, { "cache-control": "no-store" }),
    }),
    async (c) => {
      const json = (c.req.header("accept") ?? "").includes("application/json");
      const raw = (await c.req.parseBody()) as Record<string, unknown>;
      const values = formValues(raw);
      const parsed = commentFormSchema.safeParse(raw);
      const articleId = Number(
        typeof raw.article_id === "string" && /^\d{1,9}$/.test(raw.article_id) ? raw.article_id : 0,
      );
      const article = articleId > 0 ? await comments.service.formArticle(articleId) : null;
      if (!article) {
        return json
          ? c.json({ ok: false, message: REFUSALS["not-found"].message }, 404, NO_STORE)
          : notice(c, 404, {
              title: "Comment not posted",
              messages: [REFUSALS["not-found"].message],
              action: null,
              links: [{ url: "/", label: "Front page" }],
            });
      }
      const parentId = Number(
        typeof raw.parent_id === "string" && /^\d{1,9}$/.test(raw.parent_id) ? raw.parent_id : 0,
      );
      const problem = (
        status: 400 | 403 | 409 | 429,
        messages: string[],
        extra: Record<string, unknown> = {},
      ) =>
        json
          ? c.json({ ok: false, message: messages.join(" "), ...extra }, status, NO_STORE)
          : formPage(c, status, article, messages, values, parentId);

      // 1. Lengths and shape, before anything else.
      if (!parsed.success) return problem(400, [...new Set(parsed.error.issues.map((i) => i.message))]);
      const form = parsed.data;
      // 2. CSRF: a first post from a browser without our cookie comes back as the confirm step.
      if (!verifyCsrf(c, secret, form._csrf)) {
        return json
          ? c.json({ ok: false, retry: "token", message: STAMP_MESSAGES.missing }, 403, NO_STORE)
          : formPage(c, 403, article, [STAMP_MESSAGES.missing], values, parentId, CONFIRM_TITLE);
      }
      // 3. The honeypot: filled only by software that fills every field. Refused, nothing kept.
      if (form.topic.trim() !== "") {
        comments.service.noteRefused("honeypot");
        return json
          ? c.json({ ok: false, message: REFUSALS.discarded.message }, 400, NO_STORE)
          : notice(c, 400, {
              title: "Comment not posted",
              messages: [REFUSALS.discarded.message],
              action: null,
              links: [{ url: article.url, label: article.headline }],
            });
      }
      // 4. The signed form time: too fast or stale comes back to confirm.
      const stamp = checkFormStamp(secret, form._ts, d.clock.now(), policy.minFillSeconds);
      if (stamp !== "ok") {
        return json
          ? c.json(
              stamp === "too-fast"
                ? {
                    ok: false,
                    retry: "wait",
                    retryAfter: policy.minFillSeconds,
                    message: STAMP_MESSAGES[stamp],
                  }
                : { ok: false, retry: "token", message: STAMP_MESSAGES[stamp] },
              403,
              NO_STORE,
            )
          : formPage(c, 403, article, [STAMP_MESSAGES[stamp]], values, parentId, CONFIRM_TITLE);
      }
      // 5. Who is writing, and what.
      const cookies = getCookie(c);
      const reader = await comments.readerAuth.currentReader(cookies);
      let commenter: Commenter;
      let body: string;
      if (reader) {
        const checked = checkBody(form);
        if (!checked.ok) return problem(400, checked.errors);
        commenter = { kind: "reader", reader };
        body = checked.body;
      } else {
        const checked = checkGuest(form, provenEmail(secret, cookies[GUEST_PROOF_COOKIE]));
        if (!checked.ok) return problem(400, checked.errors);
        commenter = checked.commenter;
        body = checked.body;
      }
      // 6. The rules, moderation and storage.
      const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
        ?.incoming;
      const result = await comments.service.submit({
        articleId: article.id,
        parentId: parentId > 0 ? parentId : null,
        commenter,
        body,
        notify: values.notify,
        ip: clientIp(
          incoming?.socket?.remoteAddress,
          c.req.header("x-forwarded-for"),
          comments.trustedProxies,
        ),
        userAgent: c.req.header("user-agent") ?? "",
        referrer: c.req.header("referer") ?? "",
      });
      if (!result.ok) {
        const r = REFUSALS[result.refusal];
        if (json) return c.json({ ok: false, message: r.message }, r.status, NO_STORE);
        if (r.keepForm)
          return formPage(
            c,
            r.status,
            article,
            [r.message],
            values,
            result.refusal === "bad-parent" ? 0 : parentId,
          );
        return notice(c, r.status, {
          title: "Comment not posted",
          messages: [r.message],
          action: null,
          links: [{ url: article.url, label: article.headline }],
        });
      }

      const row = result.comment;
      setCookie(
        c,
        OWN_COOKIE,
        withOwnComment(secret, cookies[OWN_COOKIE], row.id),
        cookieOptions(c, OWN_MAX_AGE),
      );
      if (commenter.kind === "guest") {
        if (values.remember) {
          setCookie(
            c,
            REMEMBER_COOKIE,
            rememberCookie({ name: commenter.name, email: commenter.email, url: commenter.url ?? "" }),
            cookieOptions(c, REMEMBER_MAX_AGE),
          );
        } else if (cookies[REMEMBER_COOKIE]) {
          deleteCookie(c, REMEMBER_COOKIE, { path: "/", secure: isHttps(c) });
        }
      }
      if (json) {
        return c.json(
          {
            ok: true,
            id: row.id,
            status: row.status === "approved" ? "approved" : "pending",
            url: result.url,
            html: await comments.service.commentHtml(row, result.page),
            message:
              row.status === "approved"
                ? "Your comment is published."
                : "Thank you. Your comment will appear once an editor has approved it.",
          },
          200,
          NO_STORE,
        );
      }
      return c.redirect(result.url, 303);
    },
  );

  app.get("/comments/:id{[0-9]{1,9}}/", async (c) => {
    const url = await comments.service.locate(Number(c.req.param("id")));
    if (!url) return c.notFound();
    return c.redirect(url, 302);
  });

  app.get("/comments/confirm/:token", async (c) => {
    const token = c.req.param("token");
    if (!(await comments.proofs.confirmable(token))) return notice(c, 404, EXPIRED);
    return notice(c, 200, {
      title: "Confirm your email address",
      messages: ["Press the button to confirm that this email address is yours."],
      action: { url: `/comments/confirm/${token}`, label: "Confirm my address", fields: {} },
      links: [],
    });
  });

  app.post("/comments/confirm/:token", async (c) => {
    // The token is the authority here (it came by email); a CSRF token would add nothing an attacker
    // without the email could not already do.
    const done = await comments.proofs.confirm(c.req.param("token"));
    if (!done) return notice(c, 404, EXPIRED);
    setCookie(c, GUEST_PROOF_COOKIE, guestProof(secret, done.email), cookieOptions(c, GUEST_PROOF_MAX_AGE));
    return notice(c, 200, {
      title: "Address confirmed",
      messages: [
        "Thank you: your email address is confirmed in this browser.",
        ...(done.subscriptions > 0 ? ["You will get an email when new comments appear."] : []),
      ],
      action: null,
      links: [{ url: "/", label: "Front page" }],
    });
  });

  app.get("/comments/unsubscribe/:token", async (c) => {
    const token = c.req.param("token");
    if (!(await comments.proofs.unsubscribable(token))) return notice(c, 404, BAD_UNSUBSCRIBE);
    return notice(c, 200, {
      title: "Stop comment emails",
      messages: ["Press the button to stop emails about new comments on this article."],
      action: { url: `/comments/unsubscribe/${token}`, label: "Unsubscribe", fields: {} },
      links: [],
    });
  });

  // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here; so does the page.
  app.post("/comments/unsubscribe/:token", async (c) => {
    const ok = await comments.proofs.unsubscribe(c.req.param("token"));
    if (!ok) return notice(c, 404, BAD_UNSUBSCRIBE);
    return notice(c, 200, {
      title: "Unsubscribed",
      messages: ["You will get no more emails about new comments on this article."],
      action: null,
      links: [{ url: "/", label: "Front page" }],
    });
  });

  app.get("/:year{[0-9]{4}}/:month{[0-9]{2}}/:day{[0-9]{2}}/:slug/feed/", async (c) => {
    const { year, month, day, slug } = c.req.param();
    const feed = await comments.service.feed(`${year}/${month}/${day}/${slug}`);
    if (!feed) return c.notFound();
    return toResponse(
      c,
      d.cache.put(cacheKey(c), {
        status: 200,
        body: feed.xml,
        contentType: "application/rss+xml; charset=utf-8",
        cacheControl: PAGE_CACHE_CONTROL,
        lastModified: feed.lastModified,
        tags: [`comments:${feed.articleId}`, `article:${feed.articleId}`],
      }),
    );
  });

  return app;
}

const CONFIRM_TITLE = "Confirm your comment";

const EXPIRED: NoticePageView = {
  title: "This link does not work any more",
  messages: [
    "The link was already used, or it is more than two days old. Post a comment again to get a new one.",
  ],
  action: null,
  links: [{ url: "/", label: "Front page" }],
};

const BAD_UNSUBSCRIBE: NoticePageView = {
  title: "Unknown unsubscribe link",
  messages: ["This unsubscribe link is not valid. Copy the whole address from the email."],
  action: null,
  links: [{ url: "/", label: "Front page" }],
};
