// Remembers what may be used only once — authorization codes (RFC 6749 §4.1.2: "The client MUST NOT use
// the authorization code more than once") and Telegram logins — for as long as they could be replayed.
// Providers refuse a second use of a code too; this refuses it before the code is even sent again.
import type { Db } from "../../db/connect.js";
import type { Clock } from "../../shared/clock.js";
import { sha256Hex } from "../../shared/opaque-id.js";

export class UsedOnceStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Records `key`; false when it was recorded before (a replay). Only a hash of the key is stored. */
  async claim(key: string, keepSeconds: number): Promise<boolean> {
    const now = this.clock.now();
    await this.db.kysely.deleteFrom("reader_sign_in_used").where("expires_at", "<=", now).execute();
    const result = await this.db.kysely
      .insertInto("reader_sign_in_used")
      .values({ key_hash: sha256Hex(key), expires_at: now + keepSeconds })
      .onConflict((oc) => oc.column("key_hash").doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }
}
