// One comment and its replies, in WordPress's markup shape (li.comment#comment-N > article, ol.children),
// which themes and readers' scripts already know.
import { renderFragment, TimeStamp } from "../views/index.js";
import { COMMENT_LINK_REL, CommentBlocks } from "./comment-body.js";
import { COMMENT_TEXT, type CommentText, commentText } from "./comment-words.js";
import type { CommentView } from "./models.js";

export function CommentItem({
  comment: c,
  text: T = COMMENT_TEXT,
}: {
  comment: CommentView;
  text?: CommentText;
}) {
  const name = c.authorUrl ? (
    <a class="url" href={c.authorUrl} rel={COMMENT_LINK_REL}>
      {c.authorName}
    </a>
  ) : (
    c.authorName
  );
  return (
    <li class={`comment depth-${c.depth}${c.pending ? " comment-pending" : ""}`} id={c.anchor}>
      <article class="comment-body">
        <footer class="comment-meta">
          {/* <bdi>: a name in another script keeps its own direction without reordering what follows. */}
          <b class="comment-author">
            <bdi>{name}</bdi>
          </b>{" "}
          <span class="says">{T.says}</span>{" "}
          <a class="comment-permalink" href={c.permalink}>
            <TimeStamp iso={c.createdIso} display={c.createdDisplay} />
          </a>
          {c.pending ? <p class="comment-awaiting">{T.awaiting}</p> : null}
        </footer>
        <div class="comment-content" dir="auto">
          <CommentBlocks blocks={c.body} />
        </div>
        {c.replyUrl ? (
          <p class="reply">
            <a
              class="comment-reply-link"
              href={c.replyUrl}
              data-reply-to={String(c.id)}
              aria-label={T.replyLabel(c.authorName)}
            >
              {T.reply}
            </a>
          </p>
        ) : null}
      </article>
      {c.children.length > 0 ? (
        <ol class="children">
          {c.children.map((child) => (
            <CommentItem comment={child} text={T} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/** One comment as HTML, for the script that adds a new comment without reloading the page. */
export function renderCommentItem(comment: CommentView, language = "en"): string {
  return renderFragment(<CommentItem comment={comment} text={commentText(language)} />);
}
