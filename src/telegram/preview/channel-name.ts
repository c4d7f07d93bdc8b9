// Public usernames: 5–32 characters of a–z, 0–9 and underscore, case-insensitive (Telegram FAQ, "What can I
// use as my username?", https://telegram.org/faq#q-what-can-i-use-as-my-username). Checked before any request so
// a typo never reaches t.me.
import { InvalidChannelError } from "./errors.js";

const USERNAME = /^[A-Za-z0-9_]{5,32}$/;

export function isChannelUsername(value: string): boolean {
  return USERNAME.test(value);
}

/** Throws InvalidChannelError unless `value` is a well-formed username (no "@", no URL). */
export function assertChannelUsername(value: string): string {
  if (!isChannelUsername(value)) throw new InvalidChannelError(value);
  return value;
}

/**
 * The username in what people paste: "name", "@name", "t.me/name", "https://t.me/s/name/123".
 * Throws InvalidChannelError when no valid username is found.
 */
export function channelFromInput(input: string): string {
  const trimmed = input.trim();
  const url = /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me)\/(?:s\/)?([^/?#]+)/i.exec(trimmed);
  const candidate = url?.[1] ?? trimmed.replace(/^@/, "");
  return assertChannelUsername(candidate);
}
