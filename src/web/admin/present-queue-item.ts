// A comment in the moderation queue, as the queue page shows it.
import { urlPathOf } from "../../articles/permalink.js";
import { formatNewsTime, isoInZone } from "../../shared/time.js";
import { parseComment, type QueueRow } from "./from-comments.js";
import type { QueueItemView } from "./models.js";

export function presentQueueItem(r: QueueRow): QueueItemView {
  return {
    id: r.id,
    status: r.status,
    authorName: r.author_name,
    authorEmail: r.author_email,
    emailVerified: r.email_verified === 1,
    authorUrl: r.author_url,
    identity: r.identity,
    ip: r.ip,
    articleHeadline: r.article_headline,
    articleUrl: urlPathOf(r.article_path),
    permalink: r.status === "approved" ? `/comments/${r.id}/` : null,
    body: parseComment(r.body),
    createdDisplay: formatNewsTime(r.created_at, "UTC"),
    createdIso: isoInZone(r.created_at, "UTC"),
    heldReason: r.held_reason,
    parentId: r.parent_id,
  };
}
