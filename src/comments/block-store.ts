// Blocked identities and IP ranges: their comments are refused before anything is stored.
import type { Db } from "../db/connect.js";
import type { CommentBlockRow } from "../db/tables/comments.js";
import { IpRanges } from "./ip-range.js";

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

  async isBlocked(identity: string, ip: string): Promise<boolean> {
    const rows = await this.db.kysely.selectFrom("comment_blocks").select(["kind", "value"]).execute();
    if (rows.some((r) => r.kind === "identity" && r.value === identity)) return true;
    return new IpRanges(rows.filter((r) => r.kind === "ip").map((r) => r.value)).contains(ip);
  }
}
