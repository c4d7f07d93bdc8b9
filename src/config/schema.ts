// Configuration: one zod schema, read once from the environment and flags, frozen; every error listed.
import { z } from "zod";
import { isValidTimeZone } from "../shared/time.js";
import { authConfigSchema } from "./auth.js";

const timeZone = z
  .string()
  .refine(isValidTimeZone, { message: "is not an IANA time zone name (e.g. Asia/Baghdad)" });

const databaseUrl = z
  .string()
  .min(1, { message: "must be a file path or a postgres:// URL" })
  .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^postgres(ql)?:\/\//i.test(v), {
    message: "must be a file path or a postgres:// URL",
  });

const port = z.coerce
  .number({ message: "must be a number" })
  .int({ message: "must be a whole number" })
  .min(0, { message: "must be between 0 and 65535" })
  .max(65535, { message: "must be between 0 and 65535" });

const siteUrl = z
  .string()
  .url({ message: "must be an absolute http(s) URL, e.g. https://news.example.org" })
  .refine((v) => /^https?:\/\//.test(v), { message: "must start with http:// or https://" })
  .transform((v) => v.replace(/\/+$/, ""));

const botToken = z.string().regex(/^\d{5,16}:[A-Za-z0-9_-]{30,64}$/, {
  message: "does not look like a Bot API token (123456:ABC…)",
});

// Telegram allows 1–256 characters of A-Z, a-z, 0-9, _ and - (Bot API, setWebhook secret_token).
const webhookSecret = z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, {
  message: "must be 1-256 characters of A-Z, a-z, 0-9, _ and -",
});

export const configSchema = z.object({
  database: databaseUrl.default("./data/dateline.db"),
  port: port.default(3000),
  host: z.string().min(1).default("0.0.0.0"),
  siteUrl: siteUrl.optional(),
  timezone: timeZone.default("UTC"),
  mediaDir: z.string().min(1).default("./data/media"),
  logLevel: z.enum(["debug", "info", "warn", "error"]).default("info"),
  logFormat: z.enum(["json", "pretty"]).optional(),
  siteTitle: z.string().min(1).max(200).optional(),
  /** Signing secret (CSRF, sessions); generated and stored in the database when unset. */
  secret: z.string().min(32, { message: "must be at least 32 characters" }).optional(),
  /** Proxies whose X-Forwarded-For is trusted (IPs or CIDR ranges, comma-separated). */
  trustedProxies: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .default([]),
  telegram: z.object({
    botToken: botToken.optional(),
    webhookSecret: webhookSecret.optional(),
    apiRoot: z.string().url({ message: "must be a URL" }).default("https://api.telegram.org"),
    albumQuietMs: z.coerce.number().int().min(0).max(60_000).default(2000),
  }),
  previewBaseUrl: z.string().url({ message: "must be a URL" }).default("https://t.me"),
  /** Channels followed through their public preview, and deletion probes (src/sync/follow/). */
  follow: z
    .object({
      /** Between polls of followed channels and rounds of deletion probes; 0 turns them off. */
      intervalSeconds: z.coerce.number().int().min(0).max(86_400).default(300),
      /** Minimum pause between requests to t.me and its CDN (politeness; lower only for a local mirror). */
      previewMinIntervalMs: z.coerce.number().int().min(0).max(60_000).default(1500),
    })
    .prefault({}),
  /** Reader comments (src/comments/): WordPress's defaults unless noted. */
  comments: z
    .object({
      /** open: publish at once; first: hold each identity's first comment; all: hold every comment. */
      moderation: z.enum(["open", "first", "all"]).default("first"),
      maxDepth: z.coerce.number().int().min(1).max(10).default(5),
      perPage: z.coerce.number().int().min(1).max(1000).default(50),
      /** Close comments on articles older than this many days; 0 keeps them open. */
      closeAfterDays: z.coerce.number().int().min(0).max(36500).default(0),
      floodSeconds: z.coerce.number().int().min(0).max(3600).default(15),
      minFillSeconds: z.coerce.number().int().min(0).max(600).default(3),
      /** Held when a comment has this many links or more (0: never held for links). */
      maxLinks: z.coerce.number().int().min(0).max(100).default(2),
      moderationWordsFile: z.string().min(1).optional(),
      disallowedWordsFile: z.string().min(1).optional(),
      akismetUrl: z
        .string()
        .url({ message: "must be a URL" })
        .default("https://rest.akismet.com/1.1/comment-check"),
      akismetKey: z.string().min(1).optional(),
    })
    .prefault({}),
  /** Outgoing mail (src/notify/): off unless smtpUrl is set. */
  mail: z
    .object({
      smtpUrl: z
        .string()
        .regex(/^smtps?:\/\/[^\s]+$/, { message: "must be an smtp:// or smtps:// URL" })
        .optional(),
      from: z.string().min(3).max(200).optional(),
      /** Who hears about comments held for moderation (comma-separated addresses). */
      moderators: z
        .string()
        .transform((v) =>
          v
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean),
        )
        .default([]),
    })
    .prefault({}),
  /** Reader sign-in providers (config/auth.ts): each is offered only when its credentials are set. */
  auth: authConfigSchema.prefault({}),
  /** Machine translation of editions (src/translation/): off unless a provider is named. */
  translator: z
    .object({
      provider: z.enum(["libretranslate", "deepl", "openai"]).optional(),
      url: z.string().url({ message: "must be a URL" }).optional(),
      key: z.string().min(1).optional(),
      model: z.string().min(1).max(200).optional(),
    })
    .refine((t) => !(t.provider === "deepl" || t.provider === "openai") || t.key !== undefined, {
      message: "is required by this translator",
      path: ["key"],
    })
    .prefault({}),
});

export type Config = z.infer<typeof configSchema>;
