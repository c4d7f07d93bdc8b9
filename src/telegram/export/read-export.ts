// readExport: a channel's Desktop export as a stream of events, the header first, then batches.
//
// By default the reading, scanning, JSON parsing, validation and normalizing run in a worker thread
// (scan-worker.ts), which leaves the main thread free to write to the database: receiving what the worker
// made costs it about a third of doing all the work itself (test/telegram/export/measure-reader.ts).
import { stat } from "node:fs/promises";
import type { SourceMessage } from "../post.js";
import type { DecoderEvent } from "./export-decoder.js";
import { ExportFormatError } from "./export-format-error.js";
import { type ReaderOptions, readExportEvents } from "./export-reader.js";
import { rebatch } from "./rebatch.js";
import type { ExportEvent, ExportReadOptions } from "./types.js";
import { readExportInWorker } from "./worker-events.js";
import { isValidTimeZone } from "./zoned-time.js";

export const DEFAULT_BATCH_SIZE = 2000;
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
/** Messages the decoder hands over at a time; see export-decoder.ts for why they are few. */
const SLICE_SIZE = 250;

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
  const { batchSize = DEFAULT_BATCH_SIZE, signal, onProgress } = opts;
  const options = readerOptions(opts, batchSize);
  const totalBytes = await sizeOf(resultJsonPath);
  signal?.throwIfAborted();
  const slices: AsyncGenerator<DecoderEvent<SourceMessage>, void, undefined> = opts.worker === false
    ? readExportEvents(resultJsonPath, options, signal)
    : readExportInWorker(resultJsonPath, options, batchSize, signal);
  for await (const event of rebatch(slices, batchSize)) {
    signal?.throwIfAborted();
    if (event.kind === "header") {
      yield event;
      continue;
    }
    onProgress?.(event.bytesRead, totalBytes);
    yield { kind: "batch", messages: event.messages, skipped: event.skipped };
  }
}

/** The reader's options from the caller's, checked (a bad zone or size throws). */
export function readerOptions(
  opts: ExportReadOptions,
  batchSize: number,
): ReaderOptions & { rawAsBytes?: false } {
  const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK_BYTES;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  }
  const sliceSize = Math.min(SLICE_SIZE, batchSize);
  if (opts.timezone === undefined) return { sliceSize, chunkSize };
  if (!isValidTimeZone(opts.timezone)) {
    throw new RangeError(
      `Unknown time zone "${opts.timezone}": give an IANA name such as Europe/Moscow or Asia/Baghdad`,
    );
  }
  return { sliceSize, chunkSize, timezone: opts.timezone };
}

export async function sizeOf(resultJsonPath: string): Promise<number> {
  try {
    return (await stat(resultJsonPath)).size;
  } catch (cause) {
    throw new ExportFormatError(`Cannot read ${resultJsonPath}: ${String(cause)}`, {
      exportCode: "EXPORT_NOT_FOUND",
      cause,
    });
  }
}
