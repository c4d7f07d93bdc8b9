// The threads of a comment page as a tree: each comment under its parent, oldest first, and whether a reply
// to it can be written there.
import type { CommentRow } from "../db/tables/index.js";

export interface ThreadComment {
  row: CommentRow;
  /** A reply link belongs here: comments are open, this one is published, and the depth allows one more. */
  canReply: boolean;
  replies: ThreadComment[];
}

/** Rows (any order) → trees by parent, oldest first. A reply whose parent is not shown is shown at the top. */
export function threadTree(
  rows: readonly CommentRow[],
  canReply: (row: CommentRow) => boolean,
): ThreadComment[] {
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  const byId = new Map<number, ThreadComment>();
  const top: ThreadComment[] = [];
  for (const row of sorted) {
    const node: ThreadComment = { row, canReply: canReply(row), replies: [] };
    byId.set(row.id, node);
    const parent = row.parent_id !== null ? byId.get(row.parent_id) : undefined;
    if (parent) parent.replies.push(node);
    else top.push(node);
  }
  return top;
}
