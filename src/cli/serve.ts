import { createServices } from "../compose/services.js";
import { createSiteApp } from "../compose/web-app.js";
import { loadDemo } from "../demo/load-demo.js";
import { DatelineError } from "../shared/errors.js";
import { followChangeLog } from "../store/change-log.js";
import { startServer } from "../web/server.js";
import { COMMON_HELP, type Command, str } from "./command.js";

export const serveCommand: Command = {
  name: "serve",
  summary: "run the website",
  usage: "dateline serve [--port <n>] [--host <addr>] [--site-url <url>] [--demo]",
  help: `Options:
  --port <n>          port to listen on (env PORT, default 3000)
  --host <addr>       address to bind (env DATELINE_HOST, default 0.0.0.0)
  --site-url <url>    public address of the site, for canonical links and feeds (env DATELINE_SITE_URL)
  --demo              when the database has no channel yet, load the bundled demo channel first
  --poll              receive Telegram updates by long polling instead of the webhook
                      (needs DATELINE_TELEGRAM_BOT_TOKEN; the webhook must not be set)
${COMMON_HELP}`,
  options: {
    port: { type: "string", short: "p" },
    host: { type: "string" },
    "site-url": { type: "string" },
    demo: { type: "boolean" },
    poll: { type: "boolean" },
  },
  positionals: [0, 0],
  async run(ctx) {
    const config = ctx.config({
      port: str(ctx.values.port),
      host: str(ctx.values.host),
      siteUrl: str(ctx.values["site-url"]),
    });
    const services = await createServices(config);
    if (ctx.values.demo && (await services.channels.list()).length === 0) {
      const n = await loadDemo(services);
      services.log.info("demo channel loaded", { articles: n });
    }
    const app = createSiteApp(services);
    const running = await startServer(app, services.cache, config.port, config.host);
    const stopFollowingChanges = followChangeLog(services.changeLog, services.dropPages, services.log);
    const sync = services.telegram;
    const stopPolling = new AbortController();
    if (ctx.values.poll && !sync)
      throw new DatelineError("USAGE", "--poll needs DATELINE_TELEGRAM_BOT_TOKEN");
    if (sync) {
      await sync.recover();
      if (ctx.values.poll) void sync.poller.run(stopPolling.signal);
      else if (!config.telegram.webhookSecret) {
        services.log.warn(
          "a bot token is set but no live updates will arrive: set DATELINE_TELEGRAM_WEBHOOK_SECRET and run `dateline telegram webhook set <site url>`, or use --poll",
        );
      }
    }
    // Followed channels (t.me preview) and deletion probes: a first round at once (catch-up), then on schedule.
    const follow = services.follow();
    follow.scheduler.start();
    // Translated editions: the queue is worked beside the site; originals never wait for it.
    const translating = services.translation.translator ? services.translation.worker.start() : null;
    services.log.info(`Dateline is serving ${running.url}`, {
      database: config.database.startsWith("postgres") ? "postgres" : config.database,
    });
    await new Promise<void>((resolve) => {
      const stop = async () => {
        services.log.info("shutting down");
        stopPolling.abort();
        stopFollowingChanges();
        await follow.scheduler.stop();
        await translating?.stop();
        await running.close();
        await sync?.albums.flush();
        await services.close();
        resolve();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  },
};
