// The comment section of article pages (an article section, see src/site/article-sections.ts). For a
// browser without any dl_* cookie the output is the same for everyone, so the page stays in the shared
// cache (tagged comments:<article id>, dropped when a comment there is published or changed). A browser
// with one gets a section made for it: a CSRF token and form time in the form, its signed-in account or
// remembered details, and its own comments awaiting moderation.
import type { ReaderAuth } from "../../auth/reader-identity.js";
import type { CommentPolicy } from "../../comments/comment-policy.js";
import { formStamp } from "../../comments/form-stamp.js";
import { commentsOpen, depthPermitsReply, pageOfRoot } from "../../comments/thread-rules.js";
import type { CommentRow } from "../../db/tables/index.js";
import type { Clock } from "../../shared/clock.js";
import type { CommentStore } from "../../store/comments/comment-store.js";
import {
  type ArticleSection,
  type ArticleSectionContext,
  PERSONAL_COOKIE_PREFIX,
} from "../pages/article-sections.js";
import { providerLabel } from "../views/auth/signed-in-as.js";
import { SIGNIN_SCRIPT_PATH } from "../views/auth/signin-script.js";
import { renderCommentSection } from "./comment-section.js";
import { commentCountLabel } from "./comment-text.js";
import { COMMENTS_ASSET } from "./comments-asset.js";
import { COMMENTS_CSS_PATH } from "./comments-css.js";
import type { CommentFormValues, CommentFormView, SignedInReader } from "./models.js";
import { buildThreads, commentPageUrl } from "./present-comment.js";
import { OWN_COOKIE, ownCommentIds, REMEMBER_COOKIE, rememberedCommenter } from "./reader-cookies.js";
import { sectionCsrfToken } from "./section-csrf.js";

export const SECTION_ORDER = 200;
export const COMMENT_ACTION = "/comments";

export interface SectionDeps {
  comments: CommentStore;
  policy: CommentPolicy;
  clock: Clock;
  secret: string;
  readerAuth: ReaderAuth;
  /** Whether the site can send mail (reply notifications need it). */
  mailEnabled: () => boolean;
}

export function commentFeedPath(articleUrl: string): string {
  return `${articleUrl}feed/`;
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

export function emptyValues(): CommentFormValues {
  return { name: "", email: "", url: "", body: "", notify: false, remember: false };
}

function positiveInt(v: string | null): number | null {
  if (v === null || !/^\d{1,9}$/.test(v)) return null;
  const n = Number(v);
  return n > 0 ? n : null;
}

export function commentSection(d: SectionDeps): ArticleSection {
  return {
    name: "comments",
    order: SECTION_ORDER,
    async render(ctx: ArticleSectionContext) {
      const { article, view, reader } = ctx;
      const cookies = reader.cookies;
      const personal = Object.keys(cookies).some((k) => k.startsWith(PERSONAL_COOKIE_PREFIX));
      const { policy } = d;
      const now = d.clock.now();
      const open = commentsOpen(article.published_at, now, policy.closeAfterDays);

      const roots = await d.comments.rootCount(article.id);
      const own = personal ? await ownPending(d, cookies, article.id) : [];
      let pages = Math.max(1, Math.ceil(roots / policy.perPage));
      for (const o of own) pages = Math.max(pages, o.page);
      const page = Math.min(positiveInt(reader.query.get("cpage")) ?? 1, pages);

      const rows = await d.comments.threadPage(article.id, (page - 1) * policy.perPage, policy.perPage);
      const rootsHere = new Set(rows.map((r) => r.root_id));
      for (const o of own) {
        if (o.row.parent_id === null ? o.page === page : rootsHere.has(o.row.root_id)) rows.push(o.row);
      }
      const comments = buildThreads(rows, {
        articleUrl: view.url,
        page,
        timezone: ctx.channel.timezone,
        maxDepth: policy.maxDepth,
        open,
      });

      const replyId = positiveInt(reader.query.get("replytocom"));
      const parent = replyId !== null ? await d.comments.byId(replyId) : undefined;
      const replyTo =
        parent &&
        parent.article_id === article.id &&
        parent.status === "approved" &&
        depthPermitsReply(parent.depth, policy.maxDepth)
          ? { id: parent.id, name: parent.author_name }
          : null;

      const form = open ? await formView(d, ctx, personal, replyTo, page, now) : null;
      const count = (await d.comments.approvedCounts([article.id])).get(article.id) ?? 0;
      const html = renderCommentSection({
        articleId: article.id,
        language: ctx.site.language,
        around: { lang: view.language, dir: view.direction },
        count,
        countLabel: commentCountLabel(count, ctx.site.language).label,
        comments,
        pagination: {
          page,
          pages,
          prevUrl: page > 1 ? commentPageUrl(view.url, page - 1) : null,
          nextUrl: page < pages ? commentPageUrl(view.url, page + 1) : null,
        },
        open,
        form,
        feedUrl: commentFeedPath(view.url),
      });
      return {
        head: commentsHead(view.url, view.headline, d.readerAuth.options().length > 0),
        afterArticle: html,
        personal,
        tags: [`comments:${article.id}`],
      };
    },
  };
}

/** This browser's own comments on the article that await moderation, with the page each belongs on. */
async function ownPending(
  d: SectionDeps,
  cookies: Record<string, string>,
  articleId: number,
): Promise<{ row: CommentRow; page: number }[]> {
  const ids = ownCommentIds(d.secret, cookies[OWN_COOKIE]);
  const rows = (await d.comments.byIds(ids)).filter(
    (r) => r.article_id === articleId && r.status === "pending",
  );
  const out: { row: CommentRow; page: number }[] = [];
  for (const row of rows) {
    out.push({
      row,
      page: pageOfRoot(await d.comments.rootsBefore(articleId, row.root_id), d.policy.perPage),
    });
  }
  return out;
}

async function formView(
  d: SectionDeps,
  ctx: ArticleSectionContext,
  personal: boolean,
  replyTo: { id: number; name: string } | null,
  page: number,
  now: number,
): Promise<CommentFormView> {
  const { view, reader } = ctx;
  const returnTo = `${view.url}#respond`;
  const options = d.readerAuth.options();
  const csrf = personal ? sectionCsrfToken(d.secret, reader.cookies) : null;
  let signedIn: SignedInReader | null = null;
  // Email about new comments needs an address: a signed-in reader's provider may give none (Telegram).
  let canNotify = d.mailEnabled();
  if (personal) {
    const identity = await d.readerAuth.currentReader(reader.cookies);
    if (identity) {
      canNotify &&= identity.email !== null;
      signedIn = { identity, providerLabel: providerLabel(options, identity.provider), csrf: csrf ?? "" };
    }
  }
  const remembered = personal ? rememberedCommenter(reader.cookies[REMEMBER_COOKIE]) : null;
  return formViewFor({
    articleId: ctx.article.id,
    articleUrl: view.url,
    replyTo,
    cancelReplyUrl: `${view.url}${page > 1 ? `?cpage=${page}` : ""}#respond`,
    csrf,
    stamp: personal ? formStamp(d.secret, now) : null,
    reader: signedIn,
    signIn: signedIn ? [] : options,
    returnTo,
    values: remembered ? { ...emptyValues(), ...remembered, remember: true } : emptyValues(),
    notifyAvailable: canNotify,
  });
}

export function formViewFor(f: Omit<CommentFormView, "action" | "rememberAvailable">): CommentFormView {
  return { ...f, action: COMMENT_ACTION, rememberAvailable: f.reader === null };
}
