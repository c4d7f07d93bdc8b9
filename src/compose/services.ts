// The composition root: builds every stateful part once and wires them, visibly, each feature given the few
// things it uses. The CLI's commands (src/cli/) start roles on what it returns; tests call it with their
// own database and clock. Nothing here is changed after it is built.
import { type Admin, createAdmin } from "../admin/index.js";
import { createReaderAuth } from "../auth/create-reader-auth.js";
import { parseReaderIdentity } from "../auth/identity-schema.js";
import type { ReaderAuthService } from "../auth/reader-auth-service.js";
import { type Comments, createComments } from "../comments/index.js";
import type { Config } from "../config/schema.js";
import { type Db, openDatabase } from "../db/connect.js";
import { FeedService } from "../feeds/feed-service.js";
import { IngestService } from "../ingest/ingest-service.js";
import { MediaStore } from "../media/media-store.js";
import { createSearchFeature, type SearchFeature } from "../search/search-feature.js";
import { ChangeBus, type ChangeEvent } from "../shared/change-bus.js";
import { type Clock, systemClock } from "../shared/clock.js";
import { createLogger, type Logger } from "../shared/logger.js";
import { loadSiteSecret } from "../shared/site-secret.js";
import { SiteContent } from "../site/site-content.js";
import { SitemapService } from "../sitemaps/sitemap-service.js";
import { TagIndexService } from "../sitemaps/tag-index.js";
import { EditorStore } from "../store/admin/editor-store.js";
import { ArticleStore } from "../store/articles.js";
import { SignInFlowStore } from "../store/auth/flow-store.js";
import { ReaderSessionStore } from "../store/auth/session-store.js";
import { UsedOnceStore } from "../store/auth/used-once-store.js";
import { ChangeLog } from "../store/change-log.js";
import { ChannelStore } from "../store/channels.js";
import { commentStores } from "../store/comments/comment-stores.js";
import { FeedQueries } from "../store/feeds/feed-queries.js";
import { FollowStore } from "../store/follow-store.js";
import { IngestStore } from "../store/ingest/index.js";
import { createSearchStores } from "../store/search/search-stores.js";
import { StateStore } from "../store/state.js";
import { openTranslationStores } from "../store/translation/index.js";
import { createFollowSync, type FollowSync, type FollowSyncOptions } from "../sync/follow/follow-sync.js";
import { createTelegramSync, type TelegramSync } from "../sync/telegram-sync.js";
import { createTranslation, type Translation } from "../translation/index.js";
import { commentSection } from "../web/comments/article-section.js";
import { presentCommentCounts } from "../web/comments/present-comment-counts.js";
import { editionLinksSection } from "../web/editions/index.js";
import { PageCache } from "../web/page-cache.js";
import type { ArticleSection } from "../web/pages/article-sections.js";
import { SitePages } from "../web/pages/site-pages.js";
import { relatedSection } from "../web/search/related-section.js";
import { structuredDataSection } from "../web/structured-data/structured-data-section.js";

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
  /** Records this process's changes for other processes; serve follows it (see store/change-log.ts). */
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
  const core = await coreParts(config, db, clock, log);
  const features = featureParts(config, core);
  const site = new SitePages({
    content: core.content,
    sections: articleSections(core, features),
    commentCounts: async (ids, language) =>
      presentCommentCounts(await features.comments.service.counts(ids), language),
  });
  const telegram = createTelegramSync({
    telegram: config.telegram,
    ingest: core.ingest,
    channels: core.channels,
    state: core.state,
    media: core.media,
    log,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const { dropPages, changeLog } = keepPagesFresh(core, features);
  return {
    ...core,
    ...features,
    site,
    telegram,
    follow: (o) => createFollowSync(followDeps(config, core), o),
    changeLog,
    dropPages,
    close: async () => {
      telegram?.albums.stop();
      // Queued emails (held-comment notices, replies) go out before the database closes.
      await features.comments.mailer.idle();
      await db.close();
    },
  };
}

/** Stores, the bus, ingestion, the site's content and the page cache: what every feature builds on. */
async function coreParts(config: Config, db: Db, clock: Clock, log: Logger) {
  const bus = new ChangeBus();
  const channels = new ChannelStore(db, clock);
  const articles = new ArticleStore(db, clock);
  const state = new StateStore(db);
  const ingestStore = new IngestStore(db);
  const baseUrl = config.siteUrl ?? `http://localhost:${config.port}`;
  const content = new SiteContent(
    { articles, channels },
    { baseUrl, timezone: config.timezone, ...(config.siteTitle ? { title: config.siteTitle } : {}) },
  );
  return {
    config,
    db,
    clock,
    log,
    bus,
    channels,
    articles,
    state,
    media: new MediaStore(config.mediaDir),
    ingestStore,
    ingest: new IngestService({ store: ingestStore, clock, log, bus, channels }),
    content,
    baseUrl,
    cache: new PageCache(),
    secret: await loadSiteSecret(config.secret, state),
    feedQueries: new FeedQueries(db),
  };
}
type Core = Awaited<ReturnType<typeof coreParts>>;

/** The features, each given the few parts it uses. Order matters only for the bus (see below). */
function featureParts(config: Config, core: Core) {
  const { db, clock, log, bus, channels, articles, cache, secret, baseUrl, feedQueries } = core;
  const siteInfo = () => core.content.info();
  const invalidate = (tags: string[]) => cache.invalidate(tags);
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
  // The search index subscribes to the bus before the page cache does (keepPagesFresh): pages re-rendered
  // after a change see the new index.
  const search = createSearchFeature({
    ...createSearchStores(db),
    bus,
    channels,
    clock,
    log,
    timezone: config.timezone,
  });
  const translation = createTranslation({
    translator: config.translator,
    timezone: config.timezone,
    stores: openTranslationStores(db, clock),
    clock,
    log,
    invalidate,
    articles,
    channels,
    feedQueries,
  });
  bus.subscribe(translation.onArticleChange);
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
    site: siteInfo,
    invalidateTags: invalidate,
    readerAuth: auth,
  });
  return {
    auth,
    search,
    translation,
    comments,
    feeds: new FeedService({ articles, channels, queries: feedQueries, siteInfo }),
    sitemaps: new SitemapService({ queries: feedQueries, channels, clock, siteInfo }),
    tagIndex: new TagIndexService({ queries: feedQueries }),
    admin: createAdmin({ editors: new EditorStore(db), clock, log, translation, articles }),
  };
}
type Features = ReturnType<typeof featureParts>;

