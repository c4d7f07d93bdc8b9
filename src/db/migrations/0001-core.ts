// The core tables: channels, messages (raw), articles, tags, permalinks, revisions, media, state.
import type { Kysely, Migration } from "kysely";
import type { Dialect } from "../dialect.js";
import { idColumn, idConstraints } from "./columns.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: a migration is one frozen list of tables, read top to bottom
export function core(dialect: Dialect): Migration {
  return {
    // biome-ignore lint/complexity/noExcessiveLinesPerFunction: as above
    async up(db: AnyDb) {
      await db.schema
        .createTable("channels")
        .addColumn("id", idColumn(dialect), idConstraints(dialect))
        .addColumn("username", "text", (c) => c.notNull().unique())
        .addColumn("telegram_id", "text", (c) => c.unique())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("timezone", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("cta", "text")
        .addColumn("strip_patterns", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("detected_promo", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("follow", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("last_seen_id", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("messages")
        .addColumn("channel_id", "integer", (c) => c.notNull().references("channels.id"))
        .addColumn("message_id", "integer", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("raw", "text", (c) => c.notNull())
        .addColumn("post", "text", (c) => c.notNull())
        .addColumn("date", "bigint", (c) => c.notNull())
        .addColumn("edit_date", "bigint")
        .addColumn("media_group_id", "text")
        .addColumn("post_hash", "text", (c) => c.notNull())
        .addColumn("article_id", "integer")
        .addColumn("seen_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("messages_pk", ["channel_id", "message_id"])
        .execute();
      await db.schema.createIndex("messages_article").on("messages").column("article_id").execute();

      await db.schema
        .createTable("articles")
        .addColumn("id", idColumn(dialect), idConstraints(dialect))
        .addColumn("channel_id", "integer", (c) => c.notNull().references("channels.id"))
        .addColumn("message_id", "integer", (c) => c.notNull())
        .addColumn("path", "text", (c) => c.notNull().unique())
        .addColumn("slug", "text", (c) => c.notNull())
        .addColumn("published_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint")
        .addColumn("modified_at", "bigint", (c) => c.notNull())
        .addColumn("headline", "text", (c) => c.notNull())
        .addColumn("dateline_place", "text")
        .addColumn("dateline_outlet", "text")
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("body_text", "text", (c) => c.notNull())
        .addColumn("summary", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("direction", "text", (c) => c.notNull())
        .addColumn("tags", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("status", "text", (c) => c.notNull().defaultTo("published"))
        .addColumn("status_reason", "text")
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("image_sha", "text")
        .addUniqueConstraint("articles_message", ["channel_id", "message_id"])
        .execute();
      await db.schema
        .createIndex("articles_listing")
        .on("articles")
        .columns(["status", "published_at", "id"])
        .execute();
      await db.schema
        .createIndex("articles_channel_listing")
        .on("articles")
        .columns(["channel_id", "status", "published_at"])
        .execute();
      await db.schema.createIndex("articles_modified").on("articles").column("modified_at").execute();

      await db.schema
        .createTable("article_tags")
        .addColumn("article_id", "integer", (c) => c.notNull())
        .addColumn("tag", "text", (c) => c.notNull())
        .addColumn("published_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("article_tags_pk", ["article_id", "tag"])
        .execute();
      await db.schema
        .createIndex("article_tags_tag")
        .on("article_tags")
        .columns(["tag", "published_at"])
        .execute();

      await db.schema
        .createTable("article_paths")
        .addColumn("path", "text", (c) => c.primaryKey())
        .addColumn("article_id", "integer", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("revisions")
        .addColumn("article_id", "integer", (c) => c.notNull())
        .addColumn("number", "integer", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("headline", "text", (c) => c.notNull())
        .addColumn("body_text", "text", (c) => c.notNull())
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("dateline_place", "text")
        .addColumn("dateline_outlet", "text")
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("revisions_pk", ["article_id", "number"])
        .execute();

      await db.schema
        .createTable("media")
        .addColumn("sha256", "text", (c) => c.primaryKey())
        .addColumn("mime_type", "text", (c) => c.notNull())
        .addColumn("size", "bigint", (c) => c.notNull())
        .addColumn("width", "integer")
        .addColumn("height", "integer")
        .addColumn("ext", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("message_media")
        .addColumn("channel_id", "integer", (c) => c.notNull())
        .addColumn("message_id", "integer", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("sha256", "text")
        .addColumn("mime_type", "text")
        .addColumn("file_name", "text")
        .addColumn("width", "integer")
        .addColumn("height", "integer")
        .addColumn("duration", "integer")
        .addColumn("missing_reason", "text")
        .addColumn("source", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("message_media_pk", ["channel_id", "message_id", "position"])
        .execute();

      await db.schema
        .createTable("state")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
    },
  };
}
