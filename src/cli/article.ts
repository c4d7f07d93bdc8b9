import { urlPathOf } from "../articles/permalink.js";
import { createServices, type Services } from "../compose/services.js";
import type { ArticleRow } from "../db/tables/index.js";
import { DatelineError } from "../shared/errors.js";
import { COMMON_HELP, type Command } from "./command.js";

/** Finds an article by its permalink (URL or path) or by "<channel>/<message id>". */
async function findArticle(s: Services, ref: string): Promise<ArticleRow> {
  const byMessage = /^@?([A-Za-z][A-Za-z0-9_]{3,31})\/(\d+)$/.exec(ref);
  if (byMessage) {
    const channel = await s.channels.byUsername(byMessage[1]!);
    if (!channel) throw new DatelineError("NOT_FOUND", `no channel @${byMessage[1]}`);
    const a = await s.articles.byMessage(channel.id, Number(byMessage[2]));
    if (!a)
      throw new DatelineError(
        "NOT_FOUND",
        `no article holds message ${byMessage[2]} of @${channel.username}`,
      );
    return a;
  }
  let pathname = ref;
  try {
    pathname = new URL(ref).pathname;
  } catch {
    // not a URL: a path
  }
  const m = /^\/?(\d{4}\/\d{2}\/\d{2}\/[^/]+)\/?$/.exec(pathname);
  if (!m)
    throw new DatelineError(
      "USAGE",
      `"${ref}" is neither a permalink (/YYYY/MM/DD/slug/) nor <channel>/<message id>`,
    );
  let key = m[1]!;
  try {
    key = decodeURIComponent(key);
  } catch {
    // keep as given
  }
  const a = await s.articles.byPath(key);
  if (!a) throw new DatelineError("NOT_FOUND", `no article at ${pathname}`);
  return a;
}

export const articleCommand: Command = {
  name: "article",
  summary: "take an article down or restore it (article takedown|restore <permalink | channel/id>)",
  usage: "dateline article takedown|restore|show <permalink | channel/message-id> [--reason <text>]",
  help: `Subcommands:
  takedown <ref>   unpublish: the page answers 410 and leaves home, archives, feeds and sitemaps
  restore <ref>    publish again (also for posts found deleted on Telegram)
  show <ref>       print the article's status

<ref> is a permalink (https://site/2021/02/19/slug/ or /2021/02/19/slug/) or <channel>/<message id>.

Options:
  --reason <text>  why it was taken down (kept for editors)
${COMMON_HELP}`,
  options: { reason: { type: "string" } },
  positionals: [2, 2],
  async run(ctx) {
    const [sub, ref] = ctx.positionals as [string, string];
    if (!["takedown", "restore", "show"].includes(sub)) {
      throw new DatelineError("USAGE", `unknown subcommand "${sub}"\nusage: ${this.usage}`);
    }
    const s = await createServices(ctx.config());
    try {
      const a = await findArticle(s, ref);
      if (sub === "show") {
        ctx.out(
          `${urlPathOf(a.path)}  ${a.status}${a.status_reason ? ` (${a.status_reason})` : ""}  "${a.headline}"`,
        );
        return 0;
      }
      const status = sub === "takedown" ? "hidden" : "published";
      const reason =
        sub === "takedown"
          ? typeof ctx.values.reason === "string"
            ? ctx.values.reason
            : "taken down by an editor"
          : null;
      await s.articles.setStatus(a.id, status, reason);
      await s.bus.emit({ kind: "status", channelId: a.channel_id, articleIds: [a.id] });
      ctx.out(`${urlPathOf(a.path)} is now ${status === "hidden" ? "taken down (410)" : "published"}`);
      return 0;
    } finally {
      await s.close();
    }
  },
};
