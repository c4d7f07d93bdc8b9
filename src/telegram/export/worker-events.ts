// Runs the export reader in a worker thread (scan-worker.js) and hands its events to an async consumer.
//
// Protocol: the worker posts events (the header, slices of messages), then "end", or "error" (an
// ExportFormatError in wire form) or "crash" (a bug). Slices travel by structured clone.
//
// Flow control: the worker may post a batch's worth of slices ahead, then waits for one credit per slice the
// consumer takes. So while the consumer writes one batch the worker prepares the next, and a slow consumer
// (a database) never lets messages pile up: about two batches are alive at any time.
import { Worker } from "node:worker_threads";
import type { DecoderEvent } from "./export-decoder.js";
import type { ReaderOptions } from "./export-reader.js";
import { Mailbox } from "./mailbox.js";
import { untilEnd, type WorkerEnd } from "./worker-replies.js";

const WORKER_URL = new URL("./scan-worker.js", import.meta.url);
/** What a consumer posts to the scanning worker for each slice it takes (any message counts as one). */
export const SLICE_CREDIT = 1;
/** The worker's objects die young (a slice leaves the thread as soon as it is full), so a young generation
 * smaller than V8's default saves about 25 MB of peak memory at no measurable cost in CPU. */
const WORKER_YOUNG_GENERATION_MB = 8;

type WorkerReply = DecoderEvent | WorkerEnd;

export async function* readExportInWorker(
  resultJsonPath: string,
  options: ReaderOptions,
  batchSize: number,
  signal?: AbortSignal,
): AsyncGenerator<DecoderEvent, void, undefined> {
  const eventsAhead = Math.ceil(batchSize / options.sliceSize) + 1;
  const worker = new Worker(WORKER_URL, {
    workerData: { resultJsonPath, options, eventsAhead },
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const mailbox = new Mailbox<WorkerReply>();
  worker.on("message", (reply: WorkerReply) => mailbox.put(reply));
  worker.on("error", (error) => mailbox.fail(error));
  worker.on("exit", (code) =>
    mailbox.fail(new Error(`the export reader's worker stopped early (exit code ${code})`)),
  );
  const onAbort = () => mailbox.interrupt(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) onAbort();
  try {
    yield* untilEnd(
      () => mailbox.take(),
      "export reader's worker",
      () => worker.postMessage(SLICE_CREDIT),
    );
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await worker.terminate();
  }
}
