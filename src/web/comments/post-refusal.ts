// Why a posted comment was not taken, as a coded DatelineError (its code gives the status) with how the
// reader is told: the form again with their text (what they can fix, or the confirm step), or a notice.
// Refusals of the rules (comments/comment-service.ts) and of the form time map here too.
import type { Refusal, StampCheck } from "../../comments/index.js";
import { DatelineError, type ErrorCode } from "../../shared/errors.js";

/** What the script is told to do before posting again. */
export type RetryHint = { retry: "token" } | { retry: "wait"; retryAfter: number };

export interface RefusalShape {
  /** "form": the form again; "confirm": the form again as the confirm step; "notice": no form. */
  page: "form" | "confirm" | "notice";
  retry?: RetryHint;
  /** The form comes back as a new comment (the comment replied to is gone). */
  dropParent?: boolean;
}

export class PostRefused extends DatelineError {
  constructor(
    code: ErrorCode,
    readonly messages: string[],
    readonly shape: RefusalShape,
  ) {
    super(code, messages.join(" "));
  }
}

export const CONFIRM_TITLE = "Confirm your comment";

const REFUSALS: Record<Refusal, { code: ErrorCode; message: string; keepForm: boolean }> = {
  "not-found": { code: "NOT_FOUND", message: "This article does not take comments.", keepForm: false },
  closed: { code: "FORBIDDEN", message: "Comments on this article are closed.", keepForm: false },
  "bad-parent": {
    code: "BAD_REQUEST",
    message: "The comment you replied to is no longer available. You can post yours as a new comment.",
    keepForm: true,
  },
  "too-deep": {
    code: "BAD_REQUEST",
    message: "This conversation cannot be nested any deeper: reply to a comment further up.",
    keepForm: true,
  },
  blocked: { code: "FORBIDDEN", message: "Comments from you are not accepted here.", keepForm: false },
  flood: {
    code: "RATE_LIMITED",
    message: "You are posting too quickly. Wait a few seconds, then send your comment again.",
    keepForm: true,
  },
  rate: {
    code: "RATE_LIMITED",
    message: "You have posted many comments in the last hour. Please try again later.",
    keepForm: true,
  },
  duplicate: { code: "CONFLICT", message: "You have already posted this comment.", keepForm: false },
  discarded: { code: "FORBIDDEN", message: "Your comment was not accepted.", keepForm: false },
};

/** A refusal of the rules: the form again when the reader can act on it, else a notice. */
export function refused(r: Refusal): PostRefused {
  const { code, message, keepForm } = REFUSALS[r];
  return new PostRefused(code, [message], {
    page: keepForm ? "form" : "notice",
    dropParent: r === "bad-parent",
  });
}

/** The form's fields are malformed or incomplete: the form again with what to fix. */
export function badForm(messages: string[]): PostRefused {
  return new PostRefused("BAD_REQUEST", messages, { page: "form" });
}

/** The honeypot was filled: software that fills every field. Refused without the form. */
export function honeypotFilled(): PostRefused {
  return new PostRefused("BAD_REQUEST", [REFUSALS.discarded.message], { page: "notice" });
}

const STAMP_MESSAGES: Record<Exclude<StampCheck, "ok">, string> = {
  missing:
    "Please confirm your comment. To be sure a comment really comes from you and not from another site " +
    "acting in your name, we check a token that this page gives your browser. Your browser did not have " +
    "it yet; it has it now. Check your comment below and send it again.",
  "too-fast": "That was very quick. Please check your comment below and send it again.",
  stale: "This form was opened a long time ago. Please check your comment below and send it again.",
};

/** No valid CSRF token (a first post from a browser without our cookie): the confirm step. */
export function tokenMissing(): PostRefused {
  return new PostRefused("FORBIDDEN", [STAMP_MESSAGES.missing], {
    page: "confirm",
    retry: { retry: "token" },
  });
}

/** The signed form time is missing, too recent or stale: the confirm step. */
export function stampRefused(stamp: Exclude<StampCheck, "ok">, minFillSeconds: number): PostRefused {
  const retry: RetryHint =
    stamp === "too-fast" ? { retry: "wait", retryAfter: minFillSeconds } : { retry: "token" };
  return new PostRefused("FORBIDDEN", [STAMP_MESSAGES[stamp]], { page: "confirm", retry });
}

/** The article is not there (or not published). */
export function noArticle(): PostRefused {
  return refused("not-found");
}
