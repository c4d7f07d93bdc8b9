// readExport: a channel's Desktop export as a stream of events, the header first, then batches.
//
// By default the reading, scanning, JSON parsing, validation and normalizing all run in a worker thread
// (scan-worker.js): measured on a 100,000-message export, that work costs the worker about 20 µs a message
// while receiving a batch costs the main thread about 2 µs a message, which leaves the main thread free to
// write to the database. Normalizing on the main thread instead would put about 8 µs a message back there.
import { stat } from "node:fs/promises";
import type { DecoderEvent } from "./export-decoder.js";
import { ExportFormatError } from "./export-format-error.js";
import { type ReaderOptions, readExportEvents } from "./export-reader.js";
import type { ExportEvent, ExportReadOptions } from "./types.js";
import { readExportInWorker } from "./worker-events.js";
import { isValidTimeZone } from "./zoned-time.js";

export const DEFAULT_BATCH_SIZE = 2000;
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;

/**
 * Reads result.json as a stream, with memory bounded by a few batches whatever the file's size.
 * Top-level `name`, `type` and `id` must come before `messages`, as Telegram Desktop writes them; the header
 * event is emitted when `messages` starts. Fails with ExportFormatError (malformed or truncated file, an
 * export that is not a single channel, an old export without `timezone`).
 */
export async function* readExport(
  resultJsonPath: string,
  opts: ExportReadOptions = {},
): AsyncGenerator<ExportEvent, void, undefined> {
  const options = readerOptions(opts);
  const totalBytes = await sizeOf(resultJsonPath);
  const { signal, onProgress } = opts;
  signal?.throwIfAborted();
  const events: AsyncGenerator<DecoderEvent, void, undefined> =
    opts.worker === false
      ? readExportEvents(resultJsonPath, options, signal)
      : readExportInWorker(resultJsonPath, options, signal);
  for await (const event of events) {
    signal?.throwIfAborted();
    if (event.kind === "header") {
      yield event;
      continue;
    }
    onProgress?.(event.bytesRead, totalBytes);
    yield { kind: "batch", messages: event.messages, skipped: event.skipped };
  }
}

function readerOptions(opts: ExportReadOptions): ReaderOptions {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK_BYTES;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  if (opts.timezone === undefined) return { batchSize, chunkSize };
  if (!isValidTimeZone(opts.timezone)) {
    throw new RangeError(`Unknown time zone "${opts.timezone}": give an IANA name such as Europe/Moscow or Asia/Baghdad`);
  }
  return { batchSize, chunkSize, timezone: opts.timezone };
}

async function sizeOf(resultJsonPath: string): Promise<number> {
  try {
    return (await stat(resultJsonPath)).size;
  } catch (cause) {
    throw new ExportFormatError(`Cannot read ${resultJsonPath}: ${String(cause)}`, { code: "EXPORT_NOT_FOUND", cause });
  }
}
