// Reader comments, assembled: stores, policy, mail, the article section, posting and moderation. The
// composition root (services.ts) calls createComments once and hands the result to the routes.
import type { ReaderAuth } from "../auth/reader-identity.js";
import type { Config } from "../config/schema.js";
import type { Db } from "../db/connect.js";
import { type Mailer, noMail, smtpMailer } from "../notify/mailer.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ArticleStore } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import { BlockStore } from "../store/comments/block-store.js";
import { CommentStore } from "../store/comments/comment-store.js";
import { SubscriptionStore } from "../store/comments/subscription-store.js";
import { commentSection } from "../web/comments/article-section.js";
import type { ArticleSection } from "../web/pages/article-sections.js";
import { AddressProofs } from "./address-proofs.js";
import { CommentMail } from "./comment-mail.js";
import { type CommentPolicy, policyFromConfig } from "./comment-policy.js";
import { CommentService } from "./comment-service.js";
import { IpRanges } from "./ip-range.js";
import { ModerationService } from "./moderation-service.js";
import { guestsOnly } from "./no-reader-auth.js";
import { akismetChecker, type SpamChecker } from "./spam-checker.js";

export interface CommentsDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  articles: ArticleStore;
  channels: ChannelStore;
  secret: string;
  baseUrl: string;
  siteTitle: () => Promise<string>;
  siteLanguage: () => Promise<string>;
  /** Drops cached pages by tag (the page cache's invalidate). */
  invalidateTags: (tags: string[]) => void;
  /** Sign-in (src/auth/); guests only when absent. */
  readerAuth?: ReaderAuth;
  /** Overrides for tests; by default from the configuration. */
  mailer?: Mailer;
  checker?: SpamChecker | null;
}

export interface Comments {
  service: CommentService;
  moderation: ModerationService;
  proofs: AddressProofs;
  mail: CommentMail;
  section: ArticleSection;
  policy: CommentPolicy;
  readerAuth: ReaderAuth;
  trustedProxies: IpRanges;
  mailer: Mailer;
}

export function createComments(d: CommentsDeps): Comments {
  const policy = policyFromConfig(d.config.comments);
  const mailer =
    d.mailer ??
    (d.config.mail.smtpUrl
      ? smtpMailer({
          url: d.config.mail.smtpUrl,
          from: d.config.mail.from ?? `Dateline <noreply@${new URL(d.baseUrl).hostname}>`,
          log: d.log.child({ module: "mail" }),
        })
      : noMail);
  const checker =
    d.checker !== undefined
      ? d.checker
      : d.config.comments.akismetKey
        ? akismetChecker(d.config.comments.akismetUrl, d.config.comments.akismetKey)
        : null;
  const comments = new CommentStore(d.db);
  const blocks = new BlockStore(d.db);
  const subscriptions = new SubscriptionStore(d.db);
  const log = d.log.child({ module: "comments" });
  const readerAuth = d.readerAuth ?? guestsOnly;
  const invalidate = (articleId: number) =>
    d.invalidateTags([`comments:${articleId}`, `article:${articleId}`, "listing"]);
  const mail = new CommentMail({
    mailer,
    subscriptions,
    clock: d.clock,
    secret: d.secret,
    baseUrl: d.baseUrl,
    moderators: d.config.mail.moderators,
    siteTitle: d.siteTitle,
  });
  const service = new CommentService({
    comments,
    blocks,
    subscriptions,
    articles: d.articles,
    channels: d.channels,
    mail,
    checker,
    policy,
    clock: d.clock,
    log,
    baseUrl: d.baseUrl,
    siteTitle: d.siteTitle,
    siteLanguage: d.siteLanguage,
    invalidate,
  });
  const moderation = new ModerationService({
    comments,
    blocks,
    articles: d.articles,
    mail,
    clock: d.clock,
    log,
    invalidate,
  });
  const proofs = new AddressProofs({ subscriptions, comments, mail, clock: d.clock, log });
  const section = commentSection({
    comments,
    policy,
    clock: d.clock,
    secret: d.secret,
    readerAuth,
    mailEnabled: () => mailer.enabled,
  });
  return {
    service,
    moderation,
    proofs,
    mail,
    section,
    policy,
    readerAuth,
    trustedProxies: new IpRanges(d.config.trustedProxies),
    mailer,
  };
}
