import { createServices } from "../compose/services.js";
import { importExport } from "../ingest/import-telegram-export.js";
import { DatelineError } from "../shared/errors.js";
import { createProgress } from "../shared/progress.js";
import { isValidTimeZone } from "../shared/time.js";
import { COMMON_HELP, type Command, str } from "./command.js";

export const importCommand: Command = {
  name: "import",
  summary: "import a Telegram Desktop export (folder or result.json)",
  usage: "dateline import <export folder | result.json> [--channel <username>] [--timezone <zone>]",
  help: `Imports a channel's history from Telegram Desktop's "Export chat history" (JSON format).
The import is one transaction: if the file is malformed, nothing of it is stored. Importing the
same export again changes nothing; a newer export updates edited posts and keeps the old versions.

Options:
  --channel <username>  the channel's Telegram username (required the first time: exports carry none)
  --timezone <zone>     IANA zone of the export's dates, for old exports without date_unixtime;
                        also the zone of a channel created by this import (default DATELINE_TIMEZONE)
  --no-worker           parse in the main thread (slower; for debugging)
${COMMON_HELP}

Example:
  dateline import ~/Downloads/ChatExport_2021-02-19/ --channel nasnews`,
  options: {
    channel: { type: "string" },
    timezone: { type: "string" },
    "no-worker": { type: "boolean" },
  },
  positionals: [1, 1],
  async run(ctx) {
    const timezone = str(ctx.values.timezone);
    if (timezone !== undefined && !isValidTimeZone(timezone)) {
      throw new DatelineError(
        "USAGE",
        `--timezone: "${timezone}" is not an IANA time zone name (e.g. Asia/Baghdad)`,
      );
    }
    const config = ctx.config();
    const services = await createServices(config);
    try {
      const result = await importExport(services, {
        path: ctx.positionals[0]!,
        ...(str(ctx.values.channel) ? { channel: str(ctx.values.channel)! } : {}),
        ...(timezone ? { timezone } : {}),
        defaultTimezone: config.timezone,
        worker: !ctx.values["no-worker"],
        progress: createProgress({ label: "import", unit: "bytes" }),
      });
      const c = result.counts;
      ctx.out(
        `@${result.channel.username}: ${c.created} articles created, ${c.updated} updated, ${c.unchanged} unchanged (${c.messages} messages, ${result.skipped} service messages skipped); stored in ${result.seconds.store.toFixed(1)} s, search index updated in ${result.seconds.announce.toFixed(1)} s`,
      );
      return 0;
    } finally {
      await services.close();
    }
  },
};
