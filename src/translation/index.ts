// Translated editions: the package face. createTranslation builds the provider chosen by configuration,
// the engine, the queue worker, what edition pages read, and the glossary and corrections services over
// the stores it is given, and hands back what commands, routes and other features (admin, search) call.
// It registers nothing anywhere: the composition root subscribes `onArticleChange` to the change bus
// and adds web's edition-links section to article pages.
import type { Config } from "../config/schema.js";
import type { ChangeListener } from "../shared/change-bus.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ArticleStore } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { FeedQueries } from "../store/feeds/feed-queries.js";
import {
  type ArticleScan,
  type EditionLanguageStore,
  type EditionStore,
  type Job,
  type JobQueue,
  type JobStatus,
  PRIORITY_BACKFILL,
  type TranslationStores,
  type UsageSummary,
} from "../store/translation/index.js";
import { CorrectionService } from "./corrections.js";
import { EditionReader } from "./edition-reader.js";
import { enqueueOnChange } from "./enqueue-on-change.js";
import { GlossaryService } from "./glossary-service.js";
import { createTranslator, type Translator } from "./providers/index.js";
import { type Outcome, TranslationEngine } from "./translate-article.js";
import { utcDay } from "./translate-units.js";
import { TranslationWorker } from "./worker.js";

export interface TranslationDeps {
  /** Which provider, at which address, with which key (DATELINE_TRANSLATOR…). */
  translator: Config["translator"];
  /** The site's zone (SiteInfo.timezone): edition archives are cut by it, as the originals' are. */
  timezone: string;
  stores: TranslationStores;
  clock: Clock;
  log: Logger;
  /** Drops the cached pages carrying any of these tags. */
  invalidate: (tags: string[]) => void;
  articles: ArticleStore;
  channels: ChannelStore;
  /** Media of feed items. */
  feedQueries: FeedQueries;
}

/** What search and feeds hear when an edition is saved. */
export interface EditionChange {
  articleId: number;
  language: string;
}

export interface TranslationStats {
  provider: string | null;
  usage: UsageSummary[];
  memoryEntries: number;
  queue: Record<JobStatus, number>;
  recentErrors: { articleId: number; language: string; error: string; status: JobStatus }[];
  editions: Map<string, number>;
  reviews: number;
}

export interface Translation {
  translator: Translator | null;
  languages: EditionLanguageStore;
  editions: EditionStore;
  queue: JobQueue;
  engine: TranslationEngine;
  worker: TranslationWorker;
  /** What edition pages, feeds and the originals' hreflang links are made of. */
  reader: EditionReader;
  glossary: GlossaryService;
  corrections: CorrectionService;
  /** For ChangeBus.subscribe: queues translations of created, edited or restored articles. */
  onArticleChange: ChangeListener;
  /** Sets a channel's edition languages; returns those added (their back catalogue is not queued here). */
  setLanguages(channelId: number, languages: string[]): Promise<string[]>;
  /** Queues every article of the channel(s) lacking an up-to-date edition in `language`; returns how many. */
  backfill(language: string, channelIds?: number[]): Promise<number>;
  /** Subscribes to saved editions (a search index of translated text, edition feeds). */
  onEditionChange(listener: (e: EditionChange) => void | Promise<void>): () => void;
  stats(): Promise<TranslationStats>;
}

const RECENT_DAYS = 30;

type EditionListener = (e: EditionChange) => void | Promise<void>;

export function createTranslation(deps: TranslationDeps): Translation {
  const { stores, clock } = deps;
  const log = deps.log.child({ component: "translation" });
  const translator = createTranslator(deps.translator);
  const engine = createEngine(deps, translator, log);
  const listeners = new Set<EditionListener>();
  const changed = editionChanged(deps.invalidate, listeners, log);
  const worker = new TranslationWorker({
    queue: stores.queue,
    clock,
    log,
    run: (job: Job) => engine.run(job.articleId, job.language),
    onOutcome: (job: Job, outcome: Outcome | Error) => {
      if (!(outcome instanceof Error) && outcome.kind !== "skipped") changed(job.articleId, job.language);
    },
  });
  const wake = () => worker.wake();
  const reader = new EditionReader({
    editions: stores.editions,
    languages: stores.languages,
    articles: deps.articles,
    channels: deps.channels,
    feedQueries: deps.feedQueries,
    timezone: deps.timezone,
  });
  const { languages, queue } = stores;
  // What every path that queues translations (live changes, glossary changes, backfills) works with.
  const queueing = { scan: stores.scan, languages, queue, clock, wake };
  return {
    translator,
    languages,
    editions: stores.editions,
    queue,
    engine,
    worker,
    reader,
    glossary: new GlossaryService({ ...queueing, glossary: stores.glossary }),
    corrections: new CorrectionService({
      transaction: stores.transaction,
      clock,
      units: stores.units,
      editions: stores.editions,
      engine,
      changed,
    }),
    onArticleChange: enqueueOnChange({ ...queueing, log }),
    async setLanguages(channelId, list) {
      const added = await languages.set(channelId, list);
      reader.forgetLanguages();
      deps.invalidate(["listing"]);
      return added;
    },
    backfill: (language, channelIds) => backfill(queueing, language, channelIds),
    onEditionChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stats: () => stats(stores, translator, clock),
  };
}

