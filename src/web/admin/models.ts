// View models of the editors' pages.
import type { Block, CommentStatus } from "./from-comments.js";

export interface AdminFrame {
  title: string;
  /** Null on the sign-in page. */
  editor: string | null;
  csrf: string;
  notice: string | null;
  errors: string[];
}

export interface QueueItemView {
  id: number;
  status: CommentStatus;
  authorName: string;
  authorEmail: string | null;
  emailVerified: boolean;
  authorUrl: string | null;
  identity: string;
  ip: string;
  articleHeadline: string;
  articleUrl: string;
  /** Where it shows on the site, when published. */
  permalink: string | null;
  body: Block[];
  createdDisplay: string;
  createdIso: string;
  heldReason: string | null;
  parentId: number | null;
}

export interface QueueView {
  status: CommentStatus;
  counts: Record<CommentStatus, number>;
  items: QueueItemView[];
  page: number;
  prevUrl: string | null;
  nextUrl: string | null;
}

export interface EditView {
  id: number;
  status: CommentStatus;
  name: string;
  url: string;
  body: string;
  articleHeadline: string;
  backUrl: string;
}

export interface BlockView {
  id: number;
  kind: "identity" | "ip";
  value: string;
  note: string | null;
  createdDisplay: string;
}

export type EditionStateView = "translated" | "pending" | "corrected" | "review";

export interface EditionsListView {
  articles: {
    id: number;
    headline: string;
    url: string;
    publishedDisplay: string;
    editions: { language: string; state: EditionStateView; url: string | null; editUrl: string | null }[];
  }[];
  reviewCount: number;
  prevUrl: string | null;
  nextUrl: string | null;
}

export interface EditionUnitView {
  position: number;
  label: string;
  plain: boolean;
  source: string;
  /** The text in the form (what the edition shows, or what the editor just submitted). */
  value: string;
  correctedBy: string | null;
  review: boolean;
}

export interface EditionEditView {
  articleId: number;
  language: string;
  sourceLanguage: string;
  headline: string;
  articleUrl: string;
  editionUrl: string | null;
  units: EditionUnitView[];
}

export interface ReviewItemView {
  articleId: number;
  language: string;
  position: number;
  label: string;
  articleUrl: string;
  editUrl: string;
  sourceThen: string;
  sourceNow: string;
  correctionThen: string;
  machineNow: string;
}
