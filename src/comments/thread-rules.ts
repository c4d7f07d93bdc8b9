// Rules of threads, as named predicates with their limits (Lobsters' depth_permits_reply?).
import { DEFAULT_MAX_DEPTH } from "./limits.js";

export { DEFAULT_MAX_DEPTH };

/** A reply to a comment at `parentDepth` (1 = top level) sits one deeper; WordPress stops at thread_comments_depth. */
export function depthPermitsReply(parentDepth: number, maxDepth: number = DEFAULT_MAX_DEPTH): boolean {
  return parentDepth < maxDepth;
}

/** WordPress's close_comments_for_old_posts: comments close `closeAfterDays` after publication (0: never). */
export function commentsOpen(publishedAt: number, now: number, closeAfterDays: number): boolean {
  return closeAfterDays === 0 || now < publishedAt + closeAfterDays * 86_400;
}

/** The comment page (1-based) that shows the thread whose top-level comment has `rootsBefore` older ones. */
export function pageOfRoot(rootsBefore: number, perPage: number): number {
  return Math.floor(rootsBefore / perPage) + 1;
}