function createEngine(deps: TranslationDeps, translator: Translator | null, log: Logger): TranslationEngine {
  const { stores } = deps;
  return new TranslationEngine({
    transaction: stores.transaction,
    clock: deps.clock,
    log,
    articles: deps.articles,
    channels: deps.channels,
    editions: stores.editions,
    units: stores.units,
    memory: stores.memory,
    glossary: stores.glossary,
    translator,
  });
}

/** What follows a saved edition: its pages leave the cache, and the listeners (search) hear of it. */
function editionChanged(
  invalidate: (tags: string[]) => void,
  listeners: ReadonlySet<EditionListener>,
  log: Logger,
): (articleId: number, language: string) => void {
  return (articleId, language) => {
    // The edition's own page and the original's (its hreflang links), and the edition's listings.
    invalidate([`article:${articleId}`, `edition:${language}`]);
    for (const l of listeners) {
      Promise.resolve(l({ articleId, language })).catch((e: unknown) => {
        log.error("edition listener failed", { error: e });
      });
    }
  };
}

async function backfill(
  q: { scan: ArticleScan; languages: EditionLanguageStore; queue: JobQueue; clock: Clock; wake: () => void },
  language: string,
  channelIds: number[] | undefined,
): Promise<number> {
  const channels = channelIds ?? (await q.languages.channelsWith(language));
  let queued = 0;
  for (const channelId of channels) {
    const ids = await q.scan.needingEdition(channelId, language);
    await q.queue.enqueue(
      ids.map((articleId) => ({ articleId, language })),
      PRIORITY_BACKFILL,
      q.clock.now(),
    );
    queued += ids.length;
  }
  if (queued > 0) q.wake();
  return queued;
}

async function stats(
  stores: TranslationStores,
  translator: Translator | null,
  clock: Clock,
): Promise<TranslationStats> {
  return {
    provider: translator?.name ?? null,
    usage: await stores.memory.usage(utcDay(clock.now() - RECENT_DAYS * 86_400)),
    memoryEntries: await stores.memory.size(),
    queue: await stores.queue.counts(),
    recentErrors: await stores.queue.recentErrors(5),
    editions: await stores.editions.counts(),
    reviews: await stores.units.reviewCount(),
  };
}

export type {
  EditionListRow,
  EditionRow,
  ReviewRow,
  UnitRow,
} from "../store/translation/index.js";
// What commands, web/editions, admin and search use of translation's parts.
export {
  type Alternate,
  type ArticleAlternates,
  alternatesOf,
  type Version,
  versionsOf,
} from "./alternates.js";
export { type ArticleRef, findArticleRef } from "./article-ref.js";
export { DATELINE_OUTLET, DATELINE_PLACE, HEADLINE, unitLabel } from "./article-units.js";
export { applyTranslateTo, parseTranslateTo } from "./channel-option.js";
export type { CorrectionInput, CorrectionService, UnitKey } from "./corrections.js";
export { parseCsv } from "./csv.js";
export type {
  EditionArticle,
  EditionAtPath,
  EditionFeed,
  EditionFeedEntry,
  EditionFilter,
  EditionListItem,
  EditionListing,
  EditionReader,
} from "./edition-reader.js";
export { editionItemUrl, editionTagUrl, editionUrl } from "./edition-urls.js";
export { formatEditorFile, parseEditorFile } from "./editor-file.js";
export {
  checkLanguage,
  type GlossaryChange,
  type GlossaryRowInput,
  type GlossaryService,
} from "./glossary-service.js";
export { decodeEntities, htmlToText } from "./html-tokens.js";
export {
  displayTag,
  EDITION_LANGUAGE,
  editionDirection,
  isEditionLanguage,
  nativeName,
  normalizeLanguage,
} from "./languages.js";
export { type Outcome, TranslationEngine } from "./translate-article.js";
export type { TranslationWorker } from "./worker.js";
