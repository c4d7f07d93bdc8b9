// HMAC-SHA-256 under the site secret, with a purpose label so a value signed for one use is worthless for
// another; compared in constant time.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export function signValue(secret: string, purpose: string, value: string): string {
  return createHmac("sha256", secret).update(`${purpose}:${value}`).digest("base64url");
}

export function verifySigned(secret: string, purpose: string, value: string, signature: string): boolean {
  const expected = Buffer.from(signValue(secret, purpose, value));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** "value~signature" */
export function sealed(secret: string, purpose: string, value: string): string {
  return `${value}~${signValue(secret, purpose, value)}`;
}

/** The value inside a sealed string, or null when the seal is broken. */
export function unseal(secret: string, purpose: string, input: string | undefined): string | null {
  if (!input || input.length > 4096) return null;
  const at = input.lastIndexOf("~");
  if (at < 0) return null;
  const value = input.slice(0, at);
  return verifySigned(secret, purpose, value, input.slice(at + 1)) ? value : null;
}

export function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
