// The reply form (#respond): sign-in choices or the signed-in account, guest fields, the comment, and the
// anti-spam fields (honeypot, signed time, CSRF token). Works as a plain POST without JavaScript.

import { SignInOptions } from "../auth/sign-in-options.js";
import { SignedInAs } from "../auth/signed-in-as.js";
import { COMMENT_TEXT, type CommentText } from "./comment-words.js";
import type { CommentFormView } from "./models.js";

/** The honeypot: a field people never see or reach; software that fills every field fills it. */
export const HONEYPOT_FIELD = "topic";

export function CommentForm({
  form: f,
  text: T = COMMENT_TEXT,
  headingLevel = 3,
}: {
  form: CommentFormView;
  /** The section's words (the site's language); English unless given. */
  text?: CommentText;
  headingLevel?: 2 | 3;
}) {
  return (
    <div id="respond" class="comment-respond">
      <ReplyTitle form={f} text={T} headingLevel={headingLevel} />
      <Account form={f} text={T} />
      <form action={f.action} method="post" id="commentform" class="comment-form">
        {f.reader ? null : <p class="comment-notes">{T.notes}</p>}
        <CommentField form={f} text={T} />
        {f.reader ? null : <GuestFields form={f} text={T} />}
        {f.notifyAvailable ? (
          <p class="comment-form-check">
            <input id="notify" name="notify" type="checkbox" value="1" checked={f.values.notify} />{" "}
            <label for="notify">{T.notify}</label>
          </p>
        ) : null}
        <HiddenFields form={f} text={T} />
        <p class="form-submit">
          <button type="submit" id="submit">
            {T.post}
          </button>
        </p>
        <p class="comment-status" role="status" aria-live="polite"></p>
      </form>
    </div>
  );
}

interface PartProps {
  form: CommentFormView;
  text: CommentText;
}

/** "Leave a Reply", or "Reply to <name>" with the link that cancels the reply. */
function ReplyTitle({ form: f, text: T, headingLevel }: PartProps & { headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Heading id="reply-title" class="comment-reply-title">
      <span class="reply-title-text" data-default={T.leaveReply}>
        {f.replyTo ? T.replyTo(f.replyTo.name) : T.leaveReply}
      </span>{" "}
      <small>
        <a id="cancel-comment-reply-link" href={f.cancelReplyUrl} hidden={f.replyTo ? undefined : true}>
          {T.cancelReply}
        </a>
      </small>
    </Heading>
  );
}

/** The signed-in account (sign-in's own line), or the sign-in choices for a guest. */
function Account({ form: f, text: T }: PartProps) {
  if (f.reader) {
    return (
      <SignedInAs
        reader={f.reader.identity}
        providerLabel={f.reader.providerLabel}
        csrfToken={f.reader.csrf}
        returnTo={f.returnTo}
        words={T}
      />
    );
  }
  if (f.signIn.length === 0) return null;
  return (
    <div class="signin">
      <p>{T.intro}</p>
      <SignInOptions options={f.signIn} returnTo={f.returnTo} words={T} />
    </div>
  );
}

function CommentField({ form: f, text: T }: PartProps) {
  return (
    <p class="comment-form-comment">
      <label for="comment">
        {T.comment}{" "}
        <span class="required" aria-hidden="true">
          *
        </span>
      </label>
      <textarea
        id="comment"
        name="comment"
        rows={6}
        maxlength={65525}
        required
        aria-describedby="comment-hint"
      >
        {f.values.body}
      </textarea>
      <small id="comment-hint" class="comment-hint">
        {T.hint}
      </small>
    </p>
  );
}

/** A guest's name, email and website, and the consent to remember them. */
function GuestFields({ form: f, text: T }: PartProps) {
  const v = f.values;
  return (
    <>
      <p class="comment-form-author">
        <label for="author">
          {T.name}{" "}
          <span class="required" aria-hidden="true">
            *
          </span>
        </label>
        <input
          id="author"
          name="author"
          type="text"
          value={v.name}
          maxlength={245}
          autocomplete="name"
          required
        />
      </p>
      <p class="comment-form-email">
        <label for="email">
          {T.email}{" "}
          <span class="required" aria-hidden="true">
            *
          </span>
        </label>
        <input
          id="email"
          name="email"
          type="email"
          value={v.email}
          maxlength={100}
          autocomplete="email"
          required
        />
      </p>
      <p class="comment-form-url">
        <label for="url">{T.website}</label>
        {/* type=text with inputmode=url: type=url would refuse "example.org", which is accepted (as http://). */}
        <input
          id="url"
          name="url"
          type="text"
          inputmode="url"
          value={v.url}
          maxlength={200}
          autocomplete="url"
        />
      </p>
      {f.rememberAvailable ? (
        <p class="comment-form-check">
          <input id="remember" name="remember" type="checkbox" value="1" checked={v.remember} />{" "}
          <label for="remember">{T.remember}</label>
        </p>
      ) : null}
    </>
  );
}

/** The honeypot, the article and parent, the CSRF token and the signed form time. */
function HiddenFields({ form: f, text: T }: PartProps) {
  return (
    <>
      <p class="hp" aria-hidden="true">
        <label for={HONEYPOT_FIELD}>{T.honeypot}</label>
        <input
          id={HONEYPOT_FIELD}
          name={HONEYPOT_FIELD}
          type="text"
          value=""
          tabindex={-1}
          autocomplete="off"
        />
      </p>
      <input type="hidden" name="article_id" value={String(f.articleId)} />
      <input
        type="hidden"
        name="parent_id"
        id="comment_parent"
        value={f.replyTo ? String(f.replyTo.id) : "0"}
      />
      {f.csrf ? <input type="hidden" name="_csrf" value={f.csrf} /> : null}
      {f.stamp ? <input type="hidden" name="_ts" value={f.stamp} /> : null}
    </>
  );
}
