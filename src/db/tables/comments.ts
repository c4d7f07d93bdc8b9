// Table types of reader comments (migration 0004-comments). Times are Unix seconds.
import type { Generated, Selectable } from "kysely";

export type CommentStatus = "pending" | "approved" | "spam" | "trash";

export interface CommentTable {
  id: Generated<number>;
  article_id: number;
  parent_id: number | null;
  /** The top-level comment of the thread (its own id for a top-level comment): threads paginate by it. */
  root_id: number;
  /** 1 for a top-level comment. */
  depth: number;
  status: CommentStatus;
  /** Who wrote it, for rate limits, blocks and first-comment moderation: "email:<address>" or "<provider>:<subject>". */
  identity: string;
  author_name: string;
  /** Guests' address (never shown to readers), or the one a sign-in provider vouched for. */
  author_email: string | null;
  author_url: string | null;
  /** 1 when the commenter proved the address (emailed link) or the provider vouched for it. */
  email_verified: number;
  /** The text as typed (cleaned, never HTML): rendered through the allowlist formatter on display. */
  body: string;
  ip: string;
  user_agent: string;
  /** Why it was held or marked spam (shown to editors). */
  held_reason: string | null;
  /** Duplicate detection: hash of article, identity and normalized text. */
  content_hash: string;
  created_at: number;
  modified_at: number;
}

export interface CommentBlockTable {
  id: Generated<number>;
  /** "identity" (value: an identity key) or "ip" (value: a CIDR range). */
  kind: "identity" | "ip";
  value: string;
  note: string | null;
  created_at: number;
}

export type SubscriptionStatus = "pending" | "active" | "unsubscribed";

export interface CommentSubscriptionTable {
  id: Generated<number>;
  article_id: number;
  email: string;
  status: SubscriptionStatus;
  created_at: number;
  confirmed_at: number | null;
}

/** Emailed links that prove an address (and confirm the subscriptions asked for with it). */
export interface CommentEmailTokenTable {
  /** SHA-256 of the token: the token itself only travels in the email. */
  token_hash: string;
  email: string;
  comment_id: number | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface CommentsTables {
  comments: CommentTable;
  comment_blocks: CommentBlockTable;
  comment_subscriptions: CommentSubscriptionTable;
  comment_email_tokens: CommentEmailTokenTable;
}

export type CommentRow = Selectable<CommentTable>;
export type CommentBlockRow = Selectable<CommentBlockTable>;
export type SubscriptionRow = Selectable<CommentSubscriptionTable>;
