// Reader comments (with blocks, reply subscriptions, email proofs) and the editors who moderate them.
import type { Kysely, Migration } from "kysely";
import type { Dialect } from "../dialect.js";
import { idColumn, idConstraints } from "./columns.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: a migration is one frozen list of tables, read top to bottom
export function comments(dialect: Dialect): Migration {
  return {
    // biome-ignore lint/complexity/noExcessiveLinesPerFunction: as above
    async up(db: AnyDb) {
      // Every text column is `text` on both databases: nothing is ever cut at a byte length (a 4-byte
      // character in a 3-byte column, or a length applied after sanitizing, can end a comment mid-tag).
      await db.schema
        .createTable("comments")
        .addColumn("id", idColumn(dialect), idConstraints(dialect))
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
        .addColumn("parent_id", "integer")
        .addColumn("root_id", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("depth", "integer", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("identity", "text", (c) => c.notNull())
        .addColumn("author_name", "text", (c) => c.notNull())
        .addColumn("author_email", "text")
        .addColumn("author_url", "text")
        .addColumn("email_verified", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("ip", "text", (c) => c.notNull())
        .addColumn("user_agent", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("held_reason", "text")
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("modified_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("comments_thread")
        .on("comments")
        .columns(["article_id", "status", "root_id", "id"])
        .execute();
      await db.schema.createIndex("comments_queue").on("comments").columns(["status", "id"]).execute();
      await db.schema.createIndex("comments_ip").on("comments").columns(["ip", "created_at"]).execute();
      await db.schema
        .createIndex("comments_identity")
        .on("comments")
        .columns(["identity", "created_at"])
        .execute();
      await db.schema.createIndex("comments_hash").on("comments").column("content_hash").execute();

      await db.schema
        .createTable("comment_blocks")
        .addColumn("id", idColumn(dialect), idConstraints(dialect))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addUniqueConstraint("comment_blocks_value", ["kind", "value"])
        .execute();

      await db.schema
        .createTable("comment_subscriptions")
        .addColumn("id", idColumn(dialect), idConstraints(dialect))
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
        .addColumn("email", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("confirmed_at", "bigint")
        .addUniqueConstraint("comment_subscriptions_one", ["article_id", "email"])
        .execute();

      await db.schema
        .createTable("comment_email_tokens")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull())
        .addColumn("comment_id", "integer")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .addColumn("used_at", "bigint")
        .execute();
      await db.schema
        .createIndex("comment_email_tokens_email")
        .on("comment_email_tokens")
        .columns(["email", "created_at"])
        .execute();

      await db.schema
        .createTable("editors")
        .addColumn("id", idColumn(dialect), idConstraints(dialect))
        .addColumn("username", "text", (c) => c.notNull().unique())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("last_login_at", "bigint")
        .execute();
      await db.schema
        .createTable("editor_sessions")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("editor_id", "integer", (c) => c.notNull().references("editors.id").onDelete("cascade"))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .addColumn("last_seen_at", "bigint", (c) => c.notNull())
        .execute();
    },
    async down(db: AnyDb) {
      for (const t of [
        "editor_sessions",
        "editors",
        "comment_email_tokens",
        "comment_subscriptions",
        "comment_blocks",
        "comments",
      ]) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  };
}
