// Reader sign-in settings: the part of the configuration schema (src/config/schema.ts) that switches sign-in
// providers on. A provider is offered only when its credentials are set; its endpoints default to the
// provider's public ones and can be pointed elsewhere (tests, self-hosted identity providers).
// Error messages never repeat a value: these settings hold secrets.
import { z } from "zod";

const httpUrl = z
  .string()
  .url({ message: "must be an absolute http(s) URL" })
  .refine((v) => /^https?:\/\//i.test(v), { message: "must start with http:// or https://" });

const required = (what: string) =>
  z.string({ message: `is required (${what})` }).min(1, { message: `is required (${what})` });

function oauthClient(name: string) {
  return z.object({
    clientId: required(`the ${name} client id`),
    clientSecret: required(`the ${name} client secret`),
    authorizeUrl: httpUrl.optional(),
    tokenUrl: httpUrl.optional(),
    profileUrl: httpUrl.optional(),
  });
}

/** One OpenID Connect provider: "google" becomes the provider id "oidc:google". */
export const oidcProviderSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, {
    message: "name must be 1-32 characters of a-z, 0-9 and - (e.g. google)",
  }),
  label: z.string().min(1).max(40).optional(),
  /** The issuer, or its discovery document's URL (…/.well-known/openid-configuration). */
  issuer: httpUrl,
  clientId: required("the client id"),
  clientSecret: required("the client secret"),
});
export type OidcProviderConfig = z.infer<typeof oidcProviderSchema>;

const OIDC_FORMAT =
  'must be a JSON list ([{"name","issuer","clientId","clientSecret","label"?}]) or name=issuer,client-id,secret entries separated by ";"';

/** DATELINE_AUTH_OIDC: a JSON list, or the short form "name=issuer,client,secret; other=…". */
function parseOidcList(value: string): unknown[] | null {
  const text = value.trim();
  if (text.startsWith("[")) {
    try {
      const list: unknown = JSON.parse(text);
      return Array.isArray(list) ? list : null;
    } catch {
      return null; // JSON.parse's message quotes the input, which holds secrets
    }
  }
  const out: unknown[] = [];
  for (const entry of text
    .split(";")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([^=\s]+)=([^,\s]+),([^,\s]+),([^,\s]+)$/.exec(entry);
    if (!m) return null;
    out.push({ name: m[1], issuer: m[2], clientId: m[3], clientSecret: m[4] });
  }
  return out;
}

const oidcList = z
  .string()
  .transform((v, ctx) => {
    const list = parseOidcList(v);
    if (list === null) {
      ctx.addIssue({ code: "custom", message: OIDC_FORMAT });
      return z.NEVER;
    }
    return list;
  })
  .pipe(z.array(oidcProviderSchema))
  .refine((list) => new Set(list.map((p) => p.name)).size === list.length, {
    message: "each OpenID Connect provider needs its own name",
  });

/** Bot usernames: 5-32 characters of a-z, 0-9 and _, ending in "bot" (Telegram's rules for bots). */
const botUsername = z
  .string()
  .transform((v) => v.replace(/^@/, ""))
  .pipe(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{2,29}bot$/i, { message: "is not a bot username (…bot)" }));

export const authConfigSchema = z.object({
  wordpress: oauthClient("WordPress.com").optional(),
  x: oauthClient("X").optional(),
  facebook: oauthClient("Facebook").optional(),
  oidc: oidcList.optional(),
  telegram: z
    .object({
      /** Telegram login is offered when this and the bot token are both set (the bot's domain set with /setdomain). */
      botUsername: botUsername.optional(),
      widgetUrl: httpUrl.default("https://telegram.org/js/telegram-widget.js?22"),
    })
    .prefault({}),
});

export type AuthConfig = z.infer<typeof authConfigSchema>;
export type OAuthClientConfig = NonNullable<AuthConfig["wordpress"]>;
