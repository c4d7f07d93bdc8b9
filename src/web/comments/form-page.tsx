// A page holding only the comment form, with what the reader typed: the confirm step for a first post from
// a browser without our cookie (a cached page cannot carry a CSRF token), and the form again after a
// problem. Nothing the reader wrote is lost on the way.
import { langAttrs } from "../views/lang-attrs.js";
import { Layout } from "../views/layout.js";
import type { SiteView } from "../views/models.js";
import { type PageMeta, pageTitle } from "../views/page-meta.js";
import { renderDocument } from "../views/render-document.js";
import { CommentForm } from "./comment-form.js";
import { type CommentText, commentText, pageText } from "./comment-text.js";
import { COMMENTS_CSS_PATH } from "./comments-css.js";
import type { CommentFormPageView, NoticePageView } from "./models.js";

function meta(site: SiteView, T: CommentText, title: string): PageMeta {
  return {
    lang: T.lang,
    dir: T.dir,
    title: pageTitle(pageText(T, title).text, site),
    description: null,
    canonicalUrl: null,
    feeds: [],
    og: null,
    noindex: true,
  };
}

const CSS_LINK = `<link rel="stylesheet" href="${COMMENTS_CSS_PATH}">`;

/** A text the routes give in English, in the page's words (marked English when it has no translation). */
function Said({ T, english }: { T: CommentText; english: string }) {
  const t = pageText(T, english);
  const attrs = langAttrs(t, T);
  return attrs.lang ? <span {...attrs}>{t.text}</span> : t.text;
}

export function renderCommentFormPage(site: SiteView, view: CommentFormPageView): string {
  const T = commentText(site.language);
  return renderDocument(
    <Layout site={site} meta={meta(site, T, view.title)} headExtra={CSS_LINK}>
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

/** Small pages of the email flows: confirm an address, unsubscribe, and their outcomes. */
export function renderNoticePage(site: SiteView, view: NoticePageView): string {
  const T = commentText(site.language);
  return renderDocument(
    <Layout site={site} meta={meta(site, T, view.title)} headExtra={CSS_LINK}>
      <div class="comment-notice-page">
        <h1>
          <Said T={T} english={view.title} />
        </h1>
        {view.messages.map((m) => (
          <p>
            <Said T={T} english={m} />
          </p>
        ))}
        {view.action ? (
          <form method="post" action={view.action.url}>
            {Object.entries(view.action.fields).map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <p>
              <button type="submit">
                <Said T={T} english={view.action.label} />
              </button>
            </p>
          </form>
        ) : null}
        {view.links.map((l) => (
          <p>
            {/* A link's label is "Front page" or the article's headline (in its own language). */}
            {T.messages[l.label] !== undefined ? (
              <a href={l.url}>{T.messages[l.label]}</a>
            ) : (
              <a href={l.url} dir="auto">
                {l.label}
              </a>
            )}
          </p>
        ))}
      </div>
    </Layout>,
  );
}
