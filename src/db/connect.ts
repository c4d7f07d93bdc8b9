// Opens the database: SQLite (embedded default, WAL) or PostgreSQL, chosen by the DATELINE_DATABASE value.
// Everything dialect-specific about connecting lives here.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { DatelineError } from "../shared/errors.js";
import { workerUrl } from "../shared/worker-url.js";
import type { CheckpointWorkerInput } from "./checkpoint-worker.js";
import { type Dialect, isPostgresUrl } from "./dialect.js";
import { migrateToLatest } from "./migrations/index.js";
import type { Database } from "./tables/index.js";

export type { Dialect } from "./dialect.js";

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** The raw SQLite handle (fast paths and bulk work), when on SQLite. */
  sqlite: SqliteDatabase.Database | null;
  /**
   * Settings for one long bulk write (an import), until the returned function restores the usual ones.
   * On SQLite a smaller page cache: an import appends, so a large cache only holds pages it will not read
   * again; and no checkpoint at commit, which would hold the commit while the whole log is copied:
   * checkpointInBackground does it beside the work that follows (docs/import-performance.md).
   */
  bulkWriteSettings(): () => void;
  /**
   * Brings the database file up to date with what was committed, on another thread (SQLite: copies the
   * write-ahead log, which bulk writes leave for this; elsewhere nothing to do).
   */
  checkpointInBackground(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL: a schema to use instead of public (tests isolate themselves this way). */
  schema?: string;
  /** Apply migrations (default true). */
  migrate?: boolean;
}

// int8 (bigint) columns come back from pg as strings; ours hold Unix seconds and counts that fit a double.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export async function openDatabase(location: string, opts: OpenOptions = {}): Promise<Db> {
  const db = isPostgresUrl(location) ? await openPostgres(location, opts) : openSqlite(location);
  if (opts.migrate !== false) {
    try {
      await migrateToLatest(db.kysely, db.dialect, db.dialect === "postgres" ? opts.schema : undefined);
    } catch (e) {
      await db.close();
      throw new DatelineError("STORE", `database ${describeLocation(location)}: ${(e as Error).message}`, {
        cause: e,
      });
    }
  }
  return db;
}

/** SQLite's page cache, in KiB, while serving. */
const CACHE_KIB = 65536;
/**
 * While an import writes (and its search pass after it): pages are written once and rarely read again, so
 * a small cache stores as fast and takes less memory (docs/import-performance.md).
 */
const BULK_WRITE_CACHE_KIB = 8192;
/** SQLite's default. */
const WAL_AUTOCHECKPOINT_PAGES = 1000;

function checkpointInWorker(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const workerData: CheckpointWorkerInput = { file };
    const worker = new Worker(workerUrl("checkpoint-worker", import.meta.url), { workerData });
    worker.once("message", () => resolve());
    worker.once("error", reject);
    worker.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`checkpoint worker exited with ${code}`)),
    );
  });
}

function openSqlite(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file);
  } catch (e) {
    throw new DatelineError("STORE", `cannot open SQLite database ${file}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  // Larger pages for a new database (a no-op on an existing one): rows of a post (raw message, article)
  // are several kilobytes, and large pages keep most of them out of overflow chains. 32 KiB rather than
  // 16: an import writes every page to the log, and half as many pages cost less in system calls
  // (docs/import-performance.md).
  sqlite.pragma("page_size = 32768");
  sqlite.pragma("journal_mode = WAL");
  // NORMAL is durable across application crashes in WAL mode; only a power loss can lose the last commits.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma(`cache_size = -${CACHE_KIB}`);
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return {
    kysely,
    dialect: "sqlite",
    sqlite,
    bulkWriteSettings: () => {
      sqlite.pragma(`cache_size = -${BULK_WRITE_CACHE_KIB}`);
      sqlite.pragma("wal_autocheckpoint = 0");
      return () => {
        sqlite.pragma(`cache_size = -${CACHE_KIB}`);
        sqlite.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
      };
    },
    checkpointInBackground: () => (file === ":memory:" ? Promise.resolve() : checkpointInWorker(file)),
    close: async () => {
      await kysely.destroy();
    },
  };
}

/** Prepared statements kept per SQL text (Kysely prepares every query anew; preparing costs more than running). */
const STATEMENT_CACHE_SIZE = 500;

function withStatementCache(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = sqlite.prepare(sql);
        // Multi-row inserts make many distinct texts; keep the cache bounded (oldest out first).
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

async function openPostgres(url: string, opts: OpenOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // An isolated schema (tests) also turns parallel query off: under load a parallel worker sometimes
    // failed to find a schema made moments before ("schema … does not exist", where: parallel worker).
    ...(opts.schema ? { options: `-c search_path=${opts.schema} -c max_parallel_workers_per_gather=0` } : {}),
  });
  try {
    const client = await pool.connect();
    if (opts.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema.replace(/"/g, "")}"`);
    client.release();
  } catch (e) {
    await pool.end();
    throw new DatelineError(
      "STORE",
      `cannot connect to PostgreSQL at ${describeLocation(url)}: ${(e as Error).message}`,
      {
        cause: e,
      },
    );
  }
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: "postgres",
    sqlite: null,
    bulkWriteSettings: () => () => {},
    checkpointInBackground: async () => {},
    close: async () => {
      await kysely.destroy();
    },
  };
}

/** The database location with any password removed, for messages and logs. */
export function describeLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}
