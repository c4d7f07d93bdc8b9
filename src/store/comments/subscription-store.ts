// Email subscriptions to an article's new comments (double opt-in) and the emailed proof tokens.
import type { Db } from "../../db/connect.js";
import type { SubscriptionRow } from "../../db/tables/index.js";

export class SubscriptionStore {
  constructor(private readonly db: Db) {}

  /** Asks for a subscription; an existing one keeps its state unless `active` upgrades it. */
  async request(articleId: number, email: string, active: boolean, now: number): Promise<SubscriptionRow> {
    const existing = await this.find(articleId, email);
    if (!existing) {
      await this.db.kysely
        .insertInto("comment_subscriptions")
        .values({
          article_id: articleId,
          email,
          status: active ? "active" : "pending",
          created_at: now,
          confirmed_at: active ? now : null,
        })
        .onConflict((oc) => oc.columns(["article_id", "email"]).doNothing())
        .execute();
    } else if (existing.status !== "active") {
      await this.db.kysely
        .updateTable("comment_subscriptions")
        .set(active ? { status: "active", confirmed_at: now } : { status: "pending" })
        .where("id", "=", existing.id)
        .execute();
    }
    return (await this.find(articleId, email))!;
  }

  async find(articleId: number, email: string): Promise<SubscriptionRow | undefined> {
    return this.db.kysely
      .selectFrom("comment_subscriptions")
      .selectAll()
      .where("article_id", "=", articleId)
      .where("email", "=", email)
      .executeTakeFirst();
  }

  async byId(id: number): Promise<SubscriptionRow | undefined> {
    return this.db.kysely
      .selectFrom("comment_subscriptions")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
  }

  /** Every pending subscription of an address becomes active once the address is proven. */
  async confirmAll(email: string, now: number): Promise<number> {
    const r = await this.db.kysely
      .updateTable("comment_subscriptions")
      .set({ status: "active", confirmed_at: now })
      .where("email", "=", email)
      .where("status", "=", "pending")
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async active(articleId: number): Promise<SubscriptionRow[]> {
    return this.db.kysely
      .selectFrom("comment_subscriptions")
      .selectAll()
      .where("article_id", "=", articleId)
      .where("status", "=", "active")
      .orderBy("id")
      .execute();
  }

  async unsubscribe(id: number): Promise<boolean> {
    const r = await this.db.kysely
      .updateTable("comment_subscriptions")
      .set({ status: "unsubscribed" })
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async saveToken(tokenHash: string, email: string, commentId: number | null, now: number, ttl: number) {
    await this.db.kysely
      .insertInto("comment_email_tokens")
      .values({ token_hash: tokenHash, email, comment_id: commentId, created_at: now, expires_at: now + ttl })
      .execute();
  }

  async lastTokenAt(email: string): Promise<number | null> {
    const r = await this.db.kysely
      .selectFrom("comment_email_tokens")
      .select("created_at")
      .where("email", "=", email)
      .orderBy("created_at", "desc")
      .executeTakeFirst();
    return r ? r.created_at : null;
  }

  /** Uses a token once; returns what it proves, or null when unknown, used or expired. */
  async useToken(
    tokenHash: string,
    now: number,
  ): Promise<{ email: string; commentId: number | null } | null> {
    const row = await this.db.kysely
      .selectFrom("comment_email_tokens")
      .selectAll()
      .where("token_hash", "=", tokenHash)
      .executeTakeFirst();
    if (!row || row.used_at !== null || row.expires_at < now) return null;
    const r = await this.db.kysely
      .updateTable("comment_email_tokens")
      .set({ used_at: now })
      .where("token_hash", "=", tokenHash)
      .where("used_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1 ? { email: row.email, commentId: row.comment_id } : null;
  }

  async tokenValid(tokenHash: string, now: number): Promise<boolean> {
    const row = await this.db.kysely
      .selectFrom("comment_email_tokens")
      .select(["used_at", "expires_at"])
      .where("token_hash", "=", tokenHash)
      .executeTakeFirst();
    return row !== undefined && row.used_at === null && row.expires_at >= now;
  }
}
