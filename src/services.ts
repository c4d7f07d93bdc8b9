// Builds the stateful parts once and wires them together. Called by the composition root (main.ts);
// tests call it too, with their own database and clock.
import { type Admin, createAdmin } from "./admin/index.js";
import { createReaderAuth } from "./auth/create-reader-auth.js";
import { parseReaderIdentity } from "./auth/identity-schema.js";
import type { ReaderAuthService } from "./auth/reader-auth-service.js";
import { type Comments, createComments } from "./comments/index.js";
import type { Config } from "./config/schema.js";
import { type Db, openDatabase } from "./db/connect.js";
import { FeedService } from "./feeds/feed-service.js";
import { ChangeBus, type ChangeEvent } from "./ingest/change-bus.js";
import { ChangeLog } from "./ingest/change-log.js";
import { IngestService } from "./ingest/ingest-service.js";
import { MediaStore } from "./media/media-store.js";
import { createSearchFeature, type SearchFeature } from "./search/search-feature.js";
import { type Clock, systemClock } from "./shared/clock.js";
import { createLogger, type Logger } from "./shared/logger.js";
import { loadSiteSecret } from "./shared/site-secret.js";
import { SiteContent } from "./site/site-content.js";
import { SitemapService } from "./sitemaps/sitemap-service.js";
import { TagIndexService } from "./sitemaps/tag-index.js";
import { EditorStore } from "./store/admin/editor-store.js";
import { ArticleStore } from "./store/articles.js";
import { SignInFlowStore } from "./store/auth/flow-store.js";
import { ReaderSessionStore } from "./store/auth/session-store.js";
import { UsedOnceStore } from "./store/auth/used-once-store.js";
import { ChannelStore } from "./store/channels.js";
import { commentStores } from "./store/comments/comment-stores.js";
import { FeedQueries } from "./store/feeds/feed-queries.js";
import { FollowStore } from "./store/follow-store.js";
import { IngestStore } from "./store/ingest/index.js";
import { createSearchStores } from "./store/search/search-stores.js";
import { StateStore } from "./store/state.js";
import { openTranslationStores } from "./store/translation/index.js";
import { createFollowSync, type FollowSync, type FollowSyncOptions } from "./sync/follow/follow-sync.js";
import { createTelegramSync, type TelegramSync } from "./sync/telegram-sync.js";
import { createTranslation, type Translation } from "./translation/index.js";
import { commentSection } from "./web/comments/article-section.js";
import { presentCommentCounts } from "./web/comments/present-comment-counts.js";
import { editionLinksSection } from "./web/editions/index.js";
import { PageCache } from "./web/page-cache.js";
import { SitePages } from "./web/pages/site-pages.js";
import { relatedSection } from "./web/search/related-section.js";
import { structuredDataSection } from "./web/structured-data/structured-data-section.js";

export interface Services {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  bus: ChangeBus;
  channels: ChannelStore;
  articles: ArticleStore;
  state: StateStore;
  media: MediaStore;
  /** The database side of ingestion (imports and re-derivations work in its transactions). */
  ingestStore: IngestStore;
  ingest: IngestService;
  site: SitePages;
  content: SiteContent;
  cache: PageCache;
  /** Signing secret for CSRF tokens and sessions (never logged). */
  secret: string;
  /** Reader sign-in (implements ReaderAuth from auth/reader-identity.ts). */
  auth: ReaderAuthService;
  /** Records this process's changes for other processes; serve follows it (see ingest/change-log.ts). */
  changeLog: ChangeLog;
  /** Drops the cached pages an event affects (local events, and other processes' from the change log). */
  dropPages: (e: ChangeEvent) => void;
  /** Live Telegram sync (webhook, polling, albums), when a bot token is configured. */
  telegram: TelegramSync | null;
  /** Preview following and deletion probes (one polite client each time it is called). */
  follow(opts?: FollowSyncOptions): FollowSync;
  feeds: FeedService;
  sitemaps: SitemapService;
  tagIndex: TagIndexService;
  /** Full-text search, its index kept in step through the bus, and related articles. */
  search: SearchFeature;
  /** Translated editions: providers, queue worker, edition pages, glossaries, corrections. */
  translation: Translation;
  /** Reader comments: posting, the article section, moderation, notifications. */
  comments: Comments;
  /** Editors (dateline admin create), their /admin sessions, and the editions desk. */
  admin: Admin;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** fetch for outbound HTTP (tests point it at local servers; default the global one). */
  fetch?: typeof fetch;
  db?: Db;
  clock?: Clock;
  log?: Logger;
}

