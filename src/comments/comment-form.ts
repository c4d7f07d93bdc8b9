// The comment form as posted (zod): lengths are checked here, on the raw values, before anything else runs
// (a length applied after cleaning or formatting can cut a comment mid-way); then the guest's details are
// checked and cleaned.
import { z } from "zod";
import { cleanBody, cleanLine } from "./clean-text.js";
import type { Commenter } from "./commenter.js";
import { normalizeEmail } from "./commenter.js";
import { MAX_BODY_LENGTH, MAX_EMAIL_LENGTH, MAX_NAME_LENGTH, MAX_URL_LENGTH } from "./limits.js";
import { safeWebsiteUrl } from "./safe-url.js";

const text = (max: number, what: string) =>
  z
    .string({ message: `${what} must be text.` })
    .max(max, { message: `${what} is longer than ${max} characters.` })
    .default("");

const id = z.string().regex(/^\d{1,9}$/, { message: "The form is incomplete." });

export const commentFormSchema = z.object({
  comment: text(MAX_BODY_LENGTH, "Your comment"),
  author: text(MAX_NAME_LENGTH, "Your name"),
  email: text(MAX_EMAIL_LENGTH, "Your email address"),
  url: text(MAX_URL_LENGTH, "Your website address"),
  article_id: id,
  parent_id: id.default("0"),
  notify: z.string().max(10).optional(),
  remember: z.string().max(10).optional(),
  _csrf: z.string().max(200).optional(),
  _ts: z.string().max(200).optional(),
  /** The honeypot (HONEYPOT_FIELD in the form view). */
  topic: z.string().max(2000).default(""),
});

export type CommentForm = z.infer<typeof commentFormSchema>;

/** The fields as received, for showing the form again: only strings, each cut to its limit. */
export function formValues(raw: Record<string, unknown>) {
  const s = (k: string, max: number) => {
    const v = raw[k];
    return typeof v === "string" ? v.slice(0, max) : "";
  };
  return {
    name: s("author", MAX_NAME_LENGTH),
    email: s("email", MAX_EMAIL_LENGTH),
    url: s("url", MAX_URL_LENGTH),
    body: s("comment", MAX_BODY_LENGTH),
    notify: typeof raw.notify === "string" && raw.notify !== "",
    remember: typeof raw.remember === "string" && raw.remember !== "",
  };
}

export type GuestCheck =
  | { ok: true; body: string; commenter: Commenter & { kind: "guest" } }
  | { ok: false; errors: string[] };

/** The guest's name, email and website, cleaned and checked; `provenEmail` is this browser's proven address. */
export function checkGuest(f: CommentForm, provenEmail: string | null): GuestCheck {
  const errors: string[] = [];
  const body = cleanBody(f.comment);
  const name = cleanLine(f.author);
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

export function checkBody(f: CommentForm): { ok: true; body: string } | { ok: false; errors: string[] } {
  const body = cleanBody(f.comment);
  return body ? { ok: true, body } : { ok: false, errors: ["Please write a comment."] };
}
