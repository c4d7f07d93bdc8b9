// `dateline migrate`: opens the database without migrating, applies what is pending, says what it did.
import { openDatabase } from "../db/connect.js";
import { migrateToLatest } from "../db/migrations/index.js";

/** Applies pending migrations; returns their names (none when the database is up to date). */
export async function migrateDatabase(location: string): Promise<string[]> {
  const db = await openDatabase(location, { migrate: false });
  try {
    return await migrateToLatest(db.kysely, db.dialect);
  } finally {
    await db.close();
  }
}
