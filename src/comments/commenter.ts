// Who is commenting: a guest (name, email never shown, optional website) or a reader signed in through a
// provider (src/auth/). The identity key is what rate limits, blocks and first-comment moderation count by.
import type { ReaderIdentity } from "../auth/reader-identity.js";
import { cleanLine } from "./clean-text.js";
import { MAX_EMAIL_LENGTH, MAX_NAME_LENGTH } from "./limits.js";
import { safeWebsiteUrl } from "./safe-url.js";

export type Commenter =
  | { kind: "guest"; name: string; email: string; url: string | null; emailProven: boolean }
  | { kind: "reader"; reader: ReaderIdentity };

export interface Author {
  identity: string;
  name: string;
  email: string | null;
  url: string | null;
  emailVerified: boolean;
}

// A pragmatic address check (what WordPress's is_email() amounts to): something@domain.tld, no spaces,
// no characters that would need quoting.
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;

/** The address lower-cased (as everyone treats it), or null when it is not one. */
export function normalizeEmail(raw: string): string | null {
  const s = raw.trim().toLowerCase();
  return s.length <= MAX_EMAIL_LENGTH && EMAIL.test(s) ? s : null;
}

export function guestIdentity(email: string): string {
  return `email:${email}`;
}

export function authorOf(c: Commenter): Author {
  if (c.kind === "guest") {
    return {
      identity: guestIdentity(c.email),
      name: c.name,
      email: c.email,
      url: c.url,
      emailVerified: c.emailProven,
    };
  }
  const r = c.reader;
  const email = r.email ? normalizeEmail(r.email) : null;
  return {
    identity: `${r.provider}:${r.subject}`,
    name: cleanLine(r.displayName).slice(0, MAX_NAME_LENGTH) || "Reader",
    email,
    url: r.profileUrl ? safeWebsiteUrl(r.profileUrl) : null,
    emailVerified: email !== null && r.emailVerified,
  };
}
