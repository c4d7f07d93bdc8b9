// Reader sessions, kept server-side: the browser holds only a random id (cookie dl_reader), the table its
// SHA-256 with the identity and an expiry. Apart from editors' sessions (store/admin/).
import type { Db } from "../../db/connect.js";
import type { Clock } from "../../shared/clock.js";
import { randomId, sha256Hex } from "../../shared/opaque-id.js";

/** What a session row names besides the identity's JSON: its provider and the provider's user id. */
export interface SessionIdentity {
  provider: string;
  subject: string;
}

/**
 * The identity is stored as JSON; `parse` (given by sign-in, which owns the identity's shape) turns it back,
 * or answers null when a row no longer fits, so such a row counts as no session.
 */
export class ReaderSessionStore<Identity extends SessionIdentity> {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly parse: (json: unknown) => Identity | null,
  ) {}

  /** Stores a new session and returns its id (for the cookie only: never logged, never in a URL). */
  async create(identity: Identity, lifetimeSeconds: number): Promise<string> {
    const id = randomId();
    const now = this.clock.now();
    await this.db.kysely.deleteFrom("reader_sessions").where("expires_at", "<=", now).execute();
    await this.db.kysely
      .insertInto("reader_sessions")
      .values({
        id_hash: sha256Hex(id),
        provider: identity.provider,
        subject: identity.subject,
        identity: JSON.stringify(identity),
        created_at: now,
        expires_at: now + lifetimeSeconds,
      })
      .execute();
    return id;
  }

  /** The identity of a live session, or null (unknown, expired, or unreadable). */
  async find(id: string): Promise<Identity | null> {
    const row = await this.db.kysely
      .selectFrom("reader_sessions")
      .select(["identity", "expires_at"])
      .where("id_hash", "=", sha256Hex(id))
      .executeTakeFirst();
    if (!row || row.expires_at <= this.clock.now()) return null;
    let json: unknown;
    try {
      json = JSON.parse(row.identity);
    } catch {
      return null;
    }
    return this.parse(json);
  }

  async delete(id: string): Promise<void> {
    await this.db.kysely.deleteFrom("reader_sessions").where("id_hash", "=", sha256Hex(id)).execute();
  }

  async count(): Promise<number> {
    const row = await this.db.kysely
      .selectFrom("reader_sessions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
