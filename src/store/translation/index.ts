// The translation feature's tables, opened together over one database. translation/ reaches them only
// through here; what must be written atomically goes through `transaction`.
import type { Db } from "../../db/connect.js";
import type { Clock } from "../../shared/clock.js";
import { ArticleScan } from "./article-scan.js";
import { EditionLanguageStore } from "./edition-languages.js";
import { EditionStore } from "./edition-store.js";
import { EditionWrites } from "./edition-writes.js";
import { GlossaryStore } from "./glossary-store.js";
import { JobQueue } from "./job-queue.js";
import { MemoryStore } from "./memory-store.js";
import { UnitStore } from "./unit-store.js";

export interface TranslationStores {
  languages: EditionLanguageStore;
  editions: EditionStore;
  units: UnitStore;
  memory: MemoryStore;
  glossary: GlossaryStore;
  queue: JobQueue;
  scan: ArticleScan;
  /** Runs `fn` in one transaction: an edition's row, path and units land together or not at all. */
  transaction<T>(fn: (w: EditionWrites) => Promise<T>): Promise<T>;
}

export function openTranslationStores(db: Db, clock: Clock): TranslationStores {
  return {
    languages: new EditionLanguageStore(db, clock),
    editions: new EditionStore(db),
    units: new UnitStore(db),
    memory: new MemoryStore(db),
    glossary: new GlossaryStore(db, clock),
    queue: new JobQueue(db),
    scan: new ArticleScan(db),
    transaction: (fn) => db.kysely.transaction().execute((tx) => fn(new EditionWrites(tx))),
  };
}

export { ArticleScan, type ScannedArticle } from "./article-scan.js";
export { EditionLanguageStore } from "./edition-languages.js";
export { type EditionListRow, type EditionRow, EditionStore, type NewEdition } from "./edition-store.js";
export { EditionWrites, type UnitKey } from "./edition-writes.js";
export {
  type GlossaryPair,
  GlossaryStore,
  type GlossaryTermRow,
  type ProviderGlossaryRow,
} from "./glossary-store.js";
export { type Job, JobQueue, type JobStatus, PRIORITY_BACKFILL, PRIORITY_LIVE } from "./job-queue.js";
export { MEMORY_PROVIDER, type MemoryEntry, MemoryStore, type UsageSummary } from "./memory-store.js";
export { type ReviewRow, type UnitRow, UnitStore } from "./unit-store.js";
