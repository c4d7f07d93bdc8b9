// Translated editions: the public face. createTranslation builds the stores, the provider chosen by
// configuration, the engine, the queue worker, edition pages, glossary and corrections services; wires the
// change bus (enqueue), the article section (hreflang on originals) and the page cache; and hands back what
// commands, routes and other features (admin, search, feeds) call.
import type { Config } from "../config/schema.js";
import type { Db } from "../db/connect.js";
import type { JobStatus } from "../db/tables/translation.js";
import type { ChangeBus } from "../ingest/change-bus.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ArticleStore } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import { FeedQueries } from "../store/feeds/feed-queries.js";
import type { PageCache } from "../web/page-cache.js";
import type { SitePages } from "../web/pages/site-pages.js";
import { alternatesSection } from "./alternates-section.js";
import { CorrectionService } from "./corrections.js";
import { EditionPages } from "./edition-pages.js";
import { enqueueOnChange } from "./enqueue-on-change.js";
import { GlossaryService } from "./glossary-service.js";
import { createTranslator } from "./providers/index.js";
import type { Translator } from "./providers/types.js";
import { articlesNeedingEdition } from "./store/article-scan.js";
import { EditionLanguageStore } from "./store/edition-languages.js";
import { EditionStore } from "./store/edition-store.js";
import { GlossaryStore } from "./store/glossary-store.js";
import { type Job, JobQueue, PRIORITY_BACKFILL } from "./store/job-queue.js";
import { MemoryStore, type UsageSummary } from "./store/memory-store.js";
import { UnitStore } from "./store/unit-store.js";
import { type Outcome, TranslationEngine } from "./translate-article.js";
import { utcDay } from "./translate-units.js";
import { TranslationWorker } from "./worker.js";

export interface TranslationDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  bus: ChangeBus;
  cache: PageCache;
  site: SitePages;
  articles: ArticleStore;
  channels: ChannelStore;
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
  pages: EditionPages;
  glossary: GlossaryService;
  corrections: CorrectionService;
  /** Sets a channel's edition languages; returns those added (their back catalogue is not queued here). */
  setLanguages(channelId: number, languages: string[]): Promise<string[]>;
  /** Queues every article of the channel(s) lacking an up-to-date edition in `language`; returns how many. */
  backfill(language: string, channelIds?: number[]): Promise<number>;
  /** Subscribes to saved editions (a search index of translated text, edition feeds). */
  onEditionChange(listener: (e: EditionChange) => void | Promise<void>): () => void;
  stats(): Promise<TranslationStats>;
}

const RECENT_DAYS = 30;

export function createTranslation(deps: TranslationDeps): Translation {
  const { db, clock, log } = deps;
  const tlog = log.child({ component: "translation" });
  const translator = createTranslator(deps.config.translator);
  const languages = new EditionLanguageStore(db, clock);
  const editions = new EditionStore(db);
  const units = new UnitStore(db);
  const memory = new MemoryStore(db);
  const glossaryStore = new GlossaryStore(db, clock);
  const queue = new JobQueue(db);
  const engine = new TranslationEngine({
    db,
    clock,
    log: tlog,
    articles: deps.articles,
    channels: deps.channels,
    editions,
    units,
    memory,
    glossary: glossaryStore,
    translator,
  });
  const listeners = new Set<(e: EditionChange) => void | Promise<void>>();
  const changed = (articleId: number, language: string) => {
    // The edition's own page and the original's (its hreflang links), and the edition's listings.
    deps.cache.invalidate([`article:${articleId}`, `edition:${language}`]);
    for (const l of listeners) {
      Promise.resolve(l({ articleId, language })).catch((e: unknown) => {
        tlog.error("edition listener failed", { error: e });
      });
    }
  };
  const worker = new TranslationWorker({
    queue,
    clock,
    log: tlog,
    run: (job: Job) => engine.run(job.articleId, job.language),
    onOutcome: (job: Job, outcome: Outcome | Error) => {
      if (!(outcome instanceof Error) && outcome.kind !== "skipped") changed(job.articleId, job.language);
    },
  });
  const wake = () => worker.wake();
  const pages = new EditionPages(
    {
      editions,
      languages,
      articles: deps.articles,
      channels: deps.channels,
      site: deps.site,
      feedQueries: new FeedQueries(db),
    },
    { timezone: deps.config.timezone },
  );
  const glossary = new GlossaryService({ db, clock, glossary: glossaryStore, languages, queue, wake });
  const corrections = new CorrectionService({ db, clock, units, editions, engine, changed });

  deps.bus.subscribe(enqueueOnChange({ db, languages, queue, clock, log: tlog, wake }));
  deps.site.addArticleSection(alternatesSection(editions));

  return {
    translator,
    languages,
    editions,
    queue,
    engine,
    worker,
    pages,
    glossary,
    corrections,
    async setLanguages(channelId, list) {
      const added = await languages.set(channelId, list);
      pages.forgetLanguages();
      deps.cache.invalidate(["listing"]);
      return added;
    },
    async backfill(language, channelIds) {
      const channels = channelIds ?? (await languages.channelsWith(language));
      let queued = 0;
      for (const channelId of channels) {
        const ids = await articlesNeedingEdition(db, channelId, language);
        await queue.enqueue(
          ids.map((articleId) => ({ articleId, language })),
          PRIORITY_BACKFILL,
          clock.now(),
        );
        queued += ids.length;
      }
      if (queued > 0) wake();
      return queued;
    },
    onEditionChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stats() {
      return {
        provider: translator?.name ?? null,
        usage: await memory.usage(utcDay(clock.now() - RECENT_DAYS * 86_400)),
        memoryEntries: await memory.size(),
        queue: await queue.counts(),
        recentErrors: await queue.recentErrors(5),
        editions: await editions.counts(),
        reviews: await units.reviewCount(),
      };
    },
  };
}

export { type Outcome, TranslationEngine } from "./translate-article.js";
