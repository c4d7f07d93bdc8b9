import { createServices, type Services } from "../compose/services.js";
import { DatelineError } from "../shared/errors.js";
import { WEBHOOK_PATH } from "../web/telegram/webhook-routes.js";
import { COMMON_HELP, type Command } from "./command.js";

function requireSync(s: Services) {
  if (!s.telegram)
    throw new DatelineError(
      "USAGE",
      "set DATELINE_TELEGRAM_BOT_TOKEN (the bot must be an administrator of the channel)",
    );
  return s.telegram;
}

export const telegramCommand: Command = {
  name: "telegram",
  summary: "connect the Telegram bot: webhook set|delete|info, or poll",
  usage: "dateline telegram webhook set <site url> | webhook delete | webhook info | poll",
  help: `Subcommands:
  webhook set <site url>  register <site url>${WEBHOOK_PATH} with Telegram (setWebhook with the secret
                          token and allowed_updates channel_post, edited_channel_post)
  webhook delete          remove the webhook (needed before polling)
  webhook info            show the registered webhook and pending updates
  poll                    receive updates by long polling until stopped (Ctrl-C); resumes from the
                          stored offset, so nothing is lost across restarts

Environment: DATELINE_TELEGRAM_BOT_TOKEN, DATELINE_TELEGRAM_WEBHOOK_SECRET (1-256 of A-Z a-z 0-9 _ -),
DATELINE_TELEGRAM_API_ROOT (a self-hosted Bot API server; default https://api.telegram.org).
${COMMON_HELP}`,
  options: {},
  positionals: [1, 3],
  async run(ctx) {
    const [sub, action, arg] = ctx.positionals;
    const s = await createServices(ctx.config());
    try {
      const sync = requireSync(s);
      if (sub === "poll" && action === undefined) {
        const stop = new AbortController();
        process.once("SIGINT", () => stop.abort());
        process.once("SIGTERM", () => stop.abort());
        await sync.recover();
        await sync.poller.run(stop.signal);
        await sync.albums.flush();
        return 0;
      }
      if (sub !== "webhook")
        throw new DatelineError("USAGE", `unknown subcommand "${sub}"\nusage: ${this.usage}`);
      if (action === "set") {
        const secret = s.config.telegram.webhookSecret;
        if (!secret)
          throw new DatelineError(
            "USAGE",
            "set DATELINE_TELEGRAM_WEBHOOK_SECRET first (the server checks it)",
          );
        let url: URL;
        try {
          url = new URL(arg ?? "");
        } catch {
          throw new DatelineError(
            "USAGE",
            `"${arg ?? ""}" is not a URL; give the site's public https address`,
          );
        }
        if (url.protocol !== "https:")
          throw new DatelineError("USAGE", "Telegram only delivers webhooks over HTTPS");
        const target = `${url.origin}${url.pathname.replace(/\/+$/, "")}${WEBHOOK_PATH}`;
        await sync.bot.setWebhook(target, secret);
        ctx.out(`webhook set: ${target}`);
        return 0;
      }
      if (action === "delete") {
        await sync.bot.deleteWebhook();
        ctx.out("webhook deleted");
        return 0;
      }
      if (action === "info") {
        const info = await sync.bot.webhookInfo();
        ctx.out(
          `url: ${info.url || "(none)"}\npending updates: ${info.pendingUpdates}\nlast error: ${info.lastError ?? "-"}`,
        );
        return 0;
      }
      throw new DatelineError("USAGE", `usage: ${this.usage}`);
    } finally {
      await s.close();
    }
  },
};
