// Comments of a thread → view models: each comment with its permalink, reply link and parsed text, and its
// replies under it.
import { commentUrl, parseComment, type ThreadComment } from "../../comments/index.js";
import { formatNewsTime, isoInZone } from "../../shared/time.js";
import type { CommentView } from "./models.js";

export interface PresentOptions {
  articleUrl: string;
  /** The comment page shown. */
  page: number;
  timezone: string;
}

export function presentComment({ row, canReply, replies }: ThreadComment, o: PresentOptions): CommentView {
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
    pending: row.status !== "approved",
    replyUrl: canReply
      ? `${o.articleUrl}${o.page > 1 ? `?cpage=${o.page}&` : "?"}replytocom=${row.id}#respond`
      : null,
    children: replies.map((r) => presentComment(r, o)),
  };
}
