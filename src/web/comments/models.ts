// View models of the comment section and the comment form and notice pages. Presenters
// (present-*.ts) build them; views never see the database.
import type { ReaderIdentity, SignInOption } from "../../auth/reader-identity.js";
import type { Block } from "../../comments/index.js";
import type { LangDir } from "../views/index.js";

export interface CommentView {
  id: number;
  /** "comment-12": the element id permalinks point at. */
  anchor: string;
  /** The comment's place: "<article>?cpage=2#comment-12" (or "<article>#comment-12" on the first page). */
  permalink: string;
  authorName: string;
  /** Checked http(s) address, or null. */
  authorUrl: string | null;
  body: Block[];
  createdIso: string;
  createdDisplay: string;
  depth: number;
  /** Shown only to the browser that wrote it, until an editor decides. */
  pending: boolean;
  /** "?replytocom=12#respond", or null when replies are not possible (depth limit, closed, pending). */
  replyUrl: string | null;
  children: CommentView[];
}

/** A signed-in reader, shown with sign-in's own line (src/web/auth/signed-in-as.tsx). */
export interface SignedInReader {
  identity: ReaderIdentity;
  providerLabel: string;
  /** For the log-out form; empty when this browser has no CSRF cookie yet (the script then fetches one). */
  csrf: string;
}

export interface CommentFormValues {
  name: string;
  email: string;
  url: string;
  body: string;
  notify: boolean;
  remember: boolean;
}

export interface CommentFormView {
  action: string;
  articleId: number;
  /** The page to come back to (the article's permalink path). */
  articleUrl: string;
  replyTo: { id: number; name: string } | null;
  cancelReplyUrl: string;
  /** Present only on pages made for one browser: cached pages carry no token (see the confirm step). */
  csrf: string | null;
  stamp: string | null;
  reader: SignedInReader | null;
  /** Configured providers (sign-in's own links, src/web/auth/sign-in-options.tsx). */
  signIn: SignInOption[];
  /** Where sign-in and sign-out come back to: the form. */
  returnTo: string;
  values: CommentFormValues;
  /** Email notifications are offered only when the site can send mail. */
  notifyAvailable: boolean;
  /** Guests' details can be remembered (by consent). */
  rememberAvailable: boolean;
}

export interface CommentPagination {
  page: number;
  pages: number;
  prevUrl: string | null;
  nextUrl: string | null;
}

export interface CommentSectionView {
  articleId: number;
  /** The site's language: the section speaks it, like the header (see comment-words.ts). */
  language: string;
  /** The article's language and direction, around the section. */
  around: LangDir;
  count: number;
  countLabel: string;
  comments: CommentView[];
  pagination: CommentPagination;
  open: boolean;
  form: CommentFormView | null;
  feedUrl: string;
}

/** A page with only the form: the confirm step, or the form again with what was wrong. */
export interface CommentFormPageView {
  title: string;
  /** Why the reader is here, in plain words. */
  messages: string[];
  articleHeadline: string;
  form: CommentFormView;
}

export interface NoticePageView {
  title: string;
  messages: string[];
  /** A button (POST) that completes the action; null when there is nothing left to do. */
  action: { url: string; label: string; fields: Record<string, string> } | null;
  links: { url: string; label: string }[];
}
