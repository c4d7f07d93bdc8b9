// Proof Key for Code Exchange (RFC 7636): a fresh secret verifier per sign-in; the authorization request
// carries only its SHA-256 ("S256", §4.2), so a code intercepted on the way back is useless without it.
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes as base64url: 43 characters of the unreserved set, as §4.1 recommends. */
export function newCodeVerifier(): string {
  return randomBytes(32).toString("base64url");
}

/** BASE64URL(SHA256(ASCII(code_verifier))), §4.2. */
export function codeChallengeS256(verifier: string): string {
  return createHash("sha256").update(verifier, "ascii").digest("base64url");
}
