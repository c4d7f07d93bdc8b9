// The reply form's view model: where it posts, and whether guests may have their details remembered (a
// signed-in reader has no details to remember).
import type { CommentFormValues, CommentFormView } from "./models.js";

export const COMMENT_ACTION = "/comments";

export function presentCommentForm(
  f: Omit<CommentFormView, "action" | "rememberAvailable">,
): CommentFormView {
  return { ...f, action: COMMENT_ACTION, rememberAvailable: f.reader === null };
}

/** An empty form. */
export function emptyValues(): CommentFormValues {
  return { name: "", email: "", url: "", body: "", notify: false, remember: false };
}
