// What the comment form page and the notice pages share: their head (noindex, the comment styles) and the
// texts the routes give in English, shown in the site's words.
import { langAttrs, type PageMeta, pageTitle, type SiteView } from "../views/index.js";
import { type CommentText, pageText } from "./comment-words.js";
import { COMMENTS_CSS_PATH } from "./comments-css.js";

export function pageMeta(site: SiteView, T: CommentText, title: string): PageMeta {
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

export const CSS_LINK = `<link rel="stylesheet" href="${COMMENTS_CSS_PATH}">`;

/** A text the routes give in English, in the page's words (marked English when it has no translation). */
export function Said({ T, english }: { T: CommentText; english: string }) {
  const t = pageText(T, english);
  const attrs = langAttrs(t, T);
  return attrs.lang ? <span {...attrs}>{t.text}</span> : t.text;
}
