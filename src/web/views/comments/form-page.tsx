// A page holding only the comment form, with what the reader typed: the confirm step for a first post from
// a browser without our cookie (a cached page cannot carry a CSRF token), and the form again after a
// problem. Nothing the reader wrote is lost on the way.
import { Layout } from "../layout.js";
import type { SiteView } from "../models.js";
import { type PageMeta, pageTitle } from "../page-meta.js";
import { renderDocument } from "../render-document.js";
import { CommentForm } from "./comment-form.js";
import { COMMENT_TEXT as T } from "./comment-text.js";
import { COMMENTS_CSS_PATH } from "./comments-css.js";
import type { CommentFormPageView, NoticePageView } from "./models.js";

function meta(site: SiteView, title: string): PageMeta {
  return {
    lang: T.lang,
    dir: T.dir,
    title: pageTitle(title, site),
    description: null,
    canonicalUrl: null,
    feeds: [],
    og: null,
    noindex: true,
  };
}

const CSS_LINK = `<link rel="stylesheet" href="${COMMENTS_CSS_PATH}">`;

export function renderCommentFormPage(site: SiteView, view: CommentFormPageView): string {
  return renderDocument(
    <Layout site={site} meta={meta(site, view.title)} headExtra={CSS_LINK}>
      <div class="comment-form-page">
        <h1>{view.title}</h1>
        {view.messages.map((m) => (
          <p class="comment-form-message">{m}</p>
        ))}
        <p>
          <a href={view.form.articleUrl} dir="auto">
            {view.articleHeadline}
          </a>
        </p>
        <CommentForm form={view.form} headingLevel={2} />
      </div>
    </Layout>,
  );
}

/** Small pages of the email flows: confirm an address, unsubscribe, and their outcomes. */
export function renderNoticePage(site: SiteView, view: NoticePageView): string {
  return renderDocument(
    <Layout site={site} meta={meta(site, view.title)} headExtra={CSS_LINK}>
      <div class="comment-notice-page">
        <h1>{view.title}</h1>
        {view.messages.map((m) => (
          <p>{m}</p>
        ))}
        {view.action ? (
          <form method="post" action={view.action.url}>
            {Object.entries(view.action.fields).map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <p>
              <button type="submit">{view.action.label}</button>
            </p>
          </form>
        ) : null}
        {view.links.map((l) => (
          <p>
            <a href={l.url}>{l.label}</a>
          </p>
        ))}
      </div>
    </Layout>,
  );
}