/** What every article page shows besides the article: each a feature's data drawn by web/. */
function articleSections(core: Core, f: Features): ArticleSection[] {
  return [
    structuredDataSection(),
    relatedSection({ related: f.search.related, log: core.log }),
    editionLinksSection((a, c) => f.translation.reader.articleAlternates(a, c)),
    commentSection({ threads: f.comments.threads, clock: core.clock, secret: core.secret }),
  ];
}

/**
 * Whatever changes, the pages showing it go: the article's own pages, every listing, and the sitemap page
 * of its id range. Other processes (CLI commands, other instances) learn of this one's changes through
 * the change log.
 */
function keepPagesFresh(core: Core, f: Features) {
  const dropPages = (e: ChangeEvent) => {
    if (e.kind === "channel") core.cache.clear();
    else
      core.cache.invalidate([
        "listing",
        ...e.articleIds.map((id) => `article:${id}`),
        ...f.sitemaps.cacheTagsFor(e.articleIds),
      ]);
  };
  core.bus.subscribe(dropPages);
  const changeLog = new ChangeLog(core.db, core.clock);
  changeLog.attach(core.bus);
  return { dropPages, changeLog };
}

function followDeps(config: Config, core: Core) {
  return {
    settings: { ...config.follow, previewBaseUrl: config.previewBaseUrl, siteUrl: config.siteUrl },
    store: new FollowStore(core.db),
    clock: core.clock,
    log: core.log,
    bus: core.bus,
    articles: core.articles,
    state: core.state,
    media: core.media,
    ingest: core.ingest,
  };
}
