// Imports a Telegram Desktop export into one channel. The whole import is one transaction: a malformed
// or truncated file fails with its byte position and leaves the database exactly as it was. Running the
// same import again is cheap and changes nothing; a newer export of the same channel revises edited posts.
import type { ChannelRow } from "../db/tables/index.js";
import type { MediaStore } from "../media/media-store.js";
import type { Clock } from "../shared/clock.js";
import { DatelineError } from "../shared/errors.js";
import type { Progress } from "../shared/progress.js";
import { channelSettings } from "../store/channels.js";
import type { IngestStore, IngestTx } from "../store/ingest/index.js";
import { type ExportHeader, openExport } from "../telegram/export/index.js";
import { emptyCounts, type IngestCounts, type IngestService } from "./ingest-service.js";
import { ExportMediaResolver } from "./media-resolver.js";
import { type ExportPreparation, prepareExport } from "./prepare-export.js";

export interface ImportDeps {
  ingestStore: IngestStore;
  ingest: IngestService;
  media: MediaStore;
  clock: Clock;
}

export interface ImportOptions {
  path: string;
  /** Username for a channel seen for the first time (exports carry none). */
  channel?: string;
  /** Zone of the `date` fields of old exports without date_unixtime. */
  timezone?: string;
  /** Zone for a newly created channel. */
  defaultTimezone: string;
  progress?: Progress;
  /** Worker thread for parsing (default true). */
  worker?: boolean;
  /** Called once the import is committed, before the search pass (the benchmark reads its CPU time there). */
  onStored?: () => void;
}

export interface ImportResult {
  channel: ChannelRow;
  counts: IngestCounts;
  skipped: number;
  createdIds: number[];
  updatedIds: number[];
  /** Seconds to read and store the export (to the commit), then to bring the search index and caches up to date. */
  seconds: { store: number; announce: number };
}

/**
 * Messages per write batch. A batch lives while it is prepared and written: the smaller, the less of it
 * reaches V8's old generation; 250 stored fastest, with the lowest peaks (docs/import-performance.md).
 */
const IMPORT_BATCH_SIZE = 250;

const USERNAME_RE = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

/** Bot API chat id of a channel from the bare id an export gives (export 1405579475 → -1001405579475). */
export function botChatId(exportId: number | string): string {
  const bare = String(exportId)
    .replace(/^-100/, "")
    .replace(/^channel/, "");
  return `-100${bare}`;
}

/** What an import wrote, as it goes. */
interface Stored {
  channel: ChannelRow;
  counts: IngestCounts;
  skipped: number;
  createdIds: number[];
  updatedIds: number[];
}

export async function importExport(deps: ImportDeps, opts: ImportOptions): Promise<ImportResult> {
  if (opts.channel !== undefined && !USERNAME_RE.test(opts.channel)) {
    throw new DatelineError(
      "USAGE",
      `--channel: "${opts.channel}" is not a Telegram username (5-32 letters, digits, _)`,
    );
  }
  const exp = await openExport(opts.path);
  const resolver = new ExportMediaResolver(deps.media, exp.baseDir);
  const started = performance.now();
  const preparation = prepareExport(exp.resultJson, {
    batchSize: IMPORT_BATCH_SIZE,
    ...(opts.timezone ? { timezone: opts.timezone } : {}),
    ...(opts.worker === false ? { worker: false } : {}),
  });
  const restoreSettings = deps.ingestStore.bulkWriteSettings();
  const stored = await deps.ingestStore
    .transaction((tx) => storeExport(deps, tx, preparation, resolver, opts))
    .finally(restoreSettings);
  const storedAt = performance.now();
  opts.onStored?.();
  await announceStored(deps, stored, opts, restoreSettings);
  const seconds = { store: (storedAt - started) / 1000, announce: (performance.now() - storedAt) / 1000 };
  const { counts, skipped } = stored;
  opts.progress?.finish(
    `${counts.messages} messages: ${counts.created} articles created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${skipped} service messages skipped`,
  );
  return { ...stored, seconds };
}

