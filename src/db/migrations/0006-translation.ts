// Translated editions: edition languages per channel, glossaries, editions and their paths, translated
// units with editors' corrections, the translation memory, usage counts and the durable job queue.
import type { Kysely, Migration } from "kysely";
import type { Dialect } from "../dialect.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: a migration is one frozen list of tables, read top to bottom
export function translation(_dialect: Dialect): Migration {
  return {
    // biome-ignore lint/complexity/noExcessiveLinesPerFunction: as above
    async up(db: AnyDb) {
      await db.schema
        .createTable("edition_languages")
        .addColumn("channel_id", "integer", (c) => c.notNull().references("channels.id"))
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("edition_languages_pk", ["channel_id", "language"])
        .execute();

      await db.schema
        .createTable("glossary_terms")
        .addColumn("channel_id", "integer", (c) => c.notNull().references("channels.id"))
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("source_term", "text", (c) => c.notNull())
        .addColumn("target_term", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("glossary_terms_pk", ["channel_id", "language", "source_term"])
        .execute();

      await db.schema
        .createTable("provider_glossaries")
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("channel_id", "integer", (c) => c.notNull())
        .addColumn("source_language", "text", (c) => c.notNull())
        .addColumn("target_language", "text", (c) => c.notNull())
        .addColumn("glossary_id", "text", (c) => c.notNull())
        .addColumn("entries_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("provider_glossaries_pk", [
          "provider",
          "channel_id",
          "source_language",
          "target_language",
        ])
        .execute();

      await db.schema
        .createTable("editions")
        .addColumn("article_id", "integer", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("path", "text")
        .addColumn("headline", "text", (c) => c.notNull())
        .addColumn("dateline_place", "text")
        .addColumn("dateline_outlet", "text")
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("body_text", "text", (c) => c.notNull())
        .addColumn("summary", "text", (c) => c.notNull())
        .addColumn("source_language", "text", (c) => c.notNull())
        .addColumn("source_hash", "text", (c) => c.notNull())
        .addColumn("published_at", "bigint", (c) => c.notNull())
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("translated_at", "bigint", (c) => c.notNull())
        .addColumn("modified_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("editions_pk", ["article_id", "language"])
        .addUniqueConstraint("editions_path", ["language", "path"])
        .execute();
      await db.schema
        .createIndex("editions_listing")
        .on("editions")
        .columns(["language", "published_at", "article_id"])
        .execute();

      await db.schema
        .createTable("edition_paths")
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("path", "text", (c) => c.notNull())
        .addColumn("article_id", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("edition_paths_pk", ["language", "path"])
        .execute();

      await db.schema
        .createTable("translation_units")
        .addColumn("article_id", "integer", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("source_hash", "text", (c) => c.notNull())
        .addColumn("source_html", "text", (c) => c.notNull())
        .addColumn("machine_html", "text")
        .addColumn("human_html", "text")
        .addColumn("human_by", "text")
        .addColumn("human_at", "bigint")
        .addColumn("review", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("review_human_html", "text")
        .addColumn("review_source_html", "text")
        .addPrimaryKeyConstraint("translation_units_pk", ["article_id", "language", "position"])
        .execute();
      await db.schema
        .createIndex("translation_units_review")
        .on("translation_units")
        .columns(["review", "language"])
        .execute();

      await db.schema
        .createTable("translation_memory")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("source_language", "text", (c) => c.notNull())
        .addColumn("target_language", "text", (c) => c.notNull())
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("target_wire", "text", (c) => c.notNull())
        .addColumn("characters", "integer", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("translation_usage")
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("requests", "bigint", (c) => c.notNull().defaultTo(0))
        .addColumn("characters", "bigint", (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint("translation_usage_pk", ["provider", "day"])
        .execute();

      await db.schema
        .createTable("translation_jobs")
        .addColumn("article_id", "integer", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("priority", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("run_after", "bigint", (c) => c.notNull())
        .addColumn("locked_until", "bigint", (c) => c.notNull().defaultTo(0))
        .addColumn("last_error", "text")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("translation_jobs_pk", ["article_id", "language"])
        .execute();
      await db.schema
        .createIndex("translation_jobs_due")
        .on("translation_jobs")
        .columns(["status", "priority", "run_after"])
        .execute();
    },
  };
}
