// What a commenter's browser keeps (all HttpOnly, SameSite=Lax, named dl_* so pages for this browser are
// made for it and never served from the shared cache):
//   dl_mine      the ids of their own recent comments (signed), to show them while awaiting moderation;
//   dl_guest     proof that this browser opened the link emailed to an address (signed);
//   dl_commenter name, email and website, kept only when the commenter ticks "save" (WordPress's consent
//                checkbox since 4.9.6).
import { z } from "zod";
import {
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_OWN_COMMENTS,
  MAX_URL_LENGTH,
  sealed,
  unseal,
} from "../../comments/index.js";

export const OWN_COOKIE = "dl_mine";
export const GUEST_PROOF_COOKIE = "dl_guest";
export const REMEMBER_COOKIE = "dl_commenter";

export const OWN_MAX_AGE = 30 * 86_400;
export const GUEST_PROOF_MAX_AGE = 365 * 86_400;
export const REMEMBER_MAX_AGE = 365 * 86_400;

export function ownCommentIds(secret: string, cookie: string | undefined): number[] {
  const value = unseal(secret, OWN_COOKIE, cookie);
  if (!value || !/^\d{1,12}(?:\.\d{1,12})*$/.test(value)) return [];
  return value.split(".").map(Number);
}

export function withOwnComment(secret: string, cookie: string | undefined, id: number): string {
  const ids = [...ownCommentIds(secret, cookie).filter((x) => x !== id), id].slice(-MAX_OWN_COMMENTS);
  return sealed(secret, OWN_COOKIE, ids.join("."));
}

/** The address this browser proved, if its proof is intact. */
export function provenEmail(secret: string, cookie: string | undefined): string | null {
  const value = unseal(secret, GUEST_PROOF_COOKIE, cookie);
  if (!value) return null;
  try {
    return Buffer.from(value, "base64url").toString("utf8") || null;
  } catch {
    return null;
  }
}

export function guestProof(secret: string, email: string): string {
  return sealed(secret, GUEST_PROOF_COOKIE, Buffer.from(email, "utf8").toString("base64url"));
}

const remembered = z.object({
  name: z.string().max(MAX_NAME_LENGTH),
  email: z.string().max(MAX_EMAIL_LENGTH),
  url: z.string().max(MAX_URL_LENGTH),
});
export type RememberedCommenter = z.infer<typeof remembered>;

export function rememberedCommenter(cookie: string | undefined): RememberedCommenter | null {
  if (!cookie || cookie.length > 2000) return null;
  try {
    const parsed = remembered.safeParse(JSON.parse(Buffer.from(cookie, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberCookie(value: RememberedCommenter): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}
