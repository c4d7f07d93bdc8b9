// What editors do to comments: the queue by status, approve / unapprove / spam / trash / delete (one or many),
// edit, and blocks of identities and IP ranges. Publishing or withdrawing a comment drops the cached pages
// that show it, and publishing tells the article's subscribers.

import type { CommentBlockRow, CommentRow, CommentStatus } from "../db/tables/index.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ArticleStore } from "../store/articles.js";
import type { BlockStore } from "../store/comments/block-store.js";
import type { CommentStore, QueueRow } from "../store/comments/comment-store.js";
import { cleanBody, cleanLine } from "./clean-text.js";
import type { CommentMail } from "./comment-mail.js";
import { contentHash } from "./comment-service.js";
import { formatCidr, parseCidr } from "./ip-range.js";
import { MAX_BODY_LENGTH, MAX_NAME_LENGTH, QUEUE_PAGE_SIZE } from "./limits.js";
import { safeWebsiteUrl } from "./safe-url.js";

export const MODERATION_ACTIONS = ["approve", "unapprove", "spam", "trash", "delete"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** The status each action leads to; "delete" removes spam and trash for good. */
const TARGET: Record<Exclude<ModerationAction, "delete">, CommentStatus> = {
  approve: "approved",
  unapprove: "pending",
  spam: "spam",
  trash: "trash",
};

export interface ModerationDeps {
  comments: CommentStore;
  blocks: BlockStore;
  articles: ArticleStore;
  mail: CommentMail;
  clock: Clock;
  log: Logger;
  invalidate: (articleId: number) => void;
}

export type EditResult = { ok: true } | { ok: false; errors: string[] };

export class ModerationService {
  constructor(private readonly d: ModerationDeps) {}

  async queue(status: CommentStatus, page: number): Promise<{ rows: QueueRow[]; hasMore: boolean }> {
    const rows = await this.d.comments.queue(status, (page - 1) * QUEUE_PAGE_SIZE, QUEUE_PAGE_SIZE + 1);
    return { rows: rows.slice(0, QUEUE_PAGE_SIZE), hasMore: rows.length > QUEUE_PAGE_SIZE };
  }

  counts(): Promise<Record<CommentStatus, number>> {
    return this.d.comments.statusCounts();
  }

  byId(id: number): Promise<CommentRow | undefined> {
    return this.d.comments.byId(id);
  }

  async forEdit(id: number): Promise<{ row: CommentRow; headline: string } | null> {
    const row = await this.d.comments.byId(id);
    if (!row) return null;
    const article = await this.d.articles.byId(row.article_id);
    return { row, headline: article?.headline ?? "" };
  }

  /** Applies an action to comments; returns how many it touched. */
  async apply(action: ModerationAction, ids: readonly number[], editor: string): Promise<number> {
    const now = this.d.clock.now();
    const before =
      action === "delete"
        ? await this.d.comments.deleteForever(ids)
        : await this.d.comments.setStatus(ids, TARGET[action], now);
    const touched = new Set<number>();
    for (const row of before) {
      const wasVisible = row.status === "approved";
      const nowVisible = action === "approve";
      if (wasVisible !== nowVisible) touched.add(row.article_id);
      if (nowVisible && !wasVisible) {
        const article = await this.d.articles.byId(row.article_id);
        if (article) await this.d.mail.published({ ...row, status: "approved" }, article);
      }
    }
    for (const id of touched) this.d.invalidate(id);
    this.d.log.info("comments moderated", { action, count: before.length, editor });
    return before.length;
  }

  /** An editor's correction: name, website and text, checked as a reader's would be. */
  async edit(
    id: number,
    input: { name: string; url: string; body: string },
    editor: string,
  ): Promise<EditResult> {
    const row = await this.d.comments.byId(id);
    if (!row) return { ok: false, errors: ["That comment no longer exists."] };
    const errors: string[] = [];
    if (input.name.length > MAX_NAME_LENGTH)
      errors.push(`The name is longer than ${MAX_NAME_LENGTH} characters.`);
    if (input.body.length > MAX_BODY_LENGTH)
      errors.push(`The text is longer than ${MAX_BODY_LENGTH} characters.`);
    const name = cleanLine(input.name);
    const body = cleanBody(input.body);
    const url = input.url.trim() === "" ? null : safeWebsiteUrl(input.url);
    if (!name) errors.push("The name is empty.");
    if (!body) errors.push("The text is empty.");
    if (input.url.trim() !== "" && !url) errors.push("The website must be an http:// or https:// address.");
    if (errors.length) return { ok: false, errors };
    await this.d.comments.update(
      id,
      {
        author_name: name,
        author_url: url,
        body,
        content_hash: contentHash(row.article_id, row.identity, body),
      },
      this.d.clock.now(),
    );
    if (row.status === "approved") this.d.invalidate(row.article_id);
    this.d.log.info("comment edited", { comment: id, editor });
    return { ok: true };
  }

  blocks(): Promise<CommentBlockRow[]> {
    return this.d.blocks.list();
  }

  /** Blocks an identity (its held comments go to spam) or an IP range. Returns an error message or null. */
  async block(
    kind: "identity" | "ip",
    value: string,
    note: string | null,
    editor: string,
  ): Promise<string | null> {
    const now = this.d.clock.now();
    if (kind === "ip") {
      const cidr = parseCidr(value);
      if (!cidr) return "Not an IP address or range (e.g. 192.0.2.0/24 or 2001:db8::/32).";
      await this.d.blocks.add("ip", formatCidr(cidr), note, now);
    } else {
      const identity = value.trim();
      if (!/^[a-z0-9:_-]+:\S+$/i.test(identity) || identity.length > 300) return "Not an identity.";
      await this.d.blocks.add("identity", identity, note, now);
      await this.d.comments.spamPendingOf(identity, now);
    }
    this.d.log.info("commenter blocked", { kind, editor });
    return null;
  }

  async unblock(id: number, editor: string): Promise<void> {
    await this.d.blocks.remove(id);
    this.d.log.info("block removed", { block: id, editor });
  }
}
