// The pages of the emailed links: confirm an address (/comments/confirm/<token>) and unsubscribe
// (/comments/unsubscribe/<token>). Opening a link shows a button; only its POST changes anything, since
// mail scanners fetch links.
import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import { cookieOptions, noticeResponse } from "./comment-responses.js";
import type { NoticePageView } from "./models.js";
import { GUEST_PROOF_COOKIE, GUEST_PROOF_MAX_AGE, guestProof } from "./reader-cookies.js";
import type { CommentRouteDeps } from "./route-deps.js";

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

export function confirmPage(d: CommentRouteDeps) {
  return async (c: Context) => {
    const token = c.req.param("token") ?? "";
    if (!(await d.comments.proofs.confirmable(token))) return noticeResponse(c, d, 404, EXPIRED);
    return noticeResponse(c, d, 200, {
      title: "Confirm your email address",
      messages: ["Press the button to confirm that this email address is yours."],
      action: { url: `/comments/confirm/${token}`, label: "Confirm my address", fields: {} },
      links: [],
    });
  };
}

// The token is the authority here (it came by email); a CSRF token would add nothing an attacker without
// the email could not already do.
export function confirmAddress(d: CommentRouteDeps) {
  return async (c: Context) => {
    const done = await d.comments.proofs.confirm(c.req.param("token") ?? "");
    if (!done) return noticeResponse(c, d, 404, EXPIRED);
    setCookie(c, GUEST_PROOF_COOKIE, guestProof(d.secret, done.email), cookieOptions(c, GUEST_PROOF_MAX_AGE));
    return noticeResponse(c, d, 200, {
      title: "Address confirmed",
      messages: [
        "Thank you: your email address is confirmed in this browser.",
        ...(done.subscriptions > 0 ? ["You will get an email when new comments appear."] : []),
      ],
      action: null,
      links: [{ url: "/", label: "Front page" }],
    });
  };
}

export function unsubscribePage(d: CommentRouteDeps) {
  return async (c: Context) => {
    const token = c.req.param("token") ?? "";
    if (!(await d.comments.proofs.unsubscribable(token))) return noticeResponse(c, d, 404, BAD_UNSUBSCRIBE);
    return noticeResponse(c, d, 200, {
      title: "Stop comment emails",
      messages: ["Press the button to stop emails about new comments on this article."],
      action: { url: `/comments/unsubscribe/${token}`, label: "Unsubscribe", fields: {} },
      links: [],
    });
  };
}

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here; so does the page.
export function unsubscribe(d: CommentRouteDeps) {
  return async (c: Context) => {
    const ok = await d.comments.proofs.unsubscribe(c.req.param("token") ?? "");
    if (!ok) return noticeResponse(c, d, 404, BAD_UNSUBSCRIBE);
    return noticeResponse(c, d, 200, {
      title: "Unsubscribed",
      messages: ["You will get no more emails about new comments on this article."],
      action: null,
      links: [{ url: "/", label: "Front page" }],
    });
  };
}
