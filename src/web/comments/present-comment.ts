// Comment rows → view models: the tree of a page's threads, each comment with its permalink, reply link
// and parsed text.

import { parseComment } from "../../comments/comment-markup.js";
import { depthPermitsReply } from "../../comments/thread-rules.js";
import type { CommentRow } from "../../db/tables/index.js";
import { formatNewsTime, isoInZone } from "../../shared/time.js";
import type { CommentView } from "./models.js";

export interface PresentOptions {
  articleUrl: string;
  page: number;
  timezone: string;
  maxDepth: number;
  open: boolean;
}

/** "<article>?cpage=N#comment-ID"; the first page has no query, so it shares the article's cached page. */
export function commentUrl(articleUrl: string, page: number, id: number): string {
  return `${articleUrl}${page > 1 ? `?cpage=${page}` : ""}#comment-${id}`;
}

export function commentPageUrl(articleUrl: string, page: number): string {
  return `${articleUrl}${page > 1 ? `?cpage=${page}` : ""}#comments`;
}

export function presentComment(row: CommentRow, o: PresentOptions): CommentView {
  const pending = row.status !== "approved";
  return {
    id: row.id,
    anchor: `comment-${row.id}`,
    permalink: commentUrl(o.articleUrl, o.page, row.id),
    authorName: row.author_name,
    authorUrl: row.author_url,
    body: parseComment(row.body),
    createdIso: isoInZone(row.created_at, o.timezone),
    createdDisplay: formatNewsTime(row.created_at, o.timezone),
    depth: row.depth,
    pending,
    replyUrl:
      o.open && !pending && depthPermitsReply(row.depth, o.maxDepth)
        ? `${o.articleUrl}${o.page > 1 ? `?cpage=${o.page}&` : "?"}replytocom=${row.id}#respond`
        : null,
    children: [],
  };
}

/** Rows (any order) → trees by parent, oldest first. A reply whose parent is not shown is shown at the top. */
export function buildThreads(rows: CommentRow[], o: PresentOptions): CommentView[] {
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  const byId = new Map<number, CommentView>();
  const top: CommentView[] = [];
  for (const row of sorted) {
    const view = presentComment(row, o);
    byId.set(row.id, view);
    const parent = row.parent_id !== null ? byId.get(row.parent_id) : undefined;
    if (parent) parent.children.push(view);
    else top.push(view);
  }
  return top;
}
