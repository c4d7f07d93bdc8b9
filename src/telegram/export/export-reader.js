// Reads a result.json file through the decoder. The same generator runs in the scanning worker and, with
// `{ worker: false }`, on the caller's thread, so both give the same output.

import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import path from "node:path";
import { ExportDecoder } from "./export-decoder.js";

/** @import { DecoderEvent, DecoderOptions } from "./export-decoder.js" */

/**
 * @typedef {DecoderOptions & { chunkSize: number, syncReads?: boolean }} ReaderOptions
 *   `syncReads`: read with blocking calls, for a thread that does nothing else (the scanning worker). A
 *   read stream hands every chunk through libuv's thread pool and a stream's machinery: on a 270 MB
 *   export about 130–190 ms of CPU, against about 30–45 ms read in place.
 */

/**
 * @param {string} resultJsonPath
 * @param {ReaderOptions} options
 * @param {AbortSignal} [signal]
 * @returns {AsyncGenerator<DecoderEvent, void, undefined>}
 */
export async function* readExportEvents(resultJsonPath, options, signal) {
  const decoder = new ExportDecoder(path.basename(resultJsonPath), options);
  const chunks = options.syncReads
    ? readInPlace(resultJsonPath, options.chunkSize)
    : createReadStream(resultJsonPath, { highWaterMark: options.chunkSize });
  try {
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      yield* decoder.push(/** @type {Buffer} */ (chunk));
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
 * @param {string} file
 * @param {number} chunkSize
 * @returns {Generator<Buffer, void, undefined>}
 */
function* readInPlace(file, chunkSize) {
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
