// View models of the editors' pages.
import type { Block } from "../../../comments/comment-markup.js";
import type { CommentStatus } from "../../../comments/tables.js";

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
