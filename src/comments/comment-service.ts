// Posting a comment: every check in a fixed order, cheapest and most certain first, then the moderation
// verdict, then storage and what follows from it (the page cache, emails). Field lengths and formats were
// checked before this is called (comment-form.ts), CSRF, honeypot and form time by the route.

import type { ArticleRow, CommentRow } from "../db/tables/index.js";
import { urlPathOf } from "../ingest/paths.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ArticleStore } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { BlockStore } from "../store/comments/block-store.js";
import type { CommentStore } from "../store/comments/comment-store.js";
import type { SubscriptionStore } from "../store/comments/subscription-store.js";
import { commentFeedXml } from "../web/comments/comment-feed.js";
import { renderCommentItem } from "../web/comments/comment-section.js";
import { type CountLabel, commentCountLabel } from "../web/comments/comment-text.js";
import { commentUrl, presentComment } from "../web/comments/present-comment.js";
import { isBlocked } from "./blocks.js";
import type { CommentMail } from "./comment-mail.js";
import { countLinks, parseComment } from "./comment-markup.js";
import type { CommentPolicy } from "./comment-policy.js";
import { type Author, authorOf, type Commenter } from "./commenter.js";
import { FEED_SIZE } from "./limits.js";
import { moderate } from "./moderation-policy.js";
import { firstLimitReached, rateLimits } from "./rate-limits.js";
import { sha256 } from "./signing.js";
import type { SpamChecker } from "./spam-checker.js";
import { commentsOpen, depthPermitsReply, pageOfRoot } from "./thread-rules.js";
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
  siteTitle: () => Promise<string>;
  /** The site's interface language (SiteService decides it), which the comment section speaks. */
  siteLanguage: () => Promise<string>;
  /** Drops the cached pages that show an article's comments. */
  invalidate: (articleId: number) => void;
}

/** Same article, same person, same words (case and spacing aside): WordPress refuses it as a duplicate. */
export function contentHash(articleId: number, identity: string, body: string): string {
  return sha256(`${articleId}\n${identity}\n${fold(body).replace(/\s+/g, " ").trim()}`);
}

export class CommentService {
  constructor(private readonly d: CommentServiceDeps) {}

  async submit(input: SubmitInput): Promise<SubmitResult> {
    const { comments, policy } = this.d;
    const now = this.d.clock.now();
    const refuse = (refusal: Refusal): SubmitResult => ({ ok: false, refusal });

    const article = await this.d.articles.byId(input.articleId);
    if (article?.status !== "published") return refuse("not-found");
    if (!commentsOpen(article.published_at, now, policy.closeAfterDays)) return refuse("closed");
    let parent: CommentRow | undefined;
    if (input.parentId !== null) {
      parent = await comments.byId(input.parentId);
      if (!parent || parent.article_id !== article.id || parent.status !== "approved")
        return refuse("bad-parent");
      if (!depthPermitsReply(parent.depth, policy.maxDepth)) return refuse("too-deep");
    }

    const author = authorOf(input.commenter);
    if (isBlocked(await this.d.blocks.entries(), author.identity, input.ip)) return refuse("blocked");
    const limit = await firstLimitReached(
      rateLimits(policy.floodSeconds),
      (scope, since) => comments.recentCount(scope, scope === "ip" ? input.ip : author.identity, since),
      now,
    );
    if (limit) return refuse(limit.refusal);
    const hash = contentHash(article.id, author.identity, input.body);
    if (await comments.hashExists(hash)) return refuse("duplicate");

    const blocks = parseComment(input.body);
    const emailProven = input.commenter.kind === "guest" ? input.commenter.emailProven : true;
    const checker = this.d.checker
      ? await this.d.checker.check({
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
        })
      : null;
    if (checker === "discard") return refuse("discarded");
    const verdict = moderate(
      {
        fields: [author.name, author.email ?? "", author.url ?? "", input.body, input.ip],
        links: countLinks(blocks),
        knownIdentity: await this.knownIdentity(input.commenter, author),
        emailProven,
        checker,
      },
      policy,
    );

    const row = await comments.insert({
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
    this.d.log.info("comment stored", { comment: row.id, article: article.id, status: row.status });
    await this.afterStore(row, article, input, author);
    const page = await this.pageOf(row);
    return { ok: true, comment: row, url: commentUrl(urlPathOf(article.path), page, row.id), page };
  }

  /** First-comment moderation passes only for a proven identity with an approved comment already. */
  private async knownIdentity(c: Commenter, author: Author): Promise<boolean> {
    if (c.kind === "reader") return this.d.comments.hasApproved(author.identity);
    return c.emailProven && this.d.comments.hasApproved(author.identity, author.name);
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

  /** Published comments per article, with the label bylines and listings show ("3 comments"). */
  async counts(
    articleIds: readonly number[],
    language: string,
  ): Promise<Map<number, CountLabel & { count: number }>> {
    const counts = await this.d.comments.approvedCounts(articleIds);
    const out = new Map<number, CountLabel & { count: number }>();
    for (const id of articleIds) {
      const n = counts.get(id) ?? 0;
      out.set(id, { count: n, ...commentCountLabel(n, language) });
    }
    return out;
  }

  /** The article a form posts to, when it takes comments. */
  async formArticle(articleId: number): Promise<{ id: number; url: string; headline: string } | null> {
    const a = await this.d.articles.byId(articleId);
    if (a?.status !== "published") return null;
    return { id: a.id, url: urlPathOf(a.path), headline: a.headline };
  }

  /** The comment a reply form answers, when it can be answered. */
  async replyTarget(parentId: number, articleId: number): Promise<{ id: number; name: string } | null> {
    const p = await this.d.comments.byId(parentId);
    if (
      !p ||
      p.article_id !== articleId ||
      p.status !== "approved" ||
      !depthPermitsReply(p.depth, this.d.policy.maxDepth)
    )
      return null;
    return { id: p.id, name: p.author_name };
  }

  /** A stored comment as the section shows it (for the script that adds it without reloading). */
  async commentHtml(row: CommentRow, page: number): Promise<string> {
    const a = await this.d.articles.byId(row.article_id);
    const channel = a ? await this.d.channels.byId(a.channel_id) : undefined;
    const language = await this.d.siteLanguage();
    return renderCommentItem(
      presentComment(row, {
        articleUrl: a ? urlPathOf(a.path) : "/",
        page,
        timezone: channel?.timezone ?? "UTC",
        maxDepth: this.d.policy.maxDepth,
        open: true,
      }),
      language,
    );
  }

  /** The RSS feed of an article's comments, by its permalink path key. */
  async feed(pathKey: string): Promise<{ xml: string; articleId: number; lastModified: number } | null> {
    const a = await this.d.articles.byPath(pathKey);
    if (a?.status !== "published" || a.path !== pathKey) return null;
    const rows = await this.d.comments.latestApproved(a.id, FEED_SIZE);
    const articleUrl = `${this.d.baseUrl}${urlPathOf(a.path)}`;
    const comments = [];
    for (const row of rows) {
      comments.push({
        row,
        permalink: `${this.d.baseUrl}${commentUrl(urlPathOf(a.path), await this.pageOf(row), row.id)}`,
      });
    }
    const xml = commentFeedXml({
      siteTitle: await this.d.siteTitle(),
      headline: a.headline,
      articleUrl,
      feedUrl: `${articleUrl}feed/`,
      language: a.language,
      comments,
      guid: (id) => this.d.mail.permalink(id),
    });
    return { xml, articleId: a.id, lastModified: Math.max(a.modified_at, ...rows.map((r) => r.modified_at)) };
  }
}
