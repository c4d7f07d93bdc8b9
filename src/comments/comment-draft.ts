// What a commenter wrote, checked and cleaned before the rules see it: the text, and a guest's name, email
// and website. Lengths were checked on the raw values already (web/comments/form-input.ts): a length applied
// after cleaning or formatting can cut a comment mid-way.
import { cleanBody, cleanLine } from "./clean-text.js";
import type { Commenter } from "./commenter.js";
import { normalizeEmail } from "./commenter.js";
import { safeWebsiteUrl } from "./safe-url.js";

/** The fields as typed (guests fill all four; a signed-in reader only the text). */
export interface CommentDraft {
  body: string;
  name: string;
  email: string;
  url: string;
}

export type GuestCheck =
  | { ok: true; body: string; commenter: Commenter & { kind: "guest" } }
  | { ok: false; errors: string[] };

/** The guest's name, email and website, cleaned and checked; `provenEmail` is this browser's proven address. */
export function checkGuest(f: CommentDraft, provenEmail: string | null): GuestCheck {
  const errors: string[] = [];
  const body = cleanBody(f.body);
  const name = cleanLine(f.name);
  const email = normalizeEmail(f.email);
  const url = f.url.trim() === "" ? null : safeWebsiteUrl(f.url);
  if (!body) errors.push("Please write a comment.");
  if (!name) errors.push("Please give your name.");
  if (!email) errors.push("Please give a valid email address (it is never shown).");
  if (f.url.trim() !== "" && !url) errors.push("The website must be an http:// or https:// address.");
  if (errors.length || !email) return { ok: false, errors };
  return {
    ok: true,
    body,
    commenter: { kind: "guest", name, email, url, emailProven: provenEmail === email },
  };
}

export function checkBody(
  f: Pick<CommentDraft, "body">,
): { ok: true; body: string } | { ok: false; errors: string[] } {
  const body = cleanBody(f.body);
  return body ? { ok: true, body } : { ok: false, errors: ["Please write a comment."] };
}