/** Reads the prepared batches and writes them, inside the import's transaction. */
async function storeExport(
  deps: ImportDeps,
  tx: IngestTx,
  preparation: ExportPreparation,
  resolver: ExportMediaResolver,
  opts: ImportOptions,
): Promise<Stored> {
  let channel: ChannelRow | undefined;
  let totalBytes = 0;
  const counts = emptyCounts();
  const out = { counts, skipped: 0, createdIds: [] as number[], updatedIds: [] as number[] };
  for await (const ev of preparation.events()) {
    if (ev.kind === "header") {
      channel = await resolveChannel(tx, deps.clock, ev.header, opts);
      totalBytes = ev.totalBytes;
      preparation.setChannel(channelSettings(channel));
      continue;
    }
    if (!channel) throw new DatelineError("EXPORT_MALFORMED", "export has messages before its header");
    const { batch } = ev;
    out.skipped += batch.skipped;
    if (batch.posts.length > 0) {
      const touched = await deps.ingest.ingestPrepared(tx, channel, batch, resolver, counts);
      out.createdIds.push(...touched.created);
      out.updatedIds.push(...touched.updated);
      // Promotion lines the batch taught are stored: later batches see them.
      if (batch.newPromoLines.length > 0) channel = (await tx.channel(channel.id)) ?? channel;
    }
    opts.progress?.update(batch.bytesRead, totalBytes, `${counts.created} new, ${counts.updated} updated`);
  }
  if (!channel) throw new DatelineError("EXPORT_MALFORMED", "export has no channel header (name, type, id)");
  return { channel, ...out };
}

/**
 * After the commit: the search index and caches catch up in their own pass (in bulk, not row by row inside
 * the import), while the database file catches up with the log on another thread.
 */
async function announceStored(
  deps: ImportDeps,
  stored: Stored,
  opts: ImportOptions,
  restoreSettings: () => void,
): Promise<void> {
  opts.progress?.update(1, 1, "updating the search index and caches");
  // The import is committed whatever happens to the checkpoint: one that fails is left to SQLite's next.
  const checkpoint = deps.ingestStore.checkpointInBackground().catch(() => undefined);
  try {
    await deps.ingest.announce(stored.channel.id, { created: stored.createdIds, updated: stored.updatedIds });
    await checkpoint;
  } finally {
    // The search pass writes in bulk too: the usual settings come back after it.
    restoreSettings();
  }
}

/** The stored channel an export goes to: found by its Telegram id, or by --channel (linked or created). */
async function resolveChannel(
  tx: IngestTx,
  clock: Clock,
  header: ExportHeader,
  opts: ImportOptions,
): Promise<ChannelRow> {
  const telegramId = botChatId(header.id);
  const byId = await tx.channelByTelegramId(telegramId);
  if (byId) {
    if (opts.channel && byId.username !== opts.channel.toLowerCase()) {
      throw new DatelineError(
        "USAGE",
        `this export is of channel @${byId.username} (id ${header.id}), not @${opts.channel}; drop --channel or fix it`,
      );
    }
    return byId;
  }
  if (!opts.channel) {
    throw new DatelineError(
      "USAGE",
      `the export's channel "${header.name}" (id ${header.id}) is new here and exports carry no username: name it with --channel <username>`,
    );
  }
  const username = opts.channel.toLowerCase();
  const byName = await tx.channelByUsername(username);
  if (byName) {
    if (byName.telegram_id && byName.telegram_id !== telegramId) {
      throw new DatelineError(
        "USAGE",
        `@${username} is linked to Telegram chat ${byName.telegram_id}, but this export is of chat ${telegramId}`,
      );
    }
    return tx.linkChannel(byName.id, telegramId, clock.now());
  }
  return tx.createChannel(newChannelRow(username, header, opts, clock.now()));
}

function newChannelRow(username: string, header: ExportHeader, opts: ImportOptions, now: number) {
  return {
    username,
    telegram_id: botChatId(header.id),
    title: header.name || username,
    timezone: opts.timezone ?? opts.defaultTimezone,
    language: "und",
    cta: null,
    strip_patterns: "[]",
    detected_promo: "[]",
    follow: 0,
    last_seen_id: 0,
    created_at: now,
    updated_at: now,
  };
}
