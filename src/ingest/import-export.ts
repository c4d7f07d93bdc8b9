// Imports a Telegram Desktop export into one channel. The whole import is one transaction: a malformed
// or truncated file fails with its byte position and leaves the database exactly as it was. Running the
// same import again is cheap and changes nothing; a newer export of the same channel revises edited posts.
import type { Kysely } from "kysely";
import type { Db } from "../db/connect.js";
import type { ChannelRow, Database } from "../db/tables/index.js";
import type { MediaStore } from "../media/media-store.js";
import type { Clock } from "../shared/clock.js";
import { DatelineError } from "../shared/errors.js";
import type { Progress } from "../shared/progress.js";
import { channelSettings } from "../store/channels.js";
import { type ExportHeader, openExport } from "../telegram/export/index.js";
import { emptyCounts, type IngestCounts, type IngestService } from "./ingest-service.js";
import { ExportMediaResolver } from "./media-resolver.js";
import { prepareExport } from "./prepare-export.js";

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
 * reaches V8's old generation. Measured on a 100,000-post export (docs/import-performance.md): 2,000
 * peaked at ~500 MB; 500 at 265 MB while storing, but then 327–353 MB in the search pass after it in two
 * runs of three (the main thread's heap, grown by promoted batches); 250 stored in 7.9–8.1 s against
 * 8.3–8.8 s, with less CPU (14.8 s against 15.4–16.4 s over the threads), and peaked at 253–296 MB.
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

export async function importExport(
  deps: { db: Db; clock: Clock; ingest: IngestService; media: MediaStore },
  opts: ImportOptions,
): Promise<ImportResult> {
  if (opts.channel !== undefined && !USERNAME_RE.test(opts.channel)) {
    throw new DatelineError(
      "USAGE",
      `--channel: "${opts.channel}" is not a Telegram username (5-32 letters, digits, _)`,
    );
  }
  const exp = await openExport(opts.path);
  const resolver = new ExportMediaResolver(deps.media, exp.baseDir);
  const counts = emptyCounts();
  let skipped = 0;
  const createdIds: number[] = [];
  const updatedIds: number[] = [];

  const started = performance.now();
  const preparation = prepareExport(exp.resultJson, {
    batchSize: IMPORT_BATCH_SIZE,
    ...(opts.timezone ? { timezone: opts.timezone } : {}),
    ...(opts.worker === false ? { worker: false } : {}),
  });
  const restoreSettings = deps.db.bulkWriteSettings();
  const channel = await deps.db.kysely
    .transaction()
    .execute(async (tx) => {
      let channel: ChannelRow | undefined;
      let totalBytes = 0;
      for await (const ev of preparation.events()) {
        if (ev.kind === "header") {
          channel = await resolveChannel(tx, deps.clock, ev.header, opts);
          totalBytes = ev.totalBytes;
          preparation.setChannel(channelSettings(channel));
          continue;
        }
        if (!channel) throw new DatelineError("EXPORT_MALFORMED", "export has messages before its header");
        const { batch } = ev;
        skipped += batch.skipped;
        if (batch.messages.length > 0) {
          const touched = await deps.ingest.ingestBatch(tx, channel, batch.messages, resolver, counts, {
            prepared: batch,
          });
          createdIds.push(...touched.created);
          updatedIds.push(...touched.updated);
          // Promotion lines the batch taught are stored: later batches see them.
          if (batch.newPromoLines.length > 0) {
            channel =
              (await tx.selectFrom("channels").selectAll().where("id", "=", channel.id).executeTakeFirst()) ??
              channel;
          }
        }
        opts.progress?.update(
          batch.bytesRead,
          totalBytes,
          `${counts.created} new, ${counts.updated} updated`,
        );
      }
      if (!channel)
        throw new DatelineError("EXPORT_MALFORMED", "export has no channel header (name, type, id)");
      return channel;
    })
    .finally(restoreSettings);
  const stored = performance.now();
  opts.onStored?.();
  // Its own pass after the commit (the search index is built in bulk, not row by row inside the import).
  opts.progress?.update(1, 1, "updating the search index and caches");
  // The database file catches up with the log on another thread meanwhile.
  // The import is committed whatever happens to the checkpoint: one that fails is left to SQLite's next.
  const checkpoint = deps.db.checkpointInBackground().catch(() => undefined);
  try {
    await deps.ingest.announce(channel.id, { created: createdIds, updated: updatedIds });
    await checkpoint;
  } finally {
    // The search pass writes in bulk too: the usual settings come back after it.
    restoreSettings();
  }
  const seconds = { store: (stored - started) / 1000, announce: (performance.now() - stored) / 1000 };
  opts.progress?.finish(
    `${counts.messages} messages: ${counts.created} articles created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${skipped} service messages skipped`,
  );
  return { channel, counts, skipped, createdIds, updatedIds, seconds };
}

async function resolveChannel(
  tx: Kysely<Database>,
  clock: Clock,
  header: ExportHeader,
  opts: ImportOptions,
): Promise<ChannelRow> {
  const telegramId = botChatId(header.id);
  const byId = await tx
    .selectFrom("channels")
    .selectAll()
    .where("telegram_id", "=", telegramId)
    .executeTakeFirst();
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
  const byName = await tx
    .selectFrom("channels")
    .selectAll()
    .where("username", "=", username)
    .executeTakeFirst();
  if (byName) {
    if (byName.telegram_id && byName.telegram_id !== telegramId) {
      throw new DatelineError(
        "USAGE",
        `@${username} is linked to Telegram chat ${byName.telegram_id}, but this export is of chat ${telegramId}`,
      );
    }
    return tx
      .updateTable("channels")
      .set({ telegram_id: telegramId, updated_at: clock.now() })
      .where("id", "=", byName.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  const now = clock.now();
  return tx
    .insertInto("channels")
    .values({
      username,
      telegram_id: telegramId,
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
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
