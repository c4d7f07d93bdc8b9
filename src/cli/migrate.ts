import { migrateDatabase } from "../compose/migrate.js";
import { COMMON_HELP, type Command } from "./command.js";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "apply database migrations (serve and import also do this on start)",
  usage: "dateline migrate",
  help: COMMON_HELP,
  options: {},
  positionals: [0, 0],
  async run(ctx) {
    const applied = await migrateDatabase(ctx.config().database);
    ctx.out(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
    return 0;
  },
};
