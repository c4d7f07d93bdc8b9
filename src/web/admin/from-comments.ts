// What the editors' pages use of the comments feature beyond what comments/index.ts exports (its
// moderation actions, form limits, markup, the client-address rule, and how a comment's body is drawn).
// Kept in this one file so that pointing it at the comments package's public face changes nothing else.
import type { Comments } from "../../comments/index.js";

export {
  type Block,
  clientIp,
  MAX_BODY_LENGTH,
  MAX_NAME_LENGTH,
  MAX_URL_LENGTH,
  MODERATION_ACTIONS,
  parseComment,
} from "../../comments/index.js";
export { COMMENT_LINK_REL, CommentBlocks } from "../comments/comment-body.js";

export type Moderation = Comments["moderation"];
export type TrustedProxies = Comments["trustedProxies"];
export type CommentStatus = Parameters<Moderation["queue"]>[0];
export type ModerationAction = Parameters<Moderation["apply"]>[0];
export type QueueRow = Awaited<ReturnType<Moderation["queue"]>>["rows"][number];
export type BlockRow = Awaited<ReturnType<Moderation["blocks"]>>[number];
