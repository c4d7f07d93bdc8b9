import { createServices, type Services } from "../compose/services.js";
import type { ChannelRow } from "../db/tables/index.js";
import { reprocessChannel } from "../ingest/reprocess.js";
import { DatelineError } from "../shared/errors.js";
import { createProgress } from "../shared/progress.js";
import { isValidTimeZone } from "../shared/time.js";
import type { FollowCounts } from "../sync/follow/follower.js";
import { channelFromInput } from "../telegram/preview/channel-name.js";
import { PreviewUnavailableError } from "../telegram/preview/errors.js";
import type { PreviewPage } from "../telegram/preview/parse-page.js";
import { COMMON_HELP, type Command, type CommandContext, str } from "./command.js";

const DEFAULT_BACKFILL = 20;
const MAX_BACKFILL = 1_000_000;
const LANGUAGE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

interface FollowSettings {
  title: string | undefined;
  timezone: string | undefined;
  language: string | undefined;
}

export const followCommand: Command = {
  name: "follow",
  summary: "follow a public channel through its t.me preview: import its history, then keep it in sync",
  usage:
    "dateline follow <username> [--backfill <n>] [--title <t>] [--timezone <zone>] [--language <code>] | dateline follow <username> --stop",
  help: `Reads https://t.me/s/<username> (channels you do not administer need no bot): creates the channel if
it is new, imports its newest <n> posts (newest first, page by page with ?before=), downloading their media
at once (t.me's media links expire), and marks it followed. While \`dateline serve\` runs, followed channels
are read again every DATELINE_FOLLOW_INTERVAL_SECONDS (default 300) from the newest post back to the last
one read: new posts, edits (kept as revisions) and deletions (the article answers 410; \`dateline article
restore\` brings it back) reach the site. Requests are spaced (DATELINE_PREVIEW_MIN_INTERVAL_MS, default
1500), back off on errors and 429, and name the site (DATELINE_SITE_URL) in their User-Agent.

Options:
  --backfill <n>     posts of history to import now (default ${DEFAULT_BACKFILL}; 0: only posts from now on)
  --title <text>     the channel's name on the site (default: its title on Telegram)
  --timezone <zone>  IANA zone the newsroom works in (default DATELINE_TIMEZONE)
  --language <code>  main language (ar, en, fa, ru, uk, …)
  --stop             stop following (the channel and its articles stay)
${COMMON_HELP}

Example:
  dateline follow nasnews --backfill 500 --timezone Asia/Baghdad --language ar`,
  options: {
    backfill: { type: "string" },
    title: { type: "string" },
    timezone: { type: "string" },
    language: { type: "string" },
    stop: { type: "boolean" },
  },
  positionals: [1, 1],
  async run(ctx) {
    const username = channelFromInput(ctx.positionals[0]!).toLowerCase();
    const depth = backfillOf(str(ctx.values.backfill));
    const settings = settingsOf(ctx);
    const services = await createServices(ctx.config());
    try {
      if (ctx.values.stop) return await stopFollowing(services, username, ctx.out);
      const follow = services.follow();
      const firstPage = await checkPreview(() => follow.client.fetchPage(username), username, services);
      const channel = await followedChannel(services, username, settings, firstPage, ctx.out);
      const progress = createProgress({ label: `@${username}`, log: ctx.out });
      const counts = await follow.follower.backfill(channel, depth, { firstPage, progress });
      progress.finish(summary(counts));
      ctx.out(
        `following @${username}: \`dateline serve\` reads it again every ${services.config.follow.intervalSeconds} s`,
      );
      return 0;
    } finally {
      await services.close();
    }
  },
};

function backfillOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BACKFILL;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > MAX_BACKFILL) {
    throw new DatelineError("USAGE", `--backfill: "${value}" is not a number of posts (0-${MAX_BACKFILL})`);
  }
  return n;
}

function settingsOf(ctx: CommandContext): FollowSettings {
  const timezone = str(ctx.values.timezone);
  if (timezone !== undefined && !isValidTimeZone(timezone)) {
    throw new DatelineError(
      "USAGE",
      `--timezone: "${timezone}" is not an IANA time zone name (e.g. Asia/Baghdad)`,
    );
  }
  const language = str(ctx.values.language);
  if (language !== undefined && !LANGUAGE_RE.test(language)) {
    throw new DatelineError("USAGE", `--language: "${language}" is not a language code (e.g. ar, en)`);
  }
  const title = str(ctx.values.title);
  if (title !== undefined && (title.trim() === "" || title.length > 200)) {
    throw new DatelineError("USAGE", "--title: must be 1-200 characters");
  }
  return { title, timezone, language };
}

/** The newest page, which also proves the preview exists; nothing is stored before it is in hand. */
async function checkPreview(
  fetchFirst: () => Promise<PreviewPage>,
  username: string,
  s: Services,
): Promise<PreviewPage> {
  try {
    return await fetchFirst();
  } catch (e) {
    if (!(e instanceof PreviewUnavailableError)) throw e;
    const where = `${s.config.previewBaseUrl.replace(/^https?:\/\//, "").replace(/\/+$/, "")}/s/${username}`;
    throw new DatelineError(
      "CHANNEL_UNKNOWN",
      `@${username} has no public preview (${where}): it may be private or have the preview disabled`,
      { cause: e },
    );
  }
}

/** Creates the channel (or applies the given settings to it) and marks it followed. */
async function followedChannel(
  s: Services,
  username: string,
  settings: FollowSettings,
  page: PreviewPage,
  out: (line: string) => void,
): Promise<ChannelRow> {
  let row = await s.channels.byUsername(username);
  if (!row) {
    row = await s.channels.create({
      username,
      title: settings.title ?? page.channel.title ?? username,
      timezone: settings.timezone ?? s.config.timezone,
      language: settings.language ?? "und",
    });
    out(`created @${row.username} ("${row.title}")`);
  }
  const shaping = (r: ChannelRow) => JSON.stringify([r.timezone, r.language]);
  const before = shaping(row);
  row = await s.channels.update(row.id, {
    follow: true,
    ...(settings.title !== undefined ? { title: settings.title } : {}),
    ...(settings.timezone !== undefined ? { timezone: settings.timezone } : {}),
    ...(settings.language !== undefined ? { language: settings.language } : {}),
  });
  await s.bus.emit({ kind: "channel", channelId: row.id, articleIds: [] });
  if (shaping(row) !== before) {
    const counts = await reprocessChannel(
      s,
      row,
      createProgress({ label: "re-deriving articles", log: out }),
    );
    out(`${counts.updated} articles re-derived with the new settings`);
  }
  return row;
}

async function stopFollowing(s: Services, username: string, out: (line: string) => void): Promise<number> {
  const row = await s.channels.byUsername(username);
  if (!row) throw new DatelineError("NOT_FOUND", `no channel @${username}`);
  await s.channels.update(row.id, { follow: false });
  out(`@${username} is no longer followed (its articles stay)`);
  return 0;
}

function summary(c: FollowCounts): string {
  const media =
    c.mediaMissing > 0
      ? `${c.mediaStored} media stored, ${c.mediaMissing} unavailable`
      : `${c.mediaStored} media stored`;
  const deleted = c.deleted > 0 ? `, ${c.deleted} found deleted` : "";
  return `${c.posts} posts read from ${c.pages} pages: ${c.created} articles created, ${c.updated} updated, ${media}${deleted}`;
}
