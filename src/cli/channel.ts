import { createServices, type Services } from "../compose/services.js";
import type { ChannelRow } from "../db/tables/index.js";
import { reprocessChannel } from "../ingest/reprocess.js";
import { DatelineError } from "../shared/errors.js";
import { createProgress } from "../shared/progress.js";
import { isValidTimeZone } from "../shared/time.js";
import { channelSettings } from "../store/channels.js";
import { applyTranslateTo, parseTranslateTo } from "../translation/index.js";
import { COMMON_HELP, type Command, type CommandContext, str } from "./command.js";

const USERNAME_RE = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const LANGUAGE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function checkPattern(p: string): string {
  const m = /^\/(.+)\/([a-z]*)$/.exec(p);
  if (m) {
    try {
      new RegExp(m[1]!, m[2]);
    } catch (e) {
      throw new DatelineError(
        "USAGE",
        `--strip: ${p} is not a valid regular expression: ${(e as Error).message}`,
      );
    }
  }
  if (p.trim().length < 3)
    throw new DatelineError("USAGE", `--strip: "${p}" is too short to be a promotion line`);
  return p;
}

export const channelCommand: Command = {
  name: "channel",
  summary: "show or change channel settings (channel list | channel set <username> …)",
  usage:
    "dateline channel list | dateline channel set <username> [--title <t>] [--timezone <zone>] [--language <code>] [--cta <text>] [--strip <pattern>]… [--translate-to <codes>]",
  help: `Subcommands:
  list                     show every channel and its settings
  set <username> [options] create the channel, or change its settings; articles are re-derived when
                           a setting that shapes them changes

Options of "set":
  --title <text>           the channel's name on the site
  --timezone <zone>        IANA zone the newsroom works in (e.g. Asia/Baghdad): times and permalinks
  --language <code>        main language (ar, en, fa, ru, uk, …)
  --cta <text>             call to action shown on the site, linking to https://t.me/<username>;
                           --cta "" removes it
  --strip <pattern>        a promotion line to remove from articles: text (matched ignoring case and
                           punctuation) or /regex/flags; repeat for several; replaces the list
  --no-strip               remove every configured promotion pattern
  --translate-to <codes>   publish translated editions too, e.g. en,fr (at /en/, /fr/); "" for none
${COMMON_HELP}

Example:
  dateline channel set nasnews --title "People" --timezone Asia/Baghdad --language ar \\
    --cta "The People channel on Telegram: our latest updates, always"`,
  options: {
    title: { type: "string" },
    timezone: { type: "string" },
    language: { type: "string" },
    cta: { type: "string" },
    strip: { type: "string", multiple: true },
    "no-strip": { type: "boolean" },
    "translate-to": { type: "string" },
  },
  positionals: [1, 2],
  async run(ctx) {
    const [sub, username] = ctx.positionals;
    if (sub === "list") return list(ctx);
    if (sub !== "set") throw new DatelineError("USAGE", `unknown subcommand "${sub}"\nusage: ${this.usage}`);
    if (!username || !USERNAME_RE.test(username.replace(/^@/, ""))) {
      throw new DatelineError(
        "USAGE",
        `"${username ?? ""}" is not a Telegram channel username (5-32 letters, digits, _)`,
      );
    }
    const settings = parseSettings(ctx.values);
    const config = ctx.config();
    const services = await createServices(config);
    try {
      const name = username.replace(/^@/, "").toLowerCase();
      const before = await services.channels.byUsername(name);
      const row = await saveChannel(services, name, before, settings, config.timezone, ctx.out);
      await services.bus.emit({ kind: "channel", channelId: row.id, articleIds: [] });
      if (before && shapeOf(before) !== shapeOf(row)) {
        const counts = await reprocessChannel(
          services,
          row,
          createProgress({ label: "re-deriving articles" }),
        );
        ctx.out(`${counts.updated} articles re-derived with the new settings`);
      }
      printChannel(ctx.out, row);
      if (settings.translateTo !== undefined)
        await applyTranslateTo(services, row, settings.translateTo, ctx.out);
      return 0;
    } finally {
      await services.close();
    }
  },
};