export async function createServices(config: Config, opts: ServiceOptions = {}): Promise<Services> {
  const log =
    opts.log ??
    createLogger({ level: config.logLevel, ...(config.logFormat ? { format: config.logFormat } : {}) });
  const clock = opts.clock ?? systemClock;
  const db = opts.db ?? (await openDatabase(config.database));
  const bus = new ChangeBus();
  const channels = new ChannelStore(db, clock);
  const articles = new ArticleStore(db, clock);
  const state = new StateStore(db);
  const media = new MediaStore(config.mediaDir);
  const ingestStore = new IngestStore(db);
  const ingest = new IngestService({ store: ingestStore, clock, log, bus, channels });
  const baseUrl = config.siteUrl ?? `http://localhost:${config.port}`;
  const content = new SiteContent(
    { articles, channels },
    { baseUrl, timezone: config.timezone, ...(config.siteTitle ? { title: config.siteTitle } : {}) },
  );
  const site = new SitePages({
    content,
    commentCounts: async (ids, language) =>
      presentCommentCounts(await comments.service.counts(ids), language),
  });
  const cache = new PageCache();
  const secret = await loadSiteSecret(config.secret, state);
  const feedQueries = new FeedQueries(db);
  const siteInfo = () => site.info();
  const feeds = new FeedService({ articles, channels, queries: feedQueries, siteInfo });
  const sitemaps = new SitemapService({ queries: feedQueries, channels, clock, siteInfo });
  const tagIndex = new TagIndexService({ queries: feedQueries });
  site.addArticleSection(structuredDataSection());
  // Each articles sitemap page goes when an article in its id range changes (the rest are "listing").
  const auth = createReaderAuth({
    config,
    sessions: new ReaderSessionStore(db, clock, parseReaderIdentity),
    flows: new SignInFlowStore(db, clock),
    used: new UsedOnceStore(db, clock),
    clock,
    log,
    secret,
    baseUrl,
  });
  // Subscribes to the bus before the page cache does: pages re-rendered after a change see the new index.
  const search = createSearchFeature({
    ...createSearchStores(db),
    bus,
    channels,
    clock,
    log,
    timezone: config.timezone,
  });
  site.addArticleSection(relatedSection({ related: search.related, log }));
  const translation = createTranslation({
    translator: config.translator,
    timezone: config.timezone,
    stores: openTranslationStores(db, clock),
    clock,
    log,
    invalidate: (tags) => cache.invalidate(tags),
    articles,
    channels,
    feedQueries,
  });
  bus.subscribe(translation.onArticleChange);
  site.addArticleSection(editionLinksSection((a, c) => translation.reader.articleAlternates(a, c)));
  // Saved editions are indexed for their edition's search (/<lang>/search).
  translation.onEditionChange(search.editionIndexer.onEditionChange);
  const comments = createComments({
    config,
    stores: commentStores(db),
    clock,
    log,
    articles,
    channels,
    secret,
    baseUrl,
    site: () => site.info(),
    invalidateTags: (tags) => cache.invalidate(tags),
    readerAuth: auth,
  });
  site.addArticleSection(commentSection({ threads: comments.threads, clock, secret }));
  const admin = createAdmin({ editors: new EditorStore(db), clock, log, translation, articles });
  const telegram = createTelegramSync({
    telegram: config.telegram,
    ingest,
    channels,
    state,
    media,
    log,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  // services: construct feature services above this line, and add them to the returned object below

  // Whatever changes, the pages showing it go: the article's own pages, and every listing.
  const dropPages = (e: ChangeEvent) => {
    if (e.kind === "channel") cache.clear();
    else
      cache.invalidate([
        "listing",
        ...e.articleIds.map((id) => `article:${id}`),
        ...sitemaps.cacheTagsFor(e.articleIds),
      ]);
  };
  bus.subscribe(dropPages);
  // Other processes (CLI commands, other instances) learn of this one's changes through the change log.
  const changeLog = new ChangeLog(db, clock);
  changeLog.attach(bus);

  const services: Services = {
    config,
    db,
    clock,
    log,
    bus,
    channels,
    articles,
    state,
    media,
    ingestStore,
    ingest,
    site,
    content,
    cache,
    secret,
    feeds,
    sitemaps,
    tagIndex,
    auth,
    search,
    translation,
    comments,
    admin,
    // services: list feature services above this line
    telegram,
    follow: (o) =>
      createFollowSync(
        {
          settings: { ...config.follow, previewBaseUrl: config.previewBaseUrl, siteUrl: config.siteUrl },
          store: new FollowStore(db),
          clock,
          log,
          bus,
          articles,
          state,
          media,
          ingest,
        },
        o,
      ),
    changeLog,
    dropPages,
    close: async () => {
      telegram?.albums.stop();
      // Queued emails (held-comment notices, replies) go out before the database closes.
      await comments.mailer.idle();
      await db.close();
    },
  };
  return services;
}
