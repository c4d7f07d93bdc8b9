// Reader comments, assembled: policy, mail, the threads of article pages, posting, the comments feed and
// moderation, over the stores of store/comments. The composition root (services.ts) calls createComments
// once; web/comments renders what it returns. Everything outside this folder imports it from here.
import type { ReaderAuth } from "../auth/reader-identity.js";
import type { Config } from "../config/schema.js";
import { type Mailer, noMail, smtpMailer } from "../notify/mailer.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { SiteInfoSource } from "../site/site-info.js";
import type { ArticleStore } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { CommentStores } from "../store/comments/comment-stores.js";
import { AddressProofs } from "./address-proofs.js";
import { ArticleThreads } from "./article-threads.js";
import { CommentFeeds } from "./comment-feed.js";
import { CommentMail } from "./comment-mail.js";
import { type CommentPolicy, policyFromConfig } from "./comment-policy.js";
import { CommentService } from "./comment-service.js";
import { IpRanges } from "./ip-range.js";
import { ModerationService } from "./moderation-service.js";
import { guestsOnly } from "./no-reader-auth.js";
import { akismetChecker, type SpamChecker } from "./spam-checker.js";

export type {
  ArticleThread,
  ArticleThreads,
  PersonalQuery,
  ReplyTarget,
  ThreadForm,
  ThreadQuery,
} from "./article-threads.js";
export { clientIp } from "./client-ip.js";
export { type CommentDraft, checkBody, checkGuest } from "./comment-draft.js";
export type { CommentFeed, CommentFeedItem } from "./comment-feed.js";
export { type Block, type Inline, parseComment, plainText } from "./comment-markup.js";
export type { CommentPolicy } from "./comment-policy.js";
export type { Refusal, ShownComment, SubmitInput, SubmitResult } from "./comment-service.js";
export { commentFeedPath, commentPageUrl, commentUrl } from "./comment-urls.js";
export type { Commenter } from "./commenter.js";
export { checkFormStamp, formStamp, type StampCheck } from "./form-stamp.js";
export {
  MAX_BODY_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_FORM_BYTES,
  MAX_NAME_LENGTH,
  MAX_OWN_COMMENTS,
  MAX_URL_LENGTH,
} from "./limits.js";
export { MODERATION_ACTIONS, type ModerationAction } from "./moderation-service.js";
export { sealed, unseal } from "./signing.js";
export type { ThreadComment } from "./thread-tree.js";

export interface CommentsDeps {
  config: Config;
  stores: CommentStores;
  clock: Clock;
  log: Logger;
  articles: ArticleStore;
  channels: ChannelStore;
  secret: string;
  baseUrl: string;
  /** The site's name, for emails and the comments feed. */
  site: SiteInfoSource;
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
  /** The comments of article pages (web/comments' article section renders them). */
  threads: ArticleThreads;
  feeds: CommentFeeds;
  policy: CommentPolicy;
  readerAuth: ReaderAuth;
  trustedProxies: IpRanges;
  mailer: Mailer;
}

export function createComments(d: CommentsDeps): Comments {
  const policy = policyFromConfig(d.config.comments);
  const mailer = d.mailer ?? mailerFromConfig(d);
  const { comments, blocks, subscriptions } = d.stores;
  const log = d.log.child({ module: "comments" });
  const readerAuth = d.readerAuth ?? guestsOnly;
  const invalidate = (articleId: number) =>
    d.invalidateTags([`comments:${articleId}`, `article:${articleId}`, "listing"]);
  const siteTitle = async () => (await d.site()).title;
  const { clock, articles, baseUrl } = d;
  const mail = new CommentMail({
    mailer,
    subscriptions,
    clock,
    secret: d.secret,
    baseUrl,
    moderators: d.config.mail.moderators,
    siteTitle,
  });
  const checker = d.checker !== undefined ? d.checker : checkerFromConfig(d.config);
  const service = new CommentService({
    comments,
    blocks,
    subscriptions,
    articles,
    channels: d.channels,
    mail,
    checker,
    policy,
    clock,
    log,
    baseUrl,
    invalidate,
  });
  return {
    service,
    moderation: new ModerationService({ comments, blocks, articles, mail, clock, log, invalidate }),
    proofs: new AddressProofs({ subscriptions, comments, mail, clock, log }),
    mail,
    threads: new ArticleThreads({ comments, policy, clock, readerAuth, mailEnabled: () => mailer.enabled }),
    feeds: new CommentFeeds({
      articles,
      comments,
      baseUrl,
      site: d.site,
      pageOf: (row) => service.pageOf(row),
      permalink: (id) => mail.permalink(id),
    }),
    policy,
    readerAuth,
    trustedProxies: new IpRanges(d.config.trustedProxies),
    mailer,
  };
}

function mailerFromConfig(d: CommentsDeps): Mailer {
  if (!d.config.mail.smtpUrl) return noMail;
  return smtpMailer({
    url: d.config.mail.smtpUrl,
    from: d.config.mail.from ?? `Dateline <noreply@${new URL(d.baseUrl).hostname}>`,
    log: d.log.child({ module: "mail" }),
  });
}

function checkerFromConfig(config: Config): SpamChecker | null {
  const c = config.comments;
  return c.akismetKey ? akismetChecker(c.akismetUrl, c.akismetKey) : null;
}
