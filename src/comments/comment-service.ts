// Posting a comment: every check in a fixed order, cheapest and most certain first, then the moderation
// verdict, then storage and what follows from it (the page cache, emails). Field lengths and formats were
// checked before this is called (comment-draft.ts), CSRF, honeypot and form time by the route. Also where a
// stored comment is shown, and the published counts.

import { urlPathOf } from "../articles/permalink.js";
import type { ArticleRow, CommentRow } from "../db/tables/index.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ArticleStore } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { BlockStore } from "../store/comments/block-store.js";
import type { CommentStore } from "../store/comments/comment-store.js";
import type { SubscriptionStore } from "../store/comments/subscription-store.js";
import { isBlocked } from "./blocks.js";
import type { CommentMail } from "./comment-mail.js";
import { countLinks, parseComment } from "./comment-markup.js";
import type { CommentPolicy } from "./comment-policy.js";
import { commentUrl } from "./comment-urls.js";
import { type Author, authorOf, type Commenter } from "./commenter.js";
import { moderate, type Verdict } from "./moderation-policy.js";
import { firstLimitReached, rateLimits } from "./rate-limits.js";
import { sha256 } from "./signing.js";
import type { SpamChecker, SpamVerdict } from "./spam-checker.js";
import { commentsOpen, depthPermitsReply, pageOfRoot } from "./thread-rules.js";
import type { ThreadComment } from "./thread-tree.js";
import { fold } from "./word-list.js";

export interface SubmitInput {
  articleId: number;
  parentId: number | null;
  commenter: Commenter;
  /** Cleaned text (clean-text.ts), not empty. */
  body: string;
  notify: boolean;
  ip: string;
  userAgent: string;
  referrer: string;
}

export type Refusal =
  | "not-found"
  | "closed"
  | "bad-parent"
  | "too-deep"
  | "blocked"
  | "flood"
  | "rate"
  | "duplicate"
  | "discarded";

export type SubmitResult =
  | { ok: true; comment: CommentRow; url: string; page: number }
  | { ok: false; refusal: Refusal };

/** A stored comment where its section shows it (for the script that adds it without reloading). */
export interface ShownComment {
  comment: ThreadComment;
  articleUrl: string;
  page: number;
  timezone: string;
}

export interface CommentServiceDeps {
  comments: CommentStore;
  blocks: BlockStore;
  subscriptions: SubscriptionStore;
  articles: ArticleStore;
  channels: ChannelStore;
  mail: CommentMail;
  checker: SpamChecker | null;
  policy: CommentPolicy;
  clock: Clock;
  log: Logger;
  baseUrl: string;
  /** Drops the cached pages that show an article's comments. */
  invalidate: (articleId: number) => void;
}

/** Where a new comment goes: its article, and the comment it answers. */
interface Place {
  article: ArticleRow;
  parent: CommentRow | undefined;
}

/** Same article, same person, same words (case and spacing aside): WordPress refuses it as a duplicate. */
export function contentHash(articleId: number, identity: string, body: string): string {
  return sha256(`${articleId}\n${identity}\n${fold(body).replace(/\s+/g, " ").trim()}`);
}

export class CommentService {
  constructor(private readonly d: CommentServiceDeps) {}

  async submit(input: SubmitInput): Promise<SubmitResult> {
    const now = this.d.clock.now();
    const place = await this.place(input, now);
    if (!("article" in place)) return { ok: false, refusal: place.refusal };
    const author = authorOf(input.commenter);
    const hash = contentHash(place.article.id, author.identity, input.body);
    const refusal = await this.senderRefusal(author, input.ip, hash, now);
    if (refusal) return { ok: false, refusal };
    const checker = await this.askChecker(input, place, author, now);
    if (checker === "discard") return { ok: false, refusal: "discarded" };
    const verdict = moderate(
      {
        fields: [author.name, author.email ?? "", author.url ?? "", input.body, input.ip],
        links: countLinks(parseComment(input.body)),
        knownIdentity: await this.knownIdentity(input.commenter, author),
        emailProven: input.commenter.kind === "guest" ? input.commenter.emailProven : true,
        checker,
      },
      this.d.policy,
    );
    const row = await this.store(input, place, author, verdict, hash, now);
    this.d.log.info("comment stored", { comment: row.id, article: place.article.id, status: row.status });
    await this.afterStore(row, place.article, input, author);
    const page = await this.pageOf(row);
    return { ok: true, comment: row, url: commentUrl(urlPathOf(place.article.path), page, row.id), page };
  }

  /** The article (published, open) and the parent (approved, on it, not too deep), or why not. */
  private async place(input: SubmitInput, now: number): Promise<Place | { refusal: Refusal }> {
    const article = await this.d.articles.byId(input.articleId);
    if (article?.status !== "published") return { refusal: "not-found" };
    if (!commentsOpen(article.published_at, now, this.d.policy.closeAfterDays)) return { refusal: "closed" };
    if (input.parentId === null) return { article, parent: undefined };
    const parent = await this.d.comments.byId(input.parentId);
    if (!parent || parent.article_id !== article.id || parent.status !== "approved")
      return { refusal: "bad-parent" };
    if (!depthPermitsReply(parent.depth, this.d.policy.maxDepth)) return { refusal: "too-deep" };
    return { article, parent };
  }

