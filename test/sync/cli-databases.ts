// Like describeEachDatabase, for tests that run CLI commands (runCli opens the database itself): SQLite in a
// file rather than in memory, PostgreSQL in a fresh schema named in the URL, and a media folder, all given
// as the environment a command reads.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import type { Db } from "../../src/db/connect.js";
import { openTestDatabase, postgresReachable, postgresUrl } from "../helpers/databases.js";

export interface CliDb {
  db: Db;
  mediaDir: string;
  /** DATELINE_DATABASE and DATELINE_MEDIA_DIR for this database. */
  env: Record<string, string>;
}

const pgOk = await postgresReachable();

export function describeEachCliDatabase(name: string, body: (get: () => CliDb) => void): void {
  for (const dialect of ["sqlite", "postgres"] as const) {
    describe.skipIf(dialect === "postgres" && !pgOk)(`${name} [${dialect}]`, () => {
      let current: CliDb | undefined;
      beforeAll(async () => {
        const dir = await mkdtemp(path.join(tmpdir(), "dateline-cli-"));
        const mediaDir = path.join(dir, "media");
        if (dialect === "sqlite") {
          const file = path.join(dir, "dateline.db");
          const { db } = await openTestDatabase("sqlite", file);
          current = { db, mediaDir, env: { DATELINE_DATABASE: file, DATELINE_MEDIA_DIR: mediaDir } };
        } else {
          const { db, schema } = await openTestDatabase("postgres");
          const options = encodeURIComponent(`-c search_path=${schema}`);
          const url = `${postgresUrl}${postgresUrl.includes("?") ? "&" : "?"}options=${options}`;
          current = { db, mediaDir, env: { DATELINE_DATABASE: url, DATELINE_MEDIA_DIR: mediaDir } };
        }
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
