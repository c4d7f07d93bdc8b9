// Reads a result.json file through the decoder. The same generator runs in the scanning worker and, with
// `{ worker: false }`, on the caller's thread, so both give the same output.

import { createReadStream } from "node:fs";
import path from "node:path";
import { ExportDecoder } from "./export-decoder.js";

/** @import { DecoderEvent, DecoderOptions } from "./export-decoder.js" */

/**
 * @typedef {DecoderOptions & { chunkSize: number }} ReaderOptions
 */

/**
 * @param {string} resultJsonPath
 * @param {ReaderOptions} options
 * @param {AbortSignal} [signal]
 * @returns {AsyncGenerator<DecoderEvent, void, undefined>}
 */
export async function* readExportEvents(resultJsonPath, options, signal) {
  const decoder = new ExportDecoder(path.basename(resultJsonPath), options);
  const stream = createReadStream(resultJsonPath, { highWaterMark: options.chunkSize });
  try {
    for await (const chunk of stream) {
      signal?.throwIfAborted();
      yield* decoder.push(/** @type {Buffer} */ (chunk));
    }
    yield* decoder.finish();
  } finally {
    stream.destroy();
  }
}
