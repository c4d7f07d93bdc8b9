// The comment section under an article: the count, the threads of this comment page, page links, and the
// form. Rendered to an HTML fragment the article page places after the article (article-section.ts).

import { langAttrs, renderFragment } from "../views/index.js";
import { CommentForm } from "./comment-form.js";
import { CommentItem } from "./comment-item.js";
import { type CommentText, commentText } from "./comment-words.js";
import type { CommentPagination, CommentSectionView } from "./models.js";

export function renderCommentSection(view: CommentSectionView): string {
  return renderFragment(<CommentSection view={view} />);
}

function CommentSection({ view }: { view: CommentSectionView }) {
  const T = commentText(view.language);
  return (
    <section
      id="comments"
      class="comments-area"
      {...langAttrs(T, view.around)}
      aria-labelledby={view.count > 0 ? "comments-title" : "reply-title"}
      data-article={String(view.articleId)}
    >
      {view.count > 0 ? (
        <h2 id="comments-title" class="comments-title">
          {view.countLabel}
        </h2>
      ) : null}
      <CommentPages pagination={view.pagination} text={T} />
      <ol class="comment-list">
        {view.comments.map((c) => (
          <CommentItem comment={c} text={T} />
        ))}
      </ol>
      <CommentPages pagination={view.pagination} text={T} />
      {view.open && view.form ? (
        <CommentForm form={view.form} text={T} />
      ) : (
        <p class="comments-closed">{T.closed}</p>
      )}
      <p class="comments-feed">
        <a href={view.feedUrl} type="application/rss+xml">
          {T.feed}
        </a>
      </p>
    </section>
  );
}

function CommentPages({ pagination: p, text: T }: { pagination: CommentPagination; text: CommentText }) {
  if (p.pages <= 1) return null;
  return (
    <nav class="comment-navigation" aria-label={T.commentNavigation}>
      {p.prevUrl ? (
        <a class="prev" href={p.prevUrl}>
          {T.olderComments}
        </a>
      ) : null}
      <span class="comment-page">{T.commentsPage(p.page, p.pages)}</span>
      {p.nextUrl ? (
        <a class="next" href={p.nextUrl}>
          {T.newerComments}
        </a>
      ) : null}
    </nav>
  );
}
