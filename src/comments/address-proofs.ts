// The two emailed links: "confirm your address" (proves it in the browser that opens it, activates the
// subscriptions asked for with it, and marks the comment's address proven) and "unsubscribe". Opening a
// link only shows a page with a button: mail scanners fetch links, and a GET must not change anything.
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { CommentStore } from "../store/comments/comment-store.js";
import type { SubscriptionStore } from "../store/comments/subscription-store.js";
import type { CommentMail } from "./comment-mail.js";
import { sha256 } from "./signing.js";

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

export interface ProofDeps {
  subscriptions: SubscriptionStore;
  comments: CommentStore;
  mail: CommentMail;
  clock: Clock;
  log: Logger;
}

export class AddressProofs {
  constructor(private readonly d: ProofDeps) {}

  async confirmable(token: string): Promise<boolean> {
    return TOKEN.test(token) && this.d.subscriptions.tokenValid(sha256(token), this.d.clock.now());
  }

  /** Uses the token: the proven address, or null when the link is unknown, used or expired. */
  async confirm(token: string): Promise<{ email: string; subscriptions: number } | null> {
    if (!TOKEN.test(token)) return null;
    const now = this.d.clock.now();
    const used = await this.d.subscriptions.useToken(sha256(token), now);
    if (!used) return null;
    if (used.commentId !== null) await this.d.comments.markEmailVerified(used.commentId);
    const subscriptions = await this.d.subscriptions.confirmAll(used.email, now);
    this.d.log.info("email address confirmed", { subscriptions });
    return { email: used.email, subscriptions };
  }

  /** Whether the unsubscribe link is genuine (and names a subscription). */
  async unsubscribable(token: string): Promise<boolean> {
    const id = this.d.mail.unsubscribeTarget(token);
    return id !== null && (await this.d.subscriptions.byId(id)) !== undefined;
  }

  async unsubscribe(token: string): Promise<boolean> {
    const id = this.d.mail.unsubscribeTarget(token);
    if (id === null) return false;
    return this.d.subscriptions.unsubscribe(id);
  }
}
