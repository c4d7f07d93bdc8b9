import { openDatabase } from "../db/connect.js";
import { migrateToLatest } from "../db/migrations/index.js";
import { COMMON_HELP, type Command } from "./command.js";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "apply database migrations (serve and import also do this on start)",
  usage: "dateline migrate",
  help: COMMON_HELP,
  options: {},
  positionals: [0, 0],
  async run(ctx) {
    const config = ctx.config();
    const db = await openDatabase(config.database, { migrate: false });
    try {
      const applied = await migrateToLatest(db.kysely, db.dialect);
      ctx.out(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
      return 0;
    } finally {
      await db.close();
    }
  },
};
