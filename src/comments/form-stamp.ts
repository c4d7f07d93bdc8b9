// The signed time a comment form was handed out. Bots that post the instant they fetch a page fail the
// minimum fill time; a stamp older than a day is stale. Either way the reader gets the form back to confirm,
// with nothing they typed lost.
import { MAX_FORM_AGE_SECONDS } from "./limits.js";
import { sealed, unseal } from "./signing.js";

const PURPOSE = "comment-form-time";

export function formStamp(secret: string, now: number): string {
  return sealed(secret, PURPOSE, String(now));
}

export type StampCheck = "ok" | "missing" | "too-fast" | "stale";

export function checkFormStamp(
  secret: string,
  stamp: string | undefined,
  now: number,
  minFillSeconds: number,
): StampCheck {
  const value = unseal(secret, PURPOSE, stamp);
  if (value === null || !/^\d{1,12}$/.test(value)) return "missing";
  const issued = Number(value);
  if (now - issued < minFillSeconds) return "too-fast";
  if (now - issued > MAX_FORM_AGE_SECONDS || issued > now + 60) return "stale";
  return "ok";
}
