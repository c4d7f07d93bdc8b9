// POST /comments, the comment form with or without JavaScript, in steps: parse the form → check the request
// (lengths and shape, CSRF, honeypot, form time) → check what was written and by whom → store (the rules,
// moderation, storage: comments/comment-service.ts) → answer. A step that refuses throws a PostRefused,
// answered in one place (post-answers.ts).
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import {
  type Commenter,
  checkBody,
  checkFormStamp,
  checkGuest,
  clientIp,
  type SubmitResult,
} from "../../comments/index.js";
import { verifyCsrf } from "../csrf.js";
import { type CommentForm, draftOf, parsePostedForm } from "./form-input.js";
import { answerPosted, answerRefusal, type PostContext } from "./post-answers.js";
import {
  badForm,
  honeypotFilled,
  noArticle,
  PostRefused,
  refused,
  stampRefused,
  tokenMissing,
} from "./post-refusal.js";
import { GUEST_PROOF_COOKIE, provenEmail } from "./reader-cookies.js";
import type { CommentRouteDeps } from "./route-deps.js";

export function postComment(d: CommentRouteDeps) {
  return async (c: Context): Promise<Response> => {
    const posted = parsePostedForm((await c.req.parseBody()) as Record<string, unknown>);
    const article = posted.articleId > 0 ? await d.comments.service.formArticle(posted.articleId) : null;
    const json = (c.req.header("accept") ?? "").includes("application/json");
    const at: PostContext = { c, d, json, posted, article };
    try {
      if (!article) throw noArticle();
      const form = checkRequest(at);
      const { commenter, body } = await checkWriting(at, form);
      const result = await store(at, article.id, commenter, body);
      return await answerPosted(at, commenter, result);
    } catch (e) {
      if (e instanceof PostRefused) return answerRefusal(at, e);
      throw e;
    }
  };
}

/** Lengths and shape first; then CSRF, the honeypot and the signed form time. */
function checkRequest({ c, d, posted }: PostContext): CommentForm {
  if (!posted.form.success) throw badForm([...new Set(posted.form.error.issues.map((i) => i.message))]);
  const form = posted.form.data;
  // A first post from a browser without our cookie comes back as the confirm step.
  if (!verifyCsrf(c, d.secret, form._csrf)) throw tokenMissing();
  // Filled only by software that fills every field. Refused, nothing kept.
  if (form.topic.trim() !== "") {
    d.comments.service.noteRefused("honeypot");
    throw honeypotFilled();
  }
  const stamp = checkFormStamp(d.secret, form._ts, d.clock.now(), d.comments.policy.minFillSeconds);
  if (stamp !== "ok") throw stampRefused(stamp, d.comments.policy.minFillSeconds);
  return form;
}

/** Who is writing (the signed-in reader, or a guest with their details), and the cleaned text. */
async function checkWriting(
  { c, d }: PostContext,
  form: CommentForm,
): Promise<{ commenter: Commenter; body: string }> {
  const cookies = getCookie(c);
  const reader = await d.comments.readerAuth.currentReader(cookies);
  if (reader) {
    const checked = checkBody(draftOf(form));
    if (!checked.ok) throw badForm(checked.errors);
    return { commenter: { kind: "reader", reader }, body: checked.body };
  }
  const checked = checkGuest(draftOf(form), provenEmail(d.secret, cookies[GUEST_PROOF_COOKIE]));
  if (!checked.ok) throw badForm(checked.errors);
  return { commenter: checked.commenter, body: checked.body };
}

/** The rules, moderation and storage. */
async function store(
  { c, d, posted }: PostContext,
  articleId: number,
  commenter: Commenter,
  body: string,
): Promise<SubmitResult & { ok: true }> {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const result = await d.comments.service.submit({
    articleId,
    parentId: posted.parentId > 0 ? posted.parentId : null,
    commenter,
    body,
    notify: posted.values.notify,
    ip: clientIp(incoming?.socket?.remoteAddress, c.req.header("x-forwarded-for"), d.comments.trustedProxies),
    userAgent: c.req.header("user-agent") ?? "",
    referrer: c.req.header("referer") ?? "",
  });
  if (!result.ok) throw refused(result.refusal);
  return result;
}
