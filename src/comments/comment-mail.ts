// Who hears about a comment, by email: editors when one is held, subscribers when one is published, and a
// guest asked to prove their address. Addresses come from our tables only; links are built from the site's
// own address (permalinks, the queue, confirm and unsubscribe pages) and tokens are single-purpose.
import { randomBytes } from "node:crypto";
import { urlPathOf } from "../articles/permalink.js";
import type { ArticleRow, CommentRow } from "../db/tables/index.js";
import { confirmAddressEmail, heldCommentEmail, newCommentEmail } from "../notify/comment-emails.js";
import type { Mailer } from "../notify/mailer.js";
import type { Clock } from "../shared/clock.js";
import type { SubscriptionStore } from "../store/comments/subscription-store.js";
import { parseComment, plainText } from "./comment-markup.js";
import { EMAIL_TOKEN_INTERVAL_SECONDS, EMAIL_TOKEN_TTL_SECONDS } from "./limits.js";
import { sha256, signValue, verifySigned } from "./signing.js";

export interface CommentMailDeps {
  mailer: Mailer;
  subscriptions: SubscriptionStore;
  clock: Clock;
  secret: string;
  baseUrl: string;
  moderators: readonly string[];
  siteTitle: () => Promise<string>;
}

const UNSUBSCRIBE = "comment-unsubscribe";

export class CommentMail {
  constructor(private readonly d: CommentMailDeps) {}

  get enabled(): boolean {
    return this.d.mailer.enabled;
  }

  private articleRef(a: ArticleRow) {
    return { headline: a.headline, url: `${this.d.baseUrl}${urlPathOf(a.path)}` };
  }

  permalink(commentId: number): string {
    return `${this.d.baseUrl}/comments/${commentId}/`;
  }

  async held(c: CommentRow, a: ArticleRow): Promise<void> {
    if (!this.enabled || this.d.moderators.length === 0) return;
    const siteTitle = await this.d.siteTitle();
    for (const to of this.d.moderators) {
      this.d.mailer.send(
        heldCommentEmail({
          to,
          siteTitle,
          article: this.articleRef(a),
          authorName: c.author_name,
          reason: c.held_reason ?? "held",
          text: plainText(parseComment(c.body)),
          queueUrl: `${this.d.baseUrl}/admin/comments?status=pending`,
        }),
      );
    }
  }

  /** Tells the article's confirmed subscribers of a newly published comment (not its own author). */
  async published(c: CommentRow, a: ArticleRow): Promise<void> {
    if (!this.enabled) return;
    const subs = (await this.d.subscriptions.active(a.id)).filter((s) => s.email !== c.author_email);
    if (subs.length === 0) return;
    const siteTitle = await this.d.siteTitle();
    const text = plainText(parseComment(c.body));
    for (const s of subs) {
      this.d.mailer.send(
        newCommentEmail({
          to: s.email,
          siteTitle,
          article: this.articleRef(a),
          authorName: c.author_name,
          text,
          permalink: this.permalink(c.id),
          unsubscribeUrl: this.unsubscribeUrl(s.id),
        }),
      );
    }
  }

  /** Emails a link proving the address (at most one per address per interval). Returns whether one was sent. */
  async confirmAddress(email: string, c: CommentRow, a: ArticleRow, subscribing: boolean): Promise<boolean> {
    if (!this.enabled) return false;
    const now = this.d.clock.now();
    const last = await this.d.subscriptions.lastTokenAt(email);
    if (last !== null && now - last < EMAIL_TOKEN_INTERVAL_SECONDS) return false;
    const token = randomBytes(24).toString("base64url");
    await this.d.subscriptions.saveToken(sha256(token), email, c.id, now, EMAIL_TOKEN_TTL_SECONDS);
    this.d.mailer.send(
      confirmAddressEmail({
        to: email,
        siteTitle: await this.d.siteTitle(),
        article: this.articleRef(a),
        confirmUrl: `${this.d.baseUrl}/comments/confirm/${token}`,
        subscribing,
        validHours: EMAIL_TOKEN_TTL_SECONDS / 3600,
      }),
    );
    return true;
  }

  /** A permanent, unguessable unsubscribe address per subscription (an HMAC of its id; nothing stored). */
  unsubscribeUrl(subscriptionId: number): string {
    return `${this.d.baseUrl}/comments/unsubscribe/${subscriptionId}.${signValue(this.d.secret, UNSUBSCRIBE, String(subscriptionId))}`;
  }

  /** The subscription an unsubscribe token names, or null when forged. */
  unsubscribeTarget(token: string): number | null {
    const m = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!m?.[1] || !m[2]) return null;
    return verifySigned(this.d.secret, UNSUBSCRIBE, m[1], m[2]) ? Number(m[1]) : null;
  }
}
