// The comment section of article pages (an ArticleSection, see ../pages/article-sections.ts), rendering the
// thread comments/ gives for the article. For a browser without any dl_* cookie the output is the same for
// everyone, so the page stays in the shared cache (tagged comments:<article id>, dropped when a comment
// there is published or changed). A browser with one gets a section made for it: a CSRF token and form
// time in the form, its signed-in account or remembered details, and its own comments awaiting moderation.
import type { SignInOption } from "../../auth/reader-identity.js";
import {
  type ArticleThreads,
  commentFeedPath,
  commentPageUrl,
  formStamp,
  type ThreadForm,
} from "../../comments/index.js";
import type { Clock } from "../../shared/clock.js";
import { providerLabel } from "../auth/signed-in-as.js";
import { SIGNIN_SCRIPT_PATH } from "../auth/signin-script.js";
import {
  type ArticleSection,
  type ArticleSectionContext,
  PERSONAL_COOKIE_PREFIX,
} from "../pages/article-sections.js";
import { renderCommentSection } from "./comment-section.js";
import { COMMENTS_ASSET } from "./comments-asset.js";
import { COMMENTS_CSS_PATH } from "./comments-css.js";
import { commentCountLabel } from "./count-label.js";
import type { CommentFormView, SignedInReader } from "./models.js";
import { presentComment } from "./present-comment.js";
import { emptyValues, presentCommentForm } from "./present-comment-form.js";
import { OWN_COOKIE, ownCommentIds, REMEMBER_COOKIE, rememberedCommenter } from "./reader-cookies.js";
import { sectionCsrfToken } from "./section-csrf.js";

export const SECTION_ORDER = 200;

export interface CommentSectionDeps {
  threads: ArticleThreads;
  clock: Clock;
  secret: string;
}

export function commentsHead(articleUrl: string, headline: string, signIn: boolean): string {
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return [
    `<link rel="stylesheet" href="${COMMENTS_CSS_PATH}">`,
    `<script type="module" src="${COMMENTS_ASSET.path}"></script>`,
    // Sign-in's popup script (src/auth/), which refreshes #respond after a sign-in.
    // As a module script (deferred like the others): the built file may end with "export {}" (tsc, allowJs).
    signIn ? `<script type="module" src="${SIGNIN_SCRIPT_PATH}"></script>` : "",
    `<link rel="alternate" type="application/rss+xml" title="${esc(`Comments on: ${headline}`)}" href="${esc(commentFeedPath(articleUrl))}">`,
  ].join("");
}

function positiveInt(v: string | null): number | null {
  if (v === null || !/^\d{1,9}$/.test(v)) return null;
  const n = Number(v);
  return n > 0 ? n : null;
}

export function commentSection(d: CommentSectionDeps): ArticleSection {
  return {
    name: "comments",
    order: SECTION_ORDER,
    async render(ctx: ArticleSectionContext) {
      const { article, view, reader } = ctx;
      const cookies = reader.cookies;
      const personal = Object.keys(cookies).some((k) => k.startsWith(PERSONAL_COOKIE_PREFIX));
      const thread = await d.threads.thread({
        article,
        page: positiveInt(reader.query.get("cpage")),
        replyTo: positiveInt(reader.query.get("replytocom")),
        personal: personal ? { cookies, ownIds: ownCommentIds(d.secret, cookies[OWN_COOKIE]) } : null,
      });
      const html = renderCommentSection({
        articleId: article.id,
        language: ctx.site.language,
        around: { lang: view.language, dir: view.direction },
        count: thread.count,
        countLabel: commentCountLabel(thread.count, ctx.site.language).label,
        comments: thread.comments.map((c) =>
          presentComment(c, { articleUrl: view.url, page: thread.page, timezone: ctx.channel.timezone }),
        ),
        pagination: {
          page: thread.page,
          pages: thread.pages,
          prevUrl: thread.page > 1 ? commentPageUrl(view.url, thread.page - 1) : null,
          nextUrl: thread.page < thread.pages ? commentPageUrl(view.url, thread.page + 1) : null,
        },
        open: thread.open,
        form: thread.form
          ? formView(d, thread.form, thread.signInOptions, {
              articleId: article.id,
              articleUrl: view.url,
              page: thread.page,
              cookies: personal ? cookies : null,
            })
          : null,
        feedUrl: commentFeedPath(view.url),
      });
      return {
        head: commentsHead(view.url, view.headline, thread.signInOptions.length > 0),
        afterArticle: html,
        personal,
        tags: [`comments:${article.id}`],
      };
    },
  };
}

/** Where the form stands: an open thread of `articleUrl`; `cookies` only on a page made for one browser. */
interface FormPlace {
  articleId: number;
  articleUrl: string;
  page: number;
  cookies: Record<string, string> | null;
}

function formView(
  d: CommentSectionDeps,
  form: ThreadForm,
  options: SignInOption[],
  at: FormPlace,
): CommentFormView {
  const { articleUrl, cookies } = at;
  const csrf = cookies ? sectionCsrfToken(d.secret, cookies) : null;
  const signedIn: SignedInReader | null = form.reader
    ? { identity: form.reader, providerLabel: providerLabel(options, form.reader.provider), csrf: csrf ?? "" }
    : null;
  const remembered = cookies ? rememberedCommenter(cookies[REMEMBER_COOKIE]) : null;
  return presentCommentForm({
    articleId: at.articleId,
    articleUrl,
    replyTo: form.replyTo,
    cancelReplyUrl: `${articleUrl}${at.page > 1 ? `?cpage=${at.page}` : ""}#respond`,
    csrf,
    stamp: cookies ? formStamp(d.secret, d.clock.now()) : null,
    reader: signedIn,
    signIn: signedIn ? [] : options,
    returnTo: `${articleUrl}#respond`,
    values: remembered ? { ...emptyValues(), ...remembered, remember: true } : emptyValues(),
    notifyAvailable: form.notifyAvailable,
  });
}
