// Every query on comments. Threads are paginated by their top-level comment (root_id), oldest first, with
// each page carrying whole threads, as WordPress pages them.
import type { Db } from "../../db/connect.js";
import type { CommentRow, CommentStatus } from "../../db/tables/index.js";

/** A comment as posted: its row without what the store assigns (id, modified time); the root is the parent's. */
export type NewComment = Omit<CommentRow, "id" | "root_id" | "modified_at"> & {
  /** The parent's root; ignored (the new id) for a top-level comment. */
  root_id: number | null;
};

export interface QueueRow extends CommentRow {
  article_path: string;
  article_headline: string;
}

export class CommentStore {
  constructor(private readonly db: Db) {}

  async insert(c: NewComment): Promise<CommentRow> {
    return this.db.kysely.transaction().execute(async (tx) => {
      const { id } = await tx
        .insertInto("comments")
        .values({ ...c, root_id: c.root_id ?? 0, modified_at: c.created_at })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (c.root_id === null)
        await tx.updateTable("comments").set({ root_id: id }).where("id", "=", id).execute();
      return tx.selectFrom("comments").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    });
  }

  async byId(id: number): Promise<CommentRow | undefined> {
    return this.db.kysely.selectFrom("comments").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async byIds(ids: readonly number[]): Promise<CommentRow[]> {
    if (ids.length === 0) return [];
    return this.db.kysely
      .selectFrom("comments")
      .selectAll()
      .where("id", "in", [...ids])
      .orderBy("id")
      .execute();
  }

  /** Approved comments per article. */
  async approvedCounts(articleIds: readonly number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    if (articleIds.length === 0) return counts;
    const rows = await this.db.kysely
      .selectFrom("comments")
      .select(["article_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("article_id", "in", [...articleIds])
      .where("status", "=", "approved")
      .groupBy("article_id")
      .execute();
    for (const r of rows) counts.set(r.article_id, Number(r.n));
    return counts;
  }

  /** Approved top-level comments of an article. */
  async rootCount(articleId: number): Promise<number> {
    const r = await this.db.kysely
      .selectFrom("comments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("article_id", "=", articleId)
      .where("status", "=", "approved")
      .where("parent_id", "is", null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Approved top-level comments older than `rootId`: where its thread falls in the pages. */
  async rootsBefore(articleId: number, rootId: number): Promise<number> {
    const r = await this.db.kysely
      .selectFrom("comments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("article_id", "=", articleId)
      .where("status", "=", "approved")
      .where("parent_id", "is", null)
      .where("id", "<", rootId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** One page of threads: its approved top-level comments and every approved reply in their threads. */
  async threadPage(articleId: number, offset: number, limit: number): Promise<CommentRow[]> {
    const roots = await this.db.kysely
      .selectFrom("comments")
      .select("id")
      .where("article_id", "=", articleId)
      .where("status", "=", "approved")
      .where("parent_id", "is", null)
      .orderBy("id")
      .offset(offset)
      .limit(limit)
      .execute();
    if (roots.length === 0) return [];
    return this.db.kysely
      .selectFrom("comments")
      .selectAll()
      .where("article_id", "=", articleId)
      .where("status", "=", "approved")
      .where(
        "root_id",
        "in",
        roots.map((r) => r.id),
      )
      .orderBy("id")
      .execute();
  }

  /** Comments stored since `since` from an IP address or an identity (flood and rate limits). */
  async recentCount(scope: "ip" | "identity", value: string, since: number): Promise<number> {
    const r = await this.db.kysely
      .selectFrom("comments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where(scope, "=", value)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async hashExists(contentHash: string): Promise<boolean> {
    const r = await this.db.kysely
      .selectFrom("comments")
      .select("id")
      .where("content_hash", "=", contentHash)
      .where("status", "!=", "trash")
      .executeTakeFirst();
    return r !== undefined;
  }

  /** Whether the identity already has an approved comment (under this name, when one is given). */
  async hasApproved(identity: string, name?: string): Promise<boolean> {
    let q = this.db.kysely
      .selectFrom("comments")
      .select(["id", "author_name"])
      .where("identity", "=", identity)
      .where("status", "=", "approved");
    if (name === undefined) return (await q.executeTakeFirst()) !== undefined;
    q = q.orderBy("id", "desc").limit(50);
    const folded = name.toLowerCase();
    return (await q.execute()).some((r) => r.author_name.toLowerCase() === folded);
  }

  async queue(status: CommentStatus, offset: number, limit: number): Promise<QueueRow[]> {
    return this.db.kysely
      .selectFrom("comments")
      .innerJoin("articles", "articles.id", "comments.article_id")
      .selectAll("comments")
      .select(["articles.path as article_path", "articles.headline as article_headline"])
      .where("comments.status", "=", status)
      .orderBy("comments.id", "desc")
      .offset(offset)
      .limit(limit)
      .execute();
  }

  async statusCounts(): Promise<Record<CommentStatus, number>> {
    const rows = await this.db.kysely
      .selectFrom("comments")
      .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("status")
      .execute();
    const out: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }

  async setStatus(ids: readonly number[], status: CommentStatus, now: number): Promise<CommentRow[]> {
    if (ids.length === 0) return [];
    const before = await this.byIds(ids);
    await this.db.kysely
      .updateTable("comments")
      .set({ status, modified_at: now })
      .where("id", "in", [...ids])
      .execute();
    return before;
  }

  async update(
    id: number,
    fields: { author_name: string; author_url: string | null; body: string; content_hash: string },
    now: number,
  ): Promise<void> {
    await this.db.kysely
      .updateTable("comments")
      .set({ ...fields, modified_at: now })
      .where("id", "=", id)
      .execute();
  }

  async deleteForever(ids: readonly number[]): Promise<CommentRow[]> {
    if (ids.length === 0) return [];
    const rows = (await this.byIds(ids)).filter((r) => r.status === "spam" || r.status === "trash");
    if (rows.length === 0) return [];
    const gone = rows.map((r) => r.id);
    await this.db.kysely.transaction().execute(async (tx) => {
      // Replies keep their place: they hang from the deleted comment's parent.
      for (const r of rows)
        await tx
          .updateTable("comments")
          .set({ parent_id: r.parent_id })
          .where("parent_id", "=", r.id)
          .execute();
      await tx.deleteFrom("comments").where("id", "in", gone).execute();
    });
    return rows;
  }

  /** An identity's held comments go to spam when it is blocked. */
  async spamPendingOf(identity: string, now: number): Promise<CommentRow[]> {
    const rows = await this.db.kysely
      .selectFrom("comments")
      .selectAll()
      .where("identity", "=", identity)
      .where("status", "=", "pending")
      .execute();
    await this.setStatus(
      rows.map((r) => r.id),
      "spam",
      now,
    );
    return rows;
  }

  async latestApproved(articleId: number, limit: number): Promise<CommentRow[]> {
    return this.db.kysely
      .selectFrom("comments")
      .selectAll()
      .where("article_id", "=", articleId)
      .where("status", "=", "approved")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
  }

  /** The comment whose emailed link was opened: its address is proven (only that comment's claim). */
  async markEmailVerified(commentId: number): Promise<void> {
    await this.db.kysely
      .updateTable("comments")
      .set({ email_verified: 1 })
      .where("id", "=", commentId)
      .execute();
  }
}
