// A page holding only the comment form, with what the reader typed: the confirm step for a first post from
// a browser without our cookie (a cached page cannot carry a CSRF token), and the form again after a
// problem. Nothing the reader wrote is lost on the way.
import { Layout, renderDocument, type SiteView } from "../views/index.js";
import { CommentForm } from "./comment-form.js";
import { commentText } from "./comment-words.js";
import type { CommentFormPageView } from "./models.js";
import { CSS_LINK, pageMeta, Said } from "./page-parts.js";

export function renderCommentFormPage(site: SiteView, view: CommentFormPageView): string {
  const T = commentText(site.language);
  return renderDocument(
    <Layout site={site} meta={pageMeta(site, T, view.title)} headExtra={CSS_LINK}>
      <div class="comment-form-page">
        <h1>
          <Said T={T} english={view.title} />
        </h1>
        {view.messages.map((m) => (
          <p class="comment-form-message">
            <Said T={T} english={m} />
          </p>
        ))}
        <p>
          <a href={view.form.articleUrl} dir="auto">
            {view.articleHeadline}
          </a>
        </p>
        <CommentForm form={view.form} text={T} headingLevel={2} />
      </div>
    </Layout>,
  );
}
