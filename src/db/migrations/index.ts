// Migrations in code, applied on start, in the order of MIGRATIONS. Each feature adds its own file and
// one line below; a migration, once landed, is never edited (write a new one).
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Dialect } from "../dialect.js";
import { core } from "./0001-core.js";
import { search } from "./0003-search.js";
import { comments } from "./0004-comments.js";
import { readerSessions } from "./0005-reader-sessions.js";
import { translation } from "./0006-translation.js";
import { changeLog } from "./0007-change-log.js";
import { editionSearch } from "./0008-edition-search.js";
import { contentHashV2 } from "./0009-content-hash-v2.js";

const MIGRATIONS: [string, (dialect: Dialect) => Migration][] = [
  ["0001_core", core],
  ["0003_search", search],
  ["0004_comments", comments],
  ["0005_reader_sessions", readerSessions],
  ["0006_translation", translation],
  ["0007_change_log", changeLog],
  ["0008_edition_search", editionSearch],
  ["0009_content_hash_v2", () => contentHashV2()],
];

class InCodeProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(MIGRATIONS.map(([name, make]) => [name, make(this.dialect)]));
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>, dialect: Dialect, schema?: string): Promise<string[]> {
  // With a schema (PostgreSQL tests isolate themselves so), the migration and lock tables live in it too:
  // otherwise Kysely finds another schema's lock table and parallel test files collide.
  const migrator = new Migrator({
    db,
    provider: new InCodeProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
