import { DatelineError } from "../shared/errors.js";
import { type Config, configSchema } from "./schema.js";

/** Environment variables and the config fields they set. Flags override them (see cli/). */
const ENV: Record<string, string> = {
  DATELINE_DATABASE: "database",
  PORT: "port",
  DATELINE_HOST: "host",
  DATELINE_SITE_URL: "siteUrl",
  DATELINE_TIMEZONE: "timezone",
  DATELINE_MEDIA_DIR: "mediaDir",
  DATELINE_LOG_LEVEL: "logLevel",
  DATELINE_LOG_FORMAT: "logFormat",
  DATELINE_SITE_TITLE: "siteTitle",
  DATELINE_SECRET: "secret",
  DATELINE_TRUSTED_PROXIES: "trustedProxies",
  DATELINE_TELEGRAM_BOT_TOKEN: "telegram.botToken",
  DATELINE_TELEGRAM_WEBHOOK_SECRET: "telegram.webhookSecret",
  DATELINE_TELEGRAM_API_ROOT: "telegram.apiRoot",
  DATELINE_ALBUM_QUIET_MS: "telegram.albumQuietMs",
  DATELINE_PREVIEW_BASE_URL: "previewBaseUrl",
  DATELINE_FOLLOW_INTERVAL_SECONDS: "follow.intervalSeconds",
  DATELINE_PREVIEW_MIN_INTERVAL_MS: "follow.previewMinIntervalMs",
  DATELINE_COMMENTS_MODERATION: "comments.moderation",
  DATELINE_COMMENTS_MAX_DEPTH: "comments.maxDepth",
  DATELINE_COMMENTS_PER_PAGE: "comments.perPage",
  DATELINE_COMMENTS_CLOSE_AFTER_DAYS: "comments.closeAfterDays",
  DATELINE_COMMENTS_FLOOD_SECONDS: "comments.floodSeconds",
  DATELINE_COMMENTS_MIN_FILL_SECONDS: "comments.minFillSeconds",
  DATELINE_COMMENTS_MAX_LINKS: "comments.maxLinks",
  DATELINE_MODERATION_WORDS_FILE: "comments.moderationWordsFile",
  DATELINE_DISALLOWED_WORDS_FILE: "comments.disallowedWordsFile",
  DATELINE_AKISMET_URL: "comments.akismetUrl",
  DATELINE_AKISMET_KEY: "comments.akismetKey",
  DATELINE_SMTP_URL: "mail.smtpUrl",
  DATELINE_MAIL_FROM: "mail.from",
  DATELINE_MODERATOR_EMAILS: "mail.moderators",
  DATELINE_AUTH_WORDPRESS_CLIENT_ID: "auth.wordpress.clientId",
  DATELINE_AUTH_WORDPRESS_CLIENT_SECRET: "auth.wordpress.clientSecret",
  DATELINE_AUTH_WORDPRESS_AUTHORIZE_URL: "auth.wordpress.authorizeUrl",
  DATELINE_AUTH_WORDPRESS_TOKEN_URL: "auth.wordpress.tokenUrl",
  DATELINE_AUTH_WORDPRESS_PROFILE_URL: "auth.wordpress.profileUrl",
  DATELINE_AUTH_X_CLIENT_ID: "auth.x.clientId",
  DATELINE_AUTH_X_CLIENT_SECRET: "auth.x.clientSecret",
  DATELINE_AUTH_X_AUTHORIZE_URL: "auth.x.authorizeUrl",
  DATELINE_AUTH_X_TOKEN_URL: "auth.x.tokenUrl",
  DATELINE_AUTH_X_PROFILE_URL: "auth.x.profileUrl",
  DATELINE_AUTH_FACEBOOK_CLIENT_ID: "auth.facebook.clientId",
  DATELINE_AUTH_FACEBOOK_CLIENT_SECRET: "auth.facebook.clientSecret",
  DATELINE_AUTH_FACEBOOK_AUTHORIZE_URL: "auth.facebook.authorizeUrl",
  DATELINE_AUTH_FACEBOOK_TOKEN_URL: "auth.facebook.tokenUrl",
  DATELINE_AUTH_FACEBOOK_PROFILE_URL: "auth.facebook.profileUrl",
  DATELINE_AUTH_OIDC: "auth.oidc",
  DATELINE_TELEGRAM_BOT_USERNAME: "auth.telegram.botUsername",
  DATELINE_AUTH_TELEGRAM_WIDGET_URL: "auth.telegram.widgetUrl",
  DATELINE_TRANSLATOR: "translator.provider",
  DATELINE_TRANSLATOR_URL: "translator.url",
  DATELINE_TRANSLATOR_KEY: "translator.key",
  DATELINE_TRANSLATOR_MODEL: "translator.model",
};

const ENV_BY_FIELD = Object.fromEntries(Object.entries(ENV).map(([k, v]) => [v, k]));

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object") {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/**
 * Reads the configuration from the environment, with `overrides` (from CLI flags, keyed by dotted field
 * name) taking precedence. Throws one CONFIG_INVALID error listing every problem.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Record<string, unknown> = {},
): Config {
  const input: Record<string, unknown> = { telegram: {} };
  for (const [name, field] of Object.entries(ENV)) {
    const value = env[name];
    if (value !== undefined && value !== "") setPath(input, field, value);
  }
  for (const [field, value] of Object.entries(overrides)) {
    if (value !== undefined) setPath(input, field, value);
  }
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const field = issue.path.join(".");
      const source = ENV_BY_FIELD[field] ?? field;
      // Never echo the value: it may be a secret.
      return `  ${source}: ${issue.message}`;
    });
    throw new DatelineError("CONFIG_INVALID", `invalid configuration:\n${lines.join("\n")}`);
  }
  return deepFreeze(parsed.data);
}
