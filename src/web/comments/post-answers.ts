// The answers to POST /comments: for the script, JSON; without it, a redirect to the new comment, the form
// again (with what the reader typed, and what to fix or confirm), or a notice.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Commenter, SubmitResult } from "../../comments/index.js";
import { formStamp } from "../../comments/index.js";
import { providerLabel } from "../auth/signed-in-as.js";
import { csrfToken, isHttps } from "../csrf.js";
import { renderCommentItem } from "./comment-item.js";
import { cookieOptions, NO_STORE, noticeResponse } from "./comment-responses.js";
import type { PostedForm } from "./form-input.js";
import { renderCommentFormPage } from "./form-page.js";
import { CONFIRM_TITLE, type PostRefused } from "./post-refusal.js";
import { presentComment } from "./present-comment.js";
import { presentCommentForm } from "./present-comment-form.js";
import {
  OWN_COOKIE,
  OWN_MAX_AGE,
  REMEMBER_COOKIE,
  REMEMBER_MAX_AGE,
  rememberCookie,
  withOwnComment,
} from "./reader-cookies.js";
import type { CommentRouteDeps } from "./route-deps.js";

/** The article a form posts to. */
export interface FormArticle {
  id: number;
  url: string;
  headline: string;
}

/** One POST /comments: the request, what was posted, and the article it is for (null when unknown). */
export interface PostContext {
  c: Context;
  d: CommentRouteDeps;
  /** The script asks for JSON. */
  json: boolean;
  posted: PostedForm;
  article: FormArticle | null;
}

export async function answerRefusal(at: PostContext, r: PostRefused): Promise<Response> {
  const { c, article } = at;
  const status = r.status as ContentfulStatusCode;
  if (at.json) return c.json({ ok: false, ...r.shape.retry, message: r.message }, status, NO_STORE);
  if (r.shape.page !== "notice" && article) {
    const parentId = r.shape.dropParent ? 0 : at.posted.parentId;
    const title = r.shape.page === "confirm" ? CONFIRM_TITLE : "Your comment";
    return formPage(at, article, status, r.messages, parentId, title);
  }
  return noticeResponse(c, at.d, status, {
    title: "Comment not posted",
    messages: r.messages,
    action: null,
    links: [article ? { url: article.url, label: article.headline } : { url: "/", label: "Front page" }],
  });
}

async function formPage(
  { c, d, posted }: PostContext,
  article: FormArticle,
  status: ContentfulStatusCode,
  messages: string[],
  parentId: number,
  title: string,
): Promise<Response> {
  const { comments, secret } = d;
  const reader = await comments.readerAuth.currentReader(getCookie(c));
  const replyTo = parentId > 0 ? await comments.threads.replyTarget(parentId, article.id) : null;
  const form = presentCommentForm({
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
    values: posted.values,
    notifyAvailable: comments.mailer.enabled,
  });
  const html = renderCommentFormPage(await d.site.siteView(), {
    title,
    messages,
    articleHeadline: article.headline,
    form,
  });
  return c.html(html, status, NO_STORE);
}

/** Stored: the browser remembers the comment as its own (and the guest's details, when asked to). */
export async function answerPosted(
  { c, d, json, posted }: PostContext,
  commenter: Commenter,
  result: SubmitResult & { ok: true },
): Promise<Response> {
  const row = result.comment;
  rememberInBrowser(c, d.secret, commenter, row.id, posted.values.remember);
  if (!json) return c.redirect(result.url, 303);
  const shown = await d.comments.service.shown(row, result.page);
  const language = (await d.site.siteView()).language;
  return c.json(
    {
      ok: true,
      id: row.id,
      status: row.status === "approved" ? "approved" : "pending",
      url: result.url,
      html: renderCommentItem(presentComment(shown.comment, shown), language),
      message:
        row.status === "approved"
          ? "Your comment is published."
          : "Thank you. Your comment will appear once an editor has approved it.",
    },
    200,
    NO_STORE,
  );
}

function rememberInBrowser(c: Context, secret: string, commenter: Commenter, id: number, remember: boolean) {
  const cookies = getCookie(c);
  setCookie(c, OWN_COOKIE, withOwnComment(secret, cookies[OWN_COOKIE], id), cookieOptions(c, OWN_MAX_AGE));
  if (commenter.kind !== "guest") return;
  if (remember) {
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
