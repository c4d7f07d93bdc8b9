// Addresses of the editors' pages that more than one route or presenter builds.
import type { CommentStatus } from "./from-comments.js";

export const queueUrl = (status: CommentStatus, page: number) =>
  `/admin/comments?status=${status}&page=${page}`;

export const editionEditUrl = (articleId: number, language: string) =>
  `/admin/editions/${articleId}/${language}`;
