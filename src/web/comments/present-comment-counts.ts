// Published comment counts → the byline's and listing's "3 comments" (for SiteService.setCommentCounts).
import type { CommentCountView } from "../views/index.js";
import { commentCountLabel } from "./count-label.js";

export function presentCommentCounts(
  counts: ReadonlyMap<number, number>,
  language: string,
): Map<number, CommentCountView> {
  const out = new Map<number, CommentCountView>();
  for (const [id, count] of counts) out.set(id, { count, ...commentCountLabel(count, language) });
  return out;
}
