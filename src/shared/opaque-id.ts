// Opaque random identifiers (session ids, sign-in flow ids, state, nonce) and what is stored of them.
// The database keeps only a SHA-256 of a session or flow id, so a copy of the database opens no session.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes, base64url (43 characters). */
export function randomId(): string {
  return randomBytes(32).toString("base64url");
}

export const RANDOM_ID = /^[A-Za-z0-9_-]{43}$/;

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

/** Constant-time string comparison (lengths may leak, contents do not). */
export function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** "<id>.<HMAC(id)>": a cookie value the server can check before it touches the database. */
export function signId(secret: string, purpose: string, id: string): string {
  return `${id}.${createHmac("sha256", secret).update(`${purpose}:${id}`).digest("base64url")}`;
}

/** The id inside a value made by signId, or null when it was not made here for this purpose. */
export function unsignId(secret: string, purpose: string, value: string | undefined): string | null {
  if (!value || value.length > 200) return null;
  const dot = value.indexOf(".");
  if (dot < 0) return null;
  const id = value.slice(0, dot);
  if (!RANDOM_ID.test(id)) return null;
  return sameString(signId(secret, purpose, id), value) ? id : null;
}
