// The Telegram Login Widget (core.telegram.org/widgets/login): after the reader confirms in Telegram, the
// widget redirects to our data-auth-url with id, first_name, last_name, username, photo_url, auth_date and
// hash. Checked exactly as Telegram documents it: hash must equal the hex HMAC-SHA-256 of the
// data-check-string — every received field but hash, sorted by name, "key=value", joined by "\n" — keyed
// with SHA-256 of the bot token; compared in constant time. auth_date is checked too, "to prevent the use
// of outdated data". Tested by computing the documented hash over known data; Telegram itself is never
// called.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { SignInRefusedError } from "./errors.js";
import { cleanName, httpsUrlOrNull } from "./profile-url.js";
import type { ReaderIdentity } from "./reader-identity.js";

export const TELEGRAM_LABEL = "Telegram";
/** How old a login may be. The widget redirects at once, so minutes are plenty; replays are refused anyway. */
export const TELEGRAM_MAX_AGE_SECONDS = 10 * 60;
/** A login dated this far in the future is refused (clocks differ a little, not more). */
const FUTURE_SKEW_SECONDS = 60;
const MAX_FIELDS = 20;

const loginSchema = z.object({
  id: z.string().regex(/^\d{1,20}$/),
  first_name: z.string().max(256).optional(),
  last_name: z.string().max(256).optional(),
  username: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,64}$/)
    .optional(),
  photo_url: z.string().max(2000).optional(),
  auth_date: z.string().regex(/^\d{1,12}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type TelegramLogin = z.infer<typeof loginSchema>;

/** The documented data-check-string of the received fields (all but hash). */
export function dataCheckString(fields: Record<string, string>): string {
  return Object.keys(fields)
    .filter((k) => k !== "hash")
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join("\n");
}

export function telegramLoginHash(fields: Record<string, string>, botToken: string): string {
  const key = createHash("sha256").update(botToken).digest();
  return createHmac("sha256", key).update(dataCheckString(fields)).digest("hex");
}

/**
 * Verifies the widget's redirect parameters. Throws SignInRefusedError when they are malformed, forged,
 * stale or from the future. Fields Telegram may add later are part of the signed string, as documented ("all
 * received fields"), so they are checked, not refused; a field given twice is refused.
 */
export function verifyTelegramLogin(query: URLSearchParams, botToken: string, now: number): TelegramLogin {
  const fields: Record<string, string> = {};
  for (const [k, v] of query) {
    const malformed = !/^[a-z_]{1,32}$/.test(k) || k in fields || Object.keys(fields).length >= MAX_FIELDS;
    if (malformed) throw new SignInRefusedError(TELEGRAM_LABEL, "the login data is malformed");
    fields[k] = v;
  }
  const parsed = loginSchema.safeParse(fields);
  if (!parsed.success) throw new SignInRefusedError(TELEGRAM_LABEL, "the login data is malformed");
  const expected = Buffer.from(telegramLoginHash(fields, botToken), "hex");
  const given = Buffer.from(parsed.data.hash, "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new SignInRefusedError(
      TELEGRAM_LABEL,
      "the login data could not be verified as coming from Telegram",
    );
  }
  const authDate = Number(parsed.data.auth_date);
  if (now - authDate > TELEGRAM_MAX_AGE_SECONDS) {
    throw new SignInRefusedError(TELEGRAM_LABEL, "the login is too old; please sign in again");
  }
  if (authDate - now > FUTURE_SKEW_SECONDS) {
    throw new SignInRefusedError(TELEGRAM_LABEL, "the login is dated in the future");
  }
  return parsed.data;
}

export function telegramIdentity(login: TelegramLogin): ReaderIdentity {
  const fullName = [login.first_name, login.last_name].filter(Boolean).join(" ");
  return {
    provider: "telegram",
    subject: login.id,
    displayName: cleanName(fullName, login.username) ?? `Telegram user ${login.id}`,
    profileUrl: login.username ? `https://t.me/${login.username}` : null,
    avatarUrl: httpsUrlOrNull(login.photo_url),
    email: null,
    emailVerified: false,
  };
}