/** The settings that shape articles: a change re-derives them. */
function shapeOf(row: ChannelRow): string {
  return JSON.stringify([row.timezone, row.language, row.strip_patterns]);
}

type ChannelSettings = ReturnType<typeof parseSettings>;

/** The flags of `channel set`, checked: a bad value is a usage error naming its flag. */
function parseSettings(v: CommandContext["values"]) {
  const timezone = str(v.timezone);
  if (timezone !== undefined && !isValidTimeZone(timezone)) {
    throw new DatelineError(
      "USAGE",
      `--timezone: "${timezone}" is not an IANA time zone name (e.g. Asia/Baghdad)`,
    );
  }
  const language = str(v.language);
  if (language !== undefined && !LANGUAGE_RE.test(language)) {
    throw new DatelineError("USAGE", `--language: "${language}" is not a language code (e.g. ar, en)`);
  }
  const title = str(v.title);
  if (title !== undefined && (title.trim() === "" || title.length > 200)) {
    throw new DatelineError("USAGE", "--title: must be 1-200 characters");
  }
  const cta = str(v.cta);
  if (cta !== undefined && cta.length > 300)
    throw new DatelineError("USAGE", "--cta: must be at most 300 characters");
  const strip = Array.isArray(v.strip) ? v.strip.map(checkPattern) : v["no-strip"] ? [] : undefined;
  return { timezone, language, title, cta, strip, translateTo: parseTranslateTo(str(v["translate-to"])) };
}

/** Creates the channel, or changes the settings given; says which. */
async function saveChannel(
  services: Services,
  name: string,
  existing: ChannelRow | undefined,
  s: ChannelSettings,
  defaultTimezone: string,
  out: (line: string) => void,
): Promise<ChannelRow> {
  if (!existing) {
    const row = await services.channels.create({
      username: name,
      title: s.title ?? name,
      timezone: s.timezone ?? defaultTimezone,
      language: s.language ?? "und",
      cta: s.cta === "" ? null : (s.cta ?? null),
      stripPatterns: s.strip ?? [],
    });
    out(`created @${row.username}`);
    return row;
  }
  const row = await services.channels.update(existing.id, {
    ...(s.title !== undefined ? { title: s.title } : {}),
    ...(s.timezone !== undefined ? { timezone: s.timezone } : {}),
    ...(s.language !== undefined ? { language: s.language } : {}),
    ...(s.cta !== undefined ? { cta: s.cta === "" ? null : s.cta } : {}),
    ...(s.strip !== undefined ? { stripPatterns: s.strip } : {}),
  });
  out(`updated @${row.username}`);
  return row;
}

async function list(ctx: Parameters<Command["run"]>[0]): Promise<number> {
  const services = await createServices(ctx.config());
  try {
    const rows = await services.channels.list();
    if (rows.length === 0)
      ctx.out("no channels yet: import an export or run `dateline channel set <username>`");
    for (const r of rows) printChannel(ctx.out, r);
    return 0;
  } finally {
    await services.close();
  }
}

function printChannel(out: (l: string) => void, row: Parameters<typeof channelSettings>[0]): void {
  const s = channelSettings(row);
  out(`@${s.username}  "${s.title}"`);
  out(`  timezone: ${s.timezone}   language: ${s.language}   telegram id: ${row.telegram_id ?? "-"}`);
  out(`  cta: ${s.cta ?? "-"}`);
  out(`  strip: ${s.stripPatterns.length ? s.stripPatterns.map((p) => JSON.stringify(p)).join(", ") : "-"}`);
  if (s.detectedPromoLines.length)
    out(`  detected promotion lines: ${s.detectedPromoLines.map((p) => JSON.stringify(p)).join(", ")}`);
}
