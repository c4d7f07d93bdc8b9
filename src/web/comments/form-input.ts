// The comment form as posted: its fields' lengths are checked here (zod), on the raw values, before anything
// else runs; what the reader typed is kept as it came, to show the form again.
import { z } from "zod";
import {
  type CommentDraft,
  MAX_BODY_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_URL_LENGTH,
} from "../../comments/index.js";
import type { CommentFormValues } from "./models.js";

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
  /** The honeypot (HONEYPOT_FIELD in comment-form.tsx). */
  topic: z.string().max(2000).default(""),
});

export type CommentForm = z.infer<typeof commentFormSchema>;

/** A posted form: what it holds as typed, and its fields checked. */
export interface PostedForm {
  /** The fields as received, for showing the form again. */
  values: CommentFormValues;
  form: ReturnType<typeof commentFormSchema.safeParse>;
  /** The article and the comment replied to; 0 when absent or malformed. */
  articleId: number;
  parentId: number;
}

export function parsePostedForm(raw: Record<string, unknown>): PostedForm {
  return {
    values: formValues(raw),
    form: commentFormSchema.safeParse(raw),
    articleId: idField(raw.article_id),
    parentId: idField(raw.parent_id),
  };
}

/** What was written, for the checks of comments/comment-draft.ts. */
export function draftOf(f: CommentForm): CommentDraft {
  return { body: f.comment, name: f.author, email: f.email, url: f.url };
}

function idField(v: unknown): number {
  return Number(typeof v === "string" && /^\d{1,9}$/.test(v) ? v : 0);
}

/** The fields as received: only strings, each cut to its limit. */
export function formValues(raw: Record<string, unknown>): CommentFormValues {
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
