// The change log: every process (serve instances, CLI commands) records content changes here, and every
// serve instance follows it to drop pages from its own in-memory cache.
import type { Kysely, Migration } from "kysely";
import type { Dialect } from "../dialect.js";
import { idColumn, idConstraints } from "./columns.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export function changeLog(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable("change_log")
        .addColumn("id", idColumn(dialect), idConstraints(dialect))
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("origin", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("channel_id", "integer", (c) => c.notNull())
        /** JSON number[]; empty for channel-wide changes */
        .addColumn("article_ids", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("change_log_at").on("change_log").column("at").execute();
    },
  };
}
