// Every store test runs on SQLite and on PostgreSQL (Kysely's practice). PostgreSQL comes from
// DATELINE_TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test); when it is not reachable
// the PostgreSQL half is skipped with a visible notice, except in CI, where that is a failure.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { type Db, type Dialect, openDatabase } from "../../src/db/connect.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/test";
export const postgresUrl = process.env.DATELINE_TEST_POSTGRES_URL ?? DEFAULT_URL;

let reachable: Promise<boolean> | null = null;

export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query("select 1");
      return true;
    } catch (e) {
      if (process.env.CI) {
        throw new Error(
          `PostgreSQL is required in CI but ${postgresUrl} is not reachable: ${(e as Error).message}`,
        );
      }
      console.warn(
        `\n⚠  PostgreSQL not reachable at ${postgresUrl} (${(e as Error).message}): PostgreSQL store tests are SKIPPED.\n` +
          "   Set DATELINE_TEST_POSTGRES_URL to run them.\n",
      );
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

export interface TestDb {
  db: Db;
  dialect: Dialect;
  /** Location string to open the same database again (SQLite file or postgres URL + schema). */
  location: string;
  schema?: string;
}

/** Opens a fresh, migrated, isolated database of the given dialect. */
export async function openTestDatabase(dialect: Dialect, sqliteFile = ":memory:"): Promise<TestDb> {
  if (dialect === "sqlite") {
    return { db: await openDatabase(sqliteFile), dialect, location: sqliteFile };
  }
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const dropSchema = async () => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  };
  let db: Db;
  try {
    db = await openDatabase(postgresUrl, { schema });
  } catch (e) {
    await dropSchema();
    throw e;
  }
  const close = db.close;
  db.close = async () => {
    await close();
    await dropSchema();
  };
  return { db, dialect, location: postgresUrl, schema };
}

const pgOk = await postgresReachable();

/**
 * Declares the suite once per dialect. `body` receives a getter for the current test database, opened
 * fresh before the suite and closed after it.
 */
export function describeEachDatabase(name: string, body: (get: () => TestDb) => void): void {
  for (const dialect of ["sqlite", "postgres"] as const) {
    describe.skipIf(dialect === "postgres" && !pgOk)(`${name} [${dialect}]`, () => {
      let current: TestDb | undefined;
      beforeAll(async () => {
        current = await openTestDatabase(dialect);
      });
      afterAll(async () => {
        await current?.db.close();
      });
      body(() => {
        if (!current) throw new Error("test database not open yet");
        return current;
      });
    });
  }
}
