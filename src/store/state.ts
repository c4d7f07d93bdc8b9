// Small durable key-value state: polling offsets, import markers, the site's change counter.
import type { Db } from "../db/connect.js";

export class StateStore {
  constructor(private readonly db: Db) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.db.kysely
      .selectFrom("state")
      .select("value")
      .where("key", "=", key)
      .executeTakeFirst();
    return row?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db.kysely
      .insertInto("state")
      .values({ key, value })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
      .execute();
  }
}
