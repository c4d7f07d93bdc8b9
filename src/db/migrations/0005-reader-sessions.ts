// Reader sign-in: sessions of signed-in readers (apart from editors' sessions), sign-ins in progress, and
// the codes and logins already used once.
import type { Kysely, Migration } from "kysely";
import type { Dialect } from "../dialect.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export function readerSessions(_dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable("reader_sessions")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("identity", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("reader_sessions_expiry")
        .on("reader_sessions")
        .column("expires_at")
        .execute();
      await db.schema
        .createIndex("reader_sessions_account")
        .on("reader_sessions")
        .columns(["provider", "subject"])
        .execute();

      await db.schema
        .createTable("reader_sign_in_flows")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("code_verifier", "text")
        .addColumn("nonce", "text")
        .addColumn("return_to", "text", (c) => c.notNull())
        .addColumn("popup", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("reader_sign_in_flows_expiry")
        .on("reader_sign_in_flows")
        .column("expires_at")
        .execute();

      await db.schema
        .createTable("reader_sign_in_used")
        .addColumn("key_hash", "text", (c) => c.primaryKey())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("reader_sign_in_used_expiry")
        .on("reader_sign_in_used")
        .column("expires_at")
        .execute();
    },
    async down(db: AnyDb) {
      await db.schema.dropTable("reader_sign_in_used").execute();
      await db.schema.dropTable("reader_sign_in_flows").execute();
      await db.schema.dropTable("reader_sessions").execute();
    },
  };
}
