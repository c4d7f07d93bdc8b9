// Reads a result.json file through the decoder. The same generator runs in the scanning worker and, with
// `{ worker: false }`, on the caller's thread, so both give the same output.
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import path from "node:path";
import type { SourceMessage } from "../post.js";
import {
  type DecoderEvent,
  type DecoderOptions,
  ExportDecoder,
  RAW_BYTES,
  RAW_TEXT,
  type RawForm,
} from "./export-decoder.js";
import type { ScannedMessage } from "./types.js";

export interface ReaderOptions extends DecoderOptions {
  /** Bytes read at a time. */
  chunkSize: number;
  /**
   * Read with blocking calls, for a thread that does nothing else (the scanning worker): a read stream
   * hands every chunk through libuv's thread pool and a stream's machinery, which costs several times the
   * CPU of reading in place (docs/import-performance.md).
   */
  syncReads?: boolean;
}

/** The events of a file, each message's raw JSON as bytes (`rawAsBytes`) or as text. */
export function readExportEvents(
  resultJsonPath: string,
  options: ReaderOptions & { rawAsBytes: true },
  signal?: AbortSignal,
): AsyncGenerator<DecoderEvent<ScannedMessage>, void, undefined>;
export function readExportEvents(
  resultJsonPath: string,
  options: ReaderOptions & { rawAsBytes?: false },
  signal?: AbortSignal,
): AsyncGenerator<DecoderEvent<SourceMessage>, void, undefined>;
export function readExportEvents(
  resultJsonPath: string,
  options: ReaderOptions,
  signal?: AbortSignal,
): AsyncGenerator<DecoderEvent<SourceMessage | ScannedMessage>, void, undefined>;
export function readExportEvents(
  resultJsonPath: string,
  options: ReaderOptions,
  signal?: AbortSignal,
): AsyncGenerator<DecoderEvent<SourceMessage | ScannedMessage>, void, undefined> {
  return options.rawAsBytes
    ? readWith(resultJsonPath, options, RAW_BYTES, signal)
    : readWith(resultJsonPath, options, RAW_TEXT, signal);
}

async function* readWith<M extends SourceMessage | ScannedMessage>(
  resultJsonPath: string,
  options: ReaderOptions,
  form: RawForm<M>,
  signal: AbortSignal | undefined,
): AsyncGenerator<DecoderEvent<M>, void, undefined> {
  const decoder = new ExportDecoder(path.basename(resultJsonPath), options, form);
  const chunks = options.syncReads
    ? readInPlace(resultJsonPath, options.chunkSize)
    : createReadStream(resultJsonPath, { highWaterMark: options.chunkSize });
  try {
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      yield* decoder.push(chunk as Buffer);
    }
    yield* decoder.finish();
  } finally {
    if ("destroy" in chunks) chunks.destroy();
    else chunks.return(undefined);
  }
}

/**
 * The file's chunks, read with blocking calls. Each chunk is a new buffer: the decoder's messages keep
 * views into the chunks they came from.
 */
function* readInPlace(file: string, chunkSize: number): Generator<Buffer, void, undefined> {
  const fd = openSync(file, "r");
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafeSlow(chunkSize);
      const n = readSync(fd, chunk, 0, chunkSize, null);
      if (n === 0) return;
      yield n === chunkSize ? chunk : chunk.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}