  /** Blocks, rate limits and duplicates: refusals about who sends, and what they sent before. */
  private async senderRefusal(
    author: Author,
    ip: string,
    hash: string,
    now: number,
  ): Promise<Refusal | null> {
    const { comments } = this.d;
    if (isBlocked(await this.d.blocks.entries(), author.identity, ip)) return "blocked";
    const limit = await firstLimitReached(
      rateLimits(this.d.policy.floodSeconds),
      (scope, since) => comments.recentCount(scope, scope === "ip" ? ip : author.identity, since),
      now,
    );
    if (limit) return limit.refusal;
    if (await comments.hashExists(hash)) return "duplicate";
    return null;
  }

  private async askChecker(
    input: SubmitInput,
    { article, parent }: Place,
    author: Author,
    now: number,
  ): Promise<SpamVerdict | null> {
    if (!this.d.checker) return null;
    return this.d.checker.check({
      blog: this.d.baseUrl,
      userIp: input.ip,
      userAgent: input.userAgent,
      referrer: input.referrer,
      permalink: `${this.d.baseUrl}${urlPathOf(article.path)}`,
      commentType: parent ? "reply" : "comment",
      author: author.name,
      authorEmail: author.email ?? "",
      authorUrl: author.url ?? "",
      content: input.body,
      date: now,
      articleModified: article.modified_at,
      language: article.language,
    });
  }

  /** First-comment moderation passes only for a proven identity with an approved comment already. */
  private async knownIdentity(c: Commenter, author: Author): Promise<boolean> {
    if (c.kind === "reader") return this.d.comments.hasApproved(author.identity);
    return c.emailProven && this.d.comments.hasApproved(author.identity, author.name);
  }

  private store(
    input: SubmitInput,
    { article, parent }: Place,
    author: Author,
    verdict: Verdict,
    hash: string,
    now: number,
  ): Promise<CommentRow> {
    return this.d.comments.insert({
      article_id: article.id,
      parent_id: parent?.id ?? null,
      root_id: parent ? parent.root_id : null,
      depth: parent ? parent.depth + 1 : 1,
      status: verdict.status,
      identity: author.identity,
      author_name: author.name,
      author_email: author.email,
      author_url: author.url,
      email_verified: author.emailVerified ? 1 : 0,
      body: input.body,
      ip: input.ip,
      user_agent: input.userAgent.slice(0, 500),
      held_reason: verdict.status === "approved" ? null : verdict.reason,
      content_hash: hash,
      created_at: now,
    });
  }

  private async afterStore(row: CommentRow, article: ArticleRow, input: SubmitInput, author: Author) {
    if (row.status === "spam") return;
    if (row.status === "approved") {
      this.d.invalidate(article.id);
      await this.d.mail.published(row, article);
    } else {
      await this.d.mail.held(row, article);
    }
    const now = this.d.clock.now();
    if (input.notify && author.email) {
      await this.d.subscriptions.request(article.id, author.email, author.emailVerified, now);
    }
    const guest = input.commenter.kind === "guest";
    if (
      author.email &&
      !author.emailVerified &&
      (input.notify || (guest && this.d.policy.mode === "first"))
    ) {
      await this.d.mail.confirmAddress(author.email, row, article, input.notify);
    }
  }

  /** A post refused before it reached the rules (honeypot): logged, nothing stored. */
  noteRefused(reason: string): void {
    this.d.log.info("comment refused", { reason });
  }

  /** The comment page showing a comment's thread. */
  async pageOf(c: CommentRow): Promise<number> {
    return pageOfRoot(await this.d.comments.rootsBefore(c.article_id, c.root_id), this.d.policy.perPage);
  }

  /** Where a published comment is shown, for /comments/<id>/; null for any other. */
  async locate(id: number): Promise<string | null> {
    const c = await this.d.comments.byId(id);
    if (c?.status !== "approved") return null;
    const a = await this.d.articles.byId(c.article_id);
    if (a?.status !== "published") return null;
    return commentUrl(urlPathOf(a.path), await this.pageOf(c), c.id);
  }

  /** Published comments per article (0 for an article without any). */
  async counts(articleIds: readonly number[]): Promise<Map<number, number>> {
    const counts = await this.d.comments.approvedCounts(articleIds);
    return new Map(articleIds.map((id) => [id, counts.get(id) ?? 0]));
  }

  /** The article a form posts to, when it takes comments. */
  async formArticle(articleId: number): Promise<{ id: number; url: string; headline: string } | null> {
    const a = await this.d.articles.byId(articleId);
    if (a?.status !== "published") return null;
    return { id: a.id, url: urlPathOf(a.path), headline: a.headline };
  }

  /** A stored comment as its section shows it, on comment page `page` (comments there being open). */
  async shown(row: CommentRow, page: number): Promise<ShownComment> {
    const a = await this.d.articles.byId(row.article_id);
    const channel = a ? await this.d.channels.byId(a.channel_id) : undefined;
    const canReply = row.status === "approved" && depthPermitsReply(row.depth, this.d.policy.maxDepth);
    return {
      comment: { row, canReply, replies: [] },
      articleUrl: a ? urlPathOf(a.path) : "/",
      page,
      timezone: channel?.timezone ?? "UTC",
    };
  }
}
