// The notification emails about comments, as plain text. Every link in them is built here from the site's
// own address; the commenter's words are quoted and defanged (defang.ts).

import { defang, headerSafe, quoted } from "./defang.js";
import type { MailMessage } from "./mailer.js";

export interface ArticleRef {
  headline: string;
  /** Absolute URL of the article. */
  url: string;
}

export function heldCommentEmail(p: {
  to: string;
  siteTitle: string;
  article: ArticleRef;
  authorName: string;
  reason: string;
  text: string;
  queueUrl: string;
}): MailMessage {
  return {
    to: p.to,
    subject: `[${headerSafe(p.siteTitle, 60)}] Comment held for moderation: ${headerSafe(p.article.headline, 120)}`,
    text: [
      `A comment on "${headerSafe(p.article.headline, 300)}" is waiting for an editor.`,
      "",
      `Author: ${defang(headerSafe(p.authorName))}`,
      `Held because: ${headerSafe(p.reason)}`,
      "",
      quoted(p.text),
      "",
      `Review it in the moderation queue: ${p.queueUrl}`,
      "",
    ].join("\n"),
  };
}

export function newCommentEmail(p: {
  to: string;
  siteTitle: string;
  article: ArticleRef;
  authorName: string;
  text: string;
  permalink: string;
  unsubscribeUrl: string;
}): MailMessage {
  return {
    to: p.to,
    subject: `[${headerSafe(p.siteTitle, 60)}] New comment on: ${headerSafe(p.article.headline, 120)}`,
    text: [
      `${defang(headerSafe(p.authorName))} commented on "${headerSafe(p.article.headline, 300)}":`,
      "",
      quoted(p.text),
      "",
      `Read it and reply: ${p.permalink}`,
      "",
      "--",
      "You get this because you asked to be told of new comments on this article.",
      `Stop these emails (one click): ${p.unsubscribeUrl}`,
      "",
    ].join("\n"),
    // RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address.
    headers: {
      "List-Unsubscribe": `<${p.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

export function confirmAddressEmail(p: {
  to: string;
  siteTitle: string;
  article: ArticleRef;
  confirmUrl: string;
  subscribing: boolean;
  validHours: number;
}): MailMessage {
  return {
    to: p.to,
    subject: `[${headerSafe(p.siteTitle, 60)}] Confirm your email address`,
    text: [
      `Someone (we hope you) left a comment on "${headerSafe(p.article.headline, 300)}" with this email address.`,
      "",
      "To confirm the address is yours, open this link in the browser you commented from:",
      p.confirmUrl,
      "",
      p.subscribing
        ? "Confirming also starts the emails about new comments on the article that you asked for."
        : "Confirming shows the editors that the comment really came from you.",
      `The link works for ${p.validHours} hours. If it was not you, ignore this email: nothing more will be sent.`,
      "",
    ].join("\n"),
  };
}
