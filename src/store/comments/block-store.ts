// Blocked identities and IP ranges: their comments are refused before anything is stored (the matching is
// the feature's, comments/blocks.ts).
import type { Db } from "../../db/connect.js";
import type { CommentBlockRow } from "../../db/tables/index.js";

export class BlockStore {
  constructor(private readonly db: Db) {}

  async list(): Promise<CommentBlockRow[]> {
    return this.db.kysely.selectFrom("comment_blocks").selectAll().orderBy("id", "desc").execute();
  }

  /** Adds a block; adding one that exists changes nothing. */
  async add(kind: "identity" | "ip", value: string, note: string | null, now: number): Promise<void> {
    await this.db.kysely
      .insertInto("comment_blocks")
      .values({ kind, value, note, created_at: now })
      .onConflict((oc) => oc.columns(["kind", "value"]).doNothing())
      .execute();
  }

  async remove(id: number): Promise<void> {
    await this.db.kysely.deleteFrom("comment_blocks").where("id", "=", id).execute();
  }

  /** Every block's kind and value: what a new comment is checked against. */
  async entries(): Promise<Pick<CommentBlockRow, "kind" | "value">[]> {
    return this.db.kysely.selectFrom("comment_blocks").select(["kind", "value"]).execute();
  }
}
